namespace UnitCompiler.Project;

/// <summary>What an input file is, and so which stage turns its text into a unit (or a qualification).</summary>
public enum InputKind
{
    /// <summary>A YAML spec (<c>*.yaml</c>, <c>*.yml</c>, anything not named as an export).</summary>
    Spec,

    /// <summary>A unit as the awarding body exports it (<c>*.txt</c>).</summary>
    Export,

    /// <summary>A qualification spec: a YAML spec whose root has <c>qualification:</c> (its stage makes a qualification, not a unit).</summary>
    Qualification,
}

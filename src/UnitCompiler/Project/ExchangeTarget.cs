namespace UnitCompiler.Project;

/// <summary>The formats <c>unitc export</c> writes, each for the kind of system that imports it.</summary>
public enum ExchangeTarget
{
    /// <summary>A CASE 1.1 CFPackage (JSON), for frameworks registries and curriculum tools.</summary>
    Case,

    /// <summary>A Moodle competency-framework CSV, for the Moodle admin tool that imports frameworks.</summary>
    Moodle,
}

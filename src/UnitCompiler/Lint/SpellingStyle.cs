namespace UnitCompiler.Lint;

/// <summary>Which UK spelling a project writes: <c>lint.spelling</c> in <c>unitc.yaml</c>.</summary>
public enum SpellingStyle
{
    /// <summary>-ise (organise, recognise), the house style of most awarding bodies.</summary>
    British,

    /// <summary>Oxford spelling: -ize accepted (organize), -yse kept (analyse).</summary>
    Oxford,
}

namespace UnitCompiler.Model;

/// <summary>Knowledge outcomes ("Understand", "Know") may be evidenced away from work; skill outcomes ("Be able to") are observed at work.</summary>
public enum OutcomeKind
{
    Knowledge,
    Skill,
}

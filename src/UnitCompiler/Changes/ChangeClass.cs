namespace UnitCompiler.Changes;

/// <summary>
/// What a change means to a centre. Material: it changes what a learner must show or what a centre
/// must do. Editorial: the wording reads the same (case, punctuation, white space, a spelling
/// variant, a bold marker) or the part is not assessed.
/// </summary>
public enum ChangeClass
{
    Editorial,
    Material,
}

namespace UnitCompiler.Model;

/// <summary>
/// A criterion id taken apart: "3.4" is criterion 4 of outcome 3. The one place criterion ids are
/// split and numbered on; an id without a dot (refused when a spec is read, tolerated here so no
/// check ever throws on one) is its own outcome and its own number.
/// </summary>
public readonly record struct CriterionId(string Outcome, string Number)
{
    public static CriterionId Parse(string id)
    {
        var dot = id.IndexOf('.');
        return dot < 0 ? new(id, id) : new(id[..dot], id[(dot + 1)..]);
    }

    /// <summary>The first criterion of an outcome: "3.1" for outcome "3".</summary>
    public static CriterionId First(string outcome) => new(outcome, "1");

    /// <summary>The criterion after this one, under <paramref name="outcome"/>: "3.5" after "3.4".</summary>
    public CriterionId Next(string outcome) => new(outcome, UnitIds.Next(Number));

    public override string ToString() => $"{Outcome}.{Number}";
}

using UnitCompiler.Model;
using UnitCompiler.Yaml;

namespace UnitCompiler.Spec;

/// <summary>The <c>guidance:</c> section: each item with the criteria it serves and the score of each.</summary>
internal static class GuidanceWriter
{
    public static void Write(YamlEvents y, StudyGuidance guidance)
    {
        y.Key("guidance");
        y.MappingStart();
        y.Key("synopsis");
        y.Text(guidance.Synopsis);
        foreach (var kind in GuidanceKinds.All)
        {
            Items(y, kind.SpecKey, guidance.Items(kind.Kind));
        }
        y.MappingEnd();
    }

    private static void Items(YamlEvents y, string key, IReadOnlyList<GuidanceItem> items)
    {
        y.Key(key);
        y.SequenceStart(empty: items.Count == 0);
        foreach (var item in items)
        {
            y.MappingStart();
            if (item.Title is not null)
            {
                y.Key("title");
                y.Text(item.Title);
            }

            y.Key("text");
            y.Text(item.Text);
            y.Key("criteria");
            y.Ids(item.Criteria.Select(c => c.CriterionId));
            y.Key("scores");
            y.Scores(item.Criteria.Select(c => c.Score));
            if (item.Confirmed)
            {
                y.Key("confirmed");
                y.Bool(true);
            }

            y.MappingEnd();
        }

        y.SequenceEnd();
    }
}

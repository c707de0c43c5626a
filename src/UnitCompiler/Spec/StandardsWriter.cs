using UnitCompiler.Model;
using UnitCompiler.Yaml;

namespace UnitCompiler.Spec;

/// <summary>The <c>standards:</c> section (format 2), written only when the unit is mapped to a standard.</summary>
internal static class StandardsWriter
{
    public static void Write(YamlEvents y, IReadOnlyList<StandardMapping> standards)
    {
        if (standards.Count == 0)
        {
            return;
        }

        y.Key("standards");
        y.SequenceStart();
        foreach (var standard in standards)
        {
            y.MappingStart();
            y.Key("standard");
            y.String(standard.Standard);
            y.Key("version");
            y.Id(standard.Version);
            if (standard.Title is { } title)
            {
                y.Key("title");
                y.String(title);
            }

            if (!standard.Ksbs.IsEmpty)
            {
                y.Key("ksbs");
                y.SequenceStart();
                foreach (var k in standard.Ksbs)
                {
                    y.MappingStart();
                    y.Key("code");
                    y.String(k.Code);
                    y.Key("text");
                    y.String(k.Text);
                    y.MappingEnd();
                }

                y.SequenceEnd();
            }

            y.Key("criteria");
            y.SequenceStart(empty: standard.Criteria.IsEmpty);
            foreach (var c in standard.Criteria)
            {
                y.MappingStart();
                y.Key("criterion");
                y.Id(c.CriterionId);
                y.Key("ksbs");
                y.FlowStrings(c.Ksbs.Select(k => k.Code));
                y.Key("scores");
                y.Scores(c.Ksbs.Select(k => k.Score));
                if (c.Confirmed)
                {
                    y.Key("confirmed");
                    y.Bool(true);
                }

                y.MappingEnd();
            }

            y.SequenceEnd();
            y.MappingEnd();
        }

        y.SequenceEnd();
    }
}

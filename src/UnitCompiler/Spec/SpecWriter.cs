using System.Globalization;
using UnitCompiler.Model;
using UnitCompiler.Text;
using UnitCompiler.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace UnitCompiler.Spec;

/// <summary>
/// Writes a unit as its canonical YAML spec: fixed key order, one line per string (no folding, so a
/// git diff shows the field that changed), ids always quoted (a plain 1.1 would be a number), empty
/// lists written as [] so every key is always present. What this writes, <see cref="SpecReader"/>
/// reads back to the same unit, and writing that unit again gives the same bytes.
/// </summary>
public static class SpecWriter
{
    /// <summary>The comment that lets editors with the YAML language server validate and complete specs.</summary>
    public const string SchemaComment = "yaml-language-server: $schema=unitc.schema.json";

    public static string Write(Unit unit)
    {
        return YamlEvents.Document(SchemaComment, y =>
        {
            y.Key("unitc");
            y.Number(Unit.FormatVersion);
            WriteHeader(y, unit.Header);
            VersionHistoryWriter.Write(y, unit.History);
            if (!unit.Preamble.IsEmpty)
            {
                y.Key("preamble");
                y.MappingStart();
                y.Key("heading");
                y.Text(unit.Preamble.Heading);
                y.Key("text");
                y.Texts(unit.Preamble.Text);
                y.MappingEnd();
            }

            y.Key("outcomes");
            y.SequenceStart();
            foreach (var outcome in unit.Outcomes)
            {
                WriteOutcome(y, outcome);
            }

            y.SequenceEnd();
            y.Key("assessment");
            y.MappingStart();
            y.Key("text");
            y.Texts(unit.Assessment.Text);
            y.Key("skill_outcomes");
            y.Ids(unit.Assessment.SkillOutcomes);
            y.MappingEnd();

            y.Key("indicative_content");
            y.SequenceStart();
            foreach (var content in unit.IndicativeContent)
            {
                WriteContent(y, content);
            }

            y.SequenceEnd();
            if (unit.Guidance is not null)
            {
                GuidanceWriter.Write(y, unit.Guidance);
            }

            StandardsWriter.Write(y, unit.Standards);
        });
    }

    private static void WriteHeader(YamlEvents y, UnitHeader header)
    {
        y.Key("unit");
        y.MappingStart();
        y.Key("ref");
        y.String(header.Ref);
        y.Key("title");
        y.Text(header.Title);
        y.Key("level");
        if (header.Level == EntryLevel.Level)
        {
            y.String(header.LevelName!); // "Entry 3" or "Entry", as the register writes it: no one calls it level 0
        }
        else
        {
            y.Number(header.Level);
        }
        y.Key("credit");
        y.Number(header.Credit);
        y.Key("glh");
        y.Number(header.GuidedLearningHours);
        if (header.Version is not null)
        {
            y.Key("version");
            y.Id(header.Version);
        }

        if (!header.Other.IsEmpty)
        {
            y.Key("other");
            y.SequenceStart();
            foreach (var field in header.Other)
            {
                y.MappingStart();
                y.Key("label");
                y.String(field.Label);
                y.Key("value");
                y.Text(field.Value);
                y.MappingEnd();
            }

            y.SequenceEnd();
        }

        y.MappingEnd();
    }

    private static void WriteOutcome(YamlEvents y, LearningOutcome outcome)
    {
        y.MappingStart();
        y.Key("id");
        y.Id(outcome.Id);
        y.Key("text");
        y.Text(outcome.Text);
        y.Key("kind");
        y.String(outcome.Kind.Name());
        y.Key("criteria");
        y.SequenceStart();
        foreach (var criterion in outcome.Criteria)
        {
            y.MappingStart();
            y.Key("id");
            y.Id(criterion.Id);
            y.Key("text");
            y.Text(criterion.Text);
            y.Key("items");
            y.SequenceStart(empty: criterion.Items.IsEmpty);
            foreach (var item in criterion.Items)
            {
                y.MappingStart();
                y.Key("id");
                y.String(item.Id);
                y.Key("text");
                y.Text(item.Text);
                y.MappingEnd();
            }

            y.SequenceEnd();
            if (criterion.AfterItems is { } after)
            {
                y.Key("after_items");
                y.Text(after);
            }

            y.Key("terms");
            y.FlowStrings(criterion.Terms.Select(t => t.Value));
            if (!criterion.Suppressions.IsEmpty)
            {
                y.Key("suppress");
                y.SequenceStart();
                foreach (var s in criterion.Suppressions)
                {
                    y.MappingStart();
                    y.Key("rule");
                    y.String(s.Rule);
                    y.Key("reason");
                    y.String(s.Reason);
                    y.MappingEnd();
                }

                y.SequenceEnd();
            }

            y.MappingEnd();
        }

        y.SequenceEnd();
        y.MappingEnd();
    }

    private static void WriteContent(YamlEvents y, IndicativeContent content)
    {
        y.MappingStart();
        y.Key("criterion");
        y.Id(content.CriterionId);
        y.Key("definitions");
        y.SequenceStart(empty: content.Definitions.IsEmpty);
        foreach (var definition in content.Definitions)
        {
            y.MappingStart();
            y.Key("term");
            y.Text(definition.Term);
            y.Key("text");
            y.Text(definition.Text);
            y.Key("items");
            y.Texts(definition.Items);
            y.MappingEnd();
        }

        y.SequenceEnd();
        y.Key("notes");
        y.Texts(content.Notes);
        y.MappingEnd();
    }
}

using System.Globalization;
using UnitCompiler.Qualifications;
using UnitCompiler.Text;
using UnitCompiler.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace UnitCompiler.Spec;

/// <summary>
/// Writes a qualification as its canonical spec (what <c>unitc fmt</c> leaves): the current format,
/// fixed key order, one line per string, unit references in flow lists so a group reads as one line
/// per unit list, optional keys only when set. What this writes, <see cref="QualificationReader"/>
/// reads back to the same qualification, and writing that again gives the same bytes.
/// </summary>
public static class QualificationWriter
{
    /// <summary>The comment that lets editors with the YAML language server validate and complete qualification specs.</summary>
    public const string SchemaComment = "yaml-language-server: $schema=" + QualificationSchema.FileName;

    public static string Write(Qualification qualification)
    {
        return YamlEvents.Document(SchemaComment, y =>
        {
            y.Key("unitc");
            y.Number(Qualification.FormatVersion);
            WriteHeader(y, qualification.Header, qualification.Register);
            VersionHistoryWriter.Write(y, qualification.History);
            WriteProse(y, qualification.Prose);
            y.Key("groups");
            y.SequenceStart(empty: qualification.Groups.IsEmpty);
            foreach (var group in qualification.Groups)
            {
                WriteGroup(y, group);
            }

            y.SequenceEnd();
            WriteRules(y, qualification.Rules);
            if (!qualification.DeclaredUnits.IsEmpty)
            {
                y.Key("units");
                y.SequenceStart();
                foreach (var unit in qualification.DeclaredUnits)
                {
                    y.MappingStart();
                    y.Key("ref");
                    y.String(unit.Ref);
                    y.Key("title");
                    y.String(unit.Title);
                    Level(y, unit.Level, unit.EntryStage);
                    Int(y, "credit", unit.Credit);
                    Int(y, "glh", unit.GuidedLearningHours);
                    y.MappingEnd();
                }

                y.SequenceEnd();
            }
        });
    }

    private static void WriteHeader(YamlEvents y, QualificationHeader h, QualificationRegister r)
    {
        y.Key("qualification");
        y.MappingStart();
        y.Key("number");
        y.String(h.Number);
        y.Key("title");
        y.Text(h.Title);
        if (h.Version is not null)
        {
            y.Key("version");
            y.Id(h.Version);
        }

        Level(y, h.Level, h.EntryStage);
        String(y, "type", r.Type);
        String(y, "sector_subject_area", r.SectorSubjectArea);
        Int(y, "tqt", h.TotalQualificationTime);
        Int(y, "glh", h.GuidedLearningHours);
        Int(y, "min_glh", r.MinGuidedLearningHours);
        Int(y, "max_glh", r.MaxGuidedLearningHours);
        Int(y, "credit", h.Credit);
        String(y, "grading_type", r.GradingType);
        String(y, "grading_scale", r.GradingScale);
        Date(y, "operational_start", r.OperationalStart);
        Date(y, "operational_end", r.OperationalEnd);
        Date(y, "review_date", r.ReviewDate);
        if (!r.AssessmentMethods.IsEmpty)
        {
            y.Key("assessment_methods");
            y.SequenceStart();
            foreach (var method in r.AssessmentMethods)
            {
                y.String(method);
            }

            y.SequenceEnd();
        }

        y.MappingEnd();
    }

    private static void WriteProse(YamlEvents y, QualificationProse p)
    {
        if (!p.Purpose.IsEmpty || !p.WhoFor.IsEmpty || !p.EntryRequirements.IsEmpty || !p.Progression.IsEmpty)
        {
            y.Key("about");
            y.MappingStart();
            Paragraphs(y, "purpose", p.Purpose);
            Paragraphs(y, "who_for", p.WhoFor);
            Paragraphs(y, "entry_requirements", p.EntryRequirements);
            Paragraphs(y, "progression", p.Progression);
            y.MappingEnd();
        }

        if (!p.Assessors.IsEmpty || !p.QualityAssurance.IsEmpty)
        {
            y.Key("centre_requirements");
            y.MappingStart();
            Paragraphs(y, "assessors", p.Assessors);
            Paragraphs(y, "quality_assurance", p.QualityAssurance);
            y.MappingEnd();
        }
    }

    private static void WriteGroup(YamlEvents y, UnitGroup g)
    {
        y.MappingStart();
        y.Key("id");
        y.String(g.Id);
        y.Key("title");
        y.Text(g.Title);
        if (g.IsMandatory)
        {
            y.Key("mandatory");
            y.Bool(true);
        }

        Int(y, "min_credits", g.MinCredits);
        Int(y, "max_credits", g.MaxCredits);
        Int(y, "min_units", g.MinUnits);
        Int(y, "max_units", g.MaxUnits);
        y.Key("units");
        y.FlowStrings(g.Units.Select(u => u.Ref));
        y.MappingEnd();
    }

    private static void WriteRules(YamlEvents y, CombinationRules rules)
    {
        if (rules.MinCredits is null && rules.LevelRules.IsEmpty && rules.Barred.IsEmpty)
        {
            return;
        }

        y.Key("rules");
        y.MappingStart();
        Int(y, "min_credits", rules.MinCredits);
        if (!rules.LevelRules.IsEmpty)
        {
            y.Key("level");
            y.SequenceStart();
            foreach (var rule in rules.LevelRules)
            {
                y.MappingStart();
                Int(y, "level", rule.Level);
                Int(y, "min_credits", rule.MinCredits);
                y.MappingEnd();
            }

            y.SequenceEnd();
        }

        if (!rules.Barred.IsEmpty)
        {
            y.Key("barred");
            y.SequenceStart();
            foreach (var pair in rules.Barred)
            {
                y.FlowStrings([pair.First, pair.Second]);
            }

            y.SequenceEnd();
        }

        y.MappingEnd();
    }

    private static void Paragraphs(YamlEvents y, string key, System.Collections.Immutable.ImmutableArray<LocatedText> paragraphs)
    {
        if (!paragraphs.IsEmpty)
        {
            y.Key(key);
            y.Texts(paragraphs);
        }
    }

    /// <summary>Entry level as the register writes it ("Entry 3", "Entry"), as a unit spec does; any other level as its number.</summary>
    private static void Level(YamlEvents y, int? level, int? stage)
    {
        if (level == Model.EntryLevel.Level)
        {
            y.Key("level");
            y.String(Model.EntryLevel.Name(level, stage)!);
        }
        else
        {
            Int(y, "level", level);
        }
    }

    private static void Int(YamlEvents y, string key, int? value)
    {
        if (value is not null)
        {
            y.Key(key);
            y.Number(value);
        }
    }

    private static void String(YamlEvents y, string key, string? value)
    {
        if (value is not null)
        {
            y.Key(key);
            y.String(value);
        }
    }

    private static void Date(YamlEvents y, string key, DateOnly? value)
    {
        if (value is { } date)
        {
            y.Key(key);
            y.Id(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }
}

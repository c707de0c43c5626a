using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using UnitCompiler.Diagnostics;
using UnitCompiler.Exchange.Case;
using UnitCompiler.Text;

namespace UnitCompiler.Exchange.Standards;

/// <summary>
/// An apprenticeship standard as Skills England (the former IfATE) publishes it in JSON:
/// referenceNumber, title, level, version, knowledges, skills, behaviours (and duties, which unitc
/// does not need). KSB codes are the array order: the third skill is S3.
/// </summary>
public sealed record ApprenticeshipStandard(string Reference, string Title, int? Level, string Version, ImmutableArray<Ksb> Ksbs)
{
    public static ApprenticeshipStandard? Read(SourceText source, DiagnosticBag diagnostics)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(source.Text, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            diagnostics.Add(DiagnosticCatalog.StandardUnreadable, SourceLocation.File(source.Path), "the JSON does not parse (" + e.Message.Split(" LineNumber", 2)[0] + ")");
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            var reference = CaseExtensions.String(root, "referenceNumber");
            var ksbs = ImmutableArray.CreateBuilder<Ksb>();
            foreach (var (array, idKey, letter) in new[] { ("knowledges", "knowledgeId", "K"), ("skills", "skillId", "S"), ("behaviours", "behaviourId", "B") })
            {
                var n = 0;
                foreach (var e in CaseExtensions.Array(root, array))
                {
                    n++;
                    if (CaseExtensions.String(e, "detail") is { } detail)
                    {
                        ksbs.Add(new Ksb(letter + n.ToString(CultureInfo.InvariantCulture), CaseExtensions.String(e, idKey) ?? string.Empty, detail));
                    }
                }
            }

            if (reference is null || ksbs.Count == 0)
            {
                diagnostics.Add(DiagnosticCatalog.StandardUnreadable, SourceLocation.File(source.Path), reference is null ? "it has no referenceNumber" : "it has no knowledges, skills or behaviours with a detail");
                return null;
            }

            var version = CaseExtensions.Child(root, "version") is { ValueKind: JsonValueKind.Number or JsonValueKind.String } v ? v.ToString() : string.Empty;
            return new ApprenticeshipStandard(reference, CaseExtensions.String(root, "title") ?? string.Empty, CaseExtensions.Int(root, "level"), version, ksbs.ToImmutable());
        }
    }
}

using System.Collections.Immutable;
using UnitCompiler.Diagnostics;
using UnitCompiler.Model;
using UnitCompiler.Text;

namespace UnitCompiler.Import;

/// <summary>
/// Reads the blocks of a unit export into a <see cref="Unit"/>. Each section has its recognisers in a
/// partial file of its own; this file walks the blocks and decides which section they belong to.
/// Problems go to the bag, never to an exception: a unit with errors still yields what was read so
/// that all of a file's problems are reported in one run.
/// </summary>
internal sealed partial class UnitParser
{
    private readonly SourceText _source;
    private readonly DiagnosticBag _diagnostics;
    private Section _section = Section.Front;

    private UnitParser(SourceText source, DiagnosticBag diagnostics)
    {
        _source = source;
        _diagnostics = diagnostics;
    }

    private enum Section
    {
        Front,
        Outcomes,
        Assessment,
        IndicativeContent,
    }

    public static Unit Parse(SourceText source, DiagnosticBag diagnostics)
    {
        var parser = new UnitParser(source, diagnostics);
        foreach (var block in ExportReader.Read(source))
        {
            parser.Accept(block);
        }

        return parser.Finish();
    }

    private void Accept(ExportBlock block)
    {
        if (block.Kind == ExportBlockKind.Artefact)
        {
            _diagnostics.Add(DiagnosticCatalog.ExportArtefact, _source.Location(block.Start));
            return;
        }

        if (block.Kind == ExportBlockKind.Heading && TryEnterSection(block, HeadingText(block)))
        {
            return;
        }

        if (block.Kind == ExportBlockKind.Paragraph && IsBoldOnly(block, out var boldText) && TryEnterSection(block, boldText))
        {
            return;
        }

        if (block.Kind == ExportBlockKind.Row && _section is Section.Front or Section.Outcomes && TryReadOutcomeTableRow(block))
        {
            _section = Section.Outcomes;
            return;
        }

        switch (_section)
        {
            case Section.Front:
                AcceptFront(block);
                break;
            case Section.Outcomes:
                AcceptInOutcomeTable(block);
                break;
            case Section.Assessment:
                AcceptAssessment(block);
                break;
            case Section.IndicativeContent:
                AcceptIndicativeContent(block);
                break;
        }
    }

    private bool TryEnterSection(ExportBlock block, string heading)
    {
        var name = heading.Trim().TrimEnd(':').Trim().ToLowerInvariant();
        switch (name)
        {
            case "assessment requirements" or "assessment requirement" or "assessment":
                _section = Section.Assessment;
                _sawAssessment = true;
                return true;
            case "indicative content" or "indicative contents":
                _section = Section.IndicativeContent;
                _sawIndicativeContent = true;
                return true;
            case "learning outcomes" or "learning outcomes and assessment criteria":
                _section = Section.Outcomes;
                return true;
        }

        if (_section == Section.Front && block.Kind == ExportBlockKind.Heading && block.HeadingLevel == 1 && _heading is null)
        {
            _heading = ReadMarkdown(block).FirstOrDefault()?.Text;
            return true;
        }

        return false;
    }

    private Unit Finish()
    {
        if (!_sawAssessment)
        {
            _diagnostics.Add(DiagnosticCatalog.MissingSection, SourceLocation.File(_source.Path), "Assessment Requirements");
        }

        if (!_sawIndicativeContent)
        {
            _diagnostics.Add(DiagnosticCatalog.MissingSection, SourceLocation.File(_source.Path), "Indicative Content");
        }

        var assessment = BuildAssessment();
        var outcomes = BuildOutcomes(assessment.SkillOutcomes);
        if (outcomes.IsEmpty)
        {
            _diagnostics.Add(DiagnosticCatalog.NoOutcomes, SourceLocation.File(_source.Path));
        }

        var header = BuildHeader();
        var preamble = new Preamble(_heading ?? LocatedText.Empty, [.. _front]);
        return new Unit(header, preamble, outcomes, assessment, BuildIndicativeContent(), Guidance: null);
    }

    /// <summary>Markdown lines: inline HTML and entities decoded, Markdown syntax kept.</summary>
    private IReadOnlyList<CellBlock> ReadMarkdown(ExportBlock block) =>
        HtmlCellReader.Read(_source, block.Cells[0], _diagnostics, textIsMarkdown: true);

    private IReadOnlyList<CellBlock> ReadHtml(List<SourceSegment> cell) =>
        HtmlCellReader.Read(_source, cell, _diagnostics);

    private string HeadingText(ExportBlock block) =>
        MarkdownInline.ToPlainText(string.Join(' ', ReadMarkdown(block).Select(b => b.Text.Value)));

    private bool IsBoldOnly(ExportBlock block, out string text)
    {
        var raw = _source.Text.AsSpan(block.Cells[0][0].Start, block.Cells[0][0].Length).Trim();
        var isBold = block.Cells[0].Count == 1 && raw.Length > 4 && raw.StartsWith("**") && raw.EndsWith("**") && raw[2..^2].IndexOf("**") < 0;
        text = isBold ? raw[2..^2].ToString() : string.Empty;
        return isBold;
    }

    private SourceLocation At(int offset) => _source.Location(offset);
}

using UnitCompiler.Diagnostics;
using UnitCompiler.Model;
using UnitCompiler.Text;

namespace UnitCompiler.Import;

/// <summary>
/// Reads the blocks of a unit export into a <see cref="Unit"/>. It only decides which section each
/// block belongs to and assembles what the section readers built; each reader owns its own state.
/// Problems go to the bag, never to an exception: a unit with errors still yields what was read, so
/// that all of a file's problems are reported in one run.
/// </summary>
internal sealed class UnitParser
{
    private readonly ImportContext _context;
    private readonly FrontMatterReader _front;
    private readonly OutcomeTableReader _table;
    private readonly AssessmentReader _assessment;
    private readonly IndicativeContentReader _content;
    private ExportSection _section = ExportSection.Front;

    private UnitParser(SourceText source, DiagnosticBag diagnostics)
    {
        _context = new ImportContext(source, diagnostics);
        _front = new FrontMatterReader(_context);
        _table = new OutcomeTableReader(_context, _front);
        _assessment = new AssessmentReader(_context);
        _content = new IndicativeContentReader(_context, _table.OutcomeText);
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
            _context.Diagnostics.Add(DiagnosticCatalog.ExportArtefact, _context.At(block.Start));
            return;
        }

        foreach (var part in SplitAtSectionHeadings(_context.Read(block)))
        {
            Accept(part);
        }
    }

    /// <summary>
    /// A block of HTML paragraphs written back to back (Word's and Outlook's "&lt;p class=MsoNormal&gt;" lines,
    /// no blank line between) may hold a section's heading, a bold paragraph whose words are its name:
    /// the paragraphs before it, the heading and those after it are read apart, as if blank lines parted them.
    /// A block with no such paragraph, or of more than one cell (a table's row), is read whole.
    /// </summary>
    private static IEnumerable<BlockText> SplitAtSectionHeadings(BlockText text)
    {
        if (text.Kind is not (ExportBlockKind.Row or ExportBlockKind.Paragraph) || text.Cells.Count != 1 || text.Content.Count() < 2
            || !text.Content.Any(IsSectionHeading))
        {
            yield return text;
            yield break;
        }

        var part = new List<CellBlock>();
        foreach (var b in text.Cells[0])
        {
            if (b.Kind == CellBlockKind.Paragraph && IsSectionHeading(b))
            {
                if (part.Count > 0)
                {
                    yield return Part(text, part);
                    part = [];
                }

                yield return Part(text, [b]);
                continue;
            }

            part.Add(b);
        }

        if (part.Count > 0)
        {
            yield return Part(text, part);
        }
    }

    private static bool IsSectionHeading(CellBlock paragraph) => SectionNamedBy(paragraph) is not null;

    /// <summary>The section a paragraph names when it is in bold alone ("**Assessment Requirements**").</summary>
    private static ExportSection? SectionNamedBy(CellBlock paragraph) =>
        IsWhollyBold(paragraph.Text.Value) ? SectionHeadings.Classify(MarkdownInline.ToPlainText(paragraph.Text.Value)) : null;

    /// <summary>Some paragraphs of a block as a block of their own, starting where the first of them starts.</summary>
    private static BlockText Part(BlockText whole, List<CellBlock> paragraphs) =>
        new(whole.Block with { Start = paragraphs[0].SourceOffset }, [paragraphs]);

    private void Accept(BlockText text)
    {
        if (OpensSection(text) is { } section)
        {
            Enter(section, text);
            return;
        }

        if (_section is ExportSection.Front or ExportSection.Outcomes && IsCaptionRow(text))
        {
            return; // a table's caption row ("<tr><th colspan="2">Unit summary</th></tr>"): layout, as <caption> is
        }

        if (_section is ExportSection.Front or ExportSection.Outcomes && _table.TryAcceptRow(text))
        {
            _section = ExportSection.Outcomes;
            return;
        }

        switch (_section)
        {
            case ExportSection.Front:
                _front.Accept(text);
                break;
            case ExportSection.Outcomes:
                _table.AcceptStray(text);
                break;
            case ExportSection.Assessment:
                _assessment.Accept(text);
                break;
            case ExportSection.IndicativeContent:
                _content.Accept(text);
                break;
        }
    }

    /// <summary>A heading, a bold-only line or a one-cell block of HTML whose words are a section's name.</summary>
    private static ExportSection? OpensSection(BlockText block) => block.Kind switch
    {
        ExportBlockKind.Heading => SectionHeadings.Classify(block.PlainText),
        ExportBlockKind.Paragraph or ExportBlockKind.Row when block.Cells.Count == 1 && block.Content.Count() == 1 => SectionNamedBy(block.Content.Single()),
        _ => null,
    };

    /// <summary>A row of one cell spanning the table's columns that holds a short title (<see cref="TableCaptions"/>).</summary>
    private bool IsCaptionRow(BlockText block)
    {
        if (block.Kind != ExportBlockKind.Row || block.Cells.Count != 1 || block.Content.Count() != 1 || block.Block.Body.Segments.IsEmpty)
        {
            return false;
        }

        var segments = block.Block.Body.Segments;
        var html = _context.Source.Text[segments[0].Start..segments[^1].End];
        return TableCaptions.IsCaptionRow(html, block.PlainText);
    }

    private static bool IsWhollyBold(string value)
    {
        var text = value.Trim().TrimEnd(':').Trim();
        return text.Length > 4 && text.StartsWith("**", StringComparison.Ordinal) && text.EndsWith("**", StringComparison.Ordinal)
            && text.AsSpan(2, text.Length - 4).IndexOf("**") < 0;
    }

    private void Enter(ExportSection section, BlockText heading)
    {
        _section = section;
        switch (section)
        {
            case ExportSection.Assessment:
                _assessment.Open(_context.At(heading.Start));
                break;
            case ExportSection.IndicativeContent:
                _content.Open();
                break;
        }
    }

    private Unit Finish()
    {
        if (!_assessment.WasSeen)
        {
            _context.Diagnostics.Add(DiagnosticCatalog.MissingSection, _context.FileLocation, "Assessment Requirements");
        }

        if (!_content.WasSeen)
        {
            _context.Diagnostics.Add(DiagnosticCatalog.MissingSection, _context.FileLocation, "Indicative Content");
        }

        var assessment = _assessment.Build([.. _table.Outcomes]);
        var outcomes = _table.Build(assessment.SkillOutcomes);
        if (outcomes.IsEmpty)
        {
            _context.Diagnostics.Add(DiagnosticCatalog.NoOutcomes, _context.FileLocation);
        }

        var (header, preamble) = _front.Build();
        return new Unit(header, preamble, outcomes, assessment, _content.Build(), Guidance: null);
    }
}

namespace UnitCompiler.Tests.Guidance.Generated;

/// <summary>A synopsis's content before any layout: what a correct reading gives back.</summary>
/// <param name="Synopsis">The synopsis's paragraphs.</param>
/// <param name="Lists">Each list's items in the spec's order of kinds (key concepts, exam tips, misconceptions, marking points).</param>
internal sealed record SynopsisDraft(string[] Synopsis, DraftItem[][] Lists);

/// <summary>One item; only key concepts have titles.</summary>
internal sealed record DraftItem(string? Title, string Text);

using UnitCompiler.Text;

namespace UnitCompiler.Model;

/// <summary>A metadata label the importer does not map to a field of its own, kept verbatim.</summary>
public sealed record MetadataField(string Label, LocatedText Value);

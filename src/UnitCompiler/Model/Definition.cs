using System.Collections.Immutable;
using UnitCompiler.Diagnostics;
using UnitCompiler.Text;

namespace UnitCompiler.Model;

/// <summary>A key term's definition: "<b>Others:</b> in this context ... including:" and its list.</summary>
public sealed record Definition(
    LocatedText Term,
    LocatedText Text,
    ImmutableArray<LocatedText> Items,
    SourceLocation? Location = null);

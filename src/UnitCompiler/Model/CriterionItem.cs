using UnitCompiler.Diagnostics;
using UnitCompiler.Text;

namespace UnitCompiler.Model;

/// <summary>A lettered sub-item of a criterion: <c>a) strength-based approaches</c>.</summary>
public sealed record CriterionItem(string Id, LocatedText Text, SourceLocation? Location = null);

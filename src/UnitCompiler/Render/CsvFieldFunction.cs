using Scriban.Runtime;

namespace UnitCompiler.Render;

/// <summary>
/// <c>csv.field value</c> and <c>csv.quote value</c>: a value as one RFC 4180 field, in double quotes
/// with inner quotes doubled (null is the empty field). <c>csv.field</c> is for a CSV file people
/// open in a spreadsheet: a value starting with <c>=</c>, <c>+</c> or <c>@</c> would run there as a
/// formula, so it gets a leading apostrophe that keeps it text. <c>csv.quote</c> leaves the value
/// as it is, for CSV that unitc reads back itself (the Excel workbook's rows, whose cells are text).
/// </summary>
/// <remarks>
/// In code rather than as a template function: a mapping grid quotes every cell, and a Scriban
/// function doing the same took a sixth of the time a catalogue build spends rendering it.
/// </remarks>
internal sealed class CsvFieldFunction(bool guardFormulas)
    : TextFunction(guardFormulas ? "csv.field" : "csv.quote", ["value"], "takes one value")
{
    public static ScriptObject CreateObject() => new(2)
    {
        ["field"] = new CsvFieldFunction(guardFormulas: true),
        ["quote"] = new CsvFieldFunction(guardFormulas: false),
    };

    public static string Field(string value, bool guardFormulas)
    {
        var guard = guardFormulas && value.Length > 0 && value[0] is '=' or '+' or '@';
        return string.Concat("\"", guard ? "'" : string.Empty, value.Replace("\"", "\"\"", StringComparison.Ordinal), "\"");
    }

    protected override string Call(string?[] arguments) => Field(arguments[0] ?? string.Empty, guardFormulas);
}

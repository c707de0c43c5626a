using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace UnitCompiler.Render;

/// <summary>
/// A render context whose includes come from the run's template set, parsed once for every thread
/// and document: Scriban's own context parses an included template again in each new context
/// unless its cache is filled up front, which cost a dictionary of every partial per document.
/// </summary>
internal sealed class TemplateSetContext(TemplateSet templates, ScriptObject builtins) : TemplateContext(builtins)
{
    protected override Template CreateTemplate(string templatePath, ScriptNode? callerContext)
    {
        var template = templates.Get(templatePath)
            ?? throw new ScriptRuntimeException(callerContext?.Span ?? CurrentSpan, $"include '{templatePath}' is not a template of this set");
        if (template.HasErrors)
        {
            // As Scriban reports a partial that does not parse: at the include, with the parser's messages.
            throw new ScriptParserRuntimeException(callerContext?.Span ?? CurrentSpan, $"Error while parsing template `{templatePath}`", template.Messages);
        }

        return template;
    }
}

namespace UnitCompiler.Render.Docx;

/// <summary>
/// Document settings as Word 2013 and later write them: compatibility mode 15 keeps Word from
/// opening the file in compatibility mode, and the proofing language is the document's.
/// </summary>
internal static class DocxSettings
{
    public static string Create(string language) => $"""
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <w:zoom w:percent="100"/>
  <w:defaultTabStop w:val="720"/>
  <w:characterSpacingControl w:val="doNotCompress"/>
  <w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>
  <w:themeFontLang w:val="{System.Security.SecurityElement.Escape(language)}"/>
  <w:decimalSymbol w:val="."/>
  <w:listSeparator w:val=","/>
</w:settings>
""";
}

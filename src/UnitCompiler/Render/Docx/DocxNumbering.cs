namespace UnitCompiler.Render.Docx;

/// <summary>
/// The bullets behind the List Bullet style: templates ask for a list item by style, never by
/// numbering id, so restyling the list in Word changes every list at once.
/// </summary>
internal static class DocxNumbering
{
    public const string BulletNumId = "1";

    public const string Xml = $$"""
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <w:abstractNum w:abstractNumId="0">
    <w:multiLevelType w:val="hybridMultilevel"/>
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:pStyle w:val="ListBullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="357" w:hanging="357"/></w:pPr></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="◦"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="714" w:hanging="357"/></w:pPr></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="▪"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1071" w:hanging="357"/></w:pPr></w:lvl>
  </w:abstractNum>
  <w:num w:numId="{{BulletNumId}}"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>
""";
}

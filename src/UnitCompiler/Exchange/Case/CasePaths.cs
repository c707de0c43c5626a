namespace UnitCompiler.Exchange.Case;

/// <summary>
/// The names identifiers are made from (<see cref="Uuid5"/>): a unit's item is its reference
/// (<c>L/652/0848</c>), everything under it the reference and its place (<c>L/652/0848#2.3</c>,
/// <c>L/652/0848#2.3a</c>). A criterion reworded keeps its identifier; a criterion renumbered is,
/// for a consumer, another criterion.
/// </summary>
public static class CasePaths
{
    public static string Document(string unitRef) => unitRef + "#framework";

    public static string Unit(string unitRef) => unitRef;

    public static string Node(string unitRef, string id) => unitRef + "#" + id;

    public static string SubItem(string unitRef, string criterionId, string itemId) => unitRef + "#" + criterionId + itemId;

    public static string Definition(string unitRef, string criterionId, int index) => $"{unitRef}#{criterionId}/definition/{index}";

    public static string ItemType(string title) => "unitc:item-type:" + title;

    public static string ChildOf(string child, string parent) => "isChildOf:" + child + ">" + parent;
}

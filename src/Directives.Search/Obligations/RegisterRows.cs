using Directives.Core.Extraction;
using Directives.Search.Graph;

namespace Directives.Search.Obligations;

/// <summary>
/// One obligation as the register keeps it: numbers only, no text and no references, so a register of millions of
/// obligations is a few arrays the garbage collector never has to trace. Its texts (subject, sentence, surface,
/// bodies as written) are read back from the stating document's stored obligations when a page shows it
/// (<see cref="RegisterTexts"/>).
/// </summary>
internal struct RegisterRow
{
    /// <summary>Node ordinals (<see cref="RegisterNodes"/>): the document that set it, and the one whose text states it.</summary>
    public int Owner, Holder;
    /// <summary>Position of the item in the holder's stored targets or tasks, and its span in the holder's text.</summary>
    public int Index, Start, End;
    /// <summary>Day numbers (<see cref="DateOnly.DayNumber"/>), or <see cref="RegisterNodes.NoDay"/>.</summary>
    public int Due, Issued;
    /// <summary>Ordinal of its lead and supporting bodies in the snapshot's table; -1 when none are named.</summary>
    public int Bodies;
    public int FirstLink;
    public int LinkCount;
    public bool IsTask;
    /// <summary>Standing or recurring work: without a due date it is ongoing.</summary>
    public bool Standing;
}

/// <summary>A piece of evidence tied to a <see cref="RegisterRow"/>, by position in its document's stored items.</summary>
internal struct RegisterLink
{
    /// <summary>The document that says it (node ordinal).</summary>
    public int Document;
    /// <summary>Position in that document's stored targets (a quote or a statement) or results.</summary>
    public int Item;
    /// <summary>The document's date as a day number, or <see cref="RegisterNodes.NoDay"/>.</summary>
    public int Day;
    /// <summary>Ordinal in <see cref="RegisterLinks.Vias"/>.</summary>
    public byte Via;
    public byte Kind;
    /// <summary>1 met, 0 not met, -1 progress only.</summary>
    public sbyte Met;

    public const byte Quote = 0, Statement = 1, Result = 2;
}

/// <summary>The "via" of a link, by ordinal: "quotes", then the graph relations a report may be tied by.</summary>
internal static class RegisterLinks
{
    public static readonly string[] Vias =
    [
        "quotes", RelationTypes.Reviews, RelationTypes.Implements, RelationTypes.Continues, RelationTypes.Guides, RelationTypes.Cites, RelationTypes.BasedOn,
    ];

    public static byte ViaOf(string via)
    {
        var i = Array.IndexOf(Vias, via);
        if (i < 0) throw new ArgumentOutOfRangeException(nameof(via), via, "not a relation the register links by");
        return (byte)i;
    }

    public static string KindOf(byte kind) => kind switch
    {
        RegisterLink.Quote => LinkKinds.Quote,
        RegisterLink.Statement => LinkKinds.Statement,
        _ => LinkKinds.Result,
    };
}

/// <summary>A finding, by the document and the position of the issue in its stored obligations.</summary>
internal readonly record struct FindingRow(int Document, int Item);

/// <summary>
/// The graph nodes a register names, by ordinal, with the document each shows (<see cref="ObligationDocument"/>, one
/// object a node, shared by every obligation and link of that document) and its date as a day number.
/// </summary>
internal sealed class RegisterNodes
{
    public const int NoDay = int.MinValue;

    readonly Dictionary<string, int> ordinals = new(StringComparer.Ordinal);
    readonly List<GraphNode> nodes = [];
    readonly List<ObligationDocument> views = [];
    readonly List<int> days = [];

    public int Count => nodes.Count;
    public GraphNode Node(int ordinal) => nodes[ordinal];
    public ObligationDocument View(int ordinal) => views[ordinal];
    public int Day(int ordinal) => days[ordinal];

    public int OrdinalOf(string id) => ordinals.TryGetValue(id, out var o) ? o : -1;

    public int Add(GraphNode n)
    {
        if (ordinals.TryGetValue(n.Id, out var o)) return o;
        ordinals[n.Id] = o = nodes.Count;
        nodes.Add(n);
        var view = ViewOf(n);
        views.Add(view);
        days.Add(DayOf(view.Date));
        return o;
    }

    public static int DayOf(string? iso) => Core.Dates.IsoDate.Parse(iso) is { } d ? d.DayNumber : NoDay;

    public static DateOnly? Date(int day) => day == NoDay ? null : DateOnly.FromDayNumber(day);

    /// <summary>A document only cited by a provincial number ("13/ĐA/TU" in Hòa Bình) was issued by that province's committee.</summary>
    static string? LocalCommittee(GraphNode n)
        => n.Issuer == "TU" && n.Province is { } province ? Core.Organizations.Provinces.Committee(province) : null;

    static ObligationDocument ViewOf(GraphNode n) => new()
    {
        Id = n.Id,
        Citation = n.Citation,
        Kind = n.Kind,
        Title = n.Title ?? n.Name,
        Date = n.Date,
        Issuer = n.Body ?? n.Organization ?? LocalCommittee(n),
        Organization = n.Organization ?? LocalCommittee(n),
        Province = n.Province,
        InCorpus = n.Type == GraphNodeTypes.Document,
    };
}

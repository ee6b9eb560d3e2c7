using System.Text.Json.Serialization;
using Directives.Core.Documents;

namespace Directives.Search.Graph;

/// <summary>Node types: an ingested document, a document only cited, or a reference that fits several documents.</summary>
public static class GraphNodeTypes
{
    public const string Document = "document";
    public const string Placeholder = "placeholder";
    public const string Ambiguous = "ambiguous";
}

/// <summary>Document levels (issue 5): who issued it in the party hierarchy.</summary>
public static class GraphLevels
{
    public const string Central = "central";
    public const string Province = "province";
    public const string District = "district";
    public const string Grassroots = "grassroots";
}

/// <summary>
/// A node of the citation graph. Documents use their corpus id; placeholders are keyed by citation and scope
/// ("placeholder:28-CT-TW@XII", "placeholder:38-KH-TU@tra-vinh") with '-' for '/', so every id is one URL segment.
/// </summary>
public sealed record GraphNode
{
    public required string Id { get; init; }
    public string Type { get; init; } = GraphNodeTypes.Document;
    public string? Citation { get; init; }
    /// <summary>Type word: "Kế hoạch", "Chỉ thị", "Tin bài".</summary>
    public string? Kind { get; init; }
    public string? Code { get; init; }
    public int? Number { get; init; }
    public string? Issuer { get; init; }
    /// <summary>Issuing committee as the header writes it: "Tỉnh ủy Trà Vinh".</summary>
    public string? Organization { get; init; }
    public string? Province { get; init; }
    public string? District { get; init; }
    /// <summary>One of <see cref="GraphLevels"/>.</summary>
    public string? Level { get; init; }
    /// <summary>ISO date of issue (publication for news).</summary>
    public string? Date { get; init; }
    public string? Title { get; init; }
    /// <summary>Central body ("Ban Bí thư") when known from the authority file.</summary>
    public string? Body { get; init; }
    /// <summary>Khóa of a central document.</summary>
    public string? Term { get; init; }
    /// <summary>For documents cited by name only: "Đại hội Đảng bộ tỉnh lần thứ X".</summary>
    public string? Name { get; init; }
    /// <summary>For ambiguous nodes: why the reference fits several documents.</summary>
    public string? Reason { get; init; }
    /// <summary>For ambiguous nodes: the ids of the documents the reference may mean.</summary>
    public IReadOnlyList<string>? Candidates { get; init; }
    /// <summary>The document's distribution stamp; a caller below it gets a graph built without the document.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Classification Classification { get; init; }
}

namespace Directives.Core.Relations;

/// <summary>
/// A relation phrase found in a sentence: items [First, Last]. Framed: worded as the writer's own review
/// ("sau 3 năm triển khai thực hiện", "kết quả 03 năm …"). ClauseInitial: first word of its clause.
/// </summary>
internal readonly record struct RelationVerb(string Type, int First, int Last, bool Framed, bool ClauseInitial);

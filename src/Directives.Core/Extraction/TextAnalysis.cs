using Directives.Core.Documents;

namespace Directives.Core.Extraction;

/// <summary>The extract result plus the typed header or news head it was built from.</summary>
public sealed record TextAnalysis(DocumentHeader? Header, NewsHead? News, ExtractionResult Result);

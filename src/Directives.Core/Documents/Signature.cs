namespace Directives.Core.Documents;

/// <summary>
/// Who signed a document, from its signature block: the name, the signer's own title ("PHÓ BÍ THƯ"), and on whose
/// behalf ("T/M BAN THƯỜNG VỤ"), both as printed.
/// </summary>
public sealed record Signature(string Name, string Title, string? OnBehalfOf);

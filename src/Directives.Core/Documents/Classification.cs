namespace Directives.Core.Documents;

/// <summary>
/// How a document is marked for distribution, lowest first: a caller cleared for a level sees that level and the
/// ones below it. The order is the order of the stamps' strictness (Luật Bảo vệ bí mật nhà nước: Mật, Tối mật,
/// Tuyệt mật; "Lưu hành nội bộ" and "Không phổ biến" limit distribution without being state secrets).
/// </summary>
public enum Classification
{
    /// <summary>No stamp.</summary>
    Public = 0,
    /// <summary>"Lưu hành nội bộ", "Không phổ biến".</summary>
    Internal = 1,
    /// <summary>"Mật".</summary>
    Confidential = 2,
    /// <summary>"Tối mật".</summary>
    Secret = 3,
    /// <summary>"Tuyệt mật".</summary>
    TopSecret = 4,
}

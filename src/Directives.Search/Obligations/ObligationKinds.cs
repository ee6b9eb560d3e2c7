namespace Directives.Search.Obligations;

public static class ObligationKinds
{
    /// <summary>A goal with a number: "trên 60% thôn trưởng là đảng viên".</summary>
    public const string Target = "target";
    /// <summary>Work assigned to bodies: "Ban Tổ chức Tỉnh ủy chủ trì …".</summary>
    public const string Task = "task";
}

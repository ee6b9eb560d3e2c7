namespace Directives.Api.Security;

/// <summary>
/// Roles of API keys, each including the ones below it: a reader reads (when reads are not open), an editor also
/// sends documents to extract and check, an admin also starts an ingest.
/// </summary>
public static class Roles
{
    public const string Reader = "reader";
    public const string Editor = "editor";
    public const string Admin = "admin";

    /// <summary>Authorization policies, named after the least role they need.</summary>
    public const string Read = "read";
    public const string Edit = "edit";
    public const string Administer = "administer";

    static readonly string[] Ordered = [Reader, Editor, Admin];

    public static bool IsKnown(string role) => Ordered.Contains(role, StringComparer.Ordinal);

    /// <summary>The role and every role it includes: an admin key is also an editor and a reader key.</summary>
    public static IEnumerable<string> Including(string role) => Ordered.Take(Array.IndexOf(Ordered, role) + 1);
}

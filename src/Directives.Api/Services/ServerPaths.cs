namespace Directives.Api.Services;

/// <summary>
/// Takes the server's own folders out of messages before they leave it: a failure reason or an exception text may
/// name the absolute corpus or index path, which tells a caller how the server is laid out.
/// </summary>
public sealed class ServerPaths(string corpus, string index)
{
    public string? Hide(string? message)
    {
        if (message is null) return null;
        foreach (var (root, name) in new[] { (corpus, "corpus"), (index, "index") })
        {
            var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
            message = message.Replace(full + Path.DirectorySeparatorChar, "", StringComparison.Ordinal)
                .Replace(full, name, StringComparison.Ordinal);
        }
        return message;
    }
}

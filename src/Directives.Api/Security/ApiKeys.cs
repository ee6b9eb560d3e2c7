using System.Security.Cryptography;
using System.Text;
using Directives.Core.Documents;
using Microsoft.Extensions.Options;

namespace Directives.Api.Security;

/// <summary>A key holder as the server knows them.</summary>
public sealed record KeyHolder(string Name, string Role, Classification Clearance);

/// <summary>
/// The configured keys, looked up by the SHA-256 of the presented key (the secret itself is not kept), plus the key
/// generated for this run when none is configured.
/// </summary>
public sealed class ApiKeys
{
    readonly Dictionary<string, KeyHolder> byHash = new(StringComparer.Ordinal);

    /// <summary>The key made for this run when the configuration has none; null otherwise.</summary>
    public string? GeneratedKey { get; }

    public ApiKeys(IOptions<SecurityOptions> options)
    {
        var o = options.Value;
        foreach (var k in o.Keys)
        {
            if (!Roles.IsKnown(k.Role))
                throw new InvalidOperationException($"API key '{k.Name}': role '{k.Role}' is not reader, editor or admin.");
            var hash = k.Sha256?.Trim().ToLowerInvariant() ?? (string.IsNullOrEmpty(k.Key) ? null : Hash(k.Key));
            if (hash is null) throw new InvalidOperationException($"API key '{k.Name}' has neither Key nor Sha256.");
            if (k.Key is { Length: < 16 }) throw new InvalidOperationException($"API key '{k.Name}' is shorter than 16 characters.");
            byHash[hash] = new KeyHolder(string.IsNullOrWhiteSpace(k.Name) ? "key-" + hash[..8] : k.Name, k.Role, k.Clearance);
        }
        if (byHash.Count == 0 && o.GenerateKeyWhenNoneConfigured)
        {
            GeneratedKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
            byHash[Hash(GeneratedKey)] = new KeyHolder("local-admin", Roles.Admin, Classification.Public);
        }
    }

    public KeyHolder? Find(string key) => byHash.GetValueOrDefault(Hash(key));

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}

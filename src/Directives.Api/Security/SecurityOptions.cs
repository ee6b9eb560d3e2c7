using Directives.Core.Documents;

namespace Directives.Api.Security;

/// <summary>Configuration section "Directives:Security": who may call what, and where the audit log goes.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Directives:Security";

    /// <summary>Reads (search, documents, graph, register) without a key: for a trusted network. False asks for a reader key.</summary>
    public bool OpenReads { get; set; } = true;

    /// <summary>The API keys; each with a role and a clearance.</summary>
    public List<ApiKeyOptions> Keys { get; set; } = [];

    /// <summary>
    /// When no key is configured, make one admin key (without clearance) for this run and print it in the log, so
    /// a fresh clone can use its own web UI. Set false to refuse every write until keys are configured.
    /// </summary>
    public bool GenerateKeyWhenNoneConfigured { get; set; } = true;

    /// <summary>The append-only JSON-lines audit log; relative paths start at the repository root. Default: audit.jsonl in the index folder.</summary>
    public string? AuditLog { get; set; }
}

/// <summary>One API key. Give <see cref="Key"/> or, to keep the secret out of the configuration, its <see cref="Sha256"/> (hex).</summary>
public sealed class ApiKeyOptions
{
    /// <summary>Who holds the key, as the audit log names them.</summary>
    public string Name { get; set; } = "";
    public string? Key { get; set; }
    public string? Sha256 { get; set; }
    /// <summary>reader, editor or admin.</summary>
    public string Role { get; set; } = Roles.Reader;
    /// <summary>The highest stamp the holder may read: Public (default), Internal, Confidential, Secret, TopSecret.</summary>
    public Classification Clearance { get; set; } = Classification.Public;
}

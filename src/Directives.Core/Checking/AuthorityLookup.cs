using Directives.Core.Authority;
using Directives.Core.Citations;
using Directives.Core.Dates;

namespace Directives.Core.Checking;

/// <summary>
/// Resolves central numbers against the authority file alone (no corpus): for checking without an index, and as the
/// baseline the corpus graph adds to. Local numbers and names stay unresolved placeholders.
/// </summary>
public sealed class AuthorityLookup(AuthorityFile? authority = null) : ICitationLookup
{
    readonly AuthorityFile authority = authority ?? AuthorityFile.Default;

    public ReferenceResolution Resolve(string? citation, string? name, string? date, string? term, DraftScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (citation is null || !PartyNumber.TryParse(citation, out var number))
            return ReferenceResolution.To(new KnownDocument { Id = "named:" + (name ?? citation ?? "?"), Source = KnownSources.Cited, Name = name });
        if (!number.Issuer.EndsWith("TW", StringComparison.Ordinal))
            return ReferenceResolution.To(new KnownDocument { Id = "placeholder:" + number.Canonical, Source = KnownSources.Cited, Citation = number.Canonical });
        var all = authority.ByCitation(number.Canonical);
        if (all.Count == 0) return ReferenceResolution.None($"{number.Canonical} is not in the authority file.");
        var entry = authority.ByCitation(number.Canonical, IsoDate.Parse(date), term)
                    // A wrong date or term must not hide the document: with one document by that number, it is the one.
                    ?? (all.Count == 1 ? all[0] : null);
        if (entry is not null) return ReferenceResolution.To(From(entry));
        var before = all.Where(e => scope.Date is null || e.Date is null || string.CompareOrdinal(IsoDate.Format(e.Date), scope.Date) <= 0).ToList();
        return before is [var only]
            ? ReferenceResolution.To(From(only))
            : ReferenceResolution.Among(before.Select(From).ToList(), $"{number.Canonical} names documents of terms {string.Join(", ", before.Select(e => e.Term))}.");
    }

    /// <summary>An authority entry as a known document.</summary>
    public static KnownDocument From(AuthorityEntry e) => new()
    {
        Id = $"placeholder:{e.Citation.Replace('/', '-')}@{e.Term}",
        Source = KnownSources.Authority,
        Citation = e.Citation,
        Kind = e.Kind,
        Date = IsoDate.Format(e.Date),
        Body = e.Body,
        Term = e.Term,
        Title = e.Title,
    };
}

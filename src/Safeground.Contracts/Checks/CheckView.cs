using Safeground.Core.Rules;

namespace Safeground.Contracts;

/// <summary>
/// The data-quality findings over a store: <c>GET /api/v1/checks</c> and <c>safeground check --json</c> (which streams the
/// findings as it writes them, in this shape).
/// </summary>
/// <param name="Store">The store's name; only in the CLI's output.</param>
/// <param name="Rules">Where the rules came from (the store's version, the built-in default, or a what-if file).</param>
public sealed record CheckView(
    string? Store,
    string Programme,
    string? Rules,
    DateTimeOffset CheckedAt,
    Severity MinSeverity,
    IReadOnlyList<FindingView> Findings,
    CheckSummaryView Summary);

using System.Collections.Immutable;
using Safeground.Core.Access;
using Safeground.Core.Reference;
using Safeground.Core.Reports;
using Safeground.Core.Rules;

namespace Safeground.Storage.Memory;

/// <summary>
/// Everything one memory store holds, in immutable collections: a transaction works on its own copy (sharing
/// all that it does not change) and its commit is one swap, so readers only ever see committed states and a
/// transaction disposed without commit leaves nothing behind.
/// </summary>
/// <param name="NextFid">The next row id per projection layer: features are paged in the order they were written, as the real stores page by fid.</param>
/// <param name="Generation">Counts commits: the store's <see cref="MemoryStore.Revision"/>.</param>
internal sealed partial record MemoryState(
    ImmutableSortedDictionary<string, Organisation> Organisations,
    ImmutableSortedDictionary<string, Team> Teams,
    ImmutableSortedDictionary<string, Deployment> Deployments,
    ImmutableSortedDictionary<string, Region> Regions,
    ImmutableDictionary<string, ReportRow> Reports,
    ImmutableSortedSet<ReportRow> ReplayOrder,
    ImmutableDictionary<string, ImmutableList<ReportEvent>> Events,
    ImmutableSortedDictionary<string, HazardRow> Hazards,
    ImmutableSortedDictionary<(string ReportId, int Index), FeatureRow<Core.Projections.FindRecord>> Finds,
    ImmutableSortedDictionary<string, FeatureRow<Core.Projections.AccidentRecord>> Accidents,
    ImmutableSortedDictionary<string, FeatureRow<Core.RiskEducation.RiskEducationRecord>> RiskEducation,
    ImmutableSortedDictionary<string, FeatureRow<Core.Casualties.IncidentRecord>> Incidents,
    long NextFid,
    ImmutableSortedDictionary<string, StoredUser> Users,
    ImmutableDictionary<string, AccessToken> Tokens,
    ImmutableList<AuditEntry> Audit,
    ImmutableList<StoredRules> Rules,
    long Generation)
{
    public static MemoryState Empty { get; } = new(
        ImmutableSortedDictionary.Create<string, Organisation>(StringComparer.Ordinal),
        ImmutableSortedDictionary.Create<string, Team>(StringComparer.Ordinal),
        ImmutableSortedDictionary.Create<string, Deployment>(StringComparer.Ordinal),
        ImmutableSortedDictionary.Create<string, Region>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, ReportRow>(StringComparer.Ordinal),
        ImmutableSortedSet.Create(ReportRow.ReplayOrder),
        ImmutableDictionary.Create<string, ImmutableList<ReportEvent>>(StringComparer.Ordinal),
        ImmutableSortedDictionary.Create<string, HazardRow>(StringComparer.Ordinal),
        ImmutableSortedDictionary.Create<(string ReportId, int Index), FeatureRow<Core.Projections.FindRecord>>(FindKeyOrder.Instance),
        ImmutableSortedDictionary.Create<string, FeatureRow<Core.Projections.AccidentRecord>>(StringComparer.Ordinal),
        ImmutableSortedDictionary.Create<string, FeatureRow<Core.RiskEducation.RiskEducationRecord>>(StringComparer.Ordinal),
        ImmutableSortedDictionary.Create<string, FeatureRow<Core.Casualties.IncidentRecord>>(StringComparer.Ordinal),
        1,
        ImmutableSortedDictionary.Create<string, StoredUser>(StringComparer.Ordinal),
        ImmutableDictionary.Create<string, AccessToken>(StringComparer.Ordinal),
        [],
        [],
        0);

    /// <summary>Finds by report id (ordinal, as the real stores' text columns sort) then index.</summary>
    private sealed class FindKeyOrder : IComparer<(string ReportId, int Index)>
    {
        public static readonly FindKeyOrder Instance = new();

        public int Compare((string ReportId, int Index) x, (string ReportId, int Index) y)
        {
            int c = string.CompareOrdinal(x.ReportId, y.ReportId);
            return c != 0 ? c : x.Index.CompareTo(y.Index);
        }
    }
}

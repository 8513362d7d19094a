using Safeground.Core.Reference;

namespace Safeground.Core.Storage;

/// <summary>
/// The reference data reports point at and the programme's rules: organisations, teams, deployments, regions,
/// and the rules' versions. Small lists that checks, pickers and the rules read; they change by import, rarely.
/// </summary>
public interface IReferenceStore
{
    IReadOnlyList<Organisation> Organisations();
    IReadOnlyList<Team> Teams();
    IReadOnlyList<Deployment> Deployments();

    /// <summary>The administrative regions (boundary polygons), ordered by name; empty when none were imported.</summary>
    IReadOnlyList<Region> Regions();

    /// <summary>
    /// The programme's rules the store runs on: the last version set (<see cref="IStoreTransaction.AddRules"/>), or null when
    /// none was ever set, and then the built-in default applies (<see cref="Rules.StoredProgramme.Of"/>, the one reader).
    /// </summary>
    Rules.StoredRules? CurrentRules();

    /// <summary>Every version of the programme's rules set in this store, oldest first.</summary>
    IReadOnlyList<Rules.StoredRules> RulesHistory();

    /// <summary>The programme's ordnance catalogue, retired models too, ordered by id (a new store holds the seeded models).</summary>
    IReadOnlyList<Ordnance.OrdnanceModel> OrdnanceModels();
}

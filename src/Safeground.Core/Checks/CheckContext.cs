using Safeground.Core.Ordnance;
using Safeground.Core.Reference;
using Safeground.Core.Rules;

namespace Safeground.Core.Checks;

/// <summary>What every rule family may read: the programme, "now", reference data and the hazards seen so far.</summary>
internal sealed class CheckContext(ProgrammeRules rules, DateTimeOffset now, IReadOnlyList<Team> teams, IReadOnlyList<Deployment> deployments,
    OrdnanceCatalogue ordnance, IReadOnlyList<Organisation>? organisations = null)
{
    public ProgrammeRules Rules => rules;
    public DateTimeOffset Now => now;
    public DateOnly Today { get; } = DateOnly.FromDateTime(now.UtcDateTime);
    public IReadOnlyDictionary<string, Team> Teams { get; } = teams.ToDictionary(t => t.Id, StringComparer.Ordinal);
    public IReadOnlyDictionary<string, Deployment> Deployments { get; } = deployments.ToDictionary(d => d.Id, StringComparer.Ordinal);
    public HazardCatalogue Hazards { get; } = new();

    /// <summary>The organisations by id; empty where the caller did not read them (a single report's check).</summary>
    public IReadOnlyDictionary<string, Organisation> Organisations { get; } =
        (organisations ?? []).ToDictionary(o => o.Id, StringComparer.Ordinal);

    /// <summary>The programme's ordnance catalogue, which finds' models are checked against.</summary>
    public OrdnanceCatalogue Ordnance => ordnance;

    public Team? TeamOf(string? teamId) => teamId is not null && Teams.TryGetValue(teamId, out var t) ? t : null;
}

using Safeground.Core.Casualties;
using Safeground.Core.Storage;

namespace Safeground.Contracts;

/// <summary>
/// Civilian casualty incidents of one roll-up line: incidents, killed and injured, the people by sex and age band
/// (<c>unknown</c> where the source did not say), and incidents by the activity at the time. Absent when the line has none.
/// </summary>
public sealed record CiviliansView(
    long Incidents,
    long Killed,
    long Injured,
    IReadOnlyList<CasualtyGroupView> BySexAndAge,
    IReadOnlyDictionary<string, long> IncidentsByActivity)
{
    public static CiviliansView? From(CivilianFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        if (figures.Incidents == 0) return null;
        var groups = figures.KilledBySexAndAge.Keys.Union(figures.InjuredBySexAndAge.Keys).Order()
            .Select(k => new CasualtyGroupView(MapAttributes.Word(k.Sex), MapAttributes.Word(k.Age),
                figures.KilledBySexAndAge.GetValueOrDefault(k), figures.InjuredBySexAndAge.GetValueOrDefault(k)))
            .ToList();
        return new CiviliansView(figures.Incidents, figures.Killed, figures.Injured, groups,
            figures.IncidentsByActivity.ToDictionary(k => MapAttributes.Word(k.Key), k => (long)k.Value));
    }
}

using Safeground.Core.Accidents;
using Safeground.Core.People;
using Safeground.Core.Reports;

namespace Safeground.Core.Casualties;

/// <summary>
/// Civilian casualties of one roll-up line: incidents, people killed and injured, by sex and age band (what donors and
/// the treaty reports ask for) and incidents by the activity at the time (what risk education is aimed at).
/// </summary>
public sealed class CivilianFigures
{
    public int Incidents { get; private set; }
    public int Killed { get; private set; }
    public int Injured { get; private set; }
    public SortedDictionary<(Gender Sex, AgeBand Age), int> KilledBySexAndAge { get; } = new();
    public SortedDictionary<(Gender Sex, AgeBand Age), int> InjuredBySexAndAge { get; } = new();
    public SortedDictionary<CasualtyActivity, int> IncidentsByActivity { get; } = new();

    public void Add(CasualtyIncident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        Incidents++;
        IncidentsByActivity[incident.Activity] = IncidentsByActivity.GetValueOrDefault(incident.Activity) + 1;
        foreach (var c in incident.Killed ?? [])
        {
            Killed += c.Count;
            KilledBySexAndAge[(c.Sex, c.Age)] = KilledBySexAndAge.GetValueOrDefault((c.Sex, c.Age)) + c.Count;
        }
        foreach (var c in incident.Injured ?? [])
        {
            Injured += c.Count;
            InjuredBySexAndAge[(c.Sex, c.Age)] = InjuredBySexAndAge.GetValueOrDefault((c.Sex, c.Age)) + c.Count;
        }
    }

    /// <summary>Adds another line's figures (months added up to years, as the public site's table by year does).</summary>
    public void Add(CivilianFigures other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Incidents += other.Incidents;
        Killed += other.Killed;
        Injured += other.Injured;
        foreach (var (k, n) in other.KilledBySexAndAge) KilledBySexAndAge[k] = KilledBySexAndAge.GetValueOrDefault(k) + n;
        foreach (var (k, n) in other.InjuredBySexAndAge) InjuredBySexAndAge[k] = InjuredBySexAndAge.GetValueOrDefault(k) + n;
        foreach (var (k, n) in other.IncidentsByActivity) IncidentsByActivity[k] = IncidentsByActivity.GetValueOrDefault(k) + n;
    }
}

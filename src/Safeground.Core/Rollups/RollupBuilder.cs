using System.Globalization;
using Safeground.Core.Accidents;
using Safeground.Core.Hazards;
using Safeground.Core.Projections;
using Safeground.Core.Reference;
using Safeground.Core.Reports;
using Safeground.Core.Status;

namespace Safeground.Core.Rollups;

/// <summary>
/// Accumulates a <see cref="Rollup"/>: feed it report summaries first, then hazards, finds and accidents.
/// The <see cref="StatusFilter"/> is applied as they stream, so a filtered roll-up costs no more than a whole one.
/// </summary>
internal sealed class RollupBuilder
{
    private const string NoKey = "(none)";

    /// <summary>The group of hazards no survey stated a contamination type for (the others are the types' codes).</summary>
    public const string NotStated = "not-stated";

    private readonly StatusGrouping _grouping;
    private readonly RegionIndex? _regions;
    private readonly Dictionary<string, Team> _teams;
    private readonly StatusLine _total = new("total");
    private readonly SortedDictionary<string, StatusLine> _groups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ReportFacts> _reports = new(StringComparer.Ordinal);
    // The survey that recorded each hazard: its team and deployment own the hazard in those groupings.
    private readonly Dictionary<string, ReportFacts> _recordedBy = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> _months = [];
    private readonly List<(int Region, double M2)> _pieces = [];
    private readonly Dictionary<int, (double Original, double Remaining)> _shares = [];
    private readonly StatusFilter _filter;
    // Releases carry only their report id: the reports of the filtered organisation, to know whose release it is.
    private readonly HashSet<string>? _organisationReports;
    // Reports carry only their hazard id: the hazards of the filtered region, to know whose productivity it is.
    private readonly HashSet<string>? _regionHazards;
    // Each counted hazard's remaining polygon in the shared HazardousLand, with the group that holds it.
    private readonly Dictionary<int, string?> _landKeys = [];
    // By contamination type, finds, accidents and effort carry only their hazard id: each hazard's group.
    private readonly Dictionary<string, string> _typeOfHazard = new(StringComparer.Ordinal);
    // Split by type within each group (treaty tables: region × type): the type of what is being added, for Line.
    private readonly bool _byType;
    private string _within = NoKey;

    /// <param name="byType">Split each group's lines by the contamination type of the hazard (see <see cref="StatusLine.ContaminationType"/>).</param>
    public RollupBuilder(StatusGrouping grouping, IReadOnlyList<Team> teams, RegionIndex? regions, StatusFilter filter, bool byType = false)
    {
        _byType = byType && grouping is not StatusGrouping.None and not StatusGrouping.ContaminationType;
        _grouping = grouping;
        _filter = filter;
        _organisationReports = filter.Organisation is null ? null : new(StringComparer.Ordinal);
        _regionHazards = filter.Region is null ? null : new(StringComparer.Ordinal);
        _regions = regions;
        _teams = teams.ToDictionary(t => t.Id, StringComparer.Ordinal);
    }

    private bool ByReport => _grouping is StatusGrouping.Team or StatusGrouping.Deployment;

    public void AddReport(ReportSummary s)
    {
        var (asset, effort) = ReportFacts.EffortOf(s, s.TeamId is { } t ? _teams.GetValueOrDefault(t) : null);
        bool organisation = _filter.OfOrganisation(s.OrganisationId);
        if (organisation) _organisationReports?.Add(s.Id);
        // A report outside the filter still names the team that recorded a hazard: kept, but its effort does not count.
        if (!organisation || !_filter.InPeriod(s.DateOfInformation)) effort = 0;
        // Only what a later stream asks for is kept: at national scale that is most of 420,000 reports by team, a fraction otherwise.
        if (!ByReport && effort <= 0) return;
        var slim = s with { TeamId = Intern(s.TeamId), DeploymentId = Intern(s.DeploymentId), OrganisationId = Intern(s.OrganisationId)! };
        var facts = new ReportFacts(slim, asset, effort);
        _reports[s.Id] = facts;
        if (ByReport && s.Kind == ReportKind.NonTechnicalSurvey && s.HazardId is { } h) _recordedBy.TryAdd(h, facts);
    }

    /// <param name="land">The index of its remaining polygon in the roll-up's <see cref="HazardousLand"/>, -1 if none.</param>
    public void Add(HazardState h, int land)
    {
        if (!_filter.InRegion(h.Region)) return;
        if (_byType) _within = TypeKey(h);
        _regionHazards?.Add(h.HazardId);
        // The hazard is its holder's from the day it was recorded; each release is its reporter's on its own date.
        bool counted = _filter.Holds(h);
        if (counted)
        {
            Count(_total, h);
            _total.OriginalM2 += h.OriginalM2;
            Remaining(_total, h.Class, h.RemainingM2);
        }
        // Ungrouped, the total is where a report's released m² go; grouped, the groups take them.
        foreach (var r in h.Releases)
            if (Released(r)) AddRelease(_total, r, r.AreaM2, toFacts: _grouping == StatusGrouping.None);
        if (_grouping == StatusGrouping.None) return;
        if (_regions is not null)
        {
            AddByBoundary(h, _regions, counted);
            return;
        }
        var recorded = ByReport ? _recordedBy.GetValueOrDefault(h.HazardId) : null;
        string? key = _grouping switch
        {
            StatusGrouping.Region => h.Region,
            StatusGrouping.Organisation => h.OrganisationId,
            StatusGrouping.Month => Month(h.CreatedOn),
            StatusGrouping.Team => recorded?.Summary.TeamId,
            StatusGrouping.Deployment => recorded?.Summary.DeploymentId,
            StatusGrouping.ContaminationType => TypeKey(h),
            _ => null,
        };
        if (counted)
        {
            if (land >= 0) _landKeys[land] = key ?? NoKey;
            var home = Line(key);
            Count(home, h);
            home.OriginalM2 += h.OriginalM2;
            Remaining(home, h.Class, h.RemainingM2);
        }
        foreach (var r in h.Releases)
        {
            if (!Released(r)) continue;
            var facts = Facts(r);
            string? releaseKey = _grouping switch
            {
                StatusGrouping.Month => Month(r.Date),
                StatusGrouping.Team => facts?.Summary.TeamId,
                StatusGrouping.Deployment => facts?.Summary.DeploymentId,
                _ => key,
            };
            AddRelease(Line(releaseKey), r, r.AreaM2, toFacts: true);
        }
    }

    // Remaining and released polygons split by region; original area per region is the sum of its parts.
    // A hazard the filter does not count still places its kept releases.
    private void AddByBoundary(HazardState h, RegionIndex regions, bool counted)
    {
        _shares.Clear();
        if (counted)
        {
            regions.Split(h.Remaining, h.RemainingM2, _pieces);
            foreach (var (region, m2) in _pieces)
            {
                var s = _shares.GetValueOrDefault(region);
                _shares[region] = (s.Original + m2, s.Remaining + m2);
                Remaining(Line(regions.NameOf(region)), h.Class, m2);
            }
        }
        foreach (var r in h.Releases)
        {
            bool released = Released(r);
            if (!counted && !released) continue;
            regions.Split(r.Area, r.AreaM2, _pieces);
            foreach (var (region, m2) in _pieces)
            {
                if (counted)
                {
                    // Reopened land is in the remaining polygon and still in the release it came from: count it once.
                    var s = _shares.GetValueOrDefault(region);
                    _shares[region] = (s.Original + (r.Method == ReleaseMethod.Reopened ? -m2 : m2), s.Remaining);
                }
                if (released) AddRelease(Line(regions.NameOf(region)), r, m2, toFacts: true);
            }
        }
        if (!counted) return;
        // The same rule as RegionIndex.Home (which field kits use), here on the pieces already split.
        int home = -1;
        double most = -1;
        foreach (var (region, share) in _shares.OrderBy(kv => kv.Key))
        {
            Line(regions.NameOf(region)).OriginalM2 += share.Original;
            if (share.Original > most) (home, most) = (region, share.Original);
        }
        if (_shares.Count == 0 && !h.Original.IsEmpty) home = regions.Locate(h.Original.InteriorPoint);
        Count(Line(regions.NameOf(home)), h);
    }

    public void Add(FindRecord f)
    {
        if (!_filter.Admits(f.Region, f.OrganisationId, f.Date)) return;
        var find = f.Find;
        void Into(StatusLine line)
        {
            line.Finds += find.Quantity;
            line.FindsByCategory[find.Category] = line.FindsByCategory.GetValueOrDefault(find.Category) + find.Quantity;
        }
        Into(_total);
        if (_grouping == StatusGrouping.None) return;
        _within = WithinOf(f.HazardId);
        Into(Line(KeyOf(f.ReportId, f.HazardId, f.Region, f.OrganisationId, f.Date, find.Position)));
    }

    public void Add(AccidentRecord a)
    {
        if (!_filter.Admits(a.Region, a.OrganisationId, a.Date)) return;
        int killed = a.Accident.Victims.Count(v => v.Outcome == VictimOutcome.Killed);
        void Into(StatusLine line)
        {
            line.Accidents++;
            line.Killed += killed;
            line.Injured += a.Accident.Victims.Count - killed;
        }
        Into(_total);
        if (_grouping == StatusGrouping.None) return;
        _within = WithinOf(a.HazardId);
        Into(Line(KeyOf(a.ReportId, a.HazardId, a.Region, a.OrganisationId, a.Date, a.Accident.Position)));
    }

    public void Add(Casualties.IncidentRecord i)
    {
        if (!_filter.Admits(i.Region, i.OrganisationId, i.Date)) return;
        _total.Civilians.Add(i.Incident);
        if (_grouping == StatusGrouping.None) return;
        _within = WithinOf(i.HazardId);
        Line(KeyOf(i.ReportId, i.HazardId, i.Region, i.OrganisationId, i.Date, i.Incident.Position)).Civilians.Add(i.Incident);
    }

    public void Add(RiskEducation.RiskEducationRecord s)
    {
        if (!_filter.Admits(s.Region, s.OrganisationId, s.Date)) return;
        _total.RiskEducation.Add(s);
        if (_grouping == StatusGrouping.None) return;
        _within = WithinOf(null);
        Line(KeyOf(s.ReportId, null, s.Region, s.OrganisationId, s.Date, s.Session.Position)).RiskEducation.Add(s);
    }

    public StatusReport Finish(HazardousLand land)
    {
        MeasureLand(land);
        foreach (var facts in _reports.Values)
        {
            if (!facts.IsProductive) continue;
            if (_regionHazards is not null && (facts.Summary.HazardId is not { } hazard || !_regionHazards.Contains(hazard))) continue;
            Productive(_total, facts.Asset, facts.ReleasedM2, facts.Effort);
            if (_grouping == StatusGrouping.None) continue;
            double placed = 0;
            foreach (var (_, m2) in facts.Pieces) placed += m2;
            if (placed > 0)
            {
                foreach (var (line, m2) in facts.Pieces) Productive(line, facts.Asset, m2, facts.Effort * m2 / placed);
            }
            else if (ReportKey(facts) is { } key)
            {
                _within = WithinOf(facts.Summary.HazardId);
                // Effort that released nothing (the strip was already released) still counts against its team, month or organisation.
                Productive(Line(key), facts.Asset, 0, facts.Effort);
            }
        }
        return new StatusReport { Grouping = _grouping, Total = _total, Groups = _groups.Values.ToList(), ByBoundary = _regions is not null, Filter = _filter };
    }

    // Records − land, in total and per group: only clusters with land under two records need a group's own union.
    private void MeasureLand(HazardousLand land)
    {
        foreach (var cluster in land.Clusters())
        {
            if (cluster.CountedTwiceM2 <= 0) continue;
            _total.CountedTwiceM2 += cluster.CountedTwiceM2;
            // Split by type, a line is a region's records of one type: the land they share with other types' has no one owner.
            if (_grouping == StatusGrouping.None || _byType) continue;
            if (_regions is { } regions)
            {
                // Land by boundary: each region's share of the records minus its share of the union.
                var twice = new Dictionary<int, double>();
                regions.Split(cluster.Union, null, _pieces);
                foreach (var (region, m2) in _pieces) twice[region] = twice.GetValueOrDefault(region) - m2;
                foreach (int i in cluster.Members)
                {
                    regions.Split(land.Shape(i), land.AreaM2(i), _pieces);
                    foreach (var (region, m2) in _pieces) twice[region] = twice.GetValueOrDefault(region) + m2;
                }
                foreach (var (region, m2) in twice) if (m2 >= HazardousLand.RoundOffM2) Line(regions.NameOf(region)).CountedTwiceM2 += m2;
                continue;
            }
            foreach (var members in cluster.Members.Where(_landKeys.ContainsKey).GroupBy(i => _landKeys[i]!, StringComparer.Ordinal))
            {
                var indexes = members.ToList();
                double m2 = indexes.Count == cluster.Members.Count ? cluster.CountedTwiceM2 : land.CountedTwice(indexes);
                if (m2 > 0) Line(members.Key).CountedTwiceM2 += m2;
            }
        }
    }

    private string? KeyOf(string reportId, string? hazardId, string? region, string organisationId, DateOnly date, NetTopologySuite.Geometries.Point position) => _grouping switch
    {
        StatusGrouping.ContaminationType => hazardId is null ? null : _typeOfHazard.GetValueOrDefault(hazardId),
        StatusGrouping.Region => _regions is { } idx ? idx.NameOf(idx.Locate(position)) : region,
        StatusGrouping.Organisation => organisationId,
        StatusGrouping.Month => Month(date),
        StatusGrouping.Team => _reports.GetValueOrDefault(reportId)?.Summary.TeamId,
        StatusGrouping.Deployment => _reports.GetValueOrDefault(reportId)?.Summary.DeploymentId,
        _ => null,
    };

    private string? ReportKey(ReportFacts facts) => _grouping switch
    {
        StatusGrouping.Organisation => facts.Summary.OrganisationId,
        StatusGrouping.Month => Month(facts.Summary.DateOfInformation),
        StatusGrouping.Team => facts.Summary.TeamId ?? NoKey,
        StatusGrouping.Deployment => facts.Summary.DeploymentId ?? NoKey,
        StatusGrouping.ContaminationType => facts.Summary.HazardId is { } h ? _typeOfHazard.GetValueOrDefault(h) : null,
        _ => null, // a region needs a released polygon to place the effort: the total has it
    };

    // The stated type's code: roll-ups never count a suggested type, so land no survey typed stays "not stated".
    private string TypeKey(HazardState h)
    {
        var key = h.ContaminationType is { } t ? Storage.StoredNames.Of(t) : NotStated;
        _typeOfHazard[h.HazardId] = key;
        return key;
    }

    private bool Released(ReleaseEvent r) =>
        _filter.InPeriod(r.Date) && (_organisationReports is null || _organisationReports.Contains(r.ReportId));

    /// <summary>Whether this roll-up counts the release (its date in the period, its report the organisation's).</summary>
    public bool Counts(ReleaseEvent r) => Released(r);

    /// <summary>Whether this roll-up looks at the hazard at all (its region).</summary>
    public bool InRegion(HazardState h) => _filter.InRegion(h.Region);

    private ReportFacts? Facts(ReleaseEvent r) => _reports.GetValueOrDefault(r.ReportId);

    private void AddRelease(StatusLine line, ReleaseEvent r, double m2, bool toFacts)
    {
        switch (r.Method)
        {
            case ReleaseMethod.Cancelled: line.CancelledM2 += m2; break;
            case ReleaseMethod.Reduced: line.ReducedM2 += m2; break;
            case ReleaseMethod.Reopened: line.ReopenedM2 += m2; return; // land back to hazardous: nobody's productivity
            default: line.ClearedM2 += m2; break;
        }
        if (!toFacts || Facts(r) is not { IsProductive: true } facts) return;
        facts.ReleasedM2 += m2;
        facts.Pieces.Add((line, m2));
    }

    private static void Productive(StatusLine line, AssetKind asset, double m2, double effort)
    {
        if (!line.Productivity.TryGetValue(asset, out var p)) line.Productivity[asset] = p = new Productivity();
        p.ClearedM2 += m2;
        p.Effort += effort;
    }

    private static void Remaining(StatusLine line, HazardClass hazardClass, double m2)
    {
        line.RemainingM2 += m2;
        line.RemainingM2ByClass[hazardClass] = line.RemainingM2ByClass.GetValueOrDefault(hazardClass) + m2;
    }

    private static void Count(StatusLine line, HazardState h)
    {
        line.Hazards++;
        line.HazardsByClass[h.Class] = line.HazardsByClass.GetValueOrDefault(h.Class) + 1;
        line.HazardsByStatus[h.Status] = line.HazardsByStatus.GetValueOrDefault(h.Status) + 1;
        line.HazardsByClassAndStatus[(h.Class, h.Status)] = line.HazardsByClassAndStatus.GetValueOrDefault((h.Class, h.Status)) + 1;
    }

    private string WithinOf(string? hazardId) => hazardId is not null && _typeOfHazard.TryGetValue(hazardId, out var type) ? type : NoKey;

    private StatusLine Line(string? key)
    {
        key ??= NoKey;
        if (_byType)
        {
            // The unit separator sorts before any name's character: lines stay in order of group, then type.
            string both = key + "\u001F" + _within;
            if (!_groups.TryGetValue(both, out var split)) _groups[both] = split = new StatusLine(key) { ContaminationType = _within };
            return split;
        }
        if (!_groups.TryGetValue(key, out var line)) _groups[key] = line = new StatusLine(key);
        return line;
    }

    private string Month(DateOnly d)
    {
        int k = d.Year * 12 + d.Month;
        if (!_months.TryGetValue(k, out var text)) _months[k] = text = d.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        return text;
    }

    // Team, deployment and organisation ids repeat on every report: keep one string of each.
    private string? Intern(string? id)
    {
        if (id is null) return null;
        if (_ids.TryGetValue(id, out var kept)) return kept;
        _ids[id] = id;
        return id;
    }
}

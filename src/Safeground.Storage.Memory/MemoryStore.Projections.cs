using NetTopologySuite.Geometries;
using Safeground.Core;
using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Safeground.Core.Storage;
using Safeground.Core.Text;

namespace Safeground.Storage.Memory;

// Hazard, find and accident projections, and their filtered pages.
public sealed partial class MemoryStore
{
    public HazardState? FindHazard(string hazardId) =>
        State.Hazards.TryGetValue(hazardId, out var row) ? Detached.Of(row.Hazard) : null;

    public IEnumerable<HazardState> HazardsIntersecting(Envelope area)
    {
        ArgumentNullException.ThrowIfNull(area);
        return State.Hazards.Values.Where(h => Meets(h.Hazard.Remaining, area)).Select(h => Detached.Of(h.Hazard));
    }

    public IEnumerable<HazardState> Hazards() => State.Hazards.Values.Select(h => Detached.Of(h.Hazard));

    public IEnumerable<FindRecord> Finds() => State.Finds.Values.Select(f => Detached.Of(f.Record));

    public IEnumerable<AccidentRecord> Accidents()
    {
        var state = State;
        return state.Accidents.Values.Select(a => Accident(state, a.Record));
    }

    public Page<HazardState> QueryHazards(HazardQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var matching = State.Hazards.Values.Select(h => h.Hazard)
            .Where(h => (query.Bbox is not { } box || Meets(h.Remaining, box)) && query.Matches(h));
        return Paging.Of(matching, query.Offset, query.Limit, Detached.Of);
    }

    public Page<FindRecord> QueryFinds(FindQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Paging.Of(State.Finds.Values.Select(f => f.Record).Where(query.Matches), query.Offset, query.Limit, Detached.Of);
    }

    public IEnumerable<Core.RiskEducation.RiskEducationRecord> RiskEducationSessions()
    {
        var state = State;
        return state.RiskEducation.Values.Select(s => Session(state, s.Record));
    }

    public IEnumerable<Core.Casualties.IncidentRecord> Incidents()
    {
        var state = State;
        return state.Incidents.Values.Select(i => Incident(state, i.Record));
    }

    /// <summary>The incident of a projection row as the real stores give it: from the approved report's payload.</summary>
    private Core.Casualties.IncidentRecord Incident(MemoryState state, Core.Casualties.IncidentRecord row)
    {
        var report = state.Reports.TryGetValue(row.ReportId, out var r) ? r.Report() : null;
        var incident = report?.Body as Core.Reports.CasualtyIncident
            ?? throw new SafegroundException(ErrorKind.Storage, Texts.Render("store.incident.row-not-incident", ("location", Location), ("report", row.ReportId)));
        return row with { Incident = incident };
    }

    /// <summary>The session of a projection row as the real stores give it: from the approved report's payload.</summary>
    private Core.RiskEducation.RiskEducationRecord Session(MemoryState state, Core.RiskEducation.RiskEducationRecord row)
    {
        var report = state.Reports.TryGetValue(row.ReportId, out var r) ? r.Report() : null;
        var session = report?.Body as Core.RiskEducation.RiskEducationSession
            ?? throw new SafegroundException(ErrorKind.Storage, Texts.Render("store.eore.row-not-session", ("location", Location), ("report", row.ReportId)));
        return row with { Session = session };
    }

    /// <summary>The accident of a projection row as the real stores give it: from the approved report's payload, victims included.</summary>
    private AccidentRecord Accident(MemoryState state, AccidentRecord row)
    {
        var report = state.Reports.TryGetValue(row.ReportId, out var r) ? r.Report() : null;
        var accident = report?.Body as AccidentReport
            ?? throw new SafegroundException(ErrorKind.Storage, Texts.Render("store.accident-row-not-accident", ("location", Location), ("report", row.ReportId)));
        return row with { Accident = accident };
    }

    /// <summary>Whether a geometry's bounding box meets <paramref name="area"/>: what an R-tree answers. An empty geometry has no box and meets nothing.</summary>
    private static bool Meets(Geometry geometry, Envelope area) =>
        !geometry.IsEmpty && geometry.EnvelopeInternal.Intersects(area);
}

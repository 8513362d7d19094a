using System.Globalization;
using NetTopologySuite.Geometries;
using Safeground.Core.Projections;
using Safeground.Core.Storage;

namespace Safeground.Storage.Memory;

// Feature layers a page at a time, map tiles and the revision: the same filters as the real stores, features in
// the order they were written (the real stores page in fid order), bounding boxes compared as an R-tree does.
public sealed partial class MemoryStore
{
    public LayerPage<HazardState> HazardPage(LayerQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var rows = State.Hazards.Values.OrderBy(h => h.Fid)
            .Select(h => new Feature<HazardState>(h.Hazard.HazardId, h.Hazard, h.Hazard.Remaining, h.Hazard.CreatedOn, h.Hazard.LastReportOn));
        return Layer(rows, query, Detached.Of);
    }

    public LayerPage<ReleaseEvent> ReleasePage(LayerQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Layer(Releases(State), query, Detached.Of, sequenced: true);
    }

    public LayerPage<FindRecord> FindPage(LayerQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var rows = State.Finds.Values.OrderBy(f => f.Fid).Select(f => new Feature<FindRecord>(
            f.Record.ReportId + "." + f.Record.Index.ToString(CultureInfo.InvariantCulture), f.Record, f.Record.Find.Position, f.Record.Date, f.Record.Date));
        return Layer(rows, query, Detached.Of, sequenced: true);
    }

    public LayerPage<AccidentRecord> AccidentPage(LayerQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var state = State;
        var rows = state.Accidents.Values.OrderBy(a => a.Fid)
            .Select(a => new Feature<AccidentRecord>(a.Record.ReportId, a.Record, a.Record.Accident.Position, a.Record.Date, a.Record.Date));
        return Layer(rows, query, a => Accident(state, a));
    }

    public LayerPage<Core.RiskEducation.RiskEducationRecord> RiskEducationPage(LayerQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var state = State;
        var rows = state.RiskEducation.Values.OrderBy(s => s.Fid)
            .Select(s => new Feature<Core.RiskEducation.RiskEducationRecord>(s.Record.ReportId, s.Record, s.Record.Session.Position, s.Record.Date, s.Record.Date));
        return Layer(rows, query, s => Session(state, s));
    }

    public LayerPage<Core.Casualties.IncidentRecord> IncidentPage(LayerQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var state = State;
        var rows = state.Incidents.Values.OrderBy(i => i.Fid)
            .Select(i => new Feature<Core.Casualties.IncidentRecord>(i.Record.ReportId, i.Record, i.Record.Incident.Position, i.Record.Date, i.Record.Date));
        return Layer(rows, query, i => Incident(state, i));
    }

    public LayerExtent Extent(FeatureLayer layer)
    {
        var state = State;
        var features = layer switch
        {
            FeatureLayer.Hazards => state.Hazards.Values.Select(h => (h.Hazard.Remaining, h.Hazard.CreatedOn, h.Hazard.LastReportOn)),
            FeatureLayer.Released => Releases(state).Select(r => (r.Geometry, r.First, r.Last)),
            FeatureLayer.Finds => state.Finds.Values.Select(f => ((Geometry)f.Record.Find.Position, f.Record.Date, f.Record.Date)),
            FeatureLayer.Accidents => state.Accidents.Values.Select(a => ((Geometry)a.Record.Accident.Position, a.Record.Date, a.Record.Date)),
            FeatureLayer.RiskEducation => state.RiskEducation.Values.Select(s => ((Geometry)s.Record.Session.Position, s.Record.Date, s.Record.Date)),
            FeatureLayer.Incidents => state.Incidents.Values.Select(i => ((Geometry)i.Record.Incident.Position, i.Record.Date, i.Record.Date)),
            _ => throw new ArgumentOutOfRangeException(nameof(layer), layer, null),
        };
        var area = new Envelope();
        DateOnly? from = null, to = null;
        foreach (var (geometry, first, last) in features)
        {
            if (!geometry.IsEmpty) area.ExpandToInclude(geometry.EnvelopeInternal);
            if (from is null || first < from) from = first;
            if (to is null || last > to) to = last;
        }
        return new LayerExtent(area.IsNull ? null : area, from, to);
    }

    public IEnumerable<MapFeature> MapFeatures(FeatureLayer layer, Envelope area)
    {
        ArgumentNullException.ThrowIfNull(area);
        var state = State;
        return layer switch
        {
            FeatureLayer.Hazards => state.Hazards.Values.OrderBy(h => h.Fid).Where(h => Meets(h.Hazard.Remaining, area))
                .Select(h => MapAttributes.Of(Detached.Of(h.Hazard))),
            FeatureLayer.Released => Releases(state).Where(r => Meets(r.Geometry, area)).Select(r => MapAttributes.Of(Detached.Of(r.Record))),
            FeatureLayer.Finds => state.Finds.Values.OrderBy(f => f.Fid).Where(f => Meets(f.Record.Find.Position, area))
                .Select(f => MapAttributes.Of(Detached.Of(f.Record))),
            FeatureLayer.Accidents => state.Accidents.Values.OrderBy(a => a.Fid).Where(a => Meets(a.Record.Accident.Position, area))
                .Select(a => MapAttributes.Of(Accident(state, a.Record))),
            FeatureLayer.RiskEducation => state.RiskEducation.Values.OrderBy(s => s.Fid).Where(s => Meets(s.Record.Session.Position, area))
                .Select(s => MapAttributes.Of(s.Record)),
            FeatureLayer.Incidents => state.Incidents.Values.OrderBy(i => i.Fid).Where(i => Meets(i.Record.Incident.Position, area))
                .Select(i => MapAttributes.Of(i.Record)),
            _ => throw new ArgumentOutOfRangeException(nameof(layer), layer, null),
        };
    }

    public IEnumerable<FindPoint> FindPoints(Envelope area)
    {
        ArgumentNullException.ThrowIfNull(area);
        return State.Finds.Values.OrderBy(f => f.Fid).Where(f => Meets(f.Record.Find.Position, area))
            .Select(f => new FindPoint(f.Record.Find.Position.X, f.Record.Find.Position.Y, f.Record.Find.Category));
    }

    /// <summary>The number of commits: every write a map can see is a commit (a rolled-back one changes nothing).</summary>
    public string Revision() => State.Generation.ToString(CultureInfo.InvariantCulture);

    /// <summary>Every released area, one feature per release event, ids "hazard id.sequence", in the order written.</summary>
    private static IEnumerable<Feature<ReleaseEvent>> Releases(MemoryState state) =>
        state.Hazards.Values
            .SelectMany(h => h.Hazard.Releases.Select((r, i) => (Fid: h.FirstReleaseFid + i, Feature: new Feature<ReleaseEvent>(
                h.Hazard.HazardId + "." + i.ToString(CultureInfo.InvariantCulture), r, r.Area, r.Date, r.Date))))
            .OrderBy(x => x.Fid)
            .Select(x => x.Feature);

    private static LayerPage<T> Layer<T>(IEnumerable<Feature<T>> rows, LayerQuery query, Func<T, T> read, bool sequenced = false)
    {
        var matching = rows.Where(f =>
            (query.Area is not { IsNull: false } area || Meets(f.Geometry, area))
            && (query.From is not { } from || f.Last >= from)
            && (query.To is not { } to || f.First <= to)
            && (query.FeatureId is not { } id || string.Equals(f.Id, sequenced ? Canonical(id) : id, StringComparison.Ordinal))).ToList();
        var page = matching.Skip((int)Math.Min(Math.Max(0, query.Offset), int.MaxValue)).Take(Math.Max(0, query.Limit))
            .Select(f => new LayerFeature<T>(f.Id, read(f.Record))).ToList();
        return new LayerPage<T>(matching.Count, page);
    }

    /// <summary>An id "parent.number" as the layer writes it ("HZ-1.07" is "HZ-1.7", as the real stores compare the number); anything else matches nothing.</summary>
    private static string? Canonical(string id)
    {
        int dot = id.LastIndexOf('.');
        if (dot <= 0 || !int.TryParse(id.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int number)) return null;
        return id[..dot] + "." + number.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A layer's feature with what its filters read: id, geometry and the span of its dates.</summary>
    private sealed record Feature<T>(string Id, T Record, Geometry Geometry, DateOnly First, DateOnly Last);
}

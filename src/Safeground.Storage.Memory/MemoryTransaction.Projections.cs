using Safeground.Core;
using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Safeground.Core.Text;

namespace Safeground.Storage.Memory;

// Hazards with their released areas, finds and accidents.
internal sealed partial class MemoryTransaction
{
    public void PutHazard(HazardState hazard)
    {
        ArgumentNullException.ThrowIfNull(hazard);
        // As the real stores keep it: no flags and an empty defined area are stored as none.
        var stored = Detached.Of(hazard) with
        {
            Flags = hazard.Flags is { Count: > 0 } ? [.. hazard.Flags] : null,
            Defined = hazard.Defined is { IsEmpty: false } d ? d.Copy() : null,
        };
        Change(s =>
        {
            // Written anew: after every feature written before, as a deleted and inserted row is.
            var (next, fid) = NextFid(s, 1 + stored.Releases.Count);
            return next with { Hazards = next.Hazards.SetItem(stored.HazardId, new HazardRow(stored, fid, fid + 1)) };
        });
    }

    public void AddFinds(IEnumerable<FindRecord> finds)
    {
        ArgumentNullException.ThrowIfNull(finds);
        Change(s =>
        {
            var table = s.Finds.ToBuilder();
            long fid = s.NextFid;
            foreach (var f in finds)
            {
                var key = (f.ReportId, f.Index);
                if (table.ContainsKey(key)) throw Unique($"find {f.ReportId}.{f.Index}");
                table.Add(key, new FeatureRow<FindRecord>(Detached.Of(f), fid++));
            }
            return s with { Finds = table.ToImmutable(), NextFid = fid };
        });
    }

    public void RemoveFinds(string reportId) => Change(s =>
    {
        var keys = s.Finds.Keys.Where(k => string.Equals(k.ReportId, reportId, StringComparison.Ordinal)).ToList();
        return keys.Count == 0 ? s : s with { Finds = s.Finds.RemoveRange(keys) };
    });

    public void PutAccident(AccidentRecord accident)
    {
        ArgumentNullException.ThrowIfNull(accident);
        Change(s =>
        {
            if (!s.Reports.TryGetValue(accident.ReportId, out var report)) throw SafegroundException.NotFound(Texts.Render("store.no-report-for-accident", ("location", Location), ("report", accident.ReportId)));
            if (report.Kind != ReportKind.Accident)
            {
                throw SafegroundException.Invalid(Texts.Render("store.accident-report-wrong-kind", ("location", Location), ("report", accident.ReportId), ("kind", Core.Storage.StoredNames.Of(report.Kind))));
            }
            var (next, fid) = NextFid(s);
            var row = new FeatureRow<AccidentRecord>(accident with { Accident = accident.Accident with { Position = (NetTopologySuite.Geometries.Point)accident.Accident.Position.Copy() } }, fid);
            return next with { Accidents = next.Accidents.SetItem(accident.ReportId, row) };
        });
    }

    public void RemoveAccident(string reportId) => Change(s => s with { Accidents = s.Accidents.Remove(reportId) });

    public void PutRiskEducation(Core.RiskEducation.RiskEducationRecord session)
    {
        ArgumentNullException.ThrowIfNull(session);
        Change(s =>
        {
            if (!s.Reports.TryGetValue(session.ReportId, out var report)) throw SafegroundException.NotFound(Texts.Render("store.eore.no-report", ("location", Location), ("report", session.ReportId)));
            if (report.Kind != ReportKind.RiskEducation)
                throw SafegroundException.Invalid(Texts.Render("store.eore.wrong-kind", ("location", Location), ("report", session.ReportId), ("kind", Core.Storage.StoredNames.Of(report.Kind))));
            var (next, fid) = NextFid(s);
            var row = new FeatureRow<Core.RiskEducation.RiskEducationRecord>(session with { Session = session.Session with { Position = (NetTopologySuite.Geometries.Point)session.Session.Position.Copy() } }, fid);
            return next with { RiskEducation = next.RiskEducation.SetItem(session.ReportId, row) };
        });
    }

    public void RemoveRiskEducation(string reportId) => Change(s => s with { RiskEducation = s.RiskEducation.Remove(reportId) });

    public void PutIncident(Core.Casualties.IncidentRecord incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        Change(s =>
        {
            if (!s.Reports.TryGetValue(incident.ReportId, out var report)) throw SafegroundException.NotFound(Texts.Render("store.incident.no-report", ("location", Location), ("report", incident.ReportId)));
            if (report.Kind != ReportKind.CasualtyIncident)
                throw SafegroundException.Invalid(Texts.Render("store.incident.wrong-kind", ("location", Location), ("report", incident.ReportId), ("kind", Core.Storage.StoredNames.Of(report.Kind))));
            var (next, fid) = NextFid(s);
            var row = new FeatureRow<Core.Casualties.IncidentRecord>(incident with { Incident = incident.Incident with { Position = (NetTopologySuite.Geometries.Point)incident.Incident.Position.Copy() } }, fid);
            return next with { Incidents = next.Incidents.SetItem(incident.ReportId, row) };
        });
    }

    public void RemoveIncident(string reportId) => Change(s => s with { Incidents = s.Incidents.Remove(reportId) });

    /// <summary>Empties every projection; row ids start again, so a rebuild writes the same rows (as the real stores reset their sequences).</summary>
    public void ClearProjections() => Change(s => s with
    {
        Hazards = s.Hazards.Clear(),
        Finds = s.Finds.Clear(),
        Accidents = s.Accidents.Clear(),
        RiskEducation = s.RiskEducation.Clear(),
        Incidents = s.Incidents.Clear(),
        NextFid = 1,
    });
}

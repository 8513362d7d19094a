using System.Text.Json;
using Safeground.Core;
using Safeground.Core.Accidents;
using Safeground.Core.People;
using Safeground.Core.RiskEducation;
using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Safeground.Storage.GeoPackage.Encoding;
using Safeground.Storage.GeoPackage.Schema;
using Safeground.Core.Text;

namespace Safeground.Storage.GeoPackage;

// Hazards, released areas and accidents: few rows, written through the general helpers.
internal sealed partial class GeoPackageTransaction
{
    public void PutHazard(HazardState h) => Guard(() =>
    {
        DeleteFeatures("released_areas", "hazard_id = $1", h.HazardId);
        DeleteFeatures("hazard_perimeters", "hazard_id = $1", h.HazardId);
        DeleteFeatures("hazards", "hazard_id = $1", h.HazardId);
        var geom = GpkgBlob.WriteMulti(h.Remaining);
        var perimeter = GpkgBlob.Write(h.Original);
        Run("INSERT INTO hazards (geom, hazard_id, name, region, organisation_id, class, status, original_m2, cancelled_m2, " +
            "reduced_m2, cleared_m2, remaining_m2, find_count, accident_count, clearance_depth_cm, created_on, last_report_on, " +
            "last_report_id, report_count, evidence, suspected_categories, perimeter, flags, flag_count, defined, defined_m2, " +
            "handed_over_to, handed_over_on, contamination_type) " +
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, " +
            "$23, $24, $25, $26, $27, $28, $29)",
            geom, h.HazardId, h.Name, h.Region, h.OrganisationId, Names.Of(h.Class).ToUpperInvariant(), Names.Of(h.Status),
            h.OriginalM2, h.CancelledM2, h.ReducedM2, h.ClearedM2, h.RemainingM2, h.FindCount, h.AccidentCount,
            h.ClearanceDepthCm, IsoTime.Date(h.CreatedOn), IsoTime.Date(h.LastReportOn), h.LastReportId, h.ReportCount,
            JsonSerializer.Serialize(h.Evidence, ReportJson.Options),
            h.SuspectedCategories.Count == 0 ? null : string.Join(',', h.SuspectedCategories.Select(Names.Of)),
            perimeter,
            h.Flags is { Count: > 0 } flags ? JsonSerializer.Serialize(flags, ReportJson.Options) : null,
            h.RuleFlags.Count,
            h.Defined is { IsEmpty: false } dha ? GpkgBlob.Write(dha) : null,
            h.Defined is { IsEmpty: false } dha2 ? Core.Spatial.Polygons.AreaM2(dha2) : null,
            h.HandedOverTo,
            h.HandedOverOn is { } on ? IsoTime.Date(on) : null,
            h.ContaminationType is { } type ? Names.Of(type) : null);
        if (Indexing("hazards")) IndexRow("hazards", LastRowId(), geom);
        Run("INSERT INTO hazard_perimeters (geom, hazard_id, name, region, organisation_id, class, status, original_m2) " +
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            perimeter, h.HazardId, h.Name, h.Region, h.OrganisationId, Names.Of(h.Class).ToUpperInvariant(), Names.Of(h.Status), h.OriginalM2);
        if (Indexing("hazard_perimeters")) IndexRow("hazard_perimeters", LastRowId(), perimeter);
        for (int i = 0; i < h.Releases.Count; i++)
        {
            var r = h.Releases[i];
            var area = GpkgBlob.WriteMulti(r.Area);
            Run("INSERT INTO released_areas (geom, hazard_id, seq, report_id, method, date, area_m2, claimed_m2) " +
                "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                area, r.HazardId, i, r.ReportId, Names.Of(r.Method), IsoTime.Date(r.Date), r.AreaM2, r.ClaimedM2);
            if (Indexing("released_areas")) IndexRow("released_areas", LastRowId(), area);
        }
    });

    public void PutAccident(AccidentRecord accident) => Guard(() =>
    {
        var kind = Scalar("SELECT kind FROM reports WHERE id = $1", accident.ReportId) as string;
        if (kind is null) throw SafegroundException.NotFound(Texts.Render("store.no-report-for-accident", ("location", Location), ("report", accident.ReportId)));
        if (!string.Equals(kind, Names.Of(ReportKind.Accident), StringComparison.Ordinal))
        {
            throw SafegroundException.Invalid(Texts.Render("store.accident-report-wrong-kind", ("location", Location), ("report", accident.ReportId), ("kind", kind)));
        }
        DeleteFeatures("accidents", "report_id = $1", accident.ReportId);
        var a = accident.Accident;
        var geom = GpkgBlob.Write(a.Position);
        int killed = a.Victims.Count(v => v.Outcome == VictimOutcome.Killed);
        Run("INSERT INTO accidents (geom, report_id, hazard_id, organisation_id, region, date, occurred_at, is_demining, " +
            "device_category, device_model, killed, injured, cause) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
            geom, accident.ReportId, accident.HazardId, accident.OrganisationId, accident.Region, IsoTime.Date(accident.Date),
            IsoTime.Instant(a.OccurredAt), a.IsDemining, Names.Of(a.DeviceCategory), a.DeviceModel,
            killed, a.Victims.Count - killed, a.Cause);
        if (Indexing("accidents")) IndexRow("accidents", LastRowId(), geom);
    });

    public void RemoveAccident(string reportId) => Guard(() => DeleteFeatures("accidents", "report_id = $1", reportId));

    public void PutRiskEducation(RiskEducationRecord session) => Guard(() =>
    {
        var kind = Scalar("SELECT kind FROM reports WHERE id = $1", session.ReportId) as string;
        if (kind is null) throw SafegroundException.NotFound(Texts.Render("store.eore.no-report", ("location", Location), ("report", session.ReportId)));
        if (!string.Equals(kind, Names.Of(ReportKind.RiskEducation), StringComparison.Ordinal))
            throw SafegroundException.Invalid(Texts.Render("store.eore.wrong-kind", ("location", Location), ("report", session.ReportId), ("kind", kind)));
        DeleteFeatures("eore_sessions", "report_id = $1", session.ReportId);
        var s = session.Session;
        var geom = GpkgBlob.Write(s.Position);
        Run("INSERT INTO eore_sessions (geom, report_id, organisation_id, team_id, region, date, method, beneficiaries, female, male, " +
            "children, with_disability) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
            geom, session.ReportId, session.OrganisationId, session.TeamId, session.Region, IsoTime.Date(session.Date), Names.Of(s.Method),
            s.Beneficiaries, session.Count(c => c.Sex == Gender.Female), session.Count(c => c.Sex == Gender.Male),
            session.Count(c => c.Age == AgeBand.Child), session.Count(c => c.WithDisability));
        if (Indexing("eore_sessions")) IndexRow("eore_sessions", LastRowId(), geom);
    });

    public void RemoveRiskEducation(string reportId) => Guard(() => DeleteFeatures("eore_sessions", "report_id = $1", reportId));

    public void PutIncident(Core.Casualties.IncidentRecord incident) => Guard(() =>
    {
        var kind = Scalar("SELECT kind FROM reports WHERE id = $1", incident.ReportId) as string;
        if (kind is null) throw SafegroundException.NotFound(Texts.Render("store.incident.no-report", ("location", Location), ("report", incident.ReportId)));
        if (!string.Equals(kind, Names.Of(ReportKind.CasualtyIncident), StringComparison.Ordinal))
            throw SafegroundException.Invalid(Texts.Render("store.incident.wrong-kind", ("location", Location), ("report", incident.ReportId), ("kind", kind)));
        DeleteFeatures("incidents", "report_id = $1", incident.ReportId);
        var i = incident.Incident;
        var geom = GpkgBlob.Write(i.Position);
        Run("INSERT INTO incidents (geom, report_id, organisation_id, region, hazard_id, occurred_on, activity, device_category, killed, injured, children) " +
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
            geom, incident.ReportId, incident.OrganisationId, incident.Region, incident.HazardId, IsoTime.Date(incident.Date), Names.Of(i.Activity),
            i.DeviceCategory is { } category ? Names.Of(category) : null, i.KilledCount, i.InjuredCount, incident.Children);
        if (Indexing("incidents")) IndexRow("incidents", LastRowId(), geom);
    });

    public void RemoveIncident(string reportId) => Guard(() => DeleteFeatures("incidents", "report_id = $1", reportId));

    public void RemoveFinds(string reportId) => Guard(() =>
    {
        FlushFindsIndex();
        DeleteFeatures("finds", "report_id = $1", reportId);
    });

    /// <summary>
    /// Empties every projection table. The R-tree triggers are set aside meanwhile (one DELETE per
    /// index instead of one trigger call per row), and fids restart at 1 so a rebuild writes the same rows.
    /// </summary>
    public void ClearProjections() => Guard(() =>
    {
        foreach (var table in FeatureTables)
        {
            Suspend(table);
            Run($"DELETE FROM \"{RTreeIndex.Name(table)}\"");
            Run($"DELETE FROM \"{table}\"");
        }
        Run("DELETE FROM sqlite_sequence WHERE name IN ('hazards', 'hazard_perimeters', 'released_areas', 'finds', 'accidents', 'eore_sessions', 'incidents')");
        // The finds index is empty again: a bulk load after this may pack it.
        DisposeFindsLoader();
        _findsIndexedDirectly = false;
        if (_mode != Core.Storage.WriteMode.Bulk) RestoreTriggers();
    });
}

using System.Text.Json;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;
using Safeground.Core;
using Safeground.Core.Accidents;
using Safeground.Core.Spatial;
using Safeground.Core.Projections;
using Safeground.Core.Reference;
using Safeground.Core.Reports;
using Safeground.Core.Storage;
using Safeground.Core.Text;

namespace Safeground.Storage.PostGis;

// Hazards, released areas, accidents and regions: few rows, plain statements.
internal sealed partial class PostGisTransaction
{
    public void PutHazard(HazardState h) => Guard(() =>
    {
        Write("DELETE FROM released_areas WHERE hazard_id = $1", h.HazardId);
        Write("DELETE FROM hazards WHERE hazard_id = $1", h.HazardId);
        Write("INSERT INTO hazards (geom, hazard_id, name, region, organisation_id, class, status, original_m2, cancelled_m2, " +
            "reduced_m2, cleared_m2, remaining_m2, find_count, accident_count, clearance_depth_cm, created_on, last_report_on, " +
            "last_report_id, report_count, evidence, suspected_categories, perimeter, flags, flag_count, defined, defined_m2, " +
            "handed_over_to, handed_over_on, contamination_type) " +
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, " +
            "$23, $24, $25, $26, $27, $28, $29)",
            Geom(Multi(h.Remaining)), h.HazardId, h.Name, h.Region, h.OrganisationId, StoredNames.Of(h.Class).ToUpperInvariant(),
            StoredNames.Of(h.Status), h.OriginalM2, h.CancelledM2, h.ReducedM2, h.ClearedM2, h.RemainingM2, h.FindCount, h.AccidentCount,
            Int(h.ClearanceDepthCm), h.CreatedOn, h.LastReportOn, h.LastReportId, h.ReportCount,
            Json(JsonSerializer.Serialize(h.Evidence, ReportJson.Options)),
            h.SuspectedCategories.Count == 0 ? null : string.Join(',', h.SuspectedCategories.Select(StoredNames.Of)),
            Geom(h.Original.IsEmpty ? null : h.Original),
            Json(h.Flags is { Count: > 0 } flags ? JsonSerializer.Serialize(flags, ReportJson.Options) : null),
            h.RuleFlags.Count,
            Geom(h.Defined is { IsEmpty: false } dha ? dha : null),
            new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Double, Value = h.Defined is { IsEmpty: false } d ? Polygons.AreaM2(d) : DBNull.Value },
            h.HandedOverTo,
            new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Date, Value = h.HandedOverOn is { } on ? on : DBNull.Value },
            new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = StoredNames.Of(h.ContaminationType) is { } type ? type : DBNull.Value });
        for (int i = 0; i < h.Releases.Count; i++)
        {
            var r = h.Releases[i];
            Write("INSERT INTO released_areas (geom, hazard_id, seq, report_id, method, date, area_m2, claimed_m2) " +
                "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                Geom(Multi(r.Area)), r.HazardId, i, r.ReportId, StoredNames.Of(r.Method), r.Date, r.AreaM2, r.ClaimedM2);
        }
    });

    public void PutAccident(AccidentRecord accident) => Guard(() =>
    {
        var kind = Scalar("SELECT kind FROM reports WHERE id = $1", accident.ReportId) as string;
        if (kind is null) throw SafegroundException.NotFound(Texts.Render("store.no-report-for-accident", ("location", Location), ("report", accident.ReportId)));
        if (!string.Equals(kind, StoredNames.Of(ReportKind.Accident), StringComparison.Ordinal))
            throw SafegroundException.Invalid(Texts.Render("store.accident-report-wrong-kind", ("location", Location), ("report", accident.ReportId), ("kind", kind)));
        Run("DELETE FROM accidents WHERE report_id = $1", accident.ReportId);
        var a = accident.Accident;
        int killed = a.Victims.Count(v => v.Outcome == VictimOutcome.Killed);
        Run("INSERT INTO accidents (geom, report_id, hazard_id, organisation_id, region, date, occurred_at, is_demining, " +
            "device_category, device_model, killed, injured, cause) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
            Geom(a.Position), accident.ReportId, accident.HazardId, accident.OrganisationId, accident.Region, accident.Date,
            StoredTime.Instant(a.OccurredAt), a.IsDemining, StoredNames.Of(a.DeviceCategory), a.DeviceModel,
            killed, a.Victims.Count - killed, a.Cause);
    });

    public void RemoveAccident(string reportId) => Guard(() => Run("DELETE FROM accidents WHERE report_id = $1", reportId));

    public void PutRiskEducation(Core.RiskEducation.RiskEducationRecord session) => Guard(() =>
    {
        var kind = Scalar("SELECT kind FROM reports WHERE id = $1", session.ReportId) as string;
        if (kind is null) throw SafegroundException.NotFound(Texts.Render("store.eore.no-report", ("location", Location), ("report", session.ReportId)));
        if (!string.Equals(kind, StoredNames.Of(ReportKind.RiskEducation), StringComparison.Ordinal))
            throw SafegroundException.Invalid(Texts.Render("store.eore.wrong-kind", ("location", Location), ("report", session.ReportId), ("kind", kind)));
        Run("DELETE FROM eore_sessions WHERE report_id = $1", session.ReportId);
        var s = session.Session;
        Run("INSERT INTO eore_sessions (geom, report_id, organisation_id, team_id, region, date, method, beneficiaries, female, male, " +
            "children, with_disability) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
            Geom(s.Position), session.ReportId, session.OrganisationId, session.TeamId, session.Region, session.Date, StoredNames.Of(s.Method),
            s.Beneficiaries, session.Count(c => c.Sex == Gender.Female), session.Count(c => c.Sex == Gender.Male),
            session.Count(c => c.Age == Core.People.AgeBand.Child), session.Count(c => c.WithDisability));
    });

    public void RemoveRiskEducation(string reportId) => Guard(() => Run("DELETE FROM eore_sessions WHERE report_id = $1", reportId));

    public void PutIncident(Core.Casualties.IncidentRecord incident) => Guard(() =>
    {
        var kind = Scalar("SELECT kind FROM reports WHERE id = $1", incident.ReportId) as string;
        if (kind is null) throw SafegroundException.NotFound(Texts.Render("store.incident.no-report", ("location", Location), ("report", incident.ReportId)));
        if (!string.Equals(kind, StoredNames.Of(ReportKind.CasualtyIncident), StringComparison.Ordinal))
            throw SafegroundException.Invalid(Texts.Render("store.incident.wrong-kind", ("location", Location), ("report", incident.ReportId), ("kind", kind)));
        Run("DELETE FROM incidents WHERE report_id = $1", incident.ReportId);
        var i = incident.Incident;
        Run("INSERT INTO incidents (geom, report_id, organisation_id, region, hazard_id, occurred_on, activity, device_category, killed, injured, children) " +
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
            Geom(i.Position), incident.ReportId, incident.OrganisationId, incident.Region, incident.HazardId, incident.Date, StoredNames.Of(i.Activity),
            i.DeviceCategory is { } category ? StoredNames.Of(category) : null, i.KilledCount, i.InjuredCount, incident.Children);
    });

    public void RemoveIncident(string reportId) => Guard(() => Run("DELETE FROM incidents WHERE report_id = $1", reportId));

    public void RemoveFinds(string reportId) => Guard(() => Run("DELETE FROM finds WHERE report_id = $1", reportId));

    /// <summary>
    /// Empties every projection table with DELETE, not TRUNCATE: TRUNCATE would lock out every reader (a
    /// serving map) until the rebuild commits; with DELETE they go on seeing the old projections meanwhile.
    /// </summary>
    public void ClearProjections() => Guard(() =>
    {
        foreach (var table in new[] { "released_areas", "hazards", "finds", "accidents", "eore_sessions", "incidents" }) Run($"DELETE FROM {table}");
    });

    public void ReplaceRegions(IEnumerable<Region> regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        Guard(() =>
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var list = regions.ToList();
            foreach (var region in list)
                if (!seen.Add(region.Name)) throw SafegroundException.Conflict(Texts.Render("store.region-twice", ("location", Location), ("region", region.Name)));
            Run("DELETE FROM regions");
            foreach (var region in list)
                Write("INSERT INTO regions (geom, name, area_m2) VALUES ($1, $2, $3)", Geom(Multi(region.Boundary)), region.Name, Polygons.AreaM2(region.Boundary));
        });
    }

    /// <summary>A polygonal geometry as the MultiPolygon a layer column holds (an empty one for nothing left).</summary>
    private static Geometry Multi(Geometry g) => g switch
    {
        MultiPolygon mp => mp,
        Polygon p when p.IsEmpty => Geo.Factory.CreateMultiPolygon(),
        Polygon p => Geo.Factory.CreateMultiPolygon([p]),
        _ when g.IsEmpty => Geo.Factory.CreateMultiPolygon(),
        _ => g,
    };

    private static NpgsqlParameter Geom(Geometry? g) =>
        new() { NpgsqlDbType = NpgsqlDbType.Geometry, Value = g is null ? DBNull.Value : g };

    private static NpgsqlParameter Json(string? text) =>
        new() { NpgsqlDbType = NpgsqlDbType.Json, Value = text is null ? DBNull.Value : text };

    private static NpgsqlParameter Int(int? value) =>
        new() { NpgsqlDbType = NpgsqlDbType.Integer, Value = value is { } v ? v : DBNull.Value };
}

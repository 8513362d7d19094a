using NetTopologySuite.Geometries;
using Npgsql;
using Safeground.Core;
using Safeground.Core.Ordnance;
using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Safeground.Core.Storage;
using Safeground.Core.Text;

namespace Safeground.Storage.PostGis;

// Find and accident projections.
public sealed partial class PostGisStore
{
    private const string FindColumns =
        "SELECT geom, report_id, idx, hazard_id, organisation_id, region, date, category, model, quantity, condition, " +
        "depth_cm, disposal FROM finds";

    private const string AccidentColumns =
        "SELECT accidents.report_id, accidents.hazard_id, accidents.organisation_id, accidents.region, accidents.date, reports.payload::text " +
        "FROM accidents JOIN reports ON reports.id = accidents.report_id";

    public IEnumerable<FindRecord> Finds() => Stream(FindColumns + " ORDER BY report_id, idx", ReadFind);

    private static FindRecord ReadFind(NpgsqlDataReader r) =>
        new(r.GetString(1), r.GetInt32(2), Text(r, 3), r.GetString(4), Text(r, 5), Date(r, 6),
            new EoFind(StoredNames.Parse<EoCategory>(r.GetString(7)), Text(r, 8), r.GetInt32(9), StoredNames.Parse<EoCondition>(r.GetString(10)),
                Int(r, 11), r.GetFieldValue<Point>(0), StoredNames.Parse<Disposal>(r.GetString(12))));

    /// <summary>Accident rows; the accident itself (victims included) comes from the report's payload, not the layer.</summary>
    public IEnumerable<AccidentRecord> Accidents() => Stream(AccidentColumns + " ORDER BY accidents.report_id", ReadAccident);

    private const string IncidentColumns =
        "SELECT incidents.report_id, incidents.hazard_id, incidents.organisation_id, incidents.region, incidents.occurred_on, reports.payload::text " +
        "FROM incidents JOIN reports ON reports.id = incidents.report_id";

    /// <summary>Incident rows; the incident itself (its casualty rows) comes from the report's payload.</summary>
    public IEnumerable<Core.Casualties.IncidentRecord> Incidents() =>
        Stream(IncidentColumns + " ORDER BY incidents.report_id", ReadIncident);

    private Core.Casualties.IncidentRecord ReadIncident(NpgsqlDataReader r)
    {
        var report = ReportJson.Deserialize(r.GetString(5));
        var incident = report.Body as CasualtyIncident
            ?? throw new SafegroundException(ErrorKind.Storage, Texts.Render("store.incident.row-not-incident", ("location", Location), ("report", report.Id)));
        return new Core.Casualties.IncidentRecord(r.GetString(0), Text(r, 1), r.GetString(2), Text(r, 3), Date(r, 4), incident);
    }

    private const string RiskEducationColumns =
        "SELECT eore_sessions.report_id, eore_sessions.organisation_id, eore_sessions.team_id, eore_sessions.region, eore_sessions.date, reports.payload::text " +
        "FROM eore_sessions JOIN reports ON reports.id = eore_sessions.report_id";

    /// <summary>Risk-education rows; the session itself (its audience rows) comes from the report's payload.</summary>
    public IEnumerable<Core.RiskEducation.RiskEducationRecord> RiskEducationSessions() =>
        Stream(RiskEducationColumns + " ORDER BY eore_sessions.report_id", ReadRiskEducation);

    private Core.RiskEducation.RiskEducationRecord ReadRiskEducation(NpgsqlDataReader r)
    {
        var report = ReportJson.Deserialize(r.GetString(5));
        var session = report.Body as Core.RiskEducation.RiskEducationSession
            ?? throw new SafegroundException(ErrorKind.Storage, Texts.Render("store.eore.row-not-session", ("location", Location), ("report", report.Id)));
        return new Core.RiskEducation.RiskEducationRecord(r.GetString(0), r.GetString(1), Text(r, 2), Text(r, 3), Date(r, 4), session);
    }

    private AccidentRecord ReadAccident(NpgsqlDataReader r)
    {
        var report = ReportJson.Deserialize(r.GetString(5));
        var accident = report.Body as AccidentReport
            ?? throw new SafegroundException(ErrorKind.Storage, Texts.Render("store.accident-row-not-accident", ("location", Location), ("report", report.Id)));
        return new AccidentRecord(r.GetString(0), Text(r, 1), r.GetString(2), Text(r, 3), Date(r, 4), accident);
    }
}

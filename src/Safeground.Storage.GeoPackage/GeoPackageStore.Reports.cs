using Microsoft.Data.Sqlite;
using Safeground.Core.Reference;
using Safeground.Core.Reports;
using Safeground.Storage.GeoPackage.Encoding;

namespace Safeground.Storage.GeoPackage;

// Reference data, reports and their history.
public sealed partial class GeoPackageStore
{
    private const string ReportColumns = "SELECT payload, status, status_reason, decided_at, decided_by FROM reports";

    // Replay order (date of information, submission time, id); submitted_at is UTC text of fixed width, so it sorts.
    private const string ReplayOrderSql = " ORDER BY date_of_information, submitted_at, id";

    public IReadOnlyList<Organisation> Organisations() => List(
        "SELECT id, name, country FROM organisations ORDER BY id",
        r => new Organisation(r.GetString(0), r.GetString(1), r.GetString(2)));

    public IReadOnlyList<Team> Teams() => List(
        "SELECT id, organisation_id, name, asset, size FROM teams ORDER BY id",
        r => new Team(r.GetString(0), r.GetString(1), r.GetString(2), Names.Parse<AssetKind>(r.GetString(3)), r.GetInt32(4)));

    public IReadOnlyList<Deployment> Deployments() => List(
        "SELECT id, team_id, region, start, planned_days FROM deployments ORDER BY id",
        r => new Deployment(r.GetString(0), r.GetString(1), r.GetString(2), IsoTime.ParseDate(r.GetString(3)), r.GetInt32(4)));

    public ReportRecord? FindReport(string reportId) =>
        Stream(ReportColumns + " WHERE id = $1", ReadReport, reportId).FirstOrDefault();

    public IReadOnlyList<ReportRecord> ReportsOfHazard(string hazardId) =>
        List(ReportColumns + " WHERE hazard_id = $1 OR id IN (SELECT report_id FROM report_hazards WHERE hazard_id = $1)" + ReplayOrderSql,
            ReadReport, hazardId);

    // "+status" keeps SQLite off the status index: with it, the planner walked every approved report (420,000 on a
    // national store, about a second a hazard) instead of the hazard's few through reports_hazard and report_hazards.
    public IReadOnlyList<ReportRecord> ReportsOfHazard(string hazardId, ReportStatus status) =>
        List(ReportColumns + " WHERE +status = $2 AND (hazard_id = $1 OR id IN (SELECT report_id FROM report_hazards WHERE hazard_id = $1))" + ReplayOrderSql,
            ReadReport, hazardId, Names.Of(status));

    public IEnumerable<ReportRecord> Reports(ReportStatus? status = null) => status is { } s
        ? Stream(ReportColumns + " WHERE status = $1" + ReplayOrderSql, ReadReport, Names.Of(s))
        : Stream(ReportColumns + ReplayOrderSql, ReadReport);

    public IEnumerable<ReportHeader> ReportHeaders() => Stream(
        "SELECT id, kind, hazard_id, (SELECT group_concat(hazard_id, ',') FROM (SELECT hazard_id FROM report_hazards rh WHERE rh.report_id = reports.id ORDER BY hazard_id)), " +
        "organisation_id, status, decided_at FROM reports" + ReplayOrderSql,
        r => new ReportHeader(r.GetString(0), Names.Parse<ReportKind>(r.GetString(1)), Text(r, 2),
            Text(r, 3) is { } also ? also.Split(',') : [], r.GetString(4), Names.Parse<ReportStatus>(r.GetString(5)), IsoTime.ParseInstantOrNull(Text(r, 6))));

    public IReadOnlyList<ReportEvent> History(string reportId) => List(
        "SELECT report_id, status, at, by_user, reason FROM report_events WHERE report_id = $1 ORDER BY fid",
        r => new ReportEvent(r.GetString(0), Names.Parse<ReportStatus>(r.GetString(1)), IsoTime.ParseInstant(r.GetString(2)),
            r.GetString(3), Text(r, 4)),
        reportId);

    private static ReportRecord ReadReport(SqliteDataReader r) => new(
        ReportJson.Deserialize(r.GetString(0)),
        Names.Parse<ReportStatus>(r.GetString(1)),
        Text(r, 2),
        IsoTime.ParseInstantOrNull(Text(r, 3)),
        Text(r, 4));
}

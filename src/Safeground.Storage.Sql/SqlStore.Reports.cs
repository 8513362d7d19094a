using System.Data.Common;
using Safeground.Core.Reference;
using Safeground.Core.Reports;
using Safeground.Core.Storage;

namespace Safeground.Storage.Sql;

// Reference data, reports and their history.
public abstract partial class SqlStore
{
    /// <summary>The columns <see cref="ReadReport"/> reads, as a SELECT from reports.</summary>
    protected string ReportColumns => $"SELECT {Dialect.JsonText("payload")}, status, status_reason, decided_at, decided_by FROM reports";

    // Replay order (date of information, submission time, id); submitted_at is UTC text of fixed width, compared by
    // code point in both (SQLite's BINARY, PostgreSQL's "C" collation), so it sorts.
    protected const string ReplayOrderSql = " ORDER BY date_of_information, submitted_at, id";

    public IReadOnlyList<Organisation> Organisations() => RowList(
        "SELECT id, name, country, accreditations, retired_on FROM organisations ORDER BY id",
        r => new Organisation(r.GetString(0), r.GetString(1), r.GetString(2))
        {
            Accreditations = ReferenceCodes.Accreditations(TextOrNull(r, 3)),
            RetiredOn = DateOrNull(r, 4),
        });

    public IReadOnlyList<Team> Teams() => RowList(
        "SELECT id, organisation_id, name, asset, size, roles, retired_on FROM teams ORDER BY id",
        r => new Team(r.GetString(0), r.GetString(1), r.GetString(2), StoredNames.Parse<AssetKind>(r.GetString(3)), r.GetInt32(4))
        {
            Roles = ReferenceCodes.Roles(TextOrNull(r, 5)),
            RetiredOn = DateOrNull(r, 6),
        });

    public IReadOnlyList<Deployment> Deployments() => RowList(
        "SELECT id, team_id, region, start, planned_days, retired_on FROM deployments ORDER BY id",
        r => new Deployment(r.GetString(0), r.GetString(1), r.GetString(2), Dialect.ReadDate(r, 3), r.GetInt32(4)) { RetiredOn = DateOrNull(r, 5) });

    private DateOnly? DateOrNull(DbDataReader r, int i) => r.IsDBNull(i) ? null : Dialect.ReadDate(r, i);

    public Page<ReportRecord> QueryReports(ReportQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var f = new SqlFilter();
        if (query.Status is { } s) f.Add("status = {0}", StoredNames.Of(s));
        if (query.OrganisationId is { } o) f.Add("organisation_id = {0}", o);
        if (query.HazardId is { } h) f.Add("(hazard_id = {0} OR id IN (SELECT report_id FROM report_hazards WHERE hazard_id = {0}))", h);
        if (query.From is { } from) f.Add("date_of_information >= {0}", Dialect.Date(from));
        if (query.To is { } to) f.Add("date_of_information <= {0}", Dialect.Date(to));
        return PageOf(ReportColumns, "reports", f, "date_of_information, submitted_at, id", query.Limit, query.Offset, ReadReport);
    }

    public ReportRecord? FindReport(string reportId) =>
        Rows(ReportColumns + " WHERE id = $1", ReadReport, reportId).FirstOrDefault();

    public IReadOnlyList<ReportRecord> ReportsOfHazard(string hazardId) =>
        RowList(ReportColumns + " WHERE hazard_id = $1 OR id IN (SELECT report_id FROM report_hazards WHERE hazard_id = $1)" + ReplayOrderSql,
            ReadReport, hazardId);

    // Unindexed: with SQLite's status index, the planner walked every approved report (420,000 on a national store,
    // about a second a hazard) instead of the hazard's few through reports_hazard and report_hazards.
    public IReadOnlyList<ReportRecord> ReportsOfHazard(string hazardId, ReportStatus status) =>
        RowList(ReportColumns + $" WHERE {Dialect.Unindexed("status")} = $2 AND (hazard_id = $1 OR id IN (SELECT report_id FROM report_hazards WHERE hazard_id = $1))" + ReplayOrderSql,
            ReadReport, hazardId, StoredNames.Of(status));

    public IEnumerable<ReportRecord> Reports(ReportStatus? status = null) => status is { } s
        ? Rows(ReportColumns + " WHERE status = $1" + ReplayOrderSql, ReadReport, StoredNames.Of(s))
        : Rows(ReportColumns + ReplayOrderSql, ReadReport);

    public IEnumerable<ReportHeader> ReportHeaders() => Rows(
        $"SELECT id, kind, hazard_id, {Dialect.IdList("hazard_id", "SELECT hazard_id FROM report_hazards rh WHERE rh.report_id = reports.id ORDER BY hazard_id")}, " +
        "organisation_id, status, decided_at FROM reports" + ReplayOrderSql,
        r => new ReportHeader(r.GetString(0), StoredNames.Parse<ReportKind>(r.GetString(1)), TextOrNull(r, 2),
            Dialect.ReadIdList(r, 3), r.GetString(4), StoredNames.Parse<ReportStatus>(r.GetString(5)), StoredTime.ParseInstantOrNull(TextOrNull(r, 6))));

    public IReadOnlyList<ReportEvent> History(string reportId) => RowList(
        $"SELECT report_id, status, at, by_user, reason FROM report_events WHERE report_id = $1 ORDER BY {Dialect.EventSequence}",
        r => new ReportEvent(r.GetString(0), StoredNames.Parse<ReportStatus>(r.GetString(1)), StoredTime.ParseInstant(r.GetString(2)),
            r.GetString(3), TextOrNull(r, 4)),
        reportId);

    protected static ReportRecord ReadReport(DbDataReader r) => new(
        ReportJson.Deserialize(r.GetString(0)),
        StoredNames.Parse<ReportStatus>(r.GetString(1)),
        TextOrNull(r, 2),
        StoredTime.ParseInstantOrNull(TextOrNull(r, 3)),
        TextOrNull(r, 4));
}

using Safeground.Core;
using Safeground.Core.Reference;
using Safeground.Core.Reports;
using Safeground.Core.Storage;
using Safeground.Core.Text;

namespace Safeground.Storage.Sql;

// Reference data, reports and their lifecycle.
public abstract partial class SqlTransaction
{
    public void Put(Organisation organisation) => Guard(() => Write(
        "INSERT INTO organisations (id, name, country, accreditations, retired_on) VALUES ($1, $2, $3, $4, $5) " +
        "ON CONFLICT (id) DO UPDATE SET name = excluded.name, country = excluded.country, " +
        "accreditations = excluded.accreditations, retired_on = excluded.retired_on",
        organisation.Id, organisation.Name, organisation.Country, ReferenceCodes.Of(organisation.Accreditations), DateOrNull(organisation.RetiredOn)));

    public void Put(Team team) => Guard(() => Write(
        "INSERT INTO teams (id, organisation_id, name, asset, size, roles, retired_on) VALUES ($1, $2, $3, $4, $5, $6, $7) " +
        "ON CONFLICT (id) DO UPDATE SET organisation_id = excluded.organisation_id, name = excluded.name, " +
        "asset = excluded.asset, size = excluded.size, roles = excluded.roles, retired_on = excluded.retired_on",
        team.Id, team.OrganisationId, team.Name, StoredNames.Of(team.Asset), team.Size, ReferenceCodes.Of(team.Roles), DateOrNull(team.RetiredOn)));

    public void Put(Deployment deployment) => Guard(() => Write(
        "INSERT INTO deployments (id, team_id, region, start, planned_days, retired_on) VALUES ($1, $2, $3, $4, $5, $6) " +
        "ON CONFLICT (id) DO UPDATE SET team_id = excluded.team_id, region = excluded.region, " +
        "start = excluded.start, planned_days = excluded.planned_days, retired_on = excluded.retired_on",
        deployment.Id, deployment.TeamId, deployment.Region, Dialect.Date(deployment.Start), deployment.PlannedDays, DateOrNull(deployment.RetiredOn)));

    private object? DateOrNull(DateOnly? date) => date is { } d ? Dialect.Date(d) : null;

    /// <summary>The report row's columns, $1..$18 in this order (<see cref="InsertReport"/> binds them).</summary>
    protected const string InsertReportSql =
        "INSERT INTO reports (id, kind, hazard_id, organisation_id, team_id, deployment_id, date_of_information, " +
        "submitted_at, submitted_by, supersedes, supersede_reason, status, status_reason, decided_at, decided_by, payload, " +
        "deminer_days, machine_hours) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)";

    // A report is usually followed at once by its approval (bulk loads, approving on submit). Updating a stored
    // row rewrites all of it (160 KB for an import report of 1,000 finds in SQLite), so the row is held here until
    // the next operation and written once, with the status it has by then.
    private PendingReport? _pending;

    private sealed class PendingReport(Report report, ReportEvent current, ReadOnlyMemory<byte> payload)
    {
        public Report Report { get; } = report;
        public ReportEvent Current { get; set; } = current;
        public ReadOnlyMemory<byte> Payload { get; } = payload;
        public List<ReportEvent> Events { get; } = [current];
    }

    /// <summary>
    /// Whether <see cref="AddReport"/> asks for a duplicate id before holding the report; a bulk write in PostGIS
    /// does not ask per report (a duplicate fails its batch, which names it).
    /// </summary>
    protected virtual bool ChecksDuplicateReports => true;

    /// <summary>Inserts the report row (<see cref="InsertReportSql"/>) with its current status; a duplicate id is a conflict.</summary>
    protected abstract void InsertReport(Report report, ReportEvent current, ReadOnlyMemory<byte> payloadUtf8);

    public void AddReport(Report report, ReportEvent firstEvent, ReadOnlyMemory<byte> payloadUtf8 = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(firstEvent);
        ThrowIfDone();
        if (!string.Equals(report.Id, firstEvent.ReportId, StringComparison.Ordinal))
            throw SafegroundException.Invalid(Texts.Render("store.event-for-other-report", ("event", firstEvent.ReportId), ("report", report.Id)));
        Guard(() =>
        {
            if (ChecksDuplicateReports && IsDuplicateReport(report.Id))
                throw SafegroundException.Conflict(Texts.Render("store.report-exists", ("location", Location), ("report", report.Id)));
            foreach (var other in report.AlsoHazards ?? [])
                Write("INSERT INTO report_hazards (report_id, hazard_id) VALUES ($1, $2) ON CONFLICT DO NOTHING", report.Id, other);
        });
        _pending = new PendingReport(report, firstEvent, payloadUtf8.IsEmpty ? ReportJson.SerializeToUtf8(report) : payloadUtf8);
    }

    public void Record(ReportEvent reportEvent)
    {
        ArgumentNullException.ThrowIfNull(reportEvent);
        ThrowIfDone();
        if (_pending is { } p && string.Equals(p.Report.Id, reportEvent.ReportId, StringComparison.Ordinal))
        {
            p.Current = reportEvent;
            p.Events.Add(reportEvent);
            return;
        }
        Guard(() =>
        {
            int changed = Run("UPDATE reports SET status = $1, status_reason = $2, decided_at = $3, decided_by = $4 WHERE id = $5",
                StoredNames.Of(reportEvent.Status), reportEvent.Reason, DecidedAt(reportEvent), DecidedBy(reportEvent), reportEvent.ReportId);
            if (changed == 0) throw SafegroundException.NotFound(Texts.Render("store.no-report", ("location", Location), ("report", reportEvent.ReportId)));
            AppendEvent(reportEvent);
        });
    }

    /// <summary>Writes the held report row and its events; a store calls this before any other operation and at commit.</summary>
    protected void FlushPendingReport()
    {
        if (_pending is not { } p) return;
        _pending = null;
        InsertReport(p.Report, p.Current, p.Payload);
        foreach (var e in p.Events) AppendEvent(e);
    }

    private void AppendEvent(ReportEvent e) => Write(
        "INSERT INTO report_events (report_id, status, at, by_user, reason) VALUES ($1, $2, $3, $4, $5)",
        e.ReportId, StoredNames.Of(e.Status), StoredTime.Instant(e.At), e.By, e.Reason);

    // A submission is not a decision: decided_at/by describe the last approval, rejection or supersession.
    protected static string? DecidedAt(ReportEvent e) => e.Status == ReportStatus.Submitted ? null : StoredTime.Instant(e.At);

    protected static string? DecidedBy(ReportEvent e) => e.Status == ReportStatus.Submitted ? null : e.By;

    protected bool IsDuplicateReport(string id) => Scalar("SELECT 1 FROM reports WHERE id = $1", id) is not null;
}

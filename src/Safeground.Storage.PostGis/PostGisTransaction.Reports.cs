using NpgsqlTypes;
using Safeground.Core;
using Safeground.Core.Reports;
using Safeground.Core.Storage;
using Safeground.Storage.Sql;
using Safeground.Core.Text;

namespace Safeground.Storage.PostGis;

// Reference data, reports and their lifecycle, users, tokens, the audit log and the rules are SqlTransaction's
// (the SQL both stores share); the report row is inserted here, its payload as json.
internal sealed partial class PostGisTransaction : SqlTransaction
{
    protected override SqlDialect Dialect => PostGisDialect.Instance;

    // A bulk write does not ask per report: a duplicate fails its batch (FlushBatch names it).
    protected override bool ChecksDuplicateReports => _mode != WriteMode.Bulk;

    protected override void InsertReport(Report report, ReportEvent current, ReadOnlyMemory<byte> payloadUtf8)
    {
        var effort = report.Body as ClearanceProgress;
        object?[] values =
        [
            report.Id, StoredNames.Of(report.Kind), report.HazardId, report.OrganisationId, report.TeamId, report.DeploymentId,
            report.DateOfInformation, StoredTime.Instant(report.SubmittedAt), report.SubmittedBy, report.Supersedes, report.SupersedeReason,
            StoredNames.Of(current.Status), current.Reason, DecidedAt(current), DecidedBy(current),
            new Npgsql.NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Json, Value = System.Text.Encoding.UTF8.GetString(payloadUtf8.Span) },
            Nullable(effort?.DeminerDays), Nullable(effort?.MachineHours),
        ];
        if (_mode == WriteMode.Bulk) Write(InsertReportSql, values);
        else if (Run(InsertReportSql + " ON CONFLICT (id) DO NOTHING", values) == 0)
            throw SafegroundException.Conflict(Texts.Render("store.report-exists", ("location", Location), ("report", report.Id)));
    }

    private static Npgsql.NpgsqlParameter Nullable(double? value) =>
        new() { NpgsqlDbType = NpgsqlDbType.Double, Value = value is { } v ? v : DBNull.Value };
}

using Microsoft.Data.Sqlite;
using Safeground.Core;
using Safeground.Core.Reports;
using Safeground.Storage.GeoPackage.Encoding;
using Safeground.Storage.Sql;
using Safeground.Core.Text;

namespace Safeground.Storage.GeoPackage;

// Reference data, reports and their lifecycle, users, tokens, the audit log and the rules are SqlTransaction's
// (the SQL both stores share); the report row is inserted here, through SQLite directly.
internal sealed partial class GeoPackageTransaction : SqlTransaction
{
    private const int SqliteConstraint = 19;

    protected override SqlDialect Dialect => GeoPackageDialect.Instance;

    // Raw, so that a payload serialized to UTF-8 (by a bulk load's producer, or here) is bound as
    // TEXT without a detour through a 160 KB string per import report.
    private RawStatement? _insertReport;

    protected override void InsertReport(Report report, ReportEvent current, ReadOnlyMemory<byte> payloadUtf8)
    {
        try
        {
            var insert = _insertReport ??= new RawStatement(_c, InsertReportSql);
            insert.Text(1, report.Id);
            insert.Text(2, Names.Of(report.Kind));
            insert.Text(3, report.HazardId);
            insert.Text(4, report.OrganisationId);
            insert.Text(5, report.TeamId);
            insert.Text(6, report.DeploymentId);
            insert.Text(7, IsoTime.Date(report.DateOfInformation));
            insert.Text(8, IsoTime.Instant(report.SubmittedAt));
            insert.Text(9, report.SubmittedBy);
            insert.Text(10, report.Supersedes);
            insert.Text(11, report.SupersedeReason);
            insert.Text(12, Names.Of(current.Status));
            insert.Text(13, current.Reason);
            insert.Text(14, DecidedAt(current));
            insert.Text(15, DecidedBy(current));
            insert.Utf8(16, payloadUtf8.Span);
            var effort = report.Body as ClearanceProgress;
            insert.Double(17, effort?.DeminerDays);
            insert.Double(18, effort?.MachineHours);
            insert.Run();
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SqliteConstraint && IsDuplicateReport(report.Id))
        {
            throw new SafegroundException(ErrorKind.Conflict, Texts.Render("store.report-exists", ("location", Location), ("report", report.Id)), e);
        }
    }
}

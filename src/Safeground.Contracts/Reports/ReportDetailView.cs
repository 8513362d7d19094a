using System.Text.Json;
using Safeground.Core.Projections;
using Safeground.Core.Reports;

namespace Safeground.Contracts;

/// <summary>
/// A report with where it stands: <c>GET /api/v1/reports/{id}</c> and <c>safeground report show --json</c>.
/// The report itself is in the report JSON it was submitted in (WKT geometries), so it can be submitted again.
/// </summary>
/// <param name="Flags">The rule flags its hazards record against it.</param>
public sealed record ReportDetailView(JsonElement Report, ReportStatus Status, string? StatusReason, IReadOnlyList<ReportEvent> History, IReadOnlyList<RuleFlag> Flags)
{
    /// <param name="shown">The report as the caller may see it (the API withholds victims' personal data from some callers).</param>
    public static ReportDetailView From(ReportRecord record, Report shown, IReadOnlyList<ReportEvent> history, IReadOnlyList<RuleFlag> flags)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new ReportDetailView(JsonSerializer.SerializeToElement(shown, ReportJson.Options), record.Status, record.StatusReason, history, flags);
    }
}

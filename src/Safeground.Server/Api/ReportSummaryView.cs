using Safeground.Core.Reports;

namespace Safeground.Server.Api;

/// <summary>A report in a list: what identifies it and where it stands, without its payload (follow <see cref="Href"/>).</summary>
public sealed record ReportSummaryView(
    string Id,
    ReportKind Kind,
    string? Hazard,
    IReadOnlyList<string>? AlsoHazards,
    string Organisation,
    string? Team,
    DateOnly DateOfInformation,
    ReportStatus Status,
    string? StatusReason,
    string? Supersedes,
    string Href);

using Safeground.Core.Reports;

namespace Safeground.Server.Api;

/// <summary>A report in a list: what identifies it and where it stands, without its payload (follow <see cref="Href"/>).</summary>
/// <param name="AlreadyReceived">Only in the answer to a submission: true when the same report had been received before (nothing new stored).</param>
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
    string Href,
    bool? AlreadyReceived = null);

using Safeground.Core.Reports;

namespace Safeground.Core.Sync;

/// <summary>The body of <c>POST /api/v1/sync/push</c>: one batch of reports in their report JSON.</summary>
public sealed record PushRequest(IReadOnlyList<Report> Reports);

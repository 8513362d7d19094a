using Safeground.Core.Reports;

namespace Safeground.Core.Sync;

/// <summary>
/// One report as the national side lists it for a sync: enough to tell, by id, whether the kit lacks it or lacks a
/// decision on it, without its payload.
/// </summary>
/// <param name="DecidedAt">When the last approval, rejection or supersession was recorded; null while it is pending.</param>
public sealed record ManifestEntry(string Id, ReportStatus Status, DateTimeOffset? DecidedAt);

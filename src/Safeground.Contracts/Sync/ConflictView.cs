using Safeground.Core.Reports;

namespace Safeground.Contracts;

/// <summary>
/// Competing corrections: pending reports that supersede the same report (or one already superseded). Only the pending
/// reports the caller may see are named; <see cref="Others"/> counts the rest.
/// </summary>
public sealed record ConflictView(string Superseded, ReportStatus Status, IReadOnlyList<string> Pending, int Others, string Message, IReadOnlyList<string> Links);

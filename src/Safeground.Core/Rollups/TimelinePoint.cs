using Safeground.Core.Hazards;
using Safeground.Core.Reports;

namespace Safeground.Core.Rollups;

/// <summary>
/// One step of a hazard's history: the state right after an approved report changed its area.
/// <see cref="OriginalM2"/> = cancelled + reduced + cleared − reopened + remaining holds at every point.
/// </summary>
/// <param name="Method">How the report released land; null for the creating survey or a new perimeter.</param>
/// <param name="ReleasedM2">What this report released from the hazard (its release events), m².</param>
/// <param name="ReopenedM2">Released land returned to hazardous so far (a reopening's point has <see cref="Method"/> reopened).</param>
/// <param name="Status">The hazard's status after the report: the completion that closes it is a point even when it releases nothing more.</param>
public sealed record TimelinePoint(
    DateOnly Date,
    string ReportId,
    ReportKind Kind,
    ReleaseMethod? Method,
    double ReleasedM2,
    double RemainingM2,
    double OriginalM2,
    double CancelledM2,
    double ReducedM2,
    double ClearedM2,
    HazardStatus Status,
    double ReopenedM2 = 0);

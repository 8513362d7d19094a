using Safeground.Core.Status;
using Safeground.Core.Storage;

namespace Safeground.Contracts;

/// <summary>
/// One line of a roll-up (the total, or one group): hazards, areas (records and land), finds, accidents, productivity, civilian casualties.
/// <see cref="ReopenedM2"/> is released land returned to hazardous: cancelled + reduced + cleared − reopened + remaining = original.
/// </summary>
public sealed record StatusLineView(
    string Key,
    long Hazards,
    IReadOnlyDictionary<string, long> HazardsByClass,
    IReadOnlyDictionary<string, long> HazardsByStatus,
    double OriginalM2,
    double CancelledM2,
    double ReducedM2,
    double ClearedM2,
    double ReopenedM2,
    double RemainingM2,
    double RemainingLandM2,
    double CountedTwiceM2,
    long Finds,
    IReadOnlyDictionary<string, long> FindsByCategory,
    long Accidents,
    long Killed,
    long Injured,
    IReadOnlyDictionary<string, ProductivityView> Productivity,
    RiskEducationView RiskEducation,
    CiviliansView? Civilians = null)
{
    public static StatusLineView From(StatusLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new StatusLineView(
            line.Key, line.Hazards,
            line.HazardsByClass.ToDictionary(k => MapAttributes.Word(k.Key), k => (long)k.Value),
            line.HazardsByStatus.ToDictionary(k => MapAttributes.Word(k.Key), k => (long)k.Value),
            line.OriginalM2, line.CancelledM2, line.ReducedM2, line.ClearedM2, line.ReopenedM2, line.RemainingM2, line.RemainingLandM2, line.CountedTwiceM2,
            line.Finds, line.FindsByCategory.ToDictionary(k => MapAttributes.Word(k.Key), k => (long)k.Value),
            line.Accidents, line.Killed, line.Injured,
            line.Productivity.ToDictionary(k => MapAttributes.Word(k.Key), k => ProductivityView.From(k.Key, k.Value)),
            RiskEducationView.From(line.RiskEducation),
            CiviliansView.From(line.Civilians));
    }
}

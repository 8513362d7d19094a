using Safeground.Core.Projections;
using Safeground.Core.Storage;
using Safeground.Core.Text;

namespace Safeground.Core.Quality;

/// <summary>A hazard's lot for quality control: the land it released and has not reopened, and the sample plan for it.</summary>
public static class QcLot
{
    /// <summary>The plan for <paramref name="hazardId"/>'s released land.</summary>
    /// <exception cref="SafegroundException">NotFound: no such hazard; Invalid: it has released no land to sample.</exception>
    public static SamplePlan PlanFor(ISafegroundStore store, string hazardId)
    {
        ArgumentNullException.ThrowIfNull(store);
        var hazard = store.FindHazard(hazardId)
            ?? throw SafegroundException.NotFound(Texts.Render("error.qc.no-hazard", ("location", store.Location), ("hazard", hazardId)));
        return PlanFor(hazard);
    }

    /// <inheritdoc cref="PlanFor(ISafegroundStore, string)"/>
    public static SamplePlan PlanFor(HazardState hazard)
    {
        ArgumentNullException.ThrowIfNull(hazard);
        // Less than a square metre is round-off of the replay, not a lot anyone can sample.
        if (hazard.ReleasedM2 < 1)
            throw SafegroundException.Invalid(Texts.Render("error.qc.nothing-released", ("hazard", hazard.HazardId)));
        return SamplePlan.For(hazard.ReleasedM2);
    }
}

using Safeground.Core.Quality;

namespace Safeground.Contracts;

/// <summary>A QC sample plan (ISO 2859-1 level II, acceptance number 0; one item per m²) for a lot of released land, with its hazard when it has one.</summary>
public sealed record SamplePlanView(string? HazardId, long LotM2, string CodeLetter, long SampleM2, int AcceptanceNumber)
{
    public static SamplePlanView From(string? hazardId, SamplePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new SamplePlanView(hazardId, plan.LotM2, plan.CodeLetter.ToString(), plan.SampleM2, plan.AcceptanceNumber);
    }
}

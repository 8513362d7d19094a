using Safeground.Core.RiskEducation;
using Safeground.Core.Storage;

namespace Safeground.Contracts;

/// <summary>A roll-up line's risk-education sessions and the people they reached, by sex, age band and disability (counts only).</summary>
public sealed record RiskEducationView(
    long Sessions,
    long Beneficiaries,
    IReadOnlyDictionary<string, long> BySex,
    IReadOnlyDictionary<string, long> ByAge,
    long WithDisability,
    long Materials)
{
    public static RiskEducationView From(RiskEducationFigures f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return new RiskEducationView(f.Sessions, f.Beneficiaries,
            f.BySex.ToDictionary(k => MapAttributes.Word(k.Key), k => k.Value),
            f.ByAge.ToDictionary(k => MapAttributes.Word(k.Key), k => k.Value),
            f.WithDisability, f.Materials);
    }
}

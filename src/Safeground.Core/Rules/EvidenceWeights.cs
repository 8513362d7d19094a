using Safeground.Core.Hazards;

namespace Safeground.Core.Rules;

/// <summary>
/// How a programme weighs evidence to suggest SHA or CHA (IMAS 04.10, 07.11). Each piece scores its
/// type's weight times its source's factor; the area is suggested CHA when the score reaches
/// <see cref="ChaThreshold"/>, or as soon as there is direct evidence when <see cref="DirectIsCha"/>.
/// </summary>
public sealed record EvidenceWeights(
    IReadOnlyDictionary<EvidenceType, double> Types,
    IReadOnlyDictionary<EvidenceSource, double> Sources,
    double ChaThreshold,
    bool DirectIsCha = true)
{
    public double Score(IEnumerable<Evidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        double score = 0;
        foreach (var e in evidence)
            score += Types.GetValueOrDefault(e.Type) * Sources.GetValueOrDefault(e.Source, 1.0);
        return score;
    }

    public HazardClass Suggest(IEnumerable<Evidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var list = evidence as IReadOnlyCollection<Evidence> ?? evidence.ToList();
        if (DirectIsCha && list.Any(e => e.IsDirect)) return HazardClass.Cha;
        return Score(list) >= ChaThreshold ? HazardClass.Cha : HazardClass.Sha;
    }
}

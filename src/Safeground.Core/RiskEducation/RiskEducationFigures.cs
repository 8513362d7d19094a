using Safeground.Core.Accidents;
using Safeground.Core.People;

namespace Safeground.Core.RiskEducation;

/// <summary>
/// Risk-education sessions of one roll-up line and the people they reached, disaggregated by sex, age band and
/// disability as donors ask (IMAS 12.10). Each person is counted once in each split, so each split adds up to
/// <see cref="Beneficiaries"/> (sex or age not recorded: the unknown parts).
/// </summary>
public sealed class RiskEducationFigures
{
    public int Sessions { get; set; }
    public long Beneficiaries { get; set; }
    public SortedDictionary<Gender, long> BySex { get; } = new();
    public SortedDictionary<AgeBand, long> ByAge { get; } = new();
    public long WithDisability { get; set; }
    public long Materials { get; set; }

    public void Add(RiskEducationRecord s)
    {
        ArgumentNullException.ThrowIfNull(s);
        Sessions++;
        foreach (var c in s.Session.Audience ?? [])
        {
            if (c is null || c.Count <= 0) continue;
            Beneficiaries += c.Count;
            BySex[c.Sex] = BySex.GetValueOrDefault(c.Sex) + c.Count;
            ByAge[c.Age] = ByAge.GetValueOrDefault(c.Age) + c.Count;
            if (c.WithDisability) WithDisability += c.Count;
        }
        Materials += (s.Session.Materials ?? []).Sum(m => m is null ? 0L : Math.Max(0, m.Quantity));
    }

    /// <summary>Adds another line's figures (months added up to years, as the public site's table by year does).</summary>
    public void Add(RiskEducationFigures other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Sessions += other.Sessions;
        Beneficiaries += other.Beneficiaries;
        foreach (var (k, n) in other.BySex) BySex[k] = BySex.GetValueOrDefault(k) + n;
        foreach (var (k, n) in other.ByAge) ByAge[k] = ByAge.GetValueOrDefault(k) + n;
        WithDisability += other.WithDisability;
        Materials += other.Materials;
    }
}

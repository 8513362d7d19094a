using Safeground.Core.Accidents;
using Safeground.Core.Storage;

namespace Safeground.Contracts;

/// <summary>An accident's victims as counts only: in total, by outcome and by gender (every value present, zero included).</summary>
public sealed record VictimCountsView(int Total, IReadOnlyDictionary<string, int> ByOutcome, IReadOnlyDictionary<string, int> ByGender)
{
    public static VictimCountsView Of(IReadOnlyList<Victim> victims)
    {
        ArgumentNullException.ThrowIfNull(victims);
        return new VictimCountsView(victims.Count,
            Enum.GetValues<VictimOutcome>().ToDictionary(MapAttributes.Word, v => victims.Count(x => x.Outcome == v)),
            Enum.GetValues<Gender>().ToDictionary(MapAttributes.Word, g => victims.Count(x => x.Gender == g)));
    }
}

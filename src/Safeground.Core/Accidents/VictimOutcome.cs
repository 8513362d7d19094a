namespace Safeground.Core.Accidents;

public enum VictimOutcome
{
    Injured,
    Killed,
}

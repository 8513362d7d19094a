namespace Safeground.Contracts;

/// <summary>People killed and injured of one sex and age band (kebab-case codes: <c>female</c>, <c>child</c>).</summary>
public sealed record CasualtyGroupView(string Sex, string Age, long Killed, long Injured);

using Safeground.Core.Accidents;

namespace Safeground.Core.People;

/// <summary>
/// How many people of one sex, age band and disability: the disaggregated count (SADD) that risk-education
/// audiences and civilian casualties are recorded as, so no person is ever named.
/// </summary>
public sealed record PeopleCount(Gender Sex, AgeBand Age, bool WithDisability, int Count);

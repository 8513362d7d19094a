using Safeground.Core.Status;

namespace Safeground.Core.Treaty;

/// <summary>
/// An annual treaty report's scope: the calendar year (Article 7 reports of the Anti-Personnel Mine Ban Convention and
/// the Convention on Cluster Munitions cover January to December) and, optionally, one region or organisation.
/// </summary>
public sealed record TreatyRequest(int Year, string? Region = null, string? Organisation = null)
{
    /// <summary>1 January of the year.</summary>
    public DateOnly First => new(Year, 1, 1);

    /// <summary>31 December of the year: the day remaining contamination is reported as of.</summary>
    public DateOnly Last => new(Year, 12, 31);

    /// <summary>
    /// <c>status --from YYYY-01-01 --to YYYY-12-31</c>: the year's releases and finds, and the hazards as they stood at
    /// its end. Those hazards are the ones of <c>status --as-of YYYY-12-31</c>: a period's start restricts only what
    /// happened in it, so one roll-up gives every table.
    /// </summary>
    public StatusFilter DuringYear => new(Region, Organisation, First, Last);

    /// <summary><c>status --as-of YYYY-12-31</c> in the same scope.</summary>
    public StatusFilter AsOfYearEnd => new(Region, Organisation, To: Last);
}

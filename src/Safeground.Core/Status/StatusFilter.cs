using Safeground.Core.Text;

namespace Safeground.Core.Status;

/// <summary>
/// Which part of a store a <see cref="StatusReport"/> covers: one region, one organisation, one period
/// (any combination; null means no restriction).
/// </summary>
/// <remarks>
/// Exactly what each restriction keeps:
/// <list type="bullet">
/// <item><see cref="Region"/>: the region name a hazard, find or accident carries (case-insensitive).
/// A hazard outside it is left out with all its releases; clearance productivity counts the reports
/// about hazards in it. Grouping by region with stored boundaries still splits what is kept by boundary.</item>
/// <item><see cref="Organisation"/>: a hazard, its original and remaining area count for the
/// organisation that holds the hazard; released area, finds, accidents and productivity for the
/// organisation of the report that released, found or recorded them.</item>
/// <item><see cref="From"/>..<see cref="To"/> (inclusive): releases, finds, accidents and
/// productivity dated within the period; hazards recorded on or before <see cref="To"/>, with their
/// class, status, original and remaining area as they stood at the end of <see cref="To"/> (their approved
/// reports dated by then, replayed). Without <see cref="From"/> that is the store as of <see cref="To"/>:
/// cancelled + reduced + cleared + remaining = original, as on that day.</item>
/// </list>
/// </remarks>
public sealed record StatusFilter(string? Region = null, string? Organisation = null, DateOnly? From = null, DateOnly? To = null)
{
    /// <summary>Everything in the store.</summary>
    public static StatusFilter None { get; } = new();

    /// <summary>Why the filter cannot be applied (a period that ends before it starts), or null.</summary>
    public string? Problem => From is { } from && To is { } to && from > to
        ? Texts.Render("error.period-reversed", ("from", from), ("to", to))
        : null;

    /// <summary>The day the hazards are taken as they stood (the period's end); null: today.</summary>
    public DateOnly? AsOf => To;

    /// <summary>The figures as they stood at the end of <paramref name="day"/>.</summary>
    public static StatusFilter AsOfDay(DateOnly day) => new(To: day);

    public bool IsEmpty => Region is null && Organisation is null && From is null && To is null;

    public bool InRegion(string? region) => Region is null || string.Equals(Region, region, StringComparison.OrdinalIgnoreCase);

    public bool OfOrganisation(string organisationId) => Organisation is null || string.Equals(Organisation, organisationId, StringComparison.Ordinal);

    public bool InPeriod(DateOnly date) => (From is not { } from || date >= from) && (To is not { } to || date <= to);

    /// <summary>A hazard counts once it was recorded, whatever happened to it since.</summary>
    public bool RecordedBy(DateOnly createdOn) => To is not { } to || createdOn <= to;

    /// <summary>Whether a hazard (its class, status, original and remaining area) counts: in the region, the organisation's, recorded by the end.</summary>
    public bool Holds(Projections.HazardState hazard)
    {
        ArgumentNullException.ThrowIfNull(hazard);
        return InRegion(hazard.Region) && OfOrganisation(hazard.OrganisationId) && RecordedBy(hazard.CreatedOn);
    }

    /// <summary>A finding, accident or report kept: its organisation, its date, the region it carries.</summary>
    public bool Admits(string? region, string organisationId, DateOnly date) => InRegion(region) && OfOrganisation(organisationId) && InPeriod(date);
}

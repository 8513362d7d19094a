using Safeground.Core.Hazards;
using Safeground.Core.Ordnance;

namespace Safeground.Core.Projections;

/// <summary>
/// The current state of one hazardous area: a pure function of its approved reports, replayed in
/// order of date of information. Areas are ellipsoidal m²; cancelled + reduced + cleared − reopened + remaining = original.
/// </summary>
/// <param name="Defined">The defined hazardous area (DHA): the part a technical survey said needs full clearance, still hazardous.</param>
/// <param name="ContaminationType">What contaminates it, as the latest survey that stated one said (null: no survey stated it).</param>
/// <param name="HandedOverTo">Who received the released land (handover certificate), once the hazard is closed.</param>
public sealed record HazardState(
    string HazardId,
    string? Name,
    string? Region,
    string OrganisationId,
    HazardClass Class,
    HazardStatus Status,
    NetTopologySuite.Geometries.Geometry Original,
    NetTopologySuite.Geometries.Geometry Remaining,
    double OriginalM2,
    double CancelledM2,
    double ReducedM2,
    double ClearedM2,
    double RemainingM2,
    IReadOnlyList<Evidence> Evidence,
    IReadOnlyList<EoCategory> SuspectedCategories,
    IReadOnlyList<ReleaseEvent> Releases,
    int FindCount,
    int AccidentCount,
    int? ClearanceDepthCm,
    DateOnly CreatedOn,
    DateOnly LastReportOn,
    string LastReportId,
    int ReportCount,
    IReadOnlyList<RuleFlag>? Flags = null,
    NetTopologySuite.Geometries.Geometry? Defined = null,
    string? HandedOverTo = null,
    DateOnly? HandedOverOn = null,
    ContaminationType? ContaminationType = null)
{
    /// <summary>Land released and still released: what was cancelled, reduced and cleared, less what was reopened.</summary>
    public double ReleasedM2 => CancelledM2 + ReducedM2 + ClearedM2 - ReopenedM2;

    /// <summary>
    /// Released land returned to hazardous (<see cref="Reports.Reopening"/>): a figure of its own, from the reopening
    /// events among <see cref="Releases"/>, so no store needs a column for it.
    /// </summary>
    public double ReopenedM2
    {
        get
        {
            double s = 0;
            foreach (var r in Releases) if (r.Method == ReleaseMethod.Reopened) s += r.AreaM2;
            return s;
        }
    }

    /// <summary>The rules its reports broke and the corrections made while replaying them (never null).</summary>
    public IReadOnlyList<RuleFlag> RuleFlags => Flags ?? [];
}

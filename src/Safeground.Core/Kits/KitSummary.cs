using Safeground.Core.Text;

namespace Safeground.Core.Kits;

/// <summary>What went into a field kit, for the summary the team lead reads before leaving.</summary>
/// <param name="Region">The region's name as stored.</param>
/// <param name="ApprovedReports">Approved reports, and superseded ones (they were approved; the history keeps them).</param>
/// <param name="PendingReports">Submitted reports still in review at the national side.</param>
/// <param name="Finds">Items found (sum of quantities), as <c>status</c> counts them.</param>
/// <param name="Users">Always 0: the team lead adds the kit's users; national accounts do not travel.</param>
public sealed record KitSummary(
    string Region,
    int Hazards,
    int ApprovedReports,
    int PendingReports,
    long Finds,
    int Accidents,
    double RemainingM2,
    int Organisations,
    int Teams,
    int Deployments,
    int Users = 0)
{
    /// <summary>Why a kit without hazards is still a valid kit, or null when it has some.</summary>
    public string? Note => Hazards == 0
        ? Texts.Render("kit.no-hazards", ("region", Region))
        : null;
}

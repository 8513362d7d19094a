using Safeground.Core.Reference;
using Safeground.Core.Reports;
using Safeground.Core.Rules;
using Safeground.Core.Storage;
using Safeground.Core.Text;

namespace Safeground.Core.Checks;

/// <summary>
/// team-outside-accreditation: an approved report whose organisation is managed (has accreditations) but was not
/// accredited for the report's activity on its date. Submission refuses such a report, so one found here was approved
/// before the accreditation was recorded, or the accreditation was edited afterwards (shortened, removed): the
/// authority should know the work was done outside a licence. Unmanaged organisations are never flagged.
/// </summary>
internal sealed class AccreditationChecks : RuleFamily
{
    public override bool Enabled(FindingSink sink) => sink.IsEnabled(RuleIds.TeamOutsideAccreditation);

    public override void Report(Report report, CheckContext context, FindingSink sink)
    {
        if (Activities.Of(report.Kind) is not { } activity
            || !context.Organisations.TryGetValue(report.OrganisationId, out var org)
            || !org.IsManaged || org.IsAccreditedFor(activity, report.DateOfInformation)) return;
        sink.Add(RuleIds.TeamOutsideAccreditation, RecordRef.Report(report.Id), "check.team-outside-accreditation",
            TextArgs.Of(("report", report.Id), ("organisation", org.Id), ("team", report.TeamId ?? ""),
                ("activity", StoredNames.Of(activity)), ("date", report.DateOfInformation)));
    }
}

using Safeground.Core.Access;
using Safeground.Core.Accidents;
using Safeground.Core.Projections;
using Safeground.Core.Reference;
using Safeground.Core.Reports;
using Safeground.Core.Storage;
using Safeground.Core.Text;

namespace Safeground.Core.Kits;

/// <summary>
/// Fills an empty store with what a team needs to work one region offline: the reference lists, the
/// region's boundary (exactly one region: sync reads the kit's area from it), every report of the
/// region's hazards that was approved or is in review, with its history (same ids, same timestamps),
/// and the projections replayed from them, which equal the source's for those hazards.
/// </summary>
/// <remarks>
/// Works through <see cref="ISafegroundStore"/> only, so a PostGIS source serves as well as a GeoPackage.
/// Reports are read hazard by hazard (<see cref="ISafegroundStore.ReportsOfHazard"/>): a national
/// source of 420,000 reports is never held in memory, only the region's hazard ids and report ids.
/// Rejected reports stay at home: they are not part of any hazard's state and the team cannot act on them.
/// A kit made for one organisation carries no other organisation's reports in review (that organisation's users could
/// not see them either). Victims' names, dates of birth and addresses are withheld from every report
/// (<see cref="PersonalData"/>) unless an admin asked for them (<see cref="KitRequest.PersonalDataFor"/>), and then only
/// for the reports of the kit's organisation that admin may see. Users, tokens and the audit log never go in.
/// </remarks>
public static class FieldKit
{
    /// <param name="progress">Called with (hazards done, hazards in the region) while reports are copied.</param>
    public static KitSummary Fill(ISafegroundStore source, ISafegroundStore kit, KitRequest request,
        Action<int, int>? progress = null, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(kit);
        ArgumentNullException.ThrowIfNull(request);
        var area = Resolve(source, request);
        var organisations = source.Organisations();
        var teams = source.Teams().Where(t => request.OrganisationId is null || t.OrganisationId == request.OrganisationId).ToList();
        var teamIds = teams.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var deployments = source.Deployments().Where(d => teamIds.Contains(d.TeamId)).ToList();

        // Ids only: the region's hazards' states are replayed in the kit, not copied.
        var hazardIds = new SortedSet<string>(source.Hazards().Where(area.Holds).Select(h => h.HazardId), StringComparer.Ordinal);
        int approved = 0, pending = 0;
        using (var tx = kit.BeginWrite(WriteMode.Bulk))
        {
            foreach (var o in organisations) tx.Put(o);
            foreach (var t in teams) tx.Put(t);
            foreach (var d in deployments) tx.Put(d);
            tx.ReplaceRegions([area.Region]);
            // The kit runs on the rules of the store it is made from, so it replays as that store does.
            var rules = source.CurrentRules();
            if (rules is not null) tx.AddRules(rules.Json, rules.SetBy, rules.SetAt, $"version {rules.Version} of the store this kit was made from" + (rules.Note is { } n ? ": " + n : ""));
            var copied = new HashSet<string>(StringComparer.Ordinal);
            int done = 0;
            foreach (var hazardId in hazardIds)
            {
                cancel.ThrowIfCancellationRequested();
                foreach (var record in source.ReportsOfHazard(hazardId))
                {
                    if (record.Status == ReportStatus.Rejected || !Belongs(request, record) || !copied.Add(record.Report.Id)) continue;
                    Copy(source, tx, record, KeepsPersonalData(request, record.Report) ? record.Report : PersonalData.Withhold(record.Report));
                    if (record.Status == ReportStatus.Submitted) pending++;
                    else approved++;
                }
                progress?.Invoke(++done, hazardIds.Count);
            }
            // Risk-education sessions speak of hazards but belong to none, and a civilian incident often lies in no recorded
            // hazard (it is why one is surveyed): the region's go with it, as status --region counts them. Neither names anyone.
            var regional = source.RiskEducationSessions().Where(s => InRegion(s.Region)).Select(s => s.ReportId)
                .Concat(source.Incidents().Where(i => InRegion(i.Region)).Select(i => i.ReportId));
            foreach (var reportId in regional)
            {
                if (source.FindReport(reportId) is not { } record || !Belongs(request, record) || !copied.Add(record.Report.Id)) continue;
                Copy(source, tx, record, record.Report);
                approved++;
            }
            tx.Commit();
        }
        ProjectionRebuild.Rebuild(kit, Rules.StoredProgramme.Of(kit), hazardIds.Contains);
        return Summarise(kit, area.Region.Name, approved, pending);

        bool InRegion(string? region) => string.Equals(region, area.Region.Name, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The kit's area, checking the request against the source first (cheap): an unknown region or
    /// organisation is an error naming the choices, before any file is made.
    /// </summary>
    public static KitArea Resolve(ISafegroundStore source, KitRequest request)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(request);
        var stored = source.Regions();
        var area = new KitArea(RegionNames.Resolve(stored, request.Region, source.Location), stored);
        if (request.OrganisationId is { } org && source.Organisations() is var organisations && !organisations.Any(o => o.Id == org))
            throw SafegroundException.NotFound(Texts.Render("error.kit.organisation-unknown", ("organisation", org), ("location", source.Location),
                ("organisations", string.Join(", ", organisations.Select(o => $"'{o.Id}'")))));
        return area;
    }

    // Approved (and superseded) reports are everyone's to see; a report in review only its organisation's.
    private static bool Belongs(KitRequest request, ReportRecord record) =>
        record.Status != ReportStatus.Submitted || request.OrganisationId is null || record.Report.OrganisationId == request.OrganisationId;

    private static bool KeepsPersonalData(KitRequest request, Report report) =>
        request.PersonalDataFor is { } admin && AccessPolicy.CanReleasePersonalData(admin)
        && AccessPolicy.CanSeePersonalData(admin, report.OrganisationId)
        && (request.OrganisationId is null || report.OrganisationId == request.OrganisationId);

    // The report (its personal data withheld or not: same id, same figures) and every step of its history, so that
    // sync recognises it by id and a reviewer sees who approved it when.
    private static void Copy(ISafegroundStore source, IStoreTransaction tx, ReportRecord record, Report report)
    {
        var history = source.History(record.Report.Id);
        if (history.Count == 0)
            throw new SafegroundException(ErrorKind.Storage, Texts.Render("error.store.report-without-history", ("location", source.Location), ("report", record.Report.Id)));
        tx.AddReport(report, history[0]);
        for (int i = 1; i < history.Count; i++) tx.Record(history[i]);
    }

    private static KitSummary Summarise(ISafegroundStore kit, string region, int approved, int pending)
    {
        int hazards = 0;
        double remaining = 0;
        foreach (var h in kit.Hazards())
        {
            hazards++;
            remaining += h.RemainingM2;
        }
        long finds = kit.Finds().Sum(f => (long)f.Find.Quantity);
        int accidents = kit.Accidents().Count();
        return new KitSummary(region, hazards, approved, pending, finds, accidents, remaining,
            kit.Organisations().Count, kit.Teams().Count, kit.Deployments().Count, kit.Users().Count);
    }
}

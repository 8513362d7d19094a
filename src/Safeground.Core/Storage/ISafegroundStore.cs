using Safeground.Core.Projections;
using Safeground.Core.Reference;
using Safeground.Core.Reports;

namespace Safeground.Core.Storage;

/// <summary>
/// Where Safeground keeps its reports and the projections made from them. One contract, several
/// stores (GeoPackage file, PostGIS server).
/// </summary>
/// <remarks>
/// Contract:
/// <list type="bullet">
/// <item>Reads see only committed data. Enumerations stream (a 1,000,000-find store is not loaded
/// into memory) and must be fully enumerated or disposed before the next write begins.</item>
/// <item>All changes go through <see cref="BeginWrite"/>: one transaction; dispose without
/// <see cref="IStoreTransaction.Commit"/> and nothing of it is kept. One writer at a time.</item>
/// <item>Reports are stored as given and never changed; only their lifecycle status moves on,
/// recorded as appended <see cref="ReportEvent"/>s.</item>
/// <item>Ids are the domain's own (report, hazard, organisation ids): stable across stores, exports and syncs.</item>
/// <item>A store instance is not thread-safe; open one per thread or request.</item>
/// <item>Failures surface as <see cref="SafegroundException"/> with <see cref="ErrorKind.Storage"/>,
/// or <see cref="ErrorKind.Conflict"/> for a duplicate id.</item>
/// </list>
/// </remarks>
public interface ISafegroundStore : IDisposable
{
    /// <summary>Where the store lives (file path or server), for messages.</summary>
    string Location { get; }

    IReadOnlyList<Organisation> Organisations();
    IReadOnlyList<Team> Teams();
    IReadOnlyList<Deployment> Deployments();

    /// <summary>The administrative regions (boundary polygons), ordered by name; empty when none were imported.</summary>
    IReadOnlyList<Region> Regions();

    ReportRecord? FindReport(string reportId);

    /// <summary>Every report of one hazard (its own and those whose release spans it), whatever its status, in replay order.</summary>
    IReadOnlyList<ReportRecord> ReportsOfHazard(string hazardId);

    /// <summary>
    /// The reports of one hazard with one status, in replay order: a replay reads only the approved ones, and a
    /// hazard may have hundreds in review (a kit's sync) whose payloads it need not parse. Stores filter in SQL.
    /// </summary>
    IReadOnlyList<ReportRecord> ReportsOfHazard(string hazardId, ReportStatus status) =>
        ReportsOfHazard(hazardId).Where(r => r.Status == status).ToList();

    /// <summary>All reports (optionally of one status), in replay order.</summary>
    IEnumerable<ReportRecord> Reports(ReportStatus? status = null);

    /// <summary>
    /// The approved reports in replay order, without their payloads (team, deployment, effort from columns):
    /// what roll-ups by team, deployment and productivity need, streamed.
    /// </summary>
    IEnumerable<ReportSummary> ApprovedReportSummaries();

    /// <summary>
    /// Every report without its payload (<see cref="ReportHeader"/>), in replay order, streamed: a sync's manifest
    /// of a national store. The default parses every report and is for small stores only.
    /// </summary>
    IEnumerable<ReportHeader> ReportHeaders() => Reports().Select(ReportHeader.Of);

    /// <summary>The lifecycle history of one report, oldest first.</summary>
    IReadOnlyList<ReportEvent> History(string reportId);

    HazardState? FindHazard(string hazardId);

    /// <summary>The hazards whose remaining polygon's bounding box meets <paramref name="area"/> (lon/lat), through the spatial index.</summary>
    IEnumerable<HazardState> HazardsIntersecting(NetTopologySuite.Geometries.Envelope area);

    /// <summary>All hazard projections, ordered by hazard id.</summary>
    IEnumerable<HazardState> Hazards();

    /// <summary>All find projections, ordered by report id then index.</summary>
    IEnumerable<FindRecord> Finds();

    /// <summary>All accident projections, ordered by report id.</summary>
    IEnumerable<AccidentRecord> Accidents();

    IStoreTransaction BeginWrite(WriteMode mode = WriteMode.Normal);

    /// <summary>
    /// One page of reports matching <paramref name="query"/>, in replay order, with the total that match.
    /// A store should answer from its indexes (a national store holds 420,000 reports); the default
    /// filters the stream and is for small stores only.
    /// </summary>
    Page<ReportRecord> QueryReports(ReportQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Paged(Reports(query.Status).Where(query.Matches), query.Offset, query.Limit);
    }

    /// <summary>One page of hazards matching <paramref name="query"/>, by hazard id, with the total (bbox through the spatial index).</summary>
    Page<HazardState> QueryHazards(HazardQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var all = query.Bbox is { } box ? HazardsIntersecting(box) : Hazards();
        return Paged(all.Where(query.Matches), query.Offset, query.Limit);
    }

    /// <summary>One page of finds matching <paramref name="query"/>, by report id then index, with the total.</summary>
    Page<FindRecord> QueryFinds(FindQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Paged(Finds().Where(query.Matches), query.Offset, query.Limit);
    }

    private static Page<T> Paged<T>(IEnumerable<T> matching, int offset, int limit)
    {
        var items = new List<T>();
        long total = 0;
        foreach (var item in matching)
        {
            if (total >= offset && items.Count < limit) items.Add(item);
            total++;
        }
        return new Page<T>(items, total);
    }

    /// <summary>
    /// One page of a feature layer, through the spatial index, in a stable order (the same query gives the
    /// same page while nothing is written), with the number of features matching in all.
    /// </summary>
    LayerPage<HazardState> HazardPage(LayerQuery query);

    /// <inheritdoc cref="HazardPage"/>
    LayerPage<ReleaseEvent> ReleasePage(LayerQuery query);

    /// <inheritdoc cref="HazardPage"/>
    LayerPage<FindRecord> FindPage(LayerQuery query);

    /// <inheritdoc cref="HazardPage"/>
    LayerPage<AccidentRecord> AccidentPage(LayerQuery query);

    /// <summary>The bounding box and date span of a feature layer, cheaply (the R-tree's root, not a scan).</summary>
    LayerExtent Extent(FeatureLayer layer);
    /// <summary>
    /// The features of one layer whose bounding box meets <paramref name="area"/> (lon/lat), with only the
    /// attributes a map tile shows (<see cref="MapAttributes"/>), streamed through the spatial index.
    /// The default pages through the layer; a store should read only the columns it needs.
    /// </summary>
    IEnumerable<MapFeature> MapFeatures(FeatureLayer layer, NetTopologySuite.Geometries.Envelope area)
    {
        var query = new LayerQuery(area, Limit: int.MaxValue);
        return layer switch
        {
            FeatureLayer.Hazards => HazardPage(query).Features.Select(f => MapAttributes.Of(f.Record)),
            FeatureLayer.Released => ReleasePage(query).Features.Select(f => MapAttributes.Of(f.Record)),
            FeatureLayer.Finds => FindPage(query).Features.Select(f => MapAttributes.Of(f.Record)),
            FeatureLayer.Accidents => AccidentPage(query).Features.Select(f => MapAttributes.Of(f.Record)),
            _ => throw new ArgumentOutOfRangeException(nameof(layer), layer, null),
        };
    }

    /// <summary>
    /// The position and category of every find whose position may lie in <paramref name="area"/> (lon/lat;
    /// the caller filters exactly), streamed: a national store counts a million finds per low-zoom tile.
    /// </summary>
    IEnumerable<FindPoint> FindPoints(NetTopologySuite.Geometries.Envelope area) =>
        FindPage(new LayerQuery(area, Limit: int.MaxValue)).Features
            .Select(f => new FindPoint(f.Record.Find.Position.X, f.Record.Find.Position.Y, f.Record.Find.Category));

    /// <summary>
    /// A token that changes whenever a committed write may change what the layers show (a report approved,
    /// projections rebuilt), in this process or another: caches of maps key on it. It must be cheap; the
    /// default counts reports by status and is for small stores only.
    /// </summary>
    string Revision() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{Reports().LongCount()}.{Reports(ReportStatus.Approved).LongCount()}");

    /// <summary>A user with its password hash, or null when there is none of that name.</summary>
    Access.StoredUser? FindUser(string username);

    /// <summary>Every user, by username (disabled ones too).</summary>
    IReadOnlyList<Access.User> Users();

    /// <summary>The session or API token whose secret hashes to <paramref name="hash"/> (see <see cref="Access.TokenSecret.Hash"/>), expired and revoked ones included.</summary>
    Access.AccessToken? FindToken(string hash);

    /// <summary>The token whose <see cref="Access.AccessToken.Id"/> is <paramref name="id"/>, expired and revoked ones included; null when there is none.</summary>
    Access.AccessToken? FindTokenById(string id);

    /// <summary>Every session and API token of <paramref name="username"/> (expired and revoked ones too), newest first.</summary>
    IReadOnlyList<Access.AccessToken> Tokens(string username);

    /// <summary>One page of the audit log, newest first, with the number of lines in all.</summary>
    Page<Access.AuditEntry> AuditLog(int offset, int limit);

    /// <summary>
    /// The programme's rules the store runs on: the last version set (<see cref="IStoreTransaction.AddRules"/>), or null when
    /// none was ever set, and then the built-in default applies (<see cref="Rules.StoredProgramme.Of"/>, the one reader).
    /// </summary>
    Rules.StoredRules? CurrentRules();

    /// <summary>Every version of the programme's rules set in this store, oldest first.</summary>
    IReadOnlyList<Rules.StoredRules> RulesHistory();
}

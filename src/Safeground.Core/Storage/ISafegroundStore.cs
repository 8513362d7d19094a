using Safeground.Core.Reports;

namespace Safeground.Core.Storage;

/// <summary>
/// Where Safeground keeps its reports and the projections made from them. One contract, several
/// stores (GeoPackage file, PostGIS server). It is the sum of narrow roles, so that a caller takes only
/// what it reads: <see cref="IReportStore"/> (the ledger), <see cref="IProjectionStore"/> (hazards, finds,
/// accidents), <see cref="IMapLayerStore"/> (layers, tiles, revision), <see cref="IAccessStore"/> (users,
/// tokens, audit) and <see cref="IReferenceStore"/> (reference data, rules); writing stays here.
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
/// <item>No member has a default body: each store answers every read from its own indexes, so none quietly
/// becomes a full scan of a national store.</item>
/// <item>Failures surface as <see cref="SafegroundException"/> with <see cref="ErrorKind.Storage"/>,
/// or <see cref="ErrorKind.Conflict"/> for a duplicate id.</item>
/// </list>
/// </remarks>
public interface ISafegroundStore : IReportStore, IProjectionStore, IMapLayerStore, IAccessStore, IReferenceStore, IDisposable
{
    /// <summary>Where the store lives (file path or server), for messages.</summary>
    string Location { get; }

    IStoreTransaction BeginWrite(WriteMode mode = WriteMode.Normal);
}

using NetTopologySuite.Geometries;
using Safeground.Core.Spatial;
using Safeground.Core.Hazards;
using Safeground.Core.Lifecycle;
using Safeground.Core.Projections;
using Safeground.Core.Reference;
using Safeground.Core.Reports;
using Safeground.Core.Storage;
using Safeground.Core.Sync;

namespace Safeground.Storage.Contract.UseCases.Sync;

/// <summary>A national store and a field kit, two stores of one kind, each with its own lifecycle and clock (the kit's runs a day behind).</summary>
public abstract class SyncStores<TKind> : IDisposable where TKind : StoreKind, new()
{
    private readonly TKind _kind = new();
    protected static readonly DateOnly Day0 = new(2026, 3, 2);

    protected SyncStores()
    {
        National = Open();
        Kit = Open();
        NationalLifecycle = new ReportLifecycle(National, new TickingClock(new DateTimeOffset(2026, 9, 2, 8, 0, 0, TimeSpan.Zero)), Safeground.Core.Rules.StoredProgramme.Of(National));
        KitLifecycle = new ReportLifecycle(Kit, new TickingClock(new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero)), Safeground.Core.Rules.StoredProgramme.Of(Kit));
    }

    protected ISafegroundStore National { get; }
    protected ISafegroundStore Kit { get; }

    /// <summary>The kind of store the test runs on, for stores besides <see cref="National"/> and <see cref="Kit"/>.</summary>
    protected TKind Kind => _kind;
    protected ReportLifecycle NationalLifecycle { get; }
    protected ReportLifecycle KitLifecycle { get; }

    protected StorePeer Peer => new(National, NationalLifecycle);

    protected SyncResult Sync(int batch = 500) => new FieldKitSync(Kit, Peer) { BatchSize = batch }.Run();

    private ISafegroundStore Open()
    {
        var store = _kind.NewStore();
        using var tx = store.BeginWrite();
        tx.Put(new Organisation("ORG-A", "Field Demining Group North", "UA"));
        tx.Put(new Organisation("ORG-B", "Mine Action South", "UA"));
        tx.Commit();
        return store;
    }

    public void Dispose()
    {
        National.Dispose();
        Kit.Dispose();
        _kind.Dispose();
        GC.SuppressFinalize(this);
    }

    protected static Polygon Square(double lon, double lat, double side) => Geo.Factory.CreatePolygon([
        new(lon, lat), new(lon + side, lat), new(lon + side, lat + side), new(lon, lat + side), new(lon, lat)]);

    protected static Report R(string id, string? hazard, int day, ReportBody body, string? supersedes = null, string? reason = null, string org = "ORG-A") =>
        new(id, hazard, org, null, null, Day0.AddDays(day), new DateTimeOffset(Day0.AddDays(day).ToDateTime(new TimeOnly(17, 0)), TimeSpan.Zero), "lead", body, supersedes, reason);

    protected static Report Create(string hazard, Polygon p, string region = "North", int day = 0, string? id = null) =>
        R(id ?? $"R-{hazard}", hazard, day, new NonTechnicalSurvey(SurveyAction.Create, hazard, region, null, p, null, [new Evidence(EvidenceType.Marking, EvidenceSource.Verbal)], []));

    protected static void SubmitAndApprove(ReportLifecycle lifecycle, Report r)
    {
        lifecycle.Submit(r);
        lifecycle.Approve(r.Id, TestDeciders.DataManager);
    }

    /// <summary>The kit's stored projections, as a rebuild from its approved reports makes them.</summary>
    protected void AssertKitProjectionsEqualRebuild() =>
        Assert.Equal(ProjectionRebuild.Hazards(Kit, Safeground.Core.Rules.StoredProgramme.Of(Kit)).Select(Bytes).ToList(), Kit.Hazards().Select(Bytes).ToList());

    protected static List<string> Ids(ISafegroundStore store) => store.Reports().Select(r => r.Report.Id).Order(StringComparer.Ordinal).ToList();

    protected static string Bytes(HazardState h) =>
        string.Join("|", h.HazardId, h.Name, h.Region, h.Class, h.Status, Convert.ToBase64String(h.Original.AsBinary()), Convert.ToBase64String(h.Remaining.AsBinary()),
            h.OriginalM2.ToString("R", System.Globalization.CultureInfo.InvariantCulture), h.CancelledM2.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
            h.ReducedM2.ToString("R", System.Globalization.CultureInfo.InvariantCulture), h.ClearedM2.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
            h.RemainingM2.ToString("R", System.Globalization.CultureInfo.InvariantCulture), h.FindCount, h.AccidentCount, h.ClearanceDepthCm, h.LastReportId, h.ReportCount,
            string.Join(",", h.Releases.Select(r => r.ReportId + ":" + r.Method + ":" + Convert.ToBase64String(r.Area.AsBinary()))));
}

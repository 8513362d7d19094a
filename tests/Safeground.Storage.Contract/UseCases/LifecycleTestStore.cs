using NetTopologySuite.Geometries;
using Safeground.Core.Spatial;
using Safeground.Core.Hazards;
using Safeground.Core.Lifecycle;
using Safeground.Core.Reference;
using Safeground.Core.Reports;
using Safeground.Core.Storage;

namespace Safeground.Storage.Contract.UseCases;

/// <summary>A fresh store of one kind with one organisation and a lifecycle on a stopped clock, for tests that submit and approve reports.</summary>
public abstract class LifecycleTestStore<TKind> : IDisposable where TKind : StoreKind, new()
{
    private readonly TKind _kind = new();
    protected static readonly DateOnly Day0 = new(2026, 3, 2);

    protected LifecycleTestStore()
    {
        Store = _kind.NewStore();
        Lifecycle = new ReportLifecycle(Store, new FixedClock(new DateTimeOffset(2026, 9, 1, 12, 0, 0, TimeSpan.Zero)), Safeground.Core.Rules.StoredProgramme.Of(Store));
        using var tx = Store.BeginWrite();
        tx.Put(new Organisation("ORG-A", "Field Demining Group North", "UA"));
        tx.Commit();
    }

    protected ISafegroundStore Store { get; }

    /// <summary>The kind of store the test runs on, for stores besides <see cref="Store"/>.</summary>
    protected TKind Kind => _kind;
    protected ReportLifecycle Lifecycle { get; }

    public void Dispose()
    {
        Store.Dispose();
        _kind.Dispose();
        GC.SuppressFinalize(this);
    }

    protected static Polygon Square(double lon, double lat, double side) => Geo.Factory.CreatePolygon([
        new(lon, lat), new(lon + side, lat), new(lon + side, lat + side), new(lon, lat + side), new(lon, lat)]);

    protected static Report R(string id, string? hazard, int day, ReportBody body, string? supersedes = null, string? reason = null) =>
        new(id, hazard, "ORG-A", null, null, Day0.AddDays(day), new DateTimeOffset(Day0.AddDays(day).ToDateTime(new TimeOnly(17, 0)), TimeSpan.Zero), "lead", body, supersedes, reason);

    protected static Report Create(string hazard, Polygon p, int day = 0) =>
        R($"R-{hazard}", hazard, day, new NonTechnicalSurvey(SurveyAction.Create, hazard, "Izium", null, p, null, [new Evidence(EvidenceType.Marking, EvidenceSource.Verbal)], []));

    protected void SubmitAndApprove(Report r)
    {
        Lifecycle.Submit(r);
        Lifecycle.Approve(r.Id, TestDeciders.DataManager);
    }
}

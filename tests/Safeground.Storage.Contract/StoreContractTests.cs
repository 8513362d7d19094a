using NetTopologySuite.Geometries;
using Safeground.Core.Spatial;
using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Safeground.Core.Storage;
using NtsGeometry = NetTopologySuite.Geometries.Geometry;

namespace Safeground.Storage.Contract;

/// <summary>
/// The one contract every <see cref="ISafegroundStore"/> passes. A store's test project derives from
/// this class and supplies a fresh, empty store per test.
/// </summary>
public abstract partial class StoreContractTests
{
    /// <summary>A new, empty store; the test disposes it.</summary>
    protected abstract ISafegroundStore CreateStore();

    protected static void Write(ISafegroundStore store, Action<IStoreTransaction> work, WriteMode mode = WriteMode.Normal)
    {
        using var tx = store.BeginWrite(mode);
        work(tx);
        tx.Commit();
    }

    protected static void AddApproved(ISafegroundStore store, params Report[] reports) => Write(store, tx =>
    {
        foreach (var r in reports)
        {
            tx.AddReport(r, ContractData.Submitted(r));
            tx.Record(ContractData.Approved(r));
        }
    });

    /// <summary>Reports are equal when their stored JSON form is: records holding lists compare by reference.</summary>
    protected static void AssertSameReport(Report expected, Report actual) =>
        Assert.Equal(ReportJson.Serialize(expected), ReportJson.Serialize(actual));

    /// <summary>
    /// Same coordinates, same SRID. A store may hold a polygonal geometry as a MultiPolygon (a layer has one
    /// geometry type), so a Polygon and the one-part MultiPolygon of it count as the same.
    /// </summary>
    protected static void AssertSameGeometry(NtsGeometry expected, NtsGeometry actual)
    {
        Assert.Equal(Geo.Wgs84, actual.SRID);
        if (expected.IsEmpty)
        {
            Assert.True(actual.IsEmpty, $"expected empty, got {actual.AsText()}");
            return;
        }
        Assert.True(Multi(expected).EqualsExact(Multi(actual)), $"expected {expected.AsText()}\n     got {actual.AsText()}");
    }

    private static NtsGeometry Multi(NtsGeometry g) => g is Polygon p ? Geo.Factory.CreateMultiPolygon([p]) : g;

    protected static void AssertSameHazard(HazardState e, HazardState a)
    {
        Assert.Equal(e.HazardId, a.HazardId);
        Assert.Equal(e.Name, a.Name);
        Assert.Equal(e.Region, a.Region);
        Assert.Equal(e.OrganisationId, a.OrganisationId);
        Assert.Equal(e.Class, a.Class);
        Assert.Equal(e.Status, a.Status);
        AssertSameGeometry(e.Original, a.Original);
        Assert.True(e.Original.EqualsExact(a.Original), "the original perimeter keeps its exact geometry type");
        AssertSameGeometry(e.Remaining, a.Remaining);
        Assert.Equal(e.OriginalM2, a.OriginalM2);
        Assert.Equal(e.CancelledM2, a.CancelledM2);
        Assert.Equal(e.ReducedM2, a.ReducedM2);
        Assert.Equal(e.ClearedM2, a.ClearedM2);
        Assert.Equal(e.RemainingM2, a.RemainingM2);
        Assert.Equal(e.Evidence, a.Evidence);
        Assert.Equal(e.SuspectedCategories, a.SuspectedCategories);
        Assert.Equal(e.FindCount, a.FindCount);
        Assert.Equal(e.AccidentCount, a.AccidentCount);
        Assert.Equal(e.ClearanceDepthCm, a.ClearanceDepthCm);
        Assert.Equal(e.CreatedOn, a.CreatedOn);
        Assert.Equal(e.LastReportOn, a.LastReportOn);
        Assert.Equal(e.LastReportId, a.LastReportId);
        Assert.Equal(e.ReportCount, a.ReportCount);
        Assert.Equal(e.RuleFlags, a.RuleFlags);
        if (e.Defined is null) Assert.Null(a.Defined);
        else AssertSameGeometry(e.Defined, a.Defined!);
        Assert.Equal(e.HandedOverTo, a.HandedOverTo);
        Assert.Equal(e.HandedOverOn, a.HandedOverOn);
        Assert.Equal(e.ContaminationType, a.ContaminationType);
        Assert.Equal(e.Releases.Count, a.Releases.Count);
        for (int i = 0; i < e.Releases.Count; i++)
        {
            var x = e.Releases[i];
            var y = a.Releases[i];
            Assert.Equal((x.HazardId, x.ReportId, x.Method, x.Date, x.AreaM2, x.ClaimedM2), (y.HazardId, y.ReportId, y.Method, y.Date, y.AreaM2, y.ClaimedM2));
            AssertSameGeometry(x.Area, y.Area);
        }
    }
}

using System.Text.Json;
using Safeground.Core.Reports;
using Safeground.Core.Storage;

namespace Safeground.Storage.Contract;

/// <summary>
/// Two stores hold the same thing: every report (its stored JSON and status), every report's history, every hazard
/// (the contract's <see cref="StoreContractTests.AssertSameHazard"/>), finds, accidents, regions, users and the
/// revision. For a backup restored, a store migrated, a store copied between kinds.
/// </summary>
/// <remarks>Abstract and without tests of its own: it derives from the contract only to reach its assertions.</remarks>
public abstract class StoreComparison : StoreContractTests
{
    public static void AssertSameStore(ISafegroundStore expected, ISafegroundStore actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var reports = expected.Reports().ToList();
        Assert.Equal(reports.Select(Text), actual.Reports().Select(Text));
        foreach (var r in reports) Assert.Equal(expected.History(r.Report.Id), actual.History(r.Report.Id));
        AssertSameHazards(expected.Hazards(), actual.Hazards());
        Assert.Equal(expected.Finds().Select(Json), actual.Finds().Select(Json));
        Assert.Equal(expected.Accidents().Select(Json), actual.Accidents().Select(Json));
        var regions = expected.Regions();
        Assert.Equal(regions.Select(r => r.Name), actual.Regions().Select(r => r.Name));
        foreach (var (e, a) in regions.Zip(actual.Regions())) AssertSameGeometry(e.Boundary, a.Boundary);
        Assert.Equal(expected.Users(), actual.Users());
        Assert.Equal(expected.RulesHistory(), actual.RulesHistory());
        Assert.Equal(expected.Revision(), actual.Revision());
    }

    /// <summary>The same hazards, in the same order, each as <see cref="StoreContractTests.AssertSameHazard"/> compares them.</summary>
    public static void AssertSameHazards(IEnumerable<Core.Projections.HazardState> expected, IEnumerable<Core.Projections.HazardState> actual)
    {
        var e = expected.ToList();
        var a = actual.ToList();
        Assert.Equal(e.Select(h => h.HazardId), a.Select(h => h.HazardId));
        for (int i = 0; i < e.Count; i++) AssertSameHazard(e[i], a[i]);
    }

    /// <summary>A report as stored: status, decision and the JSON form (records holding lists compare by reference).</summary>
    public static string Text(ReportRecord r) => $"{r.Status} {r.StatusReason} {r.DecidedAt:O} {r.DecidedBy} {ReportJson.Serialize(r.Report)}";

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, ReportJson.Options);
}

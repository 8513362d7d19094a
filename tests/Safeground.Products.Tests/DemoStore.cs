using Safeground.Core.Accidents;
using Safeground.Core.Hazards;
using Safeground.Core.Lifecycle;
using Safeground.Core.Reference;
using Safeground.Core.Reports;
using Safeground.Core.Rules;
using Safeground.Demo;
using Safeground.Storage.GeoPackage;

namespace Safeground.Products.Tests;

/// <summary>The demo operation in a GeoPackage, made once for a test class, with one accident whose victim has a name.</summary>
public sealed class DemoStore : IDisposable
{
    public const string Accident = "R-PRODUCT-ACCIDENT";
    public const string VictimName = "Zinovia Quorrbeck";
    private readonly TempDir dir = new();

    public DemoStore()
    {
        var data = DemoOperation.Generate(DemoScale.Operation);
        using var store = GeoPackageStore.Open(Path, create: true);
        new BulkLoader(store, TimeProvider.System, StoredProgramme.Of(store))
            .Load(data.Organisations, data.Teams, data.Deployments, data.HazardReports, data.OtherReports, "demo", null, CancellationToken.None);
        var hazard = store.Hazards().First(h => h.Status != HazardStatus.Closed);
        var lifecycle = new ReportLifecycle(store, TimeProvider.System, StoredProgramme.Of(store));
        lifecycle.Submit(new Report(Accident, hazard.HazardId, hazard.OrganisationId, null, null, hazard.LastReportOn, DateTimeOffset.UtcNow.AddMinutes(-5), "team.lead",
            new AccidentReport(new DateTimeOffset(hazard.LastReportOn.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero), hazard.Remaining.InteriorPoint, true,
                "excavation", AssetKind.Manual, "missed signal", "pressure", false, true, Core.Ordnance.EoCategory.ApMine, "PMN-2", 5, "dry", "sunny", "retraining",
                [new Victim(VictimName, Gender.Female, new DateOnly(1971, 7, 13), 54, "17 Testova St, Kyiv", "deminer", VictimOutcome.Injured, "foot", "excavation")])));
        lifecycle.Approve(Accident, new Core.Access.User("data.manager", "Data manager", Core.Access.Role.DataManager, null, false, DateTimeOffset.UnixEpoch));
    }

    public string Path => dir.File("demo.gpkg");

    public GeoPackageStore Open() => GeoPackageStore.Open(Path, create: false);

    public void Dispose() => dir.Dispose();
}

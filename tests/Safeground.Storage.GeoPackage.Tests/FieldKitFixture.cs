using Safeground.Demo;
using Safeground.Core.Spatial;
using Safeground.Core.Lifecycle;
using Safeground.Core.Reference;
using Safeground.Core.Reports;

namespace Safeground.Storage.GeoPackage.Tests;

/// <summary>
/// The demo operation in a GeoPackage, with a region no hazard lies in, and in the region the kits are
/// made for: a report in review and a rejected one (the kit takes the first, not the second), and a civilian
/// incident in no hazard.
/// </summary>
public sealed class FieldKitFixture : IDisposable
{
    public const string EmptyRegion = "Test oblast, Empty raion";

    private readonly TempFiles _files = new();

    public GeoPackageStore Store { get; }

    /// <summary>The region with the most hazards.</summary>
    public string Region { get; }

    public string PendingReport { get; } = "R-KIT-PENDING";
    public string RejectedReport { get; } = "R-KIT-REJECTED";

    public FieldKitFixture()
    {
        var data = DemoOperation.Generate(DemoScale.Operation, DemoOperation.DefaultSeed);
        Store = GeoPackageStore.Open(_files.Path("source.gpkg"));
        new BulkLoader(Store, TimeProvider.System, Safeground.Core.Rules.StoredProgramme.Of(Store)).Load(data.Organisations, data.Teams, data.Deployments, data.HazardReports, data.OtherReports, "demo");
        var empty = new Region(EmptyRegion, Geo.Factory.CreatePolygon([new(30, 45), new(30.5, 45), new(30.5, 45.5), new(30, 45.5), new(30, 45)]));
        using (var tx = Store.BeginWrite())
        {
            tx.ReplaceRegions([.. data.Regions, empty]);
            tx.Commit();
        }
        Region = Store.Hazards().GroupBy(h => h.Region).OrderByDescending(g => g.Count()).First().Key!;
        var open = Store.Hazards().First(h => h.Region == Region && h.Status != Core.Hazards.HazardStatus.Closed);
        var lifecycle = new ReportLifecycle(Store, TimeProvider.System, Safeground.Core.Rules.StoredProgramme.Of(Store));
        lifecycle.Submit(Amend(PendingReport, open));
        lifecycle.Submit(Amend(RejectedReport, open));
        lifecycle.Reject(RejectedReport, TestDeciders.DataManager, "wrong hazard");
        // A civilian incident of the region in no hazard (the demo's all lie in one): a kit carries it by its region.
        var incident = new Core.Import.SourceFeature(0, "feature 0", Geo.Factory.CreatePoint(new NetTopologySuite.Geometries.Coordinate(30.2, 45.2)),
            new Dictionary<string, string?> { ["date"] = "2026-05-01", ["injured"] = "1", ["id"] = IncidentInNoHazard });
        var imported = new Core.Import.IncidentImport(Store, TimeProvider.System, Safeground.Core.Rules.StoredProgramme.Of(Store), null).Run([incident],
            new Core.Import.ImportOptions("incidents.geojson", "incidents", "ORG-SES3", "demo", new DateOnly(2026, 5, 1), DateTimeOffset.UtcNow,
                new Core.Import.FieldMapping(), Region));
        if (imported.Reports != 1) throw new InvalidOperationException(string.Join("; ", imported.Issues.Select(i => i.Message)));
    }

    public string IncidentInNoHazard { get; } = "INC-KIT-NO-HAZARD";

    private static Report Amend(string id, Core.Projections.HazardState hazard) =>
        new(id, hazard.HazardId, hazard.OrganisationId, null, null, hazard.LastReportOn, DateTimeOffset.UtcNow.AddMinutes(-5), "team.lead",
            new NonTechnicalSurvey(SurveyAction.Amend, hazard.Name + " (renamed)", null, null, null, null, [], []));

    public string NewPath(string name) => _files.Path(Guid.NewGuid().ToString("N") + "-" + name);

    public void Dispose()
    {
        Store.Dispose();
        _files.Dispose();
    }
}

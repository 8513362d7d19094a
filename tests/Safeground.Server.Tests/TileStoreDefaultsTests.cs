using NetTopologySuite.Geometries;
using Safeground.Core.Projections;
using Safeground.Core.Reference;
using Safeground.Core.Reports;
using Safeground.Core.Storage;
using Safeground.Storage.GeoPackage;

namespace Safeground.Server.Tests;

/// <summary>
/// What a store without its own tile queries gives (the interface's defaults, through the layer pages)
/// is what the GeoPackage store's own queries give: same features, same attributes, same words.
/// </summary>
public class TileStoreDefaultsTests(DemoServer server) : IClassFixture<DemoServer>
{
    [Theory]
    [InlineData(FeatureLayer.Hazards)]
    [InlineData(FeatureLayer.Released)]
    [InlineData(FeatureLayer.Finds)]
    [InlineData(FeatureLayer.Accidents)]
    public void The_defaults_and_the_GeoPackage_queries_agree(FeatureLayer layer)
    {
        using var gpkg = GeoPackageStore.Open(server.StorePath, create: false);
        ISafegroundStore own = gpkg;
        ISafegroundStore defaults = new Defaults(gpkg);
        var area = own.Extent(layer).Area!;
        var box = new Envelope(area.MinX, (area.MinX + area.MaxX) / 2, area.MinY, area.MaxY);
        static List<string> Describe(IEnumerable<MapFeature> features) => features
            .Select(f => string.Join("|", f.Attributes.Select(a => $"{a.Key}={a.Value}")) + "|" + f.Geometry.EnvelopeInternal)
            .Order(StringComparer.Ordinal).ToList();
        var expected = Describe(own.MapFeatures(layer, box));
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Describe(defaults.MapFeatures(layer, box)));
        if (layer == FeatureLayer.Finds)
        {
            Assert.Equal(own.FindPoints(box).Select(p => p.ToString()).Order(StringComparer.Ordinal), defaults.FindPoints(box).Select(p => p.ToString()).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void The_default_revision_and_the_GeoPackage_revision_are_answers_not_errors()
    {
        using var gpkg = GeoPackageStore.Open(server.StorePath, create: false);
        Assert.Matches(@"^\d+\.\d+$", ((ISafegroundStore)gpkg).Revision());
        Assert.Matches(@"^\d+\.\d+$", ((ISafegroundStore)new Defaults(gpkg)).Revision());
    }

    /// <summary>A store that has only what the interface requires: every optional member takes its default.</summary>
    private sealed class Defaults(ISafegroundStore inner) : ISafegroundStore
    {
        public string Location => inner.Location;
        public IReadOnlyList<Organisation> Organisations() => inner.Organisations();
        public IReadOnlyList<Team> Teams() => inner.Teams();
        public IReadOnlyList<Deployment> Deployments() => inner.Deployments();
        public IReadOnlyList<Region> Regions() => inner.Regions();
        public ReportRecord? FindReport(string reportId) => inner.FindReport(reportId);
        public IReadOnlyList<ReportRecord> ReportsOfHazard(string hazardId) => inner.ReportsOfHazard(hazardId);
        public IEnumerable<ReportRecord> Reports(ReportStatus? status = null) => inner.Reports(status);
        public IEnumerable<ReportSummary> ApprovedReportSummaries() => inner.ApprovedReportSummaries();
        public IReadOnlyList<ReportEvent> History(string reportId) => inner.History(reportId);
        public HazardState? FindHazard(string hazardId) => inner.FindHazard(hazardId);
        public IEnumerable<HazardState> HazardsIntersecting(Envelope area) => inner.HazardsIntersecting(area);
        public IEnumerable<HazardState> Hazards() => inner.Hazards();
        public IEnumerable<FindRecord> Finds() => inner.Finds();
        public IEnumerable<AccidentRecord> Accidents() => inner.Accidents();
        public IStoreTransaction BeginWrite(WriteMode mode = WriteMode.Normal) => inner.BeginWrite(mode);
        public LayerPage<HazardState> HazardPage(LayerQuery query) => inner.HazardPage(query);
        public LayerPage<ReleaseEvent> ReleasePage(LayerQuery query) => inner.ReleasePage(query);
        public LayerPage<FindRecord> FindPage(LayerQuery query) => inner.FindPage(query);
        public LayerPage<AccidentRecord> AccidentPage(LayerQuery query) => inner.AccidentPage(query);
        public LayerExtent Extent(FeatureLayer layer) => inner.Extent(layer);
        public Core.Access.StoredUser? FindUser(string username) => inner.FindUser(username);
        public IReadOnlyList<Core.Access.User> Users() => inner.Users();
        public Core.Access.AccessToken? FindToken(string hash) => inner.FindToken(hash);
        public Core.Access.AccessToken? FindTokenById(string id) => inner.FindTokenById(id);
        public IReadOnlyList<Core.Access.AccessToken> Tokens(string username) => inner.Tokens(username);
        public Page<Core.Access.AuditEntry> AuditLog(int offset, int limit) => inner.AuditLog(offset, limit);
        public Core.Rules.StoredRules? CurrentRules() => inner.CurrentRules();
        public IReadOnlyList<Core.Rules.StoredRules> RulesHistory() => inner.RulesHistory();
        public void Dispose() { }
    }
}

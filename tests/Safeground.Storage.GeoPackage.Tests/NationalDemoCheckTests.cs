using Safeground.Core.Checks;
using Safeground.Demo;
using Safeground.Core.Lifecycle;
using Safeground.Core.Rules;
using Xunit.Abstractions;

namespace Safeground.Storage.GeoPackage.Tests;

/// <summary>
/// The national demo works by the rules except for what it plants on purpose. The whole country takes minutes to
/// write, so the test writes its corner where three oblasts meet (DemoScale.NationalCorner: the same hazards, ids
/// and plants, the oblast boxes' overlaps included) and checks it as `safeground check` would.
/// </summary>
public sealed class NationalDemoCheckTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>The findings the national demo plants, as docs/user-guide.md lists them (rule, record).</summary>
    public static readonly string[] PlantedInNationalDemo =
    [
        "geometry-degenerate hazard HA-KH-024203",
        "hazard-duplicate hazard HA-KH-000977",
        "hazard-overlap hazard HA-KH-002184",
    ];

    private readonly TempFiles _files = new();

    [Fact]
    public void Check_of_the_national_demo_corner_finds_only_what_it_plants()
    {
        var data = DemoOperation.Generate(DemoScale.NationalCorner);
        using var store = GeoPackageStore.Open(_files.Path("corner.gpkg"));
        var clock = new FixedClock(DateTimeOffset.Parse("2026-12-01T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var loaded = new BulkLoader(store, clock, Safeground.Core.Rules.StoredProgramme.Of(store)).Load(data.Organisations, data.Teams, data.Deployments, data.HazardReports, data.OtherReports, "demo");
        output.WriteLine($"{loaded.Hazards} hazards, {loaded.Reports} reports, {loaded.Finds} finds");
        Assert.True(loaded.Hazards > 500, $"{loaded.Hazards} hazards in the corner");

        var findings = new StoreCheck(ProgrammeRules.Default, clock).Run(store).ToList();
        foreach (var f in findings) output.WriteLine($"{f.RuleId} {f.Record} {f.Severity}: {f.Message}");
        Assert.Equal(PlantedInNationalDemo, findings.Select(f => $"{f.RuleId} {f.Record}").Order(StringComparer.Ordinal));
    }

    public void Dispose() => _files.Dispose();
}

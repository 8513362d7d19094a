using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Safeground.Core.Publication;
using Safeground.Core.Rules;
using Safeground.Core.Status;
using Safeground.Server.Public;
using Safeground.Storage.GeoPackage;

namespace Safeground.Server.Tests;

/// <summary>
/// The public transparency site: what it shows is only what anyone may see (scanned file by file against the store's
/// own finds, accidents, ids, free texts and secrets), its figures are the status roll-up's, /public is open without
/// sign-in while everything else stays closed, and the page opens from disk in Chromium.
/// </summary>
public sealed class PublicSiteTests(DemoServer server) : IClassFixture<DemoServer>
{
    private static readonly DateOnly Today = new(2026, 12, 3);

    private IReadOnlyDictionary<string, byte[]> Make(string language = "en") =>
        InCulture(language, () =>
        {
            using var store = GeoPackageStore.Open(server.StorePath);
            return PublicSite.Make(PublicFigures.Compute(store, StoredProgramme.Of(store), Today));
        });

    private PublicSiteScan Scan()
    {
        using var store = GeoPackageStore.Open(server.StorePath);
        var scan = new PublicSiteScan(store, [DemoServer.Password, server.Token("admin"), .. DemoServer.Users.Select(u => u.Name)]);
        // The scan looks for something: the demo has finds, accidents with victims, and reports.
        Assert.True(scan.PositionCount > 1000, $"{scan.PositionCount} positions");
        Assert.True(scan.IdCount > 300 && scan.TextCount > 20, $"{scan.IdCount} ids, {scan.TextCount} texts");
        Assert.True(scan.PeoplePositions > 10, $"{scan.PeoplePositions} incidents and sessions"); // the demo's civilian incidents and risk-education sessions
        return scan;
    }

    [Fact]
    public void The_generated_site_shows_nothing_a_viewer_must_not_see()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"sg-public-{Guid.NewGuid():N}");
        try
        {
            PublicSite.Write(Make(), dir);
            var scan = Scan();
            var files = Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).ToList();
            Assert.Equal(6, files.Count);
            var leaks = files.SelectMany(f => scan.Leaks(Path.GetRelativePath(dir, f), File.ReadAllText(f))).ToList();
            Assert.True(leaks.Count == 0, string.Join('\n', leaks.Take(20)));
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void The_scan_finds_a_find_position_a_report_id_and_a_victim_when_they_are_there()
    {
        // The scan itself can fail: a file holding what the store holds is caught.
        using var store = GeoPackageStore.Open(server.StorePath);
        var find = store.Finds().First();
        var victim = store.Reports().Select(r => r.Report.Body).OfType<Core.Reports.AccidentReport>().SelectMany(a => a.Victims).First(v => v.Name is not null);
        var scan = Scan();
        string lon = find.Find.Position.X.ToString("0.0000", CultureInfo.InvariantCulture), lat = find.Find.Position.Y.ToString("0.0000", CultureInfo.InvariantCulture);
        Assert.NotEmpty(scan.Leaks("x", $"[{lon},{lat}]"));
        Assert.NotEmpty(scan.Leaks("x", $"<td>{find.ReportId}</td>"));
        Assert.NotEmpty(scan.Leaks("x", $"<p>{System.Net.WebUtility.HtmlEncode(victim.Name!)}</p>"));
        Assert.Empty(scan.Leaks("x", $"[{Math.Round(find.Find.Position.X, 1)},{Math.Round(find.Find.Position.Y, 1)}]"));
    }

    [Fact]
    public void The_figures_are_the_status_rollup()
    {
        var site = Make();
        using var store = GeoPackageStore.Open(server.StorePath);
        var total = StatusReport.Compute(store, StatusGrouping.None).Total;
        var regions = StatusReport.Compute(store, StatusGrouping.Region).Groups;
        var months = StatusReport.Compute(store, StatusGrouping.Month).Groups;
        using var stats = JsonDocument.Parse(site["data/statistics.json"]);
        var root = stats.RootElement;
        Same(total, root.GetProperty("total"));
        Assert.Equal(regions.Select(r => r.Key), root.GetProperty("byRegion").EnumerateArray().Select(r => r.GetProperty("key").GetString()));
        foreach (var (line, json) in regions.Zip(root.GetProperty("byRegion").EnumerateArray())) Same(line, json);
        var years = months.GroupBy(m => m.Key[..4]).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        Assert.Equal(years.Select(y => y.Key), root.GetProperty("byYear").EnumerateArray().Select(y => y.GetProperty("key").GetString()));
        foreach (var (year, json) in years.Zip(root.GetProperty("byYear").EnumerateArray()))
        {
            Assert.Equal(year.Sum(m => m.Hazards), json.GetProperty("hazards").GetInt32());
            Assert.Equal(year.Sum(m => m.ClearedM2), json.GetProperty("clearedM2").GetDouble(), 6);
            Assert.Equal(year.Sum(m => m.Finds), json.GetProperty("items").GetInt64());
            Assert.Equal(year.Sum(m => m.Killed), json.GetProperty("killed").GetInt32());
        }
        var types = StatusReport.Compute(store, StatusGrouping.ContaminationType).Groups;
        Assert.Equal(types.Select(t => t.Key), root.GetProperty("byType").EnumerateArray().Select(t => t.GetProperty("key").GetString()));
        Assert.True(types.Count > 1, "the demo states contamination types");
        foreach (var (line, json) in types.Zip(root.GetProperty("byType").EnumerateArray())) Same(line, json);
        // The page shows the same figures, in hectares with two decimals.
        var html = Encoding.UTF8.GetString(site["index.html"]);
        Assert.Contains($"<dd>{(total.RemainingLandM2 / 10_000).ToString("#,0.00", CultureInfo.InvariantCulture)}</dd>", html, StringComparison.Ordinal);
        foreach (var r in regions)
            Assert.Contains($"<td scope=\"row\">{System.Net.WebUtility.HtmlEncode(r.Key)}</td><td>{r.Hazards:#,0}</td><td>{(r.RemainingLandM2 / 10_000).ToString("#,0.00", CultureInfo.InvariantCulture)}</td>", html, StringComparison.Ordinal);
        foreach (var t in types.Where(t => t.Key != "not-stated"))
            Assert.Contains($"<td>{(t.RemainingLandM2 / 10_000).ToString("#,0.00", CultureInfo.InvariantCulture)}</td>", html, StringComparison.Ordinal);
        Assert.Contains(">anti-personnel mined area</td>", html, StringComparison.Ordinal);
        // Released area is conserved in the figures the page shows.
        Assert.Equal(total.OriginalM2, total.CancelledM2 + total.ReducedM2 + total.ClearedM2 - total.ReopenedM2 + total.RemainingM2, 3);
        // Every hazard with land left is on the map, every find cell holds at least the minimum.
        using var hazards = JsonDocument.Parse(site["data/hazards.geojson"]);
        Assert.Equal(store.Hazards().Count(h => h.RemainingM2 > 0), hazards.RootElement.GetProperty("features").GetArrayLength());
        using var cells = JsonDocument.Parse(site["data/find-cells.geojson"]);
        Assert.NotEqual(0, cells.RootElement.GetProperty("features").GetArrayLength());
        Assert.All(cells.RootElement.GetProperty("features").EnumerateArray(), c => Assert.True(c.GetProperty("properties").GetProperty("finds").GetInt32() >= FindGrid.MinimumFinds));
        Assert.Equal(store.Finds().Count(), cells.RootElement.GetProperty("features").EnumerateArray().Sum(c => c.GetProperty("properties").GetProperty("finds").GetInt32())
            + root.GetProperty("findsWithheldFromMap").GetInt32());
    }

    [Fact]
    public void Civilian_casualties_and_risk_education_are_the_status_counts_by_region_and_year()
    {
        var site = Make();
        using var store = GeoPackageStore.Open(server.StorePath);
        var total = StatusReport.Compute(store, StatusGrouping.None).Total;
        Assert.True(total.Civilians.Incidents > 0 && total.Civilians.Killed + total.Civilians.Injured > 0 && total.RiskEducation.Sessions > 0,
            "the demo holds civilian incidents and risk-education sessions");
        var html = Encoding.UTF8.GetString(site["index.html"]);
        var people = html[html.IndexOf("<section id=\"people\">", StringComparison.Ordinal)..];
        people = people[..people.IndexOf("</section>", StringComparison.Ordinal)];
        string N(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);
        foreach (var (label, n) in new[]
        {
            ("Civilian casualty incidents", (long)total.Civilians.Incidents), ("Civilians killed", total.Civilians.Killed), ("Civilians injured", total.Civilians.Injured),
            ("Risk-education sessions", total.RiskEducation.Sessions), ("People reached by risk education", total.RiskEducation.Beneficiaries),
        })
            Assert.Contains($"<dt>{label}</dt><dd>{N(n)}</dd>", people, StringComparison.Ordinal);
        string Row(string key, StatusLine l, string cell = "td") =>
            $"<{cell} scope=\"row\">{WebUtility.HtmlEncode(key)}</{cell}><td>{N(l.RiskEducation.Sessions)}</td><td>{N(l.RiskEducation.Beneficiaries)}</td>"
            + $"<td>{N(l.Civilians.Incidents)}</td><td>{N(l.Civilians.Killed)}</td><td>{N(l.Civilians.Injured)}</td></tr>";
        var regions = StatusReport.Compute(store, StatusGrouping.Region).Groups;
        Assert.Contains(regions, r => r.RiskEducation.Sessions > 0);
        foreach (var r in regions) Assert.Contains(Row(r.Key, r), people, StringComparison.Ordinal);
        Assert.Contains(Row("Total", total, "th"), people, StringComparison.Ordinal);
        // Years add up the months: each year's row is the sum of its months' counts.
        var months = StatusReport.Compute(store, StatusGrouping.Month).Groups;
        using var stats = JsonDocument.Parse(site["data/statistics.json"]);
        foreach (var year in months.GroupBy(m => m.Key[..4]))
        {
            var sum = new StatusLine(year.Key);
            foreach (var m in year) { sum.Civilians.Add(m.Civilians); sum.RiskEducation.Add(m.RiskEducation); }
            Assert.Contains(Row(year.Key, sum), people, StringComparison.Ordinal);
            var json = stats.RootElement.GetProperty("byYear").EnumerateArray().Single(y => y.GetProperty("key").GetString() == year.Key);
            Assert.Equal(year.Sum(m => m.RiskEducation.Beneficiaries), json.GetProperty("riskEducationPeopleReached").GetInt64());
            Assert.Equal(year.Sum(m => m.Civilians.Killed), json.GetProperty("civiliansKilled").GetInt32());
            Assert.Equal(year.Sum(m => m.ReopenedM2), json.GetProperty("reopenedM2").GetDouble(), 6);
        }
        Assert.Equal(total.Civilians.Incidents, months.Sum(m => m.Civilians.Incidents));
        // Counts only: none of the splits a reader could tie to one person (sex, age, the activity at the time).
        foreach (var word in new[] { "female", "child", "farming", "herding" })
            Assert.DoesNotContain(word, people, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Public_is_open_without_sign_in_shows_nothing_secret_and_the_rest_stays_closed()
    {
        var scan = Scan();
        var anonymous = server.Anonymous;
        var index = await anonymous.GetAsync(new Uri(server.Address, "/public/"));
        Assert.Equal(HttpStatusCode.OK, index.StatusCode);
        Assert.Equal("text/html", index.Content.Headers.ContentType?.MediaType);
        Assert.Contains("style-src 'self'", index.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        var noSlash = await server.NewClient().GetAsync(new Uri(server.Address, "/public"));
        Assert.Contains(noSlash.StatusCode, new[] { HttpStatusCode.Redirect, HttpStatusCode.OK });
        foreach (var name in Make().Keys)
        {
            var answer = await anonymous.GetAsync(new Uri(server.Address, "/public/" + name));
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            var text = await answer.Content.ReadAsStringAsync();
            var leaks = scan.Leaks(name, text).ToList();
            Assert.True(leaks.Count == 0, string.Join('\n', leaks.Take(20)));
        }
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri(server.Address, "/public/data/finds.geojson"))).StatusCode);
        // Nothing else became open.
        foreach (var path in new[] { "/api/v1/hazards", "/api/v1/finds", "/api/v1/accidents", "/api/v1/reports", "/ogc/collections/finds/items", "/tiles/tiles.json", "/api/v1/rollups" })
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri(server.Address, path))).StatusCode);
    }

    [Fact]
    public async Task Public_speaks_the_readers_language()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.Address, "/public/"));
        request.Headers.AcceptLanguage.ParseAdd("uk");
        var answer = await server.Anonymous.SendAsync(request);
        var html = await answer.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"uk\"", html, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(InCulture("uk", () => Core.Text.Texts.Render("site.title"))), html, StringComparison.Ordinal);
        Assert.Contains("dir=\"rtl\"", Encoding.UTF8.GetString(Make("ar")["index.html"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_sentence_of_the_page_is_a_text()
    {
        // In the pseudo-language every text is marked: a visible run of letters outside the marks is English in code.
        var html = Encoding.UTF8.GetString(Make("qps")["index.html"]);
        var visible = System.Text.RegularExpressions.Regex.Replace(html, "<[^>]*>", "\n");
        visible = System.Text.RegularExpressions.Regex.Replace(visible, "⟦[^⟧]*⟧", " ");
        using var store = GeoPackageStore.Open(server.StorePath);
        foreach (var r in store.Regions()) visible = visible.Replace(System.Net.WebUtility.HtmlEncode(r.Name), " ", StringComparison.Ordinal);
        var english = System.Text.RegularExpressions.Regex.Matches(visible, "[A-Za-z]{3,}").Select(m => m.Value).Distinct().ToList();
        Assert.True(english.Count == 0, "outside a text: " + string.Join(", ", english));
    }

    [Fact]
    public async Task The_site_opens_from_disk_in_Chromium()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"sg-public-{Guid.NewGuid():N}");
        try
        {
            PublicSite.Write(Make(), dir);
            await using var browser = await Browser.Open(1280, 900, requireWebApp: false);
            await browser.Page.GotoAsync(new Uri(Path.Combine(dir, "index.html")).AbsoluteUri);
            await Microsoft.Playwright.Assertions.Expect(browser.Page.Locator("h1")).ToHaveTextAsync("Hazardous and released land");
            // The style sheet loaded (from file://) and the map drew its layers.
            Assert.Equal("grid", await browser.Page.EvalOnSelectorAsync<string>(".figures", "e => getComputedStyle(e).display"));
            Assert.True(await browser.Page.Locator("svg path.confirmed").CountAsync() == 1);
            Assert.True(await browser.Page.Locator("svg rect.finds").CountAsync() > 0);
            Assert.Empty(browser.Errors);
            await browser.Page.SetViewportSizeAsync(1280, 1500);
            await browser.Screenshot("public-site.png");
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }

    private static void Same(StatusLine line, JsonElement json)
    {
        Assert.Equal(line.Hazards, json.GetProperty("hazards").GetInt32());
        Assert.Equal(line.OriginalM2, json.GetProperty("originalM2").GetDouble());
        Assert.Equal(line.CancelledM2, json.GetProperty("cancelledM2").GetDouble());
        Assert.Equal(line.ReducedM2, json.GetProperty("reducedM2").GetDouble());
        Assert.Equal(line.ClearedM2, json.GetProperty("clearedM2").GetDouble());
        Assert.Equal(line.RemainingLandM2, json.GetProperty("remainingLandM2").GetDouble());
        Assert.Equal(line.Finds, json.GetProperty("items").GetInt64());
        Assert.Equal(line.Accidents, json.GetProperty("accidents").GetInt32());
        Assert.Equal(line.Killed, json.GetProperty("killed").GetInt32());
        Assert.Equal(line.Injured, json.GetProperty("injured").GetInt32());
        Assert.Equal(line.ReopenedM2, json.GetProperty("reopenedM2").GetDouble());
        Assert.Equal(line.Civilians.Incidents, json.GetProperty("civilianIncidents").GetInt32());
        Assert.Equal(line.Civilians.Killed, json.GetProperty("civiliansKilled").GetInt32());
        Assert.Equal(line.Civilians.Injured, json.GetProperty("civiliansInjured").GetInt32());
        Assert.Equal(line.RiskEducation.Sessions, json.GetProperty("riskEducationSessions").GetInt32());
        Assert.Equal(line.RiskEducation.Beneficiaries, json.GetProperty("riskEducationPeopleReached").GetInt64());
    }

    private static T InCulture<T>(string language, Func<T> f)
    {
        var ui = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Core.Text.Languages.Find(language)!;
        try { return f(); }
        finally { CultureInfo.CurrentUICulture = ui; }
    }
}

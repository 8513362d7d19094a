using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Playwright;

namespace Safeground.Server.Tests;

/// <summary>
/// The dashboard's panels of issue 18 in a real headless Chromium over the operation demo: risk education, civilian
/// casualties and quality management show the figures the API states (the roll-up's riskEducation and civilians,
/// the check's quality rules), the reopened land is a row of the totals, a filter changes the panels, and a period
/// with nothing in it says so in a sentence. The quality panel's <c>/checks?rule=</c> runs only the rules named.
/// </summary>
public sealed class DashboardPanelsTests(DemoServer server) : IClassFixture<DemoServer>
{
    private static readonly string[] QualityRules = ["non-conformity-open", "qc-overdue", "qc-failed-not-reopened"];

    [Fact]
    public async Task The_panels_show_the_rollups_figures_follow_the_filter_and_say_when_a_period_has_none()
    {
        await using var browser = await Browser.Open();
        var page = browser.Page;
        var errors = browser.Errors;
        page.Console += (_, m) =>
        {
            if (m.Type == "error" && !m.Text.Contains("401", StringComparison.Ordinal)) errors.Add($"{m.Text} ({m.Location})");
        };
        await browser.SignIn(server, "viewer", "#dashboard");
        var view = page.Locator("#view-dashboard");
        await Assertions.Expect(view).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 60_000 });
        Assert.True(errors.Count == 0, string.Join(" | ", errors));

        var total = (await Api.GetOk(server.Client, "/api/v1/rollups")).GetProperty("total");
        var re = total.GetProperty("riskEducation");
        // The demo's figures, as the API states them.
        Assert.Equal(29, re.GetProperty("sessions").GetInt64());
        Assert.Equal(1492, re.GetProperty("beneficiaries").GetInt64());
        var civilians = total.GetProperty("civilians");
        Assert.Equal(3, civilians.GetProperty("incidents").GetInt64());

        // Reopened land: a row of the totals with the API's exact m², and a bar of the released-vs-remaining chart.
        double reopened = total.GetProperty("reopenedM2").GetDouble();
        Assert.True(reopened > 0, "the demo's failed QC sample reopens no land");
        Assert.Equal(reopened, double.Parse(await page.Locator("#dashboard-totals td[data-key='reopenedM2']").GetAttributeAsync("data-value") ?? "", CultureInfo.InvariantCulture));
        Assert.Contains("Reopened (returned to hazardous)", await page.Locator("#dashboard-totals tr:has(td[data-key='reopenedM2']) th").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Returned to hazardous", await page.Locator("#chart-remaining table").InnerTextAsync(), StringComparison.Ordinal);
        // Its own sentence under the chart, which the chart's picture names for a screen reader.
        Assert.Equal("chart-remaining-note", await page.Locator("#chart-remaining-canvas").GetAttributeAsync("aria-describedby"));
        Assert.EndsWith("ha of released land was returned to hazardous.", await page.Locator("#chart-remaining-note").InnerTextAsync(), StringComparison.Ordinal);

        // Risk education: the total, each split adding up to it, by month and by organisation.
        var eore = page.Locator("#dashboard-eore");
        await Assertions.Expect(eore).ToHaveAttributeAsync("data-sessions", "29");
        await Assertions.Expect(eore).ToHaveAttributeAsync("data-people", "1492");
        await Assertions.Expect(page.Locator("#dashboard-eore-summary")).ToContainTextAsync("Sessions: 29. People reached: 1,492");
        foreach (var split in new[] { "eore-by-sex", "eore-by-age", "eore-disability" })
            Assert.Equal(1492, (await Cells(page, split)).Values.Sum());
        var bySex = await Cells(page, "eore-by-sex");
        foreach (var p in re.GetProperty("bySex").EnumerateObject())
            Assert.Equal(p.Value.GetInt64(), bySex.GetValueOrDefault($"bySex.{p.Name}"));
        Assert.Equal(re.GetProperty("withDisability").GetInt64(), (await Cells(page, "eore-disability"))["withDisability"]);
        await Assertions.Expect(page.Locator("#chart-eore-months canvas")).ToBeVisibleAsync();
        var byOrganisation = await page.EvaluateAsync<long[]>("() => [...document.querySelectorAll('#eore-by-organisation td[data-key=sessions]')].map(td => Number(td.dataset.value))");
        Assert.Equal(29, byOrganisation.Sum());

        // Civilian casualties: incidents, killed and injured; each split adds up to the killed and the injured.
        var panel = page.Locator("#dashboard-civilians");
        await Assertions.Expect(panel).ToHaveAttributeAsync("data-incidents", "3");
        await Assertions.Expect(panel).ToHaveAttributeAsync("data-killed", civilians.GetProperty("killed").GetInt64().ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(panel).ToHaveAttributeAsync("data-injured", civilians.GetProperty("injured").GetInt64().ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator("#dashboard-civilians-summary")).ToContainTextAsync("Incidents involving civilians: 3.");
        foreach (var split in new[] { "civilians-by-sex", "civilians-by-age" })
        {
            var cells = await Cells(page, split);
            Assert.Equal(civilians.GetProperty("killed").GetInt64(), cells.Where(c => c.Key.EndsWith(".killed", StringComparison.Ordinal)).Sum(c => c.Value));
            Assert.Equal(civilians.GetProperty("injured").GetInt64(), cells.Where(c => c.Key.EndsWith(".injured", StringComparison.Ordinal)).Sum(c => c.Value));
        }
        int activities = civilians.GetProperty("incidentsByActivity").EnumerateObject().Count();
        Assert.Equal(activities, await page.EvaluateAsync<int>("() => window.safeground.charts.find(c => c.canvas.id === 'chart-civilian-activities-canvas').data.labels.length"));

        // Quality management: the check's three rules, the demo's open non-conformity listed.
        var checks = await Api.GetOk(server.Client, "/api/v1/checks?rule=" + string.Join(",", QualityRules));
        var findings = checks.GetProperty("findings").EnumerateArray().ToList();
        var quality = page.Locator("#dashboard-quality");
        await Assertions.Expect(quality).ToHaveAttributeAsync("data-findings", findings.Count.ToString(CultureInfo.InvariantCulture));
        var counts = await Cells(page, "quality-counts");
        foreach (var rule in QualityRules)
            Assert.Equal(findings.Count(f => f.GetProperty("rule").GetString() == rule), counts[rule]);
        Assert.Equal(1, counts["non-conformity-open"]);
        await Assertions.Expect(page.Locator("#quality-findings tr[data-rule='non-conformity-open']")).ToContainTextAsync("R-2026-800006");

        await Shot(page, "#dashboard-eore", "dashboard-risk-education.png");
        await Shot(page, "#dashboard-civilians", "dashboard-civilians.png");
        await Shot(page, "#dashboard-quality", "dashboard-quality.png");

        // An organisation: its own sessions, as the API counts them for it.
        var organisations = (await Api.GetOk(server.Client, "/api/v1/rollups?by=month,organisation")).GetProperty("groupings")[1].GetProperty("groups").EnumerateArray()
            .Select(g => (Key: g.GetProperty("key").GetString()!, Sessions: g.GetProperty("riskEducation").GetProperty("sessions").GetInt64()))
            .ToList();
        var (org, sessions) = organisations.First(o => o.Sessions > 0 && o.Sessions < 29 && !o.Key.StartsWith('('));
        await page.GetByLabel("Organisation", new() { Exact = true }).SelectOptionAsync(org);
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Assertions.Expect(view).ToHaveAttributeAsync("data-loaded", $"organisation={org}", new() { Timeout = 60_000 });
        await Assertions.Expect(view).ToHaveAttributeAsync("data-state", "ready");
        await Assertions.Expect(eore).ToHaveAttributeAsync("data-sessions", sessions.ToString(CultureInfo.InvariantCulture));
        var orgTotal = (await Api.GetOk(server.Client, $"/api/v1/rollups?organisation={org}")).GetProperty("total");
        await Assertions.Expect(eore).ToHaveAttributeAsync("data-people", orgTotal.GetProperty("riskEducation").GetProperty("beneficiaries").GetInt64().ToString(CultureInfo.InvariantCulture));
        long orgIncidents = orgTotal.TryGetProperty("civilians", out var oc) && oc.ValueKind == JsonValueKind.Object ? oc.GetProperty("incidents").GetInt64() : 0;
        await Assertions.Expect(panel).ToHaveAttributeAsync("data-incidents", orgIncidents.ToString(CultureInfo.InvariantCulture));

        // A period before the programme: no session, no incident, each said in a sentence, no empty chart.
        await page.GetByLabel("Organisation", new() { Exact = true }).SelectOptionAsync("");
        await page.GetByLabel("From", new() { Exact = true }).FillAsync("2001-01-01");
        await page.GetByLabel("To", new() { Exact = true }).FillAsync("2001-12-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Assertions.Expect(view).ToHaveAttributeAsync("data-loaded", "from=2001-01-01&to=2001-12-31", new() { Timeout = 60_000 });
        await Assertions.Expect(view).ToHaveAttributeAsync("data-state", "ready");
        await Assertions.Expect(page.Locator("#dashboard-eore-summary")).ToHaveTextAsync("No risk-education session was recorded in this period.");
        await Assertions.Expect(page.Locator("#dashboard-civilians-summary")).ToHaveTextAsync("No incident involving civilians was recorded in this period.");
        Assert.Equal(0, await page.Locator("#chart-eore-months, #chart-civilian-activities, #eore-by-sex, #civilians-by-sex").CountAsync());

        // A portrait tablet (768 px): the whole dashboard, panels included, fits the width.
        await page.GetByLabel("From", new() { Exact = true }).FillAsync("");
        await page.GetByLabel("To", new() { Exact = true }).FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await page.WaitForFunctionAsync("() => { const v = document.getElementById('view-dashboard'); return v.dataset.state === 'ready' && v.dataset.loaded === ''; }", null, new() { Timeout = 60_000 });
        await page.SetViewportSizeAsync(768, 1024);
        await page.WaitForTimeoutAsync(300);
        var widths = await page.EvaluateAsync<double[]>("() => { const v = document.getElementById('view-dashboard'); return [document.documentElement.scrollWidth, v.scrollWidth, v.clientWidth, Math.max(...[...v.querySelectorAll('.dashboard-panel, .dashboard-panel table, figure.chart')].map(e => e.getBoundingClientRect().right))]; }");
        Assert.True(widths[0] <= 768 && widths[1] <= widths[2] + 1 && widths[3] <= 768.5, $"at 768 px the page is {widths[0]} px wide, the view scrolls {widths[1]} in {widths[2]}, a panel reaches {widths[3]}");
        await page.Locator("#dashboard-eore").ScrollIntoViewIfNeededAsync();
        await browser.Screenshot("dashboard-panels-tablet.png");
        Assert.True(errors.Count == 0, string.Join(" | ", errors));
    }

    [Fact]
    public async Task The_checks_rule_filter_runs_only_the_rules_named_and_refuses_an_unknown_one_naming_the_known()
    {
        await Api.GetOk(server.Client, "/api/v1/checks?rule=date-in-future"); // the first call opens the store and compiles
        var clock = Stopwatch.StartNew();
        var some = await Api.GetOk(server.Client, "/api/v1/checks?rule=non-conformity-open&rule=qc-overdue,qc-failed-not-reopened");
        var elapsed = clock.Elapsed;
        var rules = some.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()).ToList();
        Assert.All(rules, r => Assert.Contains(r, QualityRules));
        var open = some.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == "non-conformity-open");
        Assert.Equal("R-2026-800006", open.GetProperty("recordId").GetString());

        // Every rule: the quality findings are the same ones among many others.
        clock.Restart();
        var all = await Api.GetOk(server.Client, "/api/v1/checks");
        var whole = clock.Elapsed;
        var everything = all.GetProperty("findings").EnumerateArray().ToList();
        Assert.Contains(everything, f => !QualityRules.Contains(f.GetProperty("rule").GetString()));
        Assert.Equal(
            everything.Where(f => QualityRules.Contains(f.GetProperty("rule").GetString())).Select(f => f.GetProperty("record").GetString()).Order(),
            some.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("record").GetString()).Order());
        Console.WriteLine($"/checks with the 3 quality rules: {elapsed.TotalMilliseconds:0} ms; every rule: {whole.TotalMilliseconds:0} ms");

        // One rule alone.
        var one = await Api.GetOk(server.Client, "/api/v1/checks?rule=non-conformity-open");
        Assert.Equal(["non-conformity-open"], one.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()).Distinct());

        // A misspelt rule is refused, not answered with "no findings".
        var (status, body) = await Api.Get(server.Client, "/api/v1/checks?rule=qc-overdue,non-conformity-opened");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var detail = body.GetProperty("detail").GetString()!;
        Assert.StartsWith("rule:", detail, StringComparison.Ordinal);
        Assert.Contains("non-conformity-opened", detail, StringComparison.Ordinal);
        foreach (var known in QualityRules.Append("hazard-overlap")) Assert.Contains(known, detail, StringComparison.Ordinal);
    }

    // A panel table's keyed cells: data-key → data-value.
    private static async Task<Dictionary<string, long>> Cells(IPage page, string table) =>
        (await page.EvaluateAsync<string[][]>($"() => [...document.querySelectorAll('#{table} td[data-key]')].filter(td => td.dataset.key).map(td => [td.dataset.key, td.dataset.value])"))
            .ToDictionary(kv => kv[0], kv => long.Parse(kv[1], CultureInfo.InvariantCulture));

    // SAFEGROUND_SCREENSHOTS=DIR: one panel at the page's width, for the docs.
    private static async Task Shot(IPage page, string selector, string name)
    {
        if (Environment.GetEnvironmentVariable("SAFEGROUND_SCREENSHOTS") is { Length: > 0 } dir)
            await page.Locator(selector).ScreenshotAsync(new() { Path = Path.Combine(dir, name) });
    }
}

using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Safeground.Server.Tests;

/// <summary>
/// Reference data in the web app (issue 18 point 1), in headless Chromium as the demo's data manager: a team added
/// (a double click on Save adds it once), edited and retired, then read back from the API as the server holds it; an
/// organisation with its accreditations; refusals shown at the field they name with the input kept; the ordnance
/// catalogue's add, rename and retire; the find rows offering the catalogue's models; and no such screen for a viewer or a
/// field reporter.
/// </summary>
public sealed class ReferenceAdminTests(DemoServer server) : IClassFixture<DemoServer>
{
    private async Task<Browser> Open(string hash, int width = 1280, int height = 800)
    {
        var browser = await Browser.Open(width, height);
        await browser.SignIn(server, "data.manager", hash);
        await Assertions.Expect(browser.Page.Locator("#view-reference")).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 30_000 });
        return browser;
    }

    private static async Task<JsonElement> Find(HttpClient client, string path, string id) =>
        (await Api.GetOk(client, path + "?limit=10000")).GetProperty("items").EnumerateArray().Single(e => e.GetProperty("id").GetString() == id);

    [Fact]
    public async Task A_data_manager_adds_a_team_once_edits_it_and_retires_it_and_the_api_shows_each_state()
    {
        await using var browser = await Open("#reference/teams", height: 1000);
        var page = browser.Page;
        int posts = 0;
        page.Request += (_, r) =>
        {
            if (r.Method == "POST" && r.Url.EndsWith("/api/v1/teams", StringComparison.Ordinal)) Interlocked.Increment(ref posts);
        };

        await page.GetByRole(AriaRole.Button, new() { Name = "Add a team" }).ClickAsync();
        await page.Locator("#ref-teams-id").FillAsync("T-WEB-1");
        await page.Locator("#ref-teams-organisationId").SelectOptionAsync(DemoServer.OrgA);
        await page.Locator("#ref-teams-name").FillAsync("Web team");
        await page.Locator("#ref-teams-asset").SelectOptionAsync("mechanical");
        await page.Locator("#ref-teams-size").FillAsync("6");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a role" }).ClickAsync();
        await page.Locator("#ref-role-0-role").SelectOptionAsync("team-leader");
        await page.Locator("#ref-role-0-count").FillAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a role" }).ClickAsync();
        await page.Locator("#ref-role-1-role").SelectOptionAsync("machine-operator");
        await page.Locator("#ref-role-1-count").FillAsync("2");
        await page.Locator("#ref-teams-save").DblClickAsync();

        await Assertions.Expect(page.Locator("#ref-teams-status")).ToHaveTextAsync("T-WEB-1 added.");
        await Assertions.Expect(page.Locator("#ref-teams-form")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#ref-teams-table tr[data-id='T-WEB-1']")).ToContainTextAsync("Machine operator: 2");
        await Assertions.Expect(page.Locator("#ref-teams-table tr[data-id='T-WEB-1'] .edit")).ToBeFocusedAsync(); // the keyboard goes on from there
        Assert.Equal(1, posts);
        var added = await Find(server.Client, "/api/v1/teams", "T-WEB-1");
        Assert.Equal((DemoServer.OrgA, "Web team", "mechanical", 6), (added.GetProperty("organisationId").GetString(), added.GetProperty("name").GetString(),
            added.GetProperty("asset").GetString(), added.GetProperty("size").GetInt32()));
        Assert.Equal(["team-leader:1", "machine-operator:2"],
            added.GetProperty("roles").EnumerateArray().Select(r => $"{r.GetProperty("role").GetString()}:{r.GetProperty("count").GetInt32()}"));

        // Edit: the same form, prefilled, the id not to be changed.
        await page.GetByRole(AriaRole.Button, new() { Name = "Edit T-WEB-1", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#ref-teams-form h3")).ToHaveTextAsync("Edit team T-WEB-1");
        await Assertions.Expect(page.Locator("#ref-teams-id")).ToHaveAttributeAsync("readonly", "");
        await Assertions.Expect(page.Locator("#ref-teams-name")).ToHaveValueAsync("Web team");
        await Assertions.Expect(page.Locator("#ref-role-1-role")).ToHaveValueAsync("machine-operator");
        await page.Locator("#ref-teams-name").FillAsync("Web team north");
        await page.Locator("#ref-teams-size").FillAsync("7");
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove role 2" }).ClickAsync();
        await page.EvaluateAsync("() => document.getElementById('reference-page').scrollTo(0, 0)");
        await browser.Screenshot("reference-teams.png");
        await page.Locator("#ref-teams-save").ClickAsync();
        await Assertions.Expect(page.Locator("#ref-teams-status")).ToHaveTextAsync("T-WEB-1 saved.");
        await Assertions.Expect(page.Locator("#ref-teams-table tr[data-id='T-WEB-1']")).ToContainTextAsync("Web team north");
        var edited = await Find(server.Client, "/api/v1/teams", "T-WEB-1");
        Assert.Equal(("Web team north", 7, 1), (edited.GetProperty("name").GetString(), edited.GetProperty("size").GetInt32(), edited.GetProperty("roles").GetArrayLength()));

        // Retire: a confirm step with the day it takes effect; then the team leaves the table unless retired ones are shown.
        await page.GetByRole(AriaRole.Button, new() { Name = "Retire T-WEB-1", Exact = true }).ClickAsync();
        var confirm = page.Locator("#ref-teams-confirm");
        await Assertions.Expect(confirm).ToContainTextAsync("Retire team T-WEB-1?");
        await page.Locator("#ref-teams-retire-on").FillAsync("2026-11-30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, retire" }).ClickAsync();
        await Assertions.Expect(page.Locator("#ref-teams-status")).ToHaveTextAsync("T-WEB-1 retired as of 2026-11-30.");
        await Assertions.Expect(confirm).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#ref-teams-table tr[data-id='T-WEB-1']")).ToHaveCountAsync(0);
        await page.GetByLabel("Show retired").CheckAsync();
        var row = page.Locator("#ref-teams-table tr[data-id='T-WEB-1']");
        await Assertions.Expect(row).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("retired"));
        await Assertions.Expect(row).ToContainTextAsync("2026-11-30");
        await Assertions.Expect(row.GetByRole(AriaRole.Button, new() { Name = "Retire T-WEB-1" })).ToHaveCountAsync(0);
        Assert.Equal("2026-11-30", (await Find(server.Client, "/api/v1/teams", "T-WEB-1")).GetProperty("retiredOn").GetString());
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task An_organisation_is_added_with_accreditation_rows_of_activity_and_valid_until()
    {
        await using var browser = await Open("#reference/organisations");
        var page = browser.Page;
        await page.GetByRole(AriaRole.Button, new() { Name = "Add an organisation" }).ClickAsync();
        await page.Locator("#ref-organisations-id").FillAsync("ORG-WEB");
        await page.Locator("#ref-organisations-name").FillAsync("Web Demining Group");
        await page.Locator("#ref-organisations-country").FillAsync("UA");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add an accreditation" }).ClickAsync();
        await page.Locator("#ref-accreditation-0-activity").SelectOptionAsync("clearance");
        await page.Locator("#ref-accreditation-0-validUntil").FillAsync("2027-06-30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add an accreditation" }).ClickAsync();
        await page.Locator("#ref-accreditation-1-activity").SelectOptionAsync("eod");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(page.Locator("#ref-organisations-table tr[data-id='ORG-WEB']")).ToContainTextAsync("Clearance until 2027-06-30, EOD");
        var org = await Find(server.Client, "/api/v1/organisations", "ORG-WEB");
        Assert.Equal(["clearance 2027-06-30", "eod "], org.GetProperty("accreditations").EnumerateArray()
            .Select(a => $"{a.GetProperty("activity").GetString()} {(a.TryGetProperty("validUntil", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : "")}"));

        // The same activity twice is refused at the accreditations, and both rows stay as typed.
        await page.GetByRole(AriaRole.Button, new() { Name = "Edit ORG-WEB", Exact = true }).ClickAsync();
        await page.Locator("#ref-accreditation-1-activity").SelectOptionAsync("clearance");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator("#ref-accreditation-issues")).ToContainTextAsync("listed twice");
        await Assertions.Expect(page.Locator("#ref-accreditation-0-validUntil")).ToHaveValueAsync("2027-06-30");
        await Assertions.Expect(page.Locator("#ref-accreditation-1-activity")).ToHaveValueAsync("clearance");
        Assert.Equal(2, (await Find(server.Client, "/api/v1/organisations", "ORG-WEB")).GetProperty("accreditations").GetArrayLength());
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task A_refused_entry_is_shown_at_the_field_it_names_and_keeps_what_was_typed()
    {
        var taken = (await Api.GetOk(server.Client, "/api/v1/teams?limit=1")).GetProperty("items")[0].GetProperty("id").GetString()!;
        await using var browser = await Open("#reference/teams");
        var page = browser.Page;
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a team" }).ClickAsync();
        await page.Locator("#ref-teams-id").FillAsync(taken);
        await page.Locator("#ref-teams-organisationId").SelectOptionAsync(DemoServer.OrgB);
        await page.Locator("#ref-teams-name").FillAsync("A second team of that id");
        await page.Locator("#ref-teams-size").FillAsync("5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator("#ref-teams-id")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#ref-teams-id-issues")).ToContainTextAsync($"'{taken}' already exists");
        await Assertions.Expect(page.Locator("#ref-teams-name")).ToHaveValueAsync("A second team of that id");
        await Assertions.Expect(page.Locator("#ref-teams-size")).ToHaveValueAsync("5");

        // A new id and no name: the name is the field refused, the earlier refusal is gone.
        await page.Locator("#ref-teams-id").FillAsync("T-WEB-NONAME");
        await page.Locator("#ref-teams-name").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator("#ref-teams-name")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#ref-teams-name-issues")).ToContainTextAsync("name is required");
        await Assertions.Expect(page.Locator("#ref-teams-id")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#ref-teams-id")).ToHaveValueAsync("T-WEB-NONAME");
        await Assertions.Expect(page.Locator("#ref-teams-organisationId")).ToHaveValueAsync(DemoServer.OrgB);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await Api.Get(server.Client, "/api/v1/teams?limit=10000")).Status);
        Assert.DoesNotContain((await Api.GetOk(server.Client, "/api/v1/teams?limit=10000")).GetProperty("items").EnumerateArray(),
            e => e.GetProperty("id").GetString() == "T-WEB-NONAME");

        // A deployment without its start day: the server cannot read the body, and says so at the start.
        await page.Locator("#ref-tab-deployments").ClickAsync();
        await Assertions.Expect(page.Locator("#ref-deployments-table tbody tr").First).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a deployment" }).ClickAsync();
        await page.Locator("#ref-deployments-id").FillAsync("DEP-WEB-1");
        await page.Locator("#ref-deployments-teamId").SelectOptionAsync(taken);
        await page.Locator("#ref-deployments-region").FillAsync("Kharkiv oblast");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator("#ref-deployments-start")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#ref-deployments-region")).ToHaveValueAsync("Kharkiv oblast");
        Assert.Empty(browser.Errors);
    }

    [Theory]
    [InlineData("viewer")]
    [InlineData("reporter.a")]
    public async Task A_viewer_or_a_field_reporter_has_no_reference_screen(string username)
    {
        await using var browser = await Browser.Open();
        var page = browser.Page;
        await browser.SignIn(server, username, "#reference/teams");
        await Assertions.Expect(page.Locator("nav a").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#nav-reference")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#view-reference")).ToHaveCountAsync(0);
        Assert.Equal(0, await page.Locator("[id^='ref-']").CountAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Add a team" }).CountAsync());
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task An_ordnance_model_is_added_to_the_catalogue_renamed_and_retired()
    {
        await using var browser = await Open("#reference/ordnance", height: 1000);
        var page = browser.Page;
        await Assertions.Expect(page.Locator("#ref-ordnance-table tr[data-id='PMN-2']")).ToContainTextAsync("AP mine");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a model" }).ClickAsync();
        await page.Locator("#ref-ordnance-name").FillAsync("WEB-7");
        await page.Locator("#ref-ordnance-category").SelectOptionAsync("ap-mine");
        await page.Locator("#ref-ordnance-fuze-pressure").CheckAsync();
        await page.Locator("#ref-ordnance-fuze-tripwire").CheckAsync();
        await page.Locator("#ref-ordnance-hazard").FillAsync("Do not step near; tripwire possible.");
        await page.Locator("#ref-ordnance-aliases").FillAsync("ВЕБ-7, WEB7M");
        await page.EvaluateAsync("() => document.getElementById('reference-page').scrollTo(0, 0)");
        await browser.Screenshot("reference-ordnance.png");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator("#ref-ordnance-table tr[data-id='WEB-7']")).ToContainTextAsync("Pressure, Tripwire");
        var model = await Api.GetOk(server.Client, "/api/v1/ordnance/WEB-7");
        Assert.Equal(["pressure", "tripwire"], model.GetProperty("fuzes").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(["ВЕБ-7", "WEB7M"], model.GetProperty("aliases").EnumerateArray().Select(f => f.GetString()));

        // A name another model answers to is refused at the name, the rest kept.
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a model" }).ClickAsync();
        await page.Locator("#ref-ordnance-name").FillAsync("ПМН-2");
        await page.Locator("#ref-ordnance-hazard").FillAsync("kept");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator("#ref-ordnance-name-issues")).ToContainTextAsync("PMN-2");
        await Assertions.Expect(page.Locator("#ref-ordnance-hazard")).ToHaveValueAsync("kept");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();

        // Edit: renamed, the old name stays another name the catalogue answers to.
        await page.GetByRole(AriaRole.Button, new() { Name = "Edit WEB-7", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#ref-ordnance-fuze-tripwire")).ToBeCheckedAsync();
        await page.Locator("#ref-ordnance-name").FillAsync("WEB-7A");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator("#ref-ordnance-status")).ToHaveTextAsync("WEB-7A saved.");
        var renamed = await Api.GetOk(server.Client, "/api/v1/ordnance/WEB-7");
        Assert.Equal("WEB-7A", renamed.GetProperty("name").GetString());
        Assert.Contains("WEB-7", renamed.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));

        await page.GetByRole(AriaRole.Button, new() { Name = "Retire WEB-7A", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, retire" }).ClickAsync();
        await Assertions.Expect(page.Locator("#ref-ordnance-status")).ToContainTextAsync("WEB-7A retired as of");
        await Assertions.Expect(page.Locator("#ref-ordnance-table tr[data-id='WEB-7A']")).ToHaveCountAsync(0);
        Assert.NotEqual(JsonValueKind.Null, (await Api.GetOk(server.Client, "/api/v1/ordnance/WEB-7")).GetProperty("retiredOn").ValueKind);
        Assert.DoesNotContain((await Api.GetOk(server.Client, "/api/v1/ordnance")).EnumerateArray(), m => m.GetProperty("name").GetString() == "WEB-7A");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task On_a_tablet_the_reference_tables_scroll_inside_the_page_and_the_form_fits()
    {
        await using var browser = await Open("#reference/teams", width: 768);
        var page = browser.Page;
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a team" }).ClickAsync();
        await browser.Screenshot("reference-teams-tablet.png");
        // Nothing wider than the window but the table's own scrolling box.
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        var wide = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).slice(0, 15)");
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than a 768px tablet: {string.Join("; ", wide)}");
        var form = await page.Locator("#ref-teams-form").BoundingBoxAsync();
        Assert.NotNull(form);
        Assert.True(form.X >= 0 && form.X + form.Width <= 768, $"the form spans {form.X}..{form.X + form.Width}");
        Assert.Empty(browser.Errors);
    }

    [Theory]
    [InlineData("teams", "en")]
    [InlineData("organisations", "ar")]
    public async Task The_view_with_its_form_open_has_no_serious_accessibility_violation(string tab, string lang)
    {
        await using var browser = await Browser.Open();
        var page = browser.Page;
        await page.GotoAsync(new Uri(server.Address, $"/app/?lang={lang}#reference/{tab}").ToString());
        await page.Locator("#username").FillAsync("admin");
        await page.Locator("#password").FillAsync(DemoServer.Password);
        await page.Locator("#sign-in-submit").ClickAsync();
        await Assertions.Expect(page.Locator("#view-reference")).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 30_000 });
        await page.Locator($"#ref-{tab}-add").ClickAsync();
        await page.Locator("#ref-accreditation-add, #ref-role-add").ClickAsync();
        await NoSeriousViolation(page);
        if (lang == "ar") await browser.Screenshot("reference-organisations-ar.png");
        await page.Locator($"#ref-{tab}-table tbody tr .retire").First.ClickAsync();
        await Assertions.Expect(page.Locator($"#ref-{tab}-confirm")).ToBeVisibleAsync();
        await NoSeriousViolation(page);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
        Assert.Empty(browser.Errors);
    }

    private static async Task NoSeriousViolation(IPage page)
    {
        var result = await page.RunAxe(new AxeRunContext { Exclude = [new AxeSelector(".maplibregl-canvas")] }, new AxeRunOptions());
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))}")
            .ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
    }

    [Fact]
    public async Task A_find_row_offers_the_catalogues_models_and_stays_free_text()
    {
        await using var browser = await Browser.Open();
        var page = browser.Page;
        await browser.SignIn(server, "reporter.a", "#report");
        await page.WaitForFunctionAsync("() => window.safeground?.drawing", null, new() { Timeout = 60_000 });
        await page.Locator("#find-add").ClickAsync();
        var model = page.Locator("#find-0-model");
        await Assertions.Expect(model).ToHaveAttributeAsync("list", "ordnance-models");
        await Assertions.Expect(page.Locator("#ordnance-models option[value='PMN-2']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#ordnance-models option[value='ПМН-2']")).ToHaveAttributeAsync("label", "another name for PMN-2");
        Assert.True(await page.Locator("#ordnance-models option").CountAsync() > 121);
        // A second row uses the same list: it is read once a page.
        await page.Locator("#find-add").ClickAsync();
        await Assertions.Expect(page.Locator("#find-1-model")).ToHaveAttributeAsync("list", "ordnance-models");
        Assert.Equal(1, await page.Locator("datalist#ordnance-models").CountAsync());
        await model.FillAsync("Homemade thing");
        await Assertions.Expect(model).ToHaveValueAsync("Homemade thing");
        Assert.Empty(browser.Errors);
    }
}

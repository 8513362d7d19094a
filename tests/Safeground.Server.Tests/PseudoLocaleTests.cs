using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Safeground.Server.Tests;

/// <summary>
/// The web app in its pseudo language (?lang=qps: every English sentence of en.json as ⟦…⟧ with its letters
/// accented, made at runtime): every view and sub-view is visited and every text a user reads — text nodes, title,
/// aria-label, placeholder and alt attributes, and the charts' titles, labels, legends and ticks — is checked.
/// Fails on (a) Latin letters outside ⟦…⟧ that are not data (a word written in code, or a code word shown as it is
/// stored), and (b) a sentence pieced together: one text holding a ⟦…⟧ beside other text, or two ⟦…⟧ side by side.
/// Data are the strings the app got from the server's API (names, ids, places, the server's own messages), gathered
/// in the page as they arrive, except lowercase code words ("in-progress", "completion"), which the app must translate.
/// </summary>
public sealed partial class PseudoLocaleTests(DemoServer server) : IClassFixture<DemoServer>
{
    // Every API answer's strings, gathered in the page as the app reads them.
    private const string GatherApiStrings = """
        (() => {
          const seen = window.__apiStrings = new Set();
          const walk = (v) => { if (typeof v === 'string') seen.add(v); else if (v && typeof v === 'object') Object.values(v).forEach(walk); };
          const original = window.fetch;
          window.fetch = async (...args) => {
            const response = await original(...args);
            if ((response.headers.get('content-type') ?? '').includes('json')) response.clone().json().then(walk, () => {});
            return response;
          };
        })();
        """;

    // What the user reads now: [where, text] for text nodes and attributes of what is shown, and the charts' texts.
    private const string ReadableTexts = """
        () => {
          const out = [];
          const shown = (e) => e && !e.closest('[hidden], script, style, template') && (e.closest('select, datalist') || e.checkVisibility());
          // An element in another language on purpose (the switch's endonyms) is data.
          const foreign = (e) => { const l = e.closest('[lang]'); return l && l !== document.documentElement; };
          const where = (e) => e.id ? `#${e.id}` : `${e.tagName.toLowerCase()}${e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : ''} in ${e.parentElement?.closest('[id]')?.id ?? 'page'}`;
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const e = n.parentElement;
            if (!n.nodeValue.trim() || !shown(e) || foreign(e)) continue;
            // MapLibre's scale writes its number beside the unit (MapLibre's own composition): only the unit is checked.
            out.push([where(e), e.closest('.maplibregl-ctrl-scale') ? n.nodeValue.replace(/^[\d.,\s\u00a0]+/, '') : n.nodeValue]);
          }
          for (const e of document.body.querySelectorAll('[title], [aria-label], [placeholder], [alt]')) {
            if (!shown(e) || foreign(e)) continue;
            for (const a of ['title', 'aria-label', 'placeholder', 'alt']) if (e.getAttribute(a)?.trim()) out.push([`${where(e)}@${a}`, e.getAttribute(a)]);
          }
          out.push(['document.title', document.title]);
          for (const c of window.safeground?.charts ?? []) {
            if (!c.canvas?.isConnected) continue;
            const id = c.canvas.id;
            const texts = [
              ...Object.values(c.options.scales ?? {}).map((s) => s.title?.display ? s.title.text : null),
              ...(c.data.labels ?? []), ...c.data.datasets.map((d) => d.label),
              ...Object.values(c.scales).flatMap((s) => s.ticks.map((t) => [t.label].flat().join(" "))), // a label wrapped on lines is one text
              ...(c.legend?.legendItems ?? []).map((i) => i.text),
            ];
            for (const t of texts) if (typeof t === 'string' && t.trim()) out.push([`chart ${id}`, t]);
          }
          return out;
        }
        """;

    [Fact]
    public async Task Every_text_of_every_view_comes_whole_from_the_language_file()
    {
        await SubmittedReportToReview();
        await using var browser = await Browser.Open(1440, 900);
        var page = browser.Page;
        await page.AddInitScriptAsync(GatherApiStrings);
        var found = new SortedDictionary<string, string>(StringComparer.Ordinal); // problem → the first view it was seen in
        var extraData = new HashSet<string>(StringComparer.Ordinal);
        Task Look(string view) => Check(page, view, found, extraData);

        // The sign-in page, and a failed sign-in.
        await page.GotoAsync(new Uri(server.Address, "/app/?lang=qps").ToString());
        await Assertions.Expect(page.Locator("#sign-in-submit")).ToContainTextAsync("⟦");
        await page.Locator("#username").FillAsync("viewer");
        await page.Locator("#password").FillAsync("wrong password");
        await page.Locator("#sign-in-submit").ClickAsync();
        await Assertions.Expect(page.Locator("#sign-in-error")).Not.ToBeEmptyAsync();
        await Look("sign-in");

        // The data manager: the map with a hazard found and a popup open, a place search, the dashboard, the report
        // form of every kind after a check, their reports, the review queue and a review.
        await SignIn(page, "data.manager");
        await browser.WaitForMap();
        var hazard = (await Api.GetOk(server.ClientFor("viewer"), "/api/v1/hazards?limit=1&status=open")).GetProperty("items")[0].GetProperty("id").GetString()!;
        await page.Locator("#search-text").FillAsync(hazard);
        await page.Locator("#search button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#details .reports li").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await OpenPopup(page, extraData);
        await Look("map, a hazard's details and a popup");
        await page.Locator("#search-text").FillAsync("Kupiansk");
        await page.Locator("#search button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#search-result .places li").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Look("map, places found");

        await page.Locator("#nav-dashboard").ClickAsync();
        await Assertions.Expect(page.Locator("#view-dashboard")).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 60_000 });
        await Look("dashboard");

        await page.Locator("#nav-report").ClickAsync();
        await browser.WaitForMap("reportMap");
        await EveryKindChecked(page, Look);

        await page.Locator("#nav-mine").ClickAsync();
        await Assertions.Expect(page.Locator("#my-submitted-list li").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Look("my reports");

        await page.Locator("#nav-review").ClickAsync();
        await browser.WaitForMap("reviewMap");
        await page.Locator(".review-item").First.ClickAsync();
        await Assertions.Expect(page.Locator("#review-detail .impact, #review-detail form").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Look("review queue and a review");
        await page.Locator("#review-detail .reject").ClickAsync(); // without a reason: the form says what is missing
        await Assertions.Expect(page.Locator("#decision-message")).Not.ToBeEmptyAsync();
        await Look("a rejection without a reason");

        // A field reporter: their form (with their organisation fixed) and their reports.
        await page.Locator("#sign-out").ClickAsync();
        await SignIn(page, "reporter.a");
        await page.Locator("#nav-report").ClickAsync();
        await browser.WaitForMap("reportMap");
        await EveryKindChecked(page, Look);
        await page.Locator("#nav-mine").ClickAsync();
        await Assertions.Expect(page.Locator("#my-submitted-list li").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Look("a field reporter's reports");

        Assert.True(found.Count == 0, $"{found.Count} texts are not whole sentences of the language file:\n" + string.Join('\n', found.Select(f => $"{f.Key} (seen in: {f.Value})")));
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public void The_checks_find_english_and_pieced_sentences_and_let_data_and_nested_sentences_through()
    {
        string[] data = ["HA-KH-0003", "Field north of Izium"];
        Assert.Empty(Problems("⟦Ĥáżáŕđ {x} ⟦12 há⟧⟧", data));
        Assert.Empty(Problems("HA-KH-0003", data));
        Assert.Empty(Problems("Field north of Izium · 12", data));
        Assert.NotEmpty(Problems("Sign in", data));
        Assert.NotEmpty(Problems("in-progress", ["in-progress"])); // a code word is never data
        Assert.NotEmpty(Problems("⟦Ŕêpóŕţ⟧: HA-KH-0003", data));
        Assert.NotEmpty(Problems("⟦á⟧ ⟦b⟧", data));
        Assert.NotEmpty(Problems("⟦á", data));
    }

    private async Task SignIn(IPage page, string username)
    {
        await page.Locator("#username").FillAsync(username);
        await page.Locator("#password").FillAsync(DemoServer.Password);
        await page.Locator("#sign-in-submit").ClickAsync();
        await Assertions.Expect(page.Locator("#who")).ToContainTextAsync(username);
    }

    // The review queue needs a report waiting for a decision: an EOD spot task of organisation A.
    private async Task SubmittedReportToReview()
    {
        var (status, body) = await Api.Post(server.ClientFor("reporter.a"), "/api/v1/reports", $$"""
            { "id": "R-PSEUDO-1", "hazardId": null, "organisationId": "{{DemoServer.OrgA}}", "dateOfInformation": "2026-11-20",
              "submittedAt": "2026-11-21T10:00:00+00:00", "submittedBy": "reporter.a",
              "body": { "kind": "eod-spot-task", "source": "Village council", "finds": [] } }
            """);
        Assert.True(status == HttpStatusCode.Created, $"{status} {body}");
    }

    // Clicks a find or an accident drawn on the map: a popup of its attributes (whose values are data from the tiles).
    private static async Task OpenPopup(IPage page, HashSet<string> data)
    {
        await page.EvaluateAsync("() => { window.safeground.map.jumpTo({ zoom: 11, center: window.safeground.map.getCenter() }); }");
        await page.WaitForFunctionAsync("() => window.safeground.map.loaded() && window.safeground.map.areTilesLoaded()", null, new() { Timeout = 60_000 });
        var hit = await page.EvaluateAsync<JsonElement>("""
            () => {
              const m = window.safeground.map, c = m.getCanvas();
              for (let y = 20; y < c.clientHeight; y += 8)
                for (let x = 20; x < c.clientWidth; x += 8) {
                  const [f] = m.queryRenderedFeatures([x, y], { layers: ['finds', 'accidents'] });
                  if (f && !f.properties.hazard_id) return { x, y, values: Object.values(f.properties).map(String) };
                }
              return null;
            }
            """);
        Assert.True(hit.ValueKind == JsonValueKind.Object, "no find or accident is drawn to open a popup on");
        foreach (var v in hit.GetProperty("values").EnumerateArray()) data.Add(v.GetString()!);
        var box = await page.Locator("#map canvas").BoundingBoxAsync();
        await page.Mouse.ClickAsync(box!.X + hit.GetProperty("x").GetSingle(), box.Y + hit.GetProperty("y").GetSingle());
        await Assertions.Expect(page.Locator(".maplibregl-popup dl")).ToBeVisibleAsync();
    }

    // Each kind of report with a row of each list it has, checked by the server (an empty form has errors).
    private static async Task EveryKindChecked(IPage page, Func<string, Task> look)
    {
        var kinds = await page.Locator("#report-kind option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)");
        Assert.NotEmpty(kinds);
        foreach (var kind in kinds)
        {
            await page.Locator("#report-kind").SelectOptionAsync(kind);
            foreach (var add in new[] { "#find-add", "#victim-add", "#evidence-add" })
                if (await page.Locator(add).IsVisibleAsync()) await page.Locator(add).ClickAsync();
            await page.Locator("#report-check").ClickAsync();
            await Assertions.Expect(page.Locator("#report-issues li").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await look($"report form: {kind}, checked");
        }
    }

    private static async Task Check(IPage page, string view, SortedDictionary<string, string> found, HashSet<string> extraData)
    {
        var texts = await page.EvaluateAsync<string[][]>(ReadableTexts);
        var api = await page.EvaluateAsync<string[]>("() => [...(window.__apiStrings ?? [])]");
        var data = api.Concat(extraData).ToArray();
        foreach (var pair in texts)
            foreach (var problem in Problems(pair[1], data))
                found.TryAdd($"{pair[0]}: {problem}: \"{pair[1]}\"", view);
    }

    /// <summary>What is wrong with one text: English outside the markers, a sentence pieced together, or an unclosed marker.</summary>
    private static List<string> Problems(string text, IReadOnlyCollection<string> data)
    {
        var problems = new List<string>();
        var outside = new StringBuilder();
        int depth = 0, groups = 0;
        foreach (char c in text)
        {
            if (c == '⟦')
            {
                if (depth == 0) groups++;
                depth++;
            }
            else if (c == '⟧' && depth > 0) depth--;
            else if (depth == 0) outside.Append(c == '⟧' ? ' ' : c);
        }
        if (depth != 0) problems.Add("a ⟦ without its ⟧");
        string rest = outside.ToString();
        if (groups > 1) problems.Add("two sentences side by side");
        else if (groups == 1 && rest.Trim().Length > 0) problems.Add("a sentence with text added in code");
        // Data may stand outside any sentence; what is left must have no Latin letter.
        foreach (var d in data.Where(d => d.Length > 0 && !CodeWord().IsMatch(d) && rest.Contains(d, StringComparison.Ordinal)).OrderByDescending(d => d.Length))
            rest = rest.Replace(d, " ", StringComparison.Ordinal);
        if (Latin().IsMatch(rest)) problems.Add("English outside the language file");
        return problems;
    }

    // A code word as the API stores it: lowercase, maybe hyphenated ("in-progress", "eod-spot-task", "ha").
    [GeneratedRegex(@"^[a-z]+(-[a-z]+)*$")]
    private static partial Regex CodeWord();

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex Latin();
}

using Microsoft.Playwright;

namespace Safeground.Server.Tests;

/// <summary>
/// The map's place search finds a place typed in Cyrillic or Arabic, or in another Latin transliteration,
/// under the gazetteer's one Latin name (web/src/transliterate.js, places.js), through the search box.
/// </summary>
public sealed class PlaceSearchScriptsTests(DemoServer server) : IClassFixture<DemoServer>
{
    [Fact]
    public async Task Cyrillic_Arabic_and_transliterations_find_the_gazetteers_Latin_name_first()
    {
        await using var browser = await Browser.Open();
        var page = browser.Page;
        await browser.SignIn(server, "viewer");
        await browser.WaitForMap();
        (string Query, string Place)[] cases =
        [
            ("Купʼянськ", "Kupjansk, UA"), ("Куп'янськ", "Kupjansk, UA"), ("Куп’янськ", "Kupjansk, UA"), ("Купянск", "Kupjansk, UA"),
            ("Kupiansk", "Kupjansk, UA"), ("Kupjansk", "Kupjansk, UA"), ("Kup'yans'k", "Kupjansk, UA"), ("Kup`iansk", "Kupjansk, UA"),
            ("Харків", "Kharkiv, UA"), ("Харьков", "Kharkiv, UA"), ("Kharkiv", "Kharkiv, UA"), ("Kharkov", "Kharkiv, UA"),
            ("Київ", "Kyiv, UA"), ("Киев", "Kyiv, UA"), ("Одеса", "Odessa, UA"), ("Запоріжжя", "Zaporizhia, UA"), ("Чугуїв", "Chuhuyiv, UA"),
            ("Mosul", "Mosul, IQ"), ("الموصل", "Mosul, IQ"), ("بغداد", "Baghdad, IQ"), ("أربيل", "Erbil, IQ"),
            ("الفلوجة", "Al Fallūjah, IQ"), ("السليمانية", "As Sulaymānīyah, IQ"),
        ];
        var status = page.GetByRole(AriaRole.Status);
        var failures = new List<string>();
        foreach (var (query, place) in cases)
        {
            await page.GetByLabel("Find a hazard by id").FillAsync(query);
            await page.GetByRole(AriaRole.Button, new() { Name = "Find", Exact = true }).ClickAsync();
            // The first search fetches the 4 MB gazetteer.
            await Assertions.Expect(status).ToContainTextAsync($"match {query};", new() { Timeout = 30_000 });
            var first = await status.Locator("li").First.InnerTextAsync();
            if (!first.StartsWith(place, StringComparison.Ordinal)) failures.Add($"{query}: first is {first}, not {place}");
        }
        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.Empty(browser.Errors);
    }
}

using Microsoft.Playwright;

namespace Safeground.Server.Tests;

/// <summary>
/// A page of the web app in a real headless Chromium (Debian's /usr/bin/chromium, installed by scripts/setup),
/// with the page's script errors collected so a test can assert there were none.
/// </summary>
public sealed class Browser : IAsyncDisposable
{
    public const string Chromium = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private Browser(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
        page.PageError += (_, e) => Errors.Add(e);
    }

    public IPage Page { get; }

    public List<string> Errors { get; } = [];

    /// <param name="locale">The browser's language (navigator.languages), English unless a test asks for another.</param>
    /// <param name="requireWebApp">False for pages that are not the web app (the public site opened from disk).</param>
    public static async Task<Browser> Open(int width = 1280, int height = 800, string locale = "en-GB", bool requireWebApp = true)
    {
        Assert.True(!requireWebApp || File.Exists(Path.Combine(AppContext.BaseDirectory, "web", "index.html")),
            "the web app is not built: run scripts/web (scripts/test does) before building the tests");
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install chromium (scripts/setup)");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height }, Locale = locale });
        return new Browser(playwright, browser, page);
    }

    /// <summary>Opens the app at <paramref name="hash"/> and signs in through the form.</summary>
    public async Task SignIn(DemoServer server, string username, string hash = "")
    {
        await Page.GotoAsync(new Uri(server.Address, "/app/" + hash).ToString());
        await Page.GetByLabel("Username").FillAsync(username);
        await Page.GetByLabel("Password").FillAsync(DemoServer.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(Page.Locator("#who")).ToContainTextAsync(username);
    }

    public async Task SignOut()
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }

    /// <summary>Waits until the map exposed as window.safeground[<paramref name="name"/>] has loaded and drawn its tiles.</summary>
    public Task WaitForMap(string name = "map") =>
        Page.WaitForFunctionAsync($"() => window.safeground?.{name}?.loaded() && window.safeground.{name}.areTilesLoaded()", null, new() { Timeout = 60_000 });

    /// <summary>SAFEGROUND_SCREENSHOTS=DIR keeps pictures for the docs (docs/screenshots/).</summary>
    public async Task Screenshot(string name)
    {
        if (Environment.GetEnvironmentVariable("SAFEGROUND_SCREENSHOTS") is { Length: > 0 } dir)
            await Page.ScreenshotAsync(new() { Path = Path.Combine(dir, name) });
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}

using Microsoft.Playwright;

namespace Kinerja.Web.Tests;

/// <summary>
/// The whole system started by the AppHost, and Debian's Chromium driven by Playwright
/// (browsers cannot be downloaded here: the executable path is given).
/// </summary>
public sealed class SystemInBrowser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private IPlaywright? _playwright;

    public AppHostProcess System { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public string WebUrl => System.Url("web");

    /// <summary>Screenshots of the main pages land here as test artifacts (git-ignored).</summary>
    public static string ScreenshotFolder { get; } = Directory.CreateDirectory(
        Path.Combine(TestRunFolder.RepositoryRoot, "artifacts", "screenshots")).FullName;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: ./test.sh installs Debian's chromium package.");
        }
        var systemStart = AppHostProcess.StartAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
        System = await systemStart;
        // Pages call several services; on a busy 2-core CI machine the default 5 s is too short for a page to settle.
        Assertions.SetDefaultExpectTimeout(30_000);
    }

    public async Task<IPage> SignedInPageAsync(string user)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        page.SetDefaultNavigationTimeout(90_000);
        await page.GotoAsync($"{WebUrl}/masuk");
        await page.GetByTestId($"sign-in-{user}").ClickAsync();
        // The page's HTML (rendered on the server) is what the tests read; waiting for "load" as well once hung past 90 s
        // on a busy machine with the HTML long there (Playwright saw the network idle), so DOMContentLoaded is enough.
        await page.WaitForURLAsync($"{WebUrl}/", new PageWaitForURLOptions { Timeout = 90_000, WaitUntil = WaitUntilState.DOMContentLoaded });
        return page;
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, $"{name}.png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (System is not null)
        {
            await System.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<SystemInBrowser>
{
    public const string Name = "browser";
}

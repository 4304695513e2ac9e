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
        // The first page after start-up renders while the demo data is still being written and every process is still
        // compiling its endpoints; on a busy 2-core machine that once took longer than a test's 90 s (the ministry
        // dashboard calls four services). One signed-in page is loaded here on a start-up budget, so the tests time the
        // system's pages and not its start.
        var warm = await SignedInPageAsync("ministry", TimeSpan.FromMinutes(4));
        await warm.Context.CloseAsync();
    }

    public async Task<IPage> SignedInPageAsync(string user, TimeSpan? limit = null)
    {
        var timeout = (float)(limit ?? TimeSpan.FromSeconds(90)).TotalMilliseconds;
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        page.SetDefaultNavigationTimeout(Math.Max(90_000, timeout));
        await page.GotoAsync($"{WebUrl}/masuk");
        await page.GetByTestId($"sign-in-{user}").ClickAsync();
        // The page's HTML (rendered on the server) is what the tests read, so DOMContentLoaded is enough. The sign-in
        // post answers with a redirect to "/", whose HTML comes only once the dashboard's service calls have answered.
        try
        {
            await page.WaitForURLAsync($"{WebUrl}/", new PageWaitForURLOptions { Timeout = timeout, WaitUntil = WaitUntilState.DOMContentLoaded });
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"Signed in as {user}, the browser did not reach {WebUrl}/ within {timeout / 1000:0} s; it is at {page.Url}.", e);
        }
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

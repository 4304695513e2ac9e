using Microsoft.Playwright;

namespace Kinerja.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class Region_dashboard(SystemInBrowser browser)
{
    [Fact]
    public async Task a_region_operator_sees_the_demo_regions_figures_and_the_achievement_chart()
    {
        var page = await browser.SignedInPageAsync("operator-6402");

        // The demo's first quarter is evaluated asynchronously after start-up: reload until the chart has bars.
        var bars = page.Locator("[data-testid=distribution-chart] g.bar-row");
        await BrowserPages.ReloadUntilAsync(page, async () => await bars.CountAsync() > 0, "the demo's TW I ratings on the dashboard");

        var inForce = page.Locator("[data-testid=figure-status] [data-testid=status-row]", new() { HasText = "Berlaku" });
        int.Parse(await inForce.Locator("td").InnerTextAsync()).ShouldBeGreaterThanOrEqualTo(15);
        (await page.GetByTestId("figure-status").InnerTextAsync()).ShouldContain("Jumlah perjanjian kinerja tahun");
        (await page.Locator("svg[data-testid=distribution-chart] > title").TextContentAsync()).ShouldStartWith("Jumlah perjanjian kinerja per predikat capaian");
        var counted = 0;
        foreach (var bar in await bars.AllAsync())
        {
            counted += int.Parse((await bar.GetAttributeAsync("data-value"))!);
        }
        counted.ShouldBeGreaterThan(0);
        (await page.GetByTestId("ranking-row").CountAsync()).ShouldBeGreaterThan(0);
        int.Parse(await page.GetByTestId("missing-count").InnerTextAsync()).ShouldBeGreaterThan(0);
        (await page.GetByTestId("figure-late-signings").InnerTextAsync()).ShouldContain("satu bulan setelah DPA");
        (await page.GetByTestId("figure-revisions").InnerTextAsync()).ShouldContain("PK Perubahan");
        await SystemInBrowser.ScreenshotAsync(page, "dashboard-region-operator");
    }

    [Fact]
    public async Task a_ministry_user_drills_down_to_a_region_and_an_operator_of_another_region_is_refused_in_words()
    {
        var ministry = await browser.SignedInPageAsync("ministry");
        await ministry.GotoAsync($"{browser.WebUrl}/dasbor/64.02");
        await Assertions.Expect(ministry.GetByTestId("current-region")).ToContainTextAsync("64.02 — Kabupaten Kutai Kartanegara");
        await Assertions.Expect(ministry.GetByTestId("figure-status")).ToContainTextAsync("Berlaku");

        var stranger = await browser.SignedInPageAsync("operator-6471");
        await stranger.GotoAsync($"{browser.WebUrl}/dasbor/64.02");
        await Assertions.Expect(stranger.GetByTestId("dashboard-refused")).ToContainTextAsync("Wilayah 64.02 tidak termasuk wilayah akun Anda");
        (await stranger.GetByTestId("region-dashboard").CountAsync()).ShouldBe(0);

        // A region with no agreements says what to do instead of showing empty tables.
        await stranger.GotoAsync($"{browser.WebUrl}/");
        await Assertions.Expect(stranger.GetByTestId("figure-status")).ToContainTextAsync("Mulailah dengan membuat draf");
    }
}

/// <summary>Page helpers for server-rendered pages whose data arrives asynchronously (messages between services).</summary>
internal static class BrowserPages
{
    public static Task ReloadUntilAsync(IPage page, Func<Task<bool>> done, string what) =>
        Eventually.Until(async () =>
        {
            if (await done())
            {
                return true;
            }
            await page.ReloadAsync();
            return false;
        }, ok => ok, TimeSpan.FromMinutes(4), what);
}

using System.Net.Http.Json;
using Kinerja.ServiceDefaults.Auth;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kinerja.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class Ministry_dashboard(SystemInBrowser browser)
{
    [Fact]
    public async Task the_ministry_user_sees_every_region_with_its_figures_filters_by_province_and_drills_down_to_a_region()
    {
        // A region of another province, registered through the Agreements API, so the province filter has something to leave out.
        var key = (await File.ReadAllTextAsync(Path.Combine(browser.System.DataDirectory, "dev-signing-key"))).Trim();
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", DevTokens.Issue(key, DemoUser.Find("admin")!));
        using var registered = await http.PostAsJsonAsync($"{browser.System.Url("agreements")}/api/regions",
            new { code = "11.01", name = "Kabupaten Aceh Selatan", headOfRegionTitle = "Bupati" });
        ((int)registered.StatusCode).ShouldBeOneOf(200, 201, 409);

        var page = await browser.SignedInPageAsync("ministry");
        await page.Locator("nav").GetByText("Nasional").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Dasbor nasional");

        // The demo evaluates TW I shortly after start-up: the page is read again until its ratings are there.
        var demo = page.Locator("tr[data-region='64.02']");
        await PageReloads.UntilShownAsync(page, demo.Locator("[data-testid='ratings-64.02'] rect[data-count]"));
        var cells = await demo.Locator("td").AllInnerTextsAsync();
        cells[0].ShouldBe("64.02 — Kabupaten Kutai Kartanegara");
        // Other browser tests share this system and may add an agreement or evaluate a later quarter first,
        // so the demo's figures are lower bounds and the period is whichever quarter was evaluated last.
        int.Parse(cells[1]).ShouldBeGreaterThanOrEqualTo(15);
        int.Parse(cells[2]).ShouldBeInRange(0, int.Parse(cells[1]));
        cells[3].ShouldContain("realisasi");
        cells[3].ShouldMatch($@"{DateTime.UtcNow.Year}-TW[1-4]");
        cells[4].ShouldContain("%");
        var counted = await demo.Locator("rect[data-count]").EvaluateAllAsync<int[]>("rects => rects.map(r => +r.dataset.count)");
        counted.Sum().ShouldBeGreaterThanOrEqualTo(1);
        await Expect(page.Locator("tr[data-region='64.71']")).ToBeVisibleAsync();
        await Expect(page.Locator("tr[data-region='11.01']")).ToBeVisibleAsync();
        await SystemInBrowser.ScreenshotAsync(page, "w3-01-ministry-dashboard");

        await page.SelectOptionAsync("#provinsi", "64");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tampilkan" }).ClickAsync();
        await Expect(page.Locator("tr[data-region='11.01']")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=ministry-regions] tbody tr")).ToHaveCountAsync(2);
        page.Url.ShouldContain("provinsi=64");

        await page.SelectOptionAsync("#provinsi", "11");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tampilkan" }).ClickAsync();
        await Expect(page.Locator("[data-testid=ministry-regions] tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("tr[data-region='11.01'] td").Nth(1)).ToHaveTextAsync("0");

        // Another year has no evaluations of the demo region: no ratings and no completeness are shown for it.
        await page.GotoAsync($"{browser.WebUrl}/kementerian?provinsi=64&tahun={DateTime.UtcNow.Year - 1}");
        await Expect(page.Locator("tr[data-region='64.02'] td").Nth(5)).ToHaveTextAsync("—");
        await Expect(page.Locator("tr[data-region='64.02'] td").Nth(3)).ToHaveTextAsync("—");

        await page.GotoAsync($"{browser.WebUrl}/kementerian?tahun=1990");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Tahun harus antara 2000 dan 2100");

        await page.GotoAsync($"{browser.WebUrl}/kementerian?provinsi=64");
        await page.GetByRole(AriaRole.Link, new() { Name = "64.02 — Kabupaten Kutai Kartanegara" }).ClickAsync();
        await page.WaitForURLAsync($"{browser.WebUrl}/dasbor/64.02");
    }

    [Fact]
    public async Task a_region_operator_is_refused_the_ministry_dashboard()
    {
        var page = await browser.SignedInPageAsync("operator-6402");
        await page.GotoAsync($"{browser.WebUrl}/kementerian");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Akses ditolak");
    }
}

/// <summary>Pages are rendered on the server once: figures that arrive later need the page read again.</summary>
internal static class PageReloads
{
    public static async Task UntilShownAsync(IPage page, ILocator shown, int seconds = 180)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (await shown.CountAsync() == 0)
        {
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"{shown} did not appear on {page.Url} within {seconds} s.");
            }
            await page.WaitForTimeoutAsync(2000);
            await page.ReloadAsync();
        }
    }
}

using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kinerja.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class Evaluation_pages(SystemInBrowser browser)
{
    private static readonly string FirstQuarter = $"{DateTime.UtcNow.Year}-TW1";

    [Fact]
    public async Task a_region_user_opens_the_demo_evaluation_and_sees_each_indicator_explained_the_trend_and_the_unit_heads_result()
    {
        var page = await browser.SignedInPageAsync("operator-6402");
        await page.Locator("nav").GetByText("Evaluasi").ClickAsync();
        // Other browser tests share this system: an agreement signed later is evaluated for TW I on arrival and a later
        // quarter may have been evaluated, so the demo's 15 TW I evaluations are a lower bound.
        var firstQuarterRows = page.Locator("[data-testid=evaluations-table] tbody tr").Filter(new() { HasText = FirstQuarter });
        await PageReloads.UntilShownAsync(page, firstQuarterRows.Nth(14), seconds: 300);
        var dinkes = page.Locator("tr[data-agreement$='-dinkes']").Filter(new() { HasText = FirstQuarter }).First;
        var cells = await dinkes.Locator("td").AllInnerTextsAsync();
        cells[1].ShouldBe("Dinas Kesehatan");
        cells[3].ShouldBe(FirstQuarter);
        cells[4].ShouldEndWith("%");
        cells[6].ShouldNotBeNullOrWhiteSpace();
        await SystemInBrowser.ScreenshotAsync(page, "w3-02-evaluations");

        await dinkes.Locator("a").ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("Evaluasi");
        page.Url.ShouldContain($"periode={FirstQuarter}");
        await Expect(page.GetByTestId("evaluation-achievement")).ToContainTextAsync("%");
        // Every computed indicator says how its figure came about: consolidation, formula with its numbers, cap, rating.
        var computed = page.Locator("[data-testid=evaluation-indicators] tr[data-status=Computed]");
        (await computed.CountAsync()).ShouldBeGreaterThan(0);
        var explanation = await computed.First.Locator("td.explain").InnerTextAsync();
        explanation.ShouldContain("Konsolidasi:");
        explanation.ShouldContain("Rumus:");
        explanation.ShouldContain("R / T × 100");
        explanation.ShouldContain("Batas skor:");
        explanation.ShouldContain("Predikat:");
        // An indicator without a verified realisation is said to be missing, never counted as zero.
        await Expect(page.Locator("[data-testid=evaluation-indicators] tr[data-status=NotReported]").First).ToContainTextAsync("tidak dihitung sebagai 0");
        await Expect(page.GetByTestId("evaluation-trend").Locator("circle[data-label]")).ToHaveCountAsync(1);
        (await page.GetByTestId("evaluation-trend").Locator("circle").First.GetAttributeAsync("data-label")).ShouldBe(FirstQuarter);
        await Expect(page.GetByTestId("unit-head-result")).ToContainTextAsync("hasil kepala perangkat daerah sama dengan capaian perjanjian ini");
        await SystemInBrowser.ScreenshotAsync(page, "w3-03-evaluation-detail");

        // Re-evaluating the same inputs changes nothing, and the page says so. While the server works (the POST is held
        // back here until the page has been looked at), the form shows its progress and its button cannot be pressed twice.
        await Expect(page.GetByTestId("reevaluate-progress")).ToBeHiddenAsync();
        await using (var held = await HeldBack.RequestAsync(page, "**/evaluasi/**", "POST"))
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Evaluasi ulang sekarang" }).ClickAsync();
            await held.Arrived;
            await Expect(page.GetByTestId("reevaluate-progress")).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Evaluasi ulang sekarang" })).ToBeDisabledAsync();
            await SystemInBrowser.ScreenshotAsync(page, "w3-04-reevaluation-in-progress");
            held.Release();
            await Expect(page.GetByTestId("evaluation-message")).ToContainTextAsync("hasilnya sama");
        }
        await Expect(page.GetByTestId("reevaluate-progress")).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Evaluasi ulang sekarang" })).ToBeEnabledAsync();
        page.Url.ShouldContain($"periode={FirstQuarter}");
    }

    [Fact]
    public async Task an_unknown_agreement_and_a_bad_period_are_explained_in_words()
    {
        var page = await browser.SignedInPageAsync("operator-6402");

        await page.GotoAsync($"{browser.WebUrl}/evaluasi/tidak-ada");
        await Expect(page.GetByTestId("evaluation-problem")).ToContainTextAsync("No signed agreement tidak-ada is known");

        await page.GotoAsync($"{browser.WebUrl}/evaluasi?periode=kemarin");
        await Expect(page.GetByTestId("evaluations-problem")).ToContainTextAsync("period:");
    }
}

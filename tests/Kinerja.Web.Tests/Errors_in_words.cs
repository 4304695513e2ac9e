using Microsoft.Playwright;

namespace Kinerja.Web.Tests;

/// <summary>
/// Errors a user can cause — a mistyped address, a query the page cannot read, a form whose antiforgery token is no
/// longer valid — are explained in words on a page, never a stack trace (the launcher runs the services in Development,
/// where ASP.NET Core would otherwise show one) and never a blank page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class Errors_in_words(SystemInBrowser browser)
{
    [Fact]
    public async Task a_mistyped_address_says_the_page_does_not_exist()
    {
        var page = await browser.SignedInPageAsync("operator-6402");

        var answer = await page.GotoAsync($"{browser.WebUrl}/perjanjian-kinerja/tidak-ada");

        answer!.Status.ShouldBe(404);
        (await page.GetByTestId("error-title").InnerTextAsync()).ShouldBe("Halaman tidak ditemukan");
        await NoStackTraceAsync(page);
        await SystemInBrowser.ScreenshotAsync(page, "90-error-not-found");
    }

    [Theory]
    [InlineData("/perjanjian?tahun=dua-ribu", "dua-ribu", "tahun")]
    [InlineData("/kementerian?tahun=dua-ribu", "dua-ribu", "tahun")]
    [InlineData("/audit?tahun=dua-ribu", "dua-ribu", "tahun")]
    [InlineData("/audit/perjanjian/6402-2026-dinkes?versi=pertama", "pertama", "versi")]
    [InlineData("/audit/perjanjian/6402-2026-dinkes?dari=1&ke=akhir", "akhir", "ke")]
    public async Task a_query_the_page_cannot_read_is_answered_400_naming_the_value_and_the_field(string address, string value, string field)
    {
        var page = await browser.SignedInPageAsync("admin");

        var answer = await page.GotoAsync($"{browser.WebUrl}{address}");

        answer!.Status.ShouldBe(400);
        (await page.GetByTestId("error-title").InnerTextAsync()).ShouldBe("Permintaan tidak dapat diproses");
        (await page.GetByTestId("error-text").InnerTextAsync()).ShouldContain($"Nilai '{value}' untuk {field} pada alamat ini tidak dapat dibaca");
        await NoStackTraceAsync(page);
    }

    [Fact]
    public async Task a_form_sent_with_an_antiforgery_token_that_is_no_longer_valid_asks_to_reload_the_page()
    {
        var page = await browser.SignedInPageAsync("operator-6402");
        await page.GotoAsync($"{browser.WebUrl}/realisasi/unggah");
        await page.GetByTestId("upload-form").Locator("input[name=__RequestVerificationToken]").EvaluateAsync("input => input.value = 'kedaluwarsa'");

        await page.GetByTestId("upload").ClickAsync();

        await Assertions.Expect(page.GetByTestId("error-title")).ToHaveTextAsync("Permintaan tidak dapat diproses");
        page.Url.ShouldEndWith("/galat/400");
        (await page.GetByTestId("error-text").InnerTextAsync()).ShouldContain("muat ulang halamannya");
        await NoStackTraceAsync(page);
        await SystemInBrowser.ScreenshotAsync(page, "91-error-stale-form");
    }

    private static async Task NoStackTraceAsync(IPage page)
    {
        var text = await page.Locator("body").InnerTextAsync();
        text.ShouldNotContain("Exception");
        text.ShouldNotContain("   at ");
        text.ShouldNotContain("Stack");
    }
}

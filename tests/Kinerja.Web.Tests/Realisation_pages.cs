using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kinerja.ServiceDefaults.Auth;
using Microsoft.Playwright;

namespace Kinerja.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class Realisation_pages(SystemInBrowser browser)
{
    private static readonly DateTime Today = DateTime.UtcNow;
    private static readonly string Quarter = $"{Today.Year}-Q{(Today.Month - 1) / 3 + 1}";
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

    [Fact]
    public async Task an_operator_enters_a_below_target_realisation_with_evidence_the_verifier_verifies_it_and_it_is_evaluated()
    {
        var page = await browser.SignedInPageAsync("operator-6402");
        await page.GetByRole(AriaRole.Link, new() { Name = "Realisasi", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("period-select")).ToHaveValueAsync(Quarter);
        var row = await BelowTargetCandidateAsync(page);
        var code = (await row.GetAttributeAsync("data-indicator"))!;
        var indicatorId = (await row.GetAttributeAsync("data-indicator-id"))!;
        var agreement = (await row.GetAttributeAsync("data-agreement"))!;
        var target = decimal.Parse((await row.Locator("input[data-target]").GetAttributeAsync("data-target"))!, CultureInfo.InvariantCulture);
        var value = Math.Floor(target / 2);

        // Below target and no explanation: the page warns before sending, and the service's refusal is shown in words.
        await row.GetByTestId("value").FillAsync(value.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(row.GetByTestId("below-target-hint")).ToBeVisibleAsync();
        await row.GetByTestId("send").ClickAsync();
        row = page.Locator($"[data-testid=grid-row][data-indicator-id='{indicatorId}']");
        await Assertions.Expect(row.GetByTestId("row-errors")).ToContainTextAsync("Penjelasan (bila di bawah target)");
        await Assertions.Expect(row.GetByTestId("status")).ToHaveTextAsync("Belum dilaporkan");
        (await row.GetByTestId("value").InputValueAsync()).ShouldBe(value.ToString(CultureInfo.InvariantCulture));
        await SystemInBrowser.ScreenshotAsync(page, "realisation-entry-refused");

        await row.GetByTestId("gap").FillAsync("Pengadaan terlambat karena revisi DPA");
        await row.GetByTestId("follow-up").FillAsync("Percepatan kegiatan dengan jadwal mingguan");
        await row.GetByTestId("evidence").SetInputFilesAsync(new FilePayload { Name = "bukti-dukung.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await row.GetByTestId("send").ClickAsync();
        await Assertions.Expect(page.GetByTestId("saved")).ToContainTextAsync($"Realisasi {code}");
        await Assertions.Expect(page.Locator($"[data-testid=grid-row][data-indicator-id='{indicatorId}'] [data-testid=status]"))
            .ToHaveTextAsync("Menunggu verifikasi");
        await SystemInBrowser.ScreenshotAsync(page, "realisation-entry-saved");

        var verifier = await browser.SignedInPageAsync("verifier-6402");
        await verifier.GetByRole(AriaRole.Link, new() { Name = "Verifikasi", Exact = true }).ClickAsync();
        var queued = verifier.Locator($"[data-testid=queue-row][data-indicator='{code}'][data-period='{Quarter}']")
            .Filter(new() { Has = verifier.GetByText("Pengadaan terlambat karena revisi DPA") });
        await Assertions.Expect(queued).ToHaveCountAsync(1);
        await Assertions.Expect(queued.GetByTestId("evidence-link")).ToHaveTextAsync("bukti-dukung.pdf");
        var evidence = await verifier.APIRequest.GetAsync($"{browser.WebUrl}{await queued.GetByTestId("evidence-link").GetAttributeAsync("href")}");
        (await evidence.BodyAsync()).ShouldBe(Pdf);
        await SystemInBrowser.ScreenshotAsync(verifier, "realisation-verification-queue");
        await queued.GetByTestId("verify").ClickAsync();
        await Assertions.Expect(verifier.GetByTestId("done")).ToContainTextAsync($"Realisasi {code}");
        await Assertions.Expect(queued).ToHaveCountAsync(0);

        // Evaluations learns the verified value from the bus; an evaluation of the quarter then counts it.
        using var evaluations = await ServiceClientAsync("evaluations");
        await Eventually.Until(
            async () => await evaluations.GetFromJsonAsync<JsonElement>($"/api/agreements/{agreement}/evaluations"),
            file => file.GetProperty("realisations").EnumerateArray().Any(r =>
                r.GetProperty("period").GetString() == Quarter && r.GetProperty("value").GetDecimal() == value),
            TimeSpan.FromMinutes(2), "Evaluations to learn the verified realisation");
        var evaluated = await evaluations.PostAsJsonAsync($"/api/agreements/{agreement}/evaluations", new { period = Quarter });
        evaluated.StatusCode.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.Created);
        var standing = await evaluations.GetFromJsonAsync<JsonElement>($"/api/agreements/{agreement}/evaluations/{Quarter}");
        var counted = standing.GetProperty("evaluation").GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("indicatorId").GetString() == code);
        counted.GetProperty("realisation").GetDecimal().ShouldBe(value);
        counted.GetProperty("status").GetString().ShouldBe("Computed");
    }

    [Fact]
    public async Task a_bulk_upload_with_a_bad_row_reports_the_row_and_records_nothing_and_a_good_file_records_every_row()
    {
        var page = await browser.SignedInPageAsync("operator-6402");
        await page.GotoAsync($"{browser.WebUrl}/realisasi");
        // The last unit of the list, so this test never meets the realisation entered by the other one.
        var unit = await page.GetByTestId("unit-select").Locator("option").Last.GetAttributeAsync("value");
        await page.GotoAsync($"{browser.WebUrl}/realisasi?unit={unit}&periode={Quarter}");
        var rows = await page.Locator("[data-testid=grid-row]").Filter(new() { Has = page.GetByTestId("entry-form") }).AllAsync();
        rows.Count.ShouldBeGreaterThan(1);
        var lines = new List<(string Code, string Value)>();
        foreach (var row in rows)
        {
            var target = (await row.Locator("input[data-target]").GetAttributeAsync("data-target"))!;
            lines.Add(((await row.GetAttributeAsync("data-indicator"))!, target.Split('–')[0]));   // on target: no explanation needed
        }

        await page.GotoAsync($"{browser.WebUrl}/realisasi/unggah?unit={unit}&periode={Quarter}");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("template").ClickAsync());
        var template = await File.ReadAllLinesAsync((await download.PathAsync())!);
        template[0].ShouldBe("indikator,nilai,link_bukti,catatan,penjelasan,tindak_lanjut");
        template.Skip(1).Select(l => l.Split(',')[0]).ShouldBe(lines.Select(l => l.Code), ignoreOrder: true);

        var bad = lines.Select((l, i) => $"{l.Code},{(i == 1 ? "banyak" : l.Value)},https://bukti.example.go.id/{l.Code}.pdf,,,").Prepend(template[0]);
        await UploadAsync(page, bad);
        await Assertions.Expect(page.GetByTestId("upload-refused")).ToContainTextAsync("tidak ada realisasi yang dicatat");
        await SystemInBrowser.ScreenshotAsync(page, "realisation-bulk-upload-errors");
        var error = page.GetByTestId("row-error");
        await Assertions.Expect(error).ToHaveCountAsync(1);
        await Assertions.Expect(error.Locator("td").Nth(0)).ToHaveTextAsync("3");
        await Assertions.Expect(error.Locator("td").Nth(1)).ToHaveTextAsync("value");
        await page.GotoAsync($"{browser.WebUrl}/realisasi?unit={unit}&periode={Quarter}");
        (await page.GetByTestId("status").AllInnerTextsAsync()).ShouldAllBe(s => s == "Belum dilaporkan");

        await page.GotoAsync($"{browser.WebUrl}/realisasi/unggah?unit={unit}&periode={Quarter}");
        // While the sheet is processed (the POST held back until the page has been looked at), the page shows progress
        // and the button cannot send the file twice; afterwards the progress is gone and the result is shown.
        await Assertions.Expect(page.GetByTestId("upload-progress")).ToBeHiddenAsync();
        await using (var held = await HeldBack.RequestAsync(page, "**/realisasi/unggah**", "POST"))
        {
            await UploadAsync(page, lines.Select(l => $"{l.Code},{l.Value},https://bukti.example.go.id/{l.Code}.pdf,,,").Prepend(template[0]));
            await held.Arrived;
            await Assertions.Expect(page.GetByTestId("upload-progress")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("upload")).ToBeDisabledAsync();
            await SystemInBrowser.ScreenshotAsync(page, "realisation-bulk-upload-in-progress");
            held.Release();
            await Assertions.Expect(page.GetByTestId("upload-summary")).ToContainTextAsync($"{lines.Count} realisasi dari realisasi.csv tercatat");
        }
        await Assertions.Expect(page.GetByTestId("upload-progress")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByTestId("upload")).ToBeEnabledAsync();
        await SystemInBrowser.ScreenshotAsync(page, "realisation-bulk-upload-recorded");
        await page.GotoAsync($"{browser.WebUrl}/realisasi?unit={unit}&periode={Quarter}");
        (await page.GetByTestId("status").AllInnerTextsAsync()).Count(s => s == "Menunggu verifikasi").ShouldBe(lines.Count);
    }

    /// <summary>
    /// A row open for entry whose indicator is better when higher, with a numeric target above 1 (so half of it is below)
    /// and consolidated as LAST, so the quarter's evaluation needs no earlier quarter (SUM and AVERAGE need every quarter
    /// to date and would stay "not reported"). Units are tried in order, except the last one, which the bulk test uses.
    /// </summary>
    private async Task<ILocator> BelowTargetCandidateAsync(IPage page)
    {
        using var agreements = await ServiceClientAsync("agreements");
        var units = await page.GetByTestId("unit-select").Locator("option").EvaluateAllAsync<string[]>("options => options.map(o => o.value)");
        foreach (var unit in units[..^1])
        {
            await page.GotoAsync($"{browser.WebUrl}/realisasi?unit={unit}&periode={Quarter}");
            foreach (var row in await page.Locator("[data-testid=grid-row]").Filter(new() { Has = page.Locator("input[data-polarity=Positive]") }).AllAsync())
            {
                var target = await row.Locator("input[data-target]").GetAttributeAsync("data-target");
                var agreement = await agreements.GetFromJsonAsync<JsonElement>($"/api/agreements/{await row.GetAttributeAsync("data-agreement")}");
                var code = await row.GetAttributeAsync("data-indicator");
                var last = agreement.GetProperty("agreement").GetProperty("content").GetProperty("objectives").EnumerateArray()
                    .SelectMany(o => o.GetProperty("indicators").EnumerateArray())
                    .Any(i => i.GetProperty("id").GetString() == code && i.GetProperty("consolidation").GetString() == "Last");
                if (last && decimal.TryParse(target, NumberStyles.Number, CultureInfo.InvariantCulture, out var t) && t >= 2)
                {
                    return page.Locator($"[data-testid=grid-row][data-indicator-id='{await row.GetAttributeAsync("data-indicator-id")}']");
                }
            }
        }
        throw new InvalidOperationException("No demo unit has an open LAST indicator with a numeric target to fall short of.");
    }

    private static async Task UploadAsync(IPage page, IEnumerable<string> lines)
    {
        await page.GetByTestId("sheet").SetInputFilesAsync(new FilePayload
        {
            Name = "realisasi.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"),
        });
        await page.GetByTestId("upload").ClickAsync();
    }

    private async Task<HttpClient> ServiceClientAsync(string service)
    {
        var key = (await File.ReadAllTextAsync(Path.Combine(browser.System.DataDirectory, "dev-signing-key"))).Trim();
        return new HttpClient { BaseAddress = new Uri(browser.System.Url(service)) }
            .WithToken(DevTokens.Issue(key, DemoUser.Find("operator-6402")!));
    }
}

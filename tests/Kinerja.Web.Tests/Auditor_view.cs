using Microsoft.Playwright;

namespace Kinerja.Web.Tests;

/// <summary>
/// An auditor reads a demo agreement's history after a revision made through the pages: the timeline, an earlier
/// version, the diff with the changed target marked, the chain verified, and the trail exported.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class Auditor_view(SystemInBrowser browser)
{
    // A demo agreement no other test revises.
    private static readonly string Id = $"6402-{DateTime.UtcNow.Year}-disbun";

    [Fact]
    public async Task an_auditor_sees_the_timeline_an_earlier_version_the_diff_of_a_revision_the_chain_verified_and_downloads_the_trail()
    {
        // A first proposal is rejected with a reason; the operator then proposes a revision raising the first
        // indicator's annual target, and the verifier approves it.
        var operatorPage = await browser.SignedInPageAsync("operator-6402");
        var verifierPage = await browser.SignedInPageAsync("verifier-6402");
        await operatorPage.GotoAsync($"{browser.WebUrl}/perjanjian/{Id}");
        await operatorPage.GetByTestId("propose-revision").ClickAsync();
        await operatorPage.Locator("[name='objectives[0].indicators[0].personResponsible']").FillAsync("Kepala Bidang Produksi");
        await operatorPage.GetByTestId("decree-number").FillAsync("050/999/2026");
        await operatorPage.GetByTestId("decree-date").FillAsync(DateTime.UtcNow.AddDays(-2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await operatorPage.GetByTestId("save").ClickAsync();
        await Assertions.Expect(operatorPage.GetByTestId("message")).ToHaveTextAsync("Usulan perubahan diajukan dan menunggu persetujuan.");
        await verifierPage.GotoAsync($"{browser.WebUrl}/perjanjian/{Id}");
        await verifierPage.Locator("textarea[name=comments]:visible").FillAsync("Tidak ada perubahan isi.");
        await verifierPage.GetByTestId("reject-revision").ClickAsync();
        await Assertions.Expect(verifierPage.GetByTestId("message")).ToHaveTextAsync("Usulan perubahan ditolak.");
        await Assertions.Expect(verifierPage.GetByTestId("pending-revision")).ToHaveCountAsync(0);

        await operatorPage.GotoAsync($"{browser.WebUrl}/perjanjian/{Id}");
        await operatorPage.GetByTestId("propose-revision").ClickAsync();
        var annual = operatorPage.Locator("[name='objectives[0].indicators[0].annualTarget']");
        var before = await annual.InputValueAsync();
        var raised = (decimal.Parse(before, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await annual.FillAsync(raised);
        await operatorPage.GetByTestId("decree-number").FillAsync("050/123/2026");
        await operatorPage.GetByTestId("decree-date").FillAsync(DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await SystemInBrowser.ScreenshotAsync(operatorPage, "15-agreement-revision-form");
        await operatorPage.GetByTestId("save").ClickAsync();
        await Assertions.Expect(operatorPage.GetByTestId("pending-revision")).ToContainTextAsync("050/123/2026");

        await verifierPage.GotoAsync($"{browser.WebUrl}/perjanjian/{Id}");
        await verifierPage.GetByTestId("approve-revision").ClickAsync();
        await Assertions.Expect(verifierPage.GetByTestId("message")).ToHaveTextAsync("Perubahan disetujui; versi baru berlaku.");
        await Assertions.Expect(verifierPage.GetByTestId("revisions")).ToContainTextAsync("050/123/2026");

        // The auditor finds the agreement by its receiver's position and opens its trail.
        var page = await browser.SignedInPageAsync("auditor");
        await page.GotoAsync($"{browser.WebUrl}/audit");
        await page.GetByTestId("audit-text").FillAsync("6402-disbun-kepala");
        await page.GetByTestId("audit-search").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=audit-list] tbody tr")).ToHaveCountAsync(1);
        await page.Locator("[data-testid=audit-list] a").ClickAsync();

        await Assertions.Expect(page.GetByTestId("chain")).ToContainTextAsync("Rantai hash utuh");
        var timeline = page.Locator("[data-testid=timeline] tbody tr");
        await Assertions.Expect(page.GetByTestId("timeline")).ToContainTextAsync("050/123/2026");
        var rows = await timeline.AllInnerTextsAsync();
        var events = rows.Count;
        events.ShouldBeGreaterThanOrEqualTo(10, "drafted, submitted, verified, two signatures, in force, a revision proposed and rejected, another proposed and approved");
        // Verified realisations may be noted on the stream too, so the revision's events are found by their decree.
        var revisionEvents = rows.Where(r => r.Contains("050/123/2026", StringComparison.Ordinal))
            .Select(r => long.Parse(r.Split('\t', '\n')[0].Trim(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        revisionEvents.Count.ShouldBe(2, "proposed and approved");
        var (proposed, approved) = (revisionEvents.Min(), revisionEvents.Max());
        await SystemInBrowser.ScreenshotAsync(page, "20-audit-timeline");

        // The agreement as first drafted.
        await page.GetByTestId("view-version-1").ClickAsync();
        await Assertions.Expect(page.GetByTestId("asof")).ToContainTextAsync("Draf");
        (await page.GetByTestId("asof").Locator("[data-testid=targets]").InnerTextAsync()).ShouldContain(Grouped(before));

        // Before the revision against now: the annual target changed and is marked.
        await page.GetByTestId("diff-from").SelectOptionAsync((proposed - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByTestId("diff-to").SelectOptionAsync(approved.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByTestId("diff-show").ClickAsync();
        await Assertions.Expect(page.GetByTestId("diff-changes")).ToContainTextAsync("content.objectives[0].indicators[0].annualTarget.value");
        var marked = page.Locator("[data-testid=diff] [data-testid=targets] td.changed");
        (await marked.CountAsync()).ShouldBeGreaterThanOrEqualTo(2, "the changed target is marked on both sides");
        await Assertions.Expect(marked.Last).ToContainTextAsync(Grouped(raised));
        await SystemInBrowser.ScreenshotAsync(page, "21-audit-diff");

        // Each export says it is being prepared while the server works (held back here until the page has been looked
        // at), then the file is saved and the page says it is ready.
        var progress = page.Locator("[data-export-progress]");
        await Assertions.Expect(progress).ToBeHiddenAsync();
        var path = await DownloadWhilePreparingAsync(page, "export-csv", "**/audit/perjanjian/*/csv", progress, "Menyiapkan berkas…", "audit-export-preparing");
        await Assertions.Expect(progress).ToHaveTextAsync("Berkas siap diunduh.");
        var csv = await File.ReadAllLinesAsync(path);
        csv[0].TrimStart('\uFEFF').ShouldBe("version,recorded_at,type,actor,actor_name,summary,reason,decree_number,decree_date");
        csv.Length.ShouldBeGreaterThanOrEqualTo(events + 1);
        csv.Count(line => line.Contains("050/123/2026", StringComparison.Ordinal)).ShouldBe(2);

        var pdf = await DownloadWhilePreparingAsync(page, "export-pdf", "**/audit/perjanjian/*/pdf", progress, "Menyiapkan berkas…", null);
        await Assertions.Expect(progress).ToHaveTextAsync("Berkas siap diunduh.");
        System.Text.Encoding.ASCII.GetString((await File.ReadAllBytesAsync(pdf))[..5]).ShouldBe("%PDF-");
    }

    /// <summary>
    /// Clicks a download link whose request is held back, sees the page say the file is being prepared, lets the server
    /// answer and returns the saved file.
    /// </summary>
    internal static async Task<string> DownloadWhilePreparingAsync(IPage page, string testId, string pattern, ILocator progress, string preparing, string? screenshot)
    {
        await using var held = await HeldBack.RequestAsync(page, pattern, "GET");
        var download = page.WaitForDownloadAsync(new PageWaitForDownloadOptions { Timeout = 180_000 });
        await page.GetByTestId(testId).ClickAsync();
        await held.Arrived;
        await Assertions.Expect(progress).ToBeVisibleAsync();
        await Assertions.Expect(progress).ToHaveTextAsync(preparing);
        if (screenshot is not null)
        {
            await SystemInBrowser.ScreenshotAsync(page, screenshot);
        }
        held.Release();
        return (await (await download).PathAsync())!;
    }

    [Fact]
    public async Task an_operator_cannot_open_the_auditors_view()
    {
        var page = await browser.SignedInPageAsync("operator-6402");
        await page.GotoAsync($"{browser.WebUrl}/audit/perjanjian/{Id}");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Akses ditolak");
    }

    /// <summary>Targets are shown as Indonesians write numbers (id-ID).</summary>
    private static string Grouped(string value) =>
        decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture).ToString("#,0.##", System.Globalization.CultureInfo.GetCultureInfo("id-ID"));
}

/// <summary>The audit trail's CSV keeps every field whole: commas, quotes and line breaks are quoted (RFC 4180).</summary>
public sealed class Audit_trail_csv
{
    [Fact]
    public void fields_with_commas_quotes_and_line_breaks_are_quoted_and_the_rest_written_as_they_are()
    {
        var trail = new Printing.AuditTrail(null,
        [
            new(3, "agreement.returned.v1", "verifier-6402", "Verifikator, Kutai", new DateTimeOffset(2026, 2, 3, 4, 5, 6, TimeSpan.Zero),
                "Returned", "Target \"TW IV\"\nterlalu rendah", new Components.Pages.Agreements.LegalBasisDto("050/77/2026", new DateOnly(2026, 2, 1)), default),
        ], null, null);

        trail.Csv().ShouldBe(
            "version,recorded_at,type,actor,actor_name,summary,reason,decree_number,decree_date\r\n" +
            "3,2026-02-03T04:05:06.0000000+00:00,agreement.returned.v1,verifier-6402,\"Verifikator, Kutai\",Returned,\"Target \"\"TW IV\"\"\nterlalu rendah\",050/77/2026,2026-02-01\r\n");
    }
}

using System.Text;
using Microsoft.Playwright;

namespace Kinerja.Web.Tests;

/// <summary>
/// An agreement from draft to in force through the pages, as the demo users who hold each role would do it; its
/// printed document and PDF; and the region boundary.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class Agreement_pages(SystemInBrowser browser)
{
    // A position without a demo agreement (the demo seeds one per unit head); its giver is the unit's secretary.
    private const string Receiver = "6402-dkp-kasubbag-umum";

    [Fact]
    public async Task an_operator_drafts_and_submits_a_verifier_verifies_both_parties_sign_and_the_agreement_is_in_force_printed_and_a_pdf()
    {
        var operatorPage = await browser.SignedInPageAsync("operator-6402");
        await operatorPage.GotoAsync($"{browser.WebUrl}/perjanjian");
        await Assertions.Expect(operatorPage.Locator("[data-testid=agreement-list] tbody tr").First).ToBeVisibleAsync();
        await SystemInBrowser.ScreenshotAsync(operatorPage, "10-agreement-list");
        await operatorPage.GetByTestId("new-draft").ClickAsync();
        await operatorPage.WaitForURLAsync($"{browser.WebUrl}/perjanjian/baru");

        // A position the region does not have: the form is fine for the browser's checks, the service refuses it by field.
        var form = operatorPage.GetByTestId("agreement-form");
        await operatorPage.GetByTestId("receiver").FillAsync("6402-no-such-position");
        await FillContentAsync(form);
        // The browser checks as one types: a budget that is not a number, weights that do not make 100.
        var budget = form.Locator("[name='programs[0].annualBudget']");
        await budget.FillAsync("satu miliar");
        await Assertions.Expect(budget.Locator("xpath=..").Locator(".client-error")).ToHaveTextAsync("Harus berupa angka, mis. 1.000.000 atau 12,5.");
        await budget.FillAsync("1.000.000.000");
        await Assertions.Expect(budget.Locator("xpath=..").Locator(".client-error")).ToHaveTextAsync("");
        var weight = form.Locator("[name='objectives[0].indicators[0].weight']");
        await weight.FillAsync("50");
        await Assertions.Expect(operatorPage.Locator("[data-weights-summary]")).ToHaveTextAsync("Jumlah bobot indikator 50; harus 100.");
        await weight.FillAsync("");
        await Assertions.Expect(operatorPage.Locator("[data-weights-summary]")).ToHaveTextAsync("");
        // Enter inside a field neither submits the form nor adds a row.
        await form.Locator("[name='objectives[0].indicators[0].name']").PressAsync("Enter");
        (await form.Locator(".indicator").CountAsync()).ShouldBe(1);
        operatorPage.Url.ShouldBe($"{browser.WebUrl}/perjanjian/baru");
        await operatorPage.GetByTestId("save").ClickAsync();

        var fieldError = operatorPage.Locator("[data-error-for=receiverPositionId]");
        await Assertions.Expect(fieldError).ToContainTextAsync("6402-no-such-position");
        await Assertions.Expect(operatorPage.GetByTestId("problem")).ToContainTextAsync("Isian belum benar");
        // What was typed came back with the refusal.
        (await form.Locator("[name='programs[0].annualBudget']").InputValueAsync()).ShouldBe("1.000.000.000");
        await SystemInBrowser.ScreenshotAsync(operatorPage, "11-agreement-editor-server-error");

        await operatorPage.GetByTestId("receiver").FillAsync(Receiver);
        await operatorPage.GetByTestId("save").ClickAsync();
        await Assertions.Expect(operatorPage.GetByTestId("status")).ToHaveTextAsync("Draf");
        var agreementUrl = operatorPage.Url.Split('?')[0];
        agreementUrl.ShouldStartWith($"{browser.WebUrl}/perjanjian/");
        await Assertions.Expect(operatorPage.GetByTestId("targets")).ToContainTextAsync("Persentase nelayan terlatih");
        await Assertions.Expect(operatorPage.GetByTestId("budget")).ToContainTextAsync("Rp 1.000.000.000");

        // A second tab still showing the draft: its submit comes too late and is refused in words.
        var staleTab = await operatorPage.Context.NewPageAsync();
        await staleTab.GotoAsync(agreementUrl);
        await operatorPage.GetByTestId("submit").ClickAsync();
        await Assertions.Expect(operatorPage.GetByTestId("status")).ToHaveTextAsync("Diajukan");
        (await operatorPage.GetByTestId("verify").CountAsync()).ShouldBe(0, "an operator does not verify");
        await staleTab.GetByTestId("submit").ClickAsync();
        await Assertions.Expect(staleTab.GetByTestId("problem")).ToContainTextAsync("Perintah ditolak");
        await Assertions.Expect(staleTab.GetByTestId("status")).ToHaveTextAsync("Diajukan");

        // The verifier returns it with comments; the operator corrects the draft and submits again.
        var verifierPage = await browser.SignedInPageAsync("verifier-6402");
        await verifierPage.GotoAsync(agreementUrl);
        await verifierPage.GetByTestId("return-text").FillAsync("Target TW IV terlalu rendah.");
        await verifierPage.GetByTestId("return").ClickAsync();
        await Assertions.Expect(verifierPage.GetByTestId("status")).ToHaveTextAsync("Dikembalikan");
        await operatorPage.GotoAsync(agreementUrl);
        await Assertions.Expect(operatorPage.GetByTestId("return-comments")).ToContainTextAsync("Target TW IV terlalu rendah.");
        await operatorPage.GetByTestId("edit").ClickAsync();
        await operatorPage.Locator("[name='objectives[0].indicators[0].annualTarget']").FillAsync("85");
        await operatorPage.Locator("[name='objectives[0].indicators[0].periodTargets[3]']").FillAsync("85");
        await operatorPage.GetByTestId("save").ClickAsync();
        await Assertions.Expect(operatorPage.GetByTestId("message")).ToHaveTextAsync("Perubahan draf disimpan.");
        await Assertions.Expect(operatorPage.GetByTestId("status")).ToHaveTextAsync("Draf");
        await Assertions.Expect(operatorPage.Locator("[data-testid=targets] tbody tr").First).ToContainTextAsync("85");
        await operatorPage.GetByTestId("submit").ClickAsync();
        await Assertions.Expect(operatorPage.GetByTestId("status")).ToHaveTextAsync("Diajukan");

        await verifierPage.GotoAsync(agreementUrl);
        await verifierPage.GetByTestId("verify").ClickAsync();
        await Assertions.Expect(verifierPage.GetByTestId("status")).ToHaveTextAsync("Terverifikasi");

        // The operator records the receiver's signature, the verifier the giver's; the last one brings it into force.
        await operatorPage.GotoAsync(agreementUrl);
        await operatorPage.GetByTestId("sign-Receiver").ClickAsync();
        await Assertions.Expect(operatorPage.GetByTestId("message")).ToHaveTextAsync("Tanda tangan dicatat.");
        await verifierPage.GotoAsync(agreementUrl);
        await verifierPage.GetByTestId("sign-Giver").ClickAsync();
        await Assertions.Expect(verifierPage.GetByTestId("status")).ToHaveTextAsync("Berlaku");
        await Assertions.Expect(verifierPage.Locator("[data-testid=signatures] tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(verifierPage.GetByTestId("signatures")).ToContainTextAsync("Tenggarong");
        await SystemInBrowser.ScreenshotAsync(verifierPage, "12-agreement-in-force");

        await verifierPage.GetByTestId("print-link").ClickAsync();
        await Assertions.Expect(verifierPage.GetByTestId("first-party")).ToContainTextAsync("Kepala Sub Bagian Umum dan Kepegawaian");
        await Assertions.Expect(verifierPage.GetByTestId("second-party")).ToContainTextAsync("Sekretaris Dinas Perikanan dan Kelautan");
        await Assertions.Expect(verifierPage.Locator("[data-testid=signature-blocks] .pk-signed")).ToHaveCountAsync(4);
        await Assertions.Expect(verifierPage.GetByTestId("pk-budget")).ToContainTextAsync("Program Pelatihan Nelayan");
        await SystemInBrowser.ScreenshotAsync(verifierPage, "13-agreement-printed");

        // The PDF is printed on the server (a few seconds): the page says it is being prepared, then saves it.
        var progress = verifierPage.GetByTestId("pdf-progress");
        await Assertions.Expect(progress).ToBeHiddenAsync();
        var pdf = await Auditor_view.DownloadWhilePreparingAsync(verifierPage, "pdf-link", "**/perjanjian/*/pdf", progress, "Menyiapkan berkas…", "14-agreement-pdf-preparing");
        await Assertions.Expect(progress).ToHaveTextAsync("Berkas siap diunduh.");
        var body = await File.ReadAllBytesAsync(pdf);
        Encoding.ASCII.GetString(body, 0, 5).ShouldBe("%PDF-");
        body.Length.ShouldBeGreaterThan(5_000);
    }

    [Fact]
    public async Task a_user_of_another_region_does_not_see_a_6402_agreement_in_the_list_and_is_refused_at_its_address()
    {
        var page = await browser.SignedInPageAsync("operator-6471");
        await page.GotoAsync($"{browser.WebUrl}/perjanjian");
        await Assertions.Expect(page.GetByTestId("agreement-count")).ToBeVisibleAsync();
        (await page.Locator("[data-testid=agreement-list] a[href^='/perjanjian/6402-']").CountAsync()).ShouldBe(0);
        (await page.GetByTestId("agreement-list").InnerTextAsync()).ShouldNotContain("Kutai");

        await page.GotoAsync($"{browser.WebUrl}/perjanjian/6402-{DateTime.UtcNow.Year}-dinkes");
        await Assertions.Expect(page.GetByTestId("problem")).ToContainTextAsync("Anda tidak berhak melihat");
        (await page.Locator("[data-testid=agreement-body]").CountAsync()).ShouldBe(0);
        (await page.GetByTestId("problem").InnerTextAsync()).ShouldNotContain("   at ");
        await SystemInBrowser.ScreenshotAsync(page, "14-agreement-other-region-refused");

        var pdf = await page.Context.APIRequest.GetAsync($"{browser.WebUrl}/perjanjian/6402-{DateTime.UtcNow.Year}-dinkes/pdf");
        pdf.Status.ShouldBe(403);
    }

    private static async Task FillContentAsync(ILocator form)
    {
        async Task Fill(string name, string value) => await form.Locator($"[name='{name}']").FillAsync(value);
        await Fill("objectives[0].statement", "Meningkatnya kapasitas nelayan");
        const string i = "objectives[0].indicators[0]";
        await Fill($"{i}.name", "Persentase nelayan terlatih");
        await Fill($"{i}.unitOfMeasure", "%");
        await form.Locator($"[name='{i}.consolidation']").SelectOptionAsync("Last");
        await form.Locator($"[name='{i}.accumulation']").SelectOptionAsync("Cumulative");
        await Fill($"{i}.calculationMethod", "Nelayan terlatih dibagi jumlah nelayan x 100");
        await Fill($"{i}.dataSource", "Laporan bidang");
        await Fill($"{i}.personResponsible", "Kepala Sub Bagian Umum");
        await Fill($"{i}.annualTarget", "80");
        await Fill($"{i}.periodTargets[0]", "20");
        await Fill($"{i}.periodTargets[1]", "40");
        await Fill($"{i}.periodTargets[2]", "60");
        await Fill($"{i}.periodTargets[3]", "80");
        await Fill("programs[0].name", "Program Pelatihan Nelayan");
        await Fill("programs[0].annualBudget", "1.000.000.000");
        await Fill("programs[0].quarterlyBudget[0]", "250.000.000");
        await Fill("programs[0].quarterlyBudget[1]", "250.000.000");
        await Fill("programs[0].quarterlyBudget[2]", "250.000.000");
        await Fill("programs[0].quarterlyBudget[3]", "250.000.000");
    }
}

/// <summary>The PDF printer on its own: chromium missing, too slow or failing is said in words, never a hang.</summary>
public sealed class Printing_a_pdf
{
    private static Printing.PdfPrinter Printer(string chromium, TimeSpan timeout) =>
        new(new Printing.PrinterOptions(chromium, timeout), Microsoft.Extensions.Logging.Abstractions.NullLogger<Printing.PdfPrinter>.Instance);

    [Fact]
    public async Task chromium_prints_the_html_it_is_given_as_a_pdf()
    {
        var pdf = await Printer(SystemInBrowser.ChromiumPath, TimeSpan.FromMinutes(3))
            .PrintAsync("<!DOCTYPE html><html><body><h1>Perjanjian Kinerja</h1></body></html>", CancellationToken.None);

        Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
    }

    [Fact]
    public async Task without_chromium_the_printer_says_so()
    {
        var refused = await Should.ThrowAsync<Printing.PrinterUnavailableException>(() =>
            Printer("/nonexistent/chromium", TimeSpan.FromMinutes(1)).PrintAsync("<html></html>", CancellationToken.None));

        refused.Message.ShouldBe("/nonexistent/chromium is not installed.");
    }

    [Fact]
    public async Task a_printer_that_does_not_finish_is_stopped_and_one_that_writes_nothing_is_reported()
    {
        var folder = Directory.CreateTempSubdirectory("kinerja-printer-test-");
        try
        {
            var hanging = Path.Combine(folder.FullName, "hanging-chromium");
            await File.WriteAllTextAsync(hanging, "#!/bin/sh\nexec sleep 600\n");
            var failing = Path.Combine(folder.FullName, "failing-chromium");
            await File.WriteAllTextAsync(failing, "#!/bin/sh\necho broken >&2\nexit 3\n");
            foreach (var script in new[] { hanging, failing })
            {
                File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            var slow = await Should.ThrowAsync<Printing.PrinterUnavailableException>(() =>
                Printer(hanging, TimeSpan.FromSeconds(2)).PrintAsync("<html></html>", CancellationToken.None));
            slow.Message.ShouldBe("Chromium did not print within 2 s.");

            var broken = await Should.ThrowAsync<Printing.PrinterUnavailableException>(() =>
                Printer(failing, TimeSpan.FromMinutes(1)).PrintAsync("<html></html>", CancellationToken.None));
            broken.Message.ShouldBe("Chromium exited with code 3 without writing the PDF.");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

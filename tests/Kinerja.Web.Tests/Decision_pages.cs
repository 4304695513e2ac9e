using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kinerja.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class Decision_pages(SystemInBrowser browser)
{
    [Fact]
    public async Task the_verifier_approves_a_demo_proposal_the_operator_files_an_objection_and_the_verifier_decides_it()
    {
        var verifier = await browser.SignedInPageAsync("verifier-6402");
        await verifier.Locator("nav").GetByText("Penghargaan & sanksi").ClickAsync();
        // The demo proposes decisions once Evaluations has judged TW I; the list is read again until they are there.
        var proposals = verifier.Locator("[data-testid=decisions-proposed] tbody tr");
        await PageReloads.UntilShownAsync(verifier, proposals);
        await SystemInBrowser.ScreenshotAsync(verifier, "w3-04-decisions");
        var decisionId = await proposals.First.GetAttributeAsync("data-decision");
        await proposals.First.Locator("a").ClickAsync();

        await Expect(verifier.GetByTestId("decision-status")).ToHaveTextAsync("Diusulkan");
        await Expect(verifier.GetByTestId("decision-basis")).ToContainTextAsync("64.02-tpp");
        await Expect(verifier.GetByTestId("decision-basis")).ToContainTextAsync("Jika predikat");

        // A refusal is explained: rejecting needs a reason, and nothing changes.
        await verifier.GetByTestId("reject").ClickAsync();
        await Expect(verifier.GetByTestId("decision-problem")).ToContainTextAsync("reason: Say why the proposal is rejected.");
        await Expect(verifier.GetByTestId("decision-status")).ToHaveTextAsync("Diusulkan");
        await verifier.Locator("[data-testid=amend-form] input[name='Command.Reason']").FillAsync("Dinaikkan karena bencana banjir.");
        await verifier.Locator("[data-testid=amend-form] input[name='Command.AllowancePercent']").FillAsync("0");
        await verifier.GetByTestId("amend").ClickAsync();
        await Expect(verifier.GetByTestId("decision-problem")).ToContainTextAsync("allowancePercent:");
        await Expect(verifier.GetByTestId("decision-status")).ToHaveTextAsync("Diusulkan");
        await SystemInBrowser.ScreenshotAsync(verifier, "w3-05-decision-proposal");

        await verifier.GetByTestId("approve").ClickAsync();
        await Expect(verifier.GetByTestId("decision-message")).ToContainTextAsync("Usulan disetujui");
        await Expect(verifier.GetByTestId("decision-status")).ToHaveTextAsync("Disetujui");

        // The operator may not approve, but files the receiver's objection.
        var operatorPage = await browser.SignedInPageAsync("operator-6402");
        await operatorPage.GotoAsync($"{browser.WebUrl}/keputusan/{decisionId}");
        await Expect(operatorPage.GetByTestId("decision-actions")).ToHaveCountAsync(0);
        await operatorPage.GetByTestId("file-appeal").ClickAsync();
        await Expect(operatorPage.GetByTestId("decision-problem")).ToContainTextAsync("reason: State the grounds of the objection.");
        await operatorPage.Locator("[data-testid=appeal-form] textarea").FillAsync("Realisasi TW I belum memuat data puskesmas yang terlambat dikirim.");
        await operatorPage.GetByTestId("file-appeal").ClickAsync();
        await Expect(operatorPage.GetByTestId("decision-message")).ToContainTextAsync("Keberatan diajukan");
        await Expect(operatorPage.GetByTestId("decision-appeal")).ToContainTextAsync("Diajukan, menunggu putusan");

        await operatorPage.GotoAsync($"{browser.WebUrl}/keputusan");
        await Expect(operatorPage.Locator($"[data-testid=decisions-appeals] tr[data-decision='{decisionId}']")).ToBeVisibleAsync();
        await SystemInBrowser.ScreenshotAsync(operatorPage, "w3-06-decisions-appeal");

        await verifier.GotoAsync($"{browser.WebUrl}/keputusan/{decisionId}");
        await verifier.Locator("[data-testid=decide-appeal-form] input[value=true]").CheckAsync();
        await verifier.Locator("[data-testid=decide-appeal-form] input[name='Command.Reason']").FillAsync("Data puskesmas tidak mengubah predikat.");
        await verifier.GetByTestId("decide-appeal").ClickAsync();
        await Expect(verifier.GetByTestId("decision-appeal")).ToContainTextAsync("Ditolak (keputusan tetap)");
    }
}

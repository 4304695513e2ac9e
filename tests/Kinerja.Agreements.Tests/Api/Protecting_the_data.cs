using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kinerja.ServiceDefaults.Auth;

namespace Kinerja.Agreements.Tests.Api;

/// <summary>Authorisation across regions and roles, bad input, stale versions and the all-or-nothing CSV import.</summary>
[Collection(ApiCollection.Name)]
public sealed class Protecting_the_data(InfrastructureFixture infrastructure) : InARegion(infrastructure)
{
    private static JsonObject Draft(JsonNode content, string region = AgreementsApi.Region) =>
        new() { ["region"] = region, ["year"] = AgreementsApi.Year, ["receiverPositionId"] = "dinkes-kepala", ["content"] = content };

    [Fact]
    public async Task an_operator_of_another_region_gets_403_and_auditors_and_ministry_read_but_never_write()
    {
        var id = await Api.DraftAsync(Guid.NewGuid());
        using var balikpapan = Api.BalikpapanOperator;
        using var auditor = Api.Auditor;
        using var ministry = Api.Ministry;

        (await balikpapan.GetAsync($"/api/agreements/{id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await balikpapan.PostAsync($"/api/agreements/{id}/submit", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await balikpapan.PostAsJsonAsync("/api/agreements", Draft(AgreementsApi.Content(Guid.NewGuid())))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await balikpapan.PostAsJsonAsync("/api/regions/64.02/units", new { unitId = "x", name = "X" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await balikpapan.GetFromJsonAsync<JsonElement[]>("/api/agreements"))!.ShouldBeEmpty();

        (await auditor.GetAsync($"/api/agreements/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ministry.GetAsync($"/api/agreements/{id}/history")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await auditor.PostAsync($"/api/agreements/{id}/submit", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ministry.PostAsync($"/api/agreements/{id}/withdraw", JsonContent.Create(new { reason = "x" }))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ministry.PostAsJsonAsync("/api/agreements", Draft(AgreementsApi.Content(Guid.NewGuid())))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var operatorVerifying = Api.Operator;
        (await operatorVerifying.PostAsync($"/api/agreements/{id}/submit", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await operatorVerifying.PostAsync($"/api/agreements/{id}/verify", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "an operator does not verify");

        using var anonymous = Api.Anonymous;
        (await anonymous.GetAsync($"/api/agreements/{id}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Api.HistoryAsync(id)).Length.ShouldBe(2, "refused commands appended nothing");
    }

    [Fact]
    public async Task an_operator_scoped_to_another_unit_and_a_verifier_who_is_not_the_giver_are_refused()
    {
        var id = await Api.DraftAsync(Guid.NewGuid());
        using var bappedaOperator = Api.As(TestTokens.For(new DemoUser("operator-bappeda", "Operator Bappeda", [KinerjaRoles.Operator], ["64.02"]) { Units = ["bappeda"] }));
        using var otherVerifier = Api.As(TestTokens.For(new DemoUser("kabid", "Kepala Bidang Lain", [KinerjaRoles.Verifier], ["64.02"]) { Nip = "198003032005011003" }));
        using var @operator = Api.Operator;

        (await bappedaOperator.PostAsync($"/api/agreements/{id}/submit", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await bappedaOperator.PostAsJsonAsync("/api/agreements", Draft(AgreementsApi.Content(Guid.NewGuid())))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await @operator.PostAsync($"/api/agreements/{id}/submit", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await otherVerifier.PostAsync($"/api/agreements/{id}/verify", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var verifier = Api.Verifier;
        (await verifier.PostAsync($"/api/agreements/{id}/verify", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task bad_input_gets_a_400_naming_the_field_and_appends_nothing()
    {
        using var @operator = Api.Operator;
        var wrongQuarters = AgreementsApi.Content(Guid.NewGuid());
        wrongQuarters["objectives"]![0]!["indicators"]![0]!["periodTargets"]!.AsArray().RemoveAt(3);
        var negativeBudget = AgreementsApi.Content(Guid.NewGuid(), programBudget: -5);

        await (await @operator.PostAsJsonAsync("/api/agreements", Draft(wrongQuarters))).ShouldBeBadRequestNaming("objectives[0].indicators[0].periodTargets");
        await (await @operator.PostAsJsonAsync("/api/agreements", Draft(negativeBudget))).ShouldBeBadRequestNaming("programs[0].annualBudget");
        await (await @operator.PostAsJsonAsync("/api/agreements", Draft(AgreementsApi.Content(Guid.NewGuid()), region: "99.99"))).ShouldBeBadRequestNaming("region");
        await (await @operator.PostAsJsonAsync("/api/agreements", new { region = "64.02", year = 2025 })).ShouldBeBadRequestNaming("receiverPositionId");
        await (await @operator.PostAsJsonAsync("/api/regions/64.02/officials", new { nip = "19700101199503100", name = "Tanpa NIP Lengkap" })).ShouldBeBadRequestNaming("nip");
        await (await @operator.PostAsJsonAsync("/api/agreements", new JsonObject { ["region"] = "64.02", ["year"] = "dua ribu" })).ShouldBeBadRequestNaming("year");

        (await @operator.GetFromJsonAsync<JsonElement[]>("/api/agreements"))!.ShouldBeEmpty();
        var organisation = await @operator.GetFromJsonAsync<JsonElement>("/api/regions/64.02/organisation");
        organisation.GetProperty("officials").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task a_stale_if_match_gets_409_with_the_current_version_and_changes_nothing()
    {
        var id = await Api.DraftAsync(Guid.NewGuid());
        using var @operator = Api.Operator;
        (await @operator.PostAsJsonAsync($"/api/agreements/{id}/links", new { })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var current = await Api.VersionAsync(id);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/agreements/{id}/submit");
        request.Headers.IfMatch.Add(new EntityTagHeaderValue("\"" + (current + 3) + "\""));

        using var response = await @operator.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("currentVersion").GetInt64().ShouldBe(current);
        response.Headers.ETag!.Tag.ShouldBe($"\"{current}\"");
        (await Api.GetAsync(id)).GetProperty("status").GetString().ShouldBe("Draft");
    }

    [Fact]
    public async Task a_csv_import_with_one_bad_row_reports_it_by_row_and_column_and_imports_nothing()
    {
        using var @operator = Api.Operator;

        using var response = await @operator.PostAsync("/api/regions/64.02/organisation/import", AgreementsApi.Csv(
            "bappeda,Bappeda,,bappeda-kepala,Kepala Bappeda,II,,196805051994031002,Ir. H. Syamsul Hadi,Pembina Utama Muda (IV/c),2022-01-03,no",
            "bkd,BKD,,bkd-kepala,Kepala BKD,II,,12345,Drs. Akhmad Taufik,Pembina Utama Muda (IV/c),2022-01-03,no"));

        await response.ShouldBeBadRequestNaming("rows[3].nip");
        var organisation = await @operator.GetFromJsonAsync<JsonElement>("/api/regions/64.02/organisation");
        organisation.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("id").GetString()).ShouldBe(["dinkes"]);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kinerja.Agreements.Tests.Api;

/// <summary>The region dashboard's "recent revisions": approved revisions with reason and legal basis, newest first.</summary>
[Collection(ApiCollection.Name)]
public sealed class Recent_revisions(InfrastructureFixture infrastructure) : InARegion(infrastructure)
{
    [Fact]
    public async Task approved_revisions_are_listed_newest_first_with_reason_legal_basis_and_approver_and_an_agreement_never_revised_is_not()
    {
        var id = await Api.InForceAsync(Guid.NewGuid());
        using var @operator = Api.Operator;
        (await @operator.GetFromJsonAsync<JsonElement[]>($"/api/regions/{AgreementsApi.Region}/revisions"))!.ShouldBeEmpty();

        await ReviseQ4Async(id, 30_000, "050/77/2025");
        await ReviseQ4Async(id, 35_000, "050/91/2025");

        var revisions = (await @operator.GetFromJsonAsync<JsonElement[]>($"/api/regions/{AgreementsApi.Region}/revisions?year={AgreementsApi.Year}"))!;
        revisions.Select(r => r.GetProperty("version").GetInt32()).ShouldBe([3, 2]);
        revisions.ShouldAllBe(r => r.GetProperty("agreementId").GetString() == id);
        revisions[0].GetProperty("reason").GetString().ShouldBe("ChangeOfProgramActivityOrBudget");
        revisions[0].GetProperty("legalBasis").GetProperty("decreeNumber").GetString().ShouldBe("050/91/2025");
        revisions[0].GetProperty("approvedBy").GetString().ShouldBe("Test verifier");
        revisions[0].GetProperty("proposedBy").GetString().ShouldBe("Test operator");
        (await @operator.GetFromJsonAsync<JsonElement[]>($"/api/regions/{AgreementsApi.Region}/revisions?limit=1"))!.Length.ShouldBe(1);
        (await @operator.GetFromJsonAsync<JsonElement[]>($"/api/regions/{AgreementsApi.Region}/revisions?year={AgreementsApi.Year + 1}"))!.ShouldBeEmpty();
    }

    [Fact]
    public async Task another_regions_operator_is_refused_and_bad_input_names_the_field()
    {
        using var stranger = Api.BalikpapanOperator;
        (await stranger.GetAsync($"/api/regions/{AgreementsApi.Region}/revisions")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var @operator = Api.Operator;
        await (await @operator.GetAsync($"/api/regions/{AgreementsApi.Region}/revisions?limit=0")).ShouldBeBadRequestNaming("limit");
        await (await @operator.GetAsync("/api/regions/not-a-region/revisions")).ShouldBeBadRequestNaming("region");
    }

    private async Task ReviseQ4Async(string id, decimal q4, string decree)
    {
        using var @operator = Api.Operator;
        using var verifier = Api.Verifier;
        using var proposed = await @operator.PostAsJsonAsync($"/api/agreements/{id}/revisions", new JsonObject
        {
            ["reason"] = "ChangeOfProgramActivityOrBudget",
            ["legalBasis"] = new JsonObject { ["decreeNumber"] = decree, ["decreeDate"] = "2025-07-01" },
            ["content"] = Agreement_lifecycle.ContentWithIds(await Api.GetAsync(id), q4),
        });
        proposed.StatusCode.ShouldBe(HttpStatusCode.OK, await proposed.Content.ReadAsStringAsync());
        (await verifier.PostAsync($"/api/agreements/{id}/revisions/approve", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

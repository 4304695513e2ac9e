using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kinerja.ServiceDefaults.Auth;

namespace Kinerja.Agreements.Tests.Api;

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<InfrastructureFixture>
{
    public const string Name = "agreements-api";
}

/// <summary>
/// The Agreements service in the test host on its own database, with the fixture's PostgreSQL and RabbitMQ,
/// and Kutai Kartanegara set up through the API itself (region, CSV import, DPA approval date).
/// </summary>
internal sealed class AgreementsApi : IAsyncDisposable
{
    public const string Region = "64.02";
    public const int Year = 2025;

    public const string Header = "unit_id,unit_name,parent_unit_id,position_id,position_title,echelon,superior_position_id,nip,official_name,rank,placed_from,acting";

    public const string HeadOfHealth = "197001011995031001";

    private AgreementsApi(ServiceFactory<AgreementsService> factory, string database)
    {
        Factory = factory;
        Database = database;
    }

    public ServiceFactory<AgreementsService> Factory { get; }

    public string Database { get; }

    public static async Task<AgreementsApi> StartAsync(InfrastructureFixture infrastructure)
    {
        var database = await infrastructure.CreateDatabaseAsync("agreements");
        var api = new AgreementsApi(new ServiceFactory<AgreementsService>("agreements", database, infrastructure.RabbitMqConnectionString), database);
        api.Factory.CreateClient().Dispose();
        return api;
    }

    public HttpClient As(string token) => Factory.CreateClient().WithToken(token);

    public HttpClient Anonymous => Factory.CreateClient();

    public HttpClient Operator => As(TestTokens.For(KinerjaRoles.Operator, Region));

    public HttpClient Verifier => As(TestTokens.For(KinerjaRoles.Verifier, Region));

    public HttpClient Admin => As(TestTokens.For(KinerjaRoles.Admin, KinerjaClaims.AllRegions));

    public HttpClient Auditor => As(TestTokens.For(KinerjaRoles.Auditor, KinerjaClaims.AllRegions));

    public HttpClient Ministry => As(TestTokens.For(KinerjaRoles.Ministry, KinerjaClaims.AllRegions));

    public HttpClient BalikpapanOperator => As(TestTokens.For(KinerjaRoles.Operator, "64.71"));

    /// <summary>Registers 64.02 and 64.71, imports the head of region and the health office, records the DPA date.</summary>
    public async Task SetUpRegionAsync()
    {
        using var admin = Admin;
        (await admin.PostAsJsonAsync("/api/regions", new { code = Region, name = "Kabupaten Kutai Kartanegara", headOfRegionTitle = "Bupati" })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync("/api/regions", new { code = "64.71", name = "Kota Balikpapan", headOfRegionTitle = "Wali Kota" })).EnsureSuccessStatusCode();
        using var @operator = Operator;
        using var import = await @operator.PostAsync($"/api/regions/{Region}/organisation/import", Csv(
            ",,,bupati,Bupati Kutai Kartanegara,KDH,,,Drs. Bupati Kukar,,2021-02-26,",
            $"dinkes,Dinas Kesehatan,,dinkes-kepala,Kepala Dinas Kesehatan,II,,{HeadOfHealth},\"dr. Hj. Dewi Handayani, M.Kes\",Pembina Utama Muda (IV/c),2022-03-01,no"));
        import.StatusCode.ShouldBe(HttpStatusCode.OK, await import.Content.ReadAsStringAsync());
        (await @operator.PutAsJsonAsync($"/api/regions/{Region}/budget-approvals/{Year}", new { approvedOn = "2025-01-10" })).EnsureSuccessStatusCode();
    }

    public static StringContent Csv(params string[] rows) => new(string.Join("\n", rows.Prepend(Header)), Encoding.UTF8, "text/csv");

    /// <summary>One quarterly SUM indicator (its id a GUID, as Measurements names indicators) and one program.</summary>
    public static JsonObject Content(Guid indicator, decimal q4 = 25_000, decimal programBudget = 1_000_000_000) => new()
    {
        ["objectives"] = new JsonArray(new JsonObject
        {
            ["statement"] = "Meningkatnya derajat kesehatan masyarakat",
            ["indicators"] = new JsonArray(new JsonObject
            {
                ["id"] = indicator.ToString(),
                ["name"] = "Jumlah kunjungan rawat jalan puskesmas",
                ["unitOfMeasure"] = "kunjungan",
                ["polarity"] = "Positive",
                ["consolidation"] = "Sum",
                ["accumulation"] = "PerPeriod",
                ["calculationMethod"] = "Jumlah kunjungan dalam periode",
                ["dataSource"] = "SIMPUS",
                ["frequency"] = "Quarterly",
                ["personResponsible"] = "Kepala Bidang Pelayanan Kesehatan",
                ["annualTarget"] = new JsonObject { ["value"] = 75_000 + q4 },
                ["periodTargets"] = new JsonArray(
                    new JsonObject { ["value"] = 20_000 }, new JsonObject { ["value"] = 25_000 },
                    new JsonObject { ["value"] = 30_000 }, new JsonObject { ["value"] = q4 }),
            }),
        }),
        ["programs"] = new JsonArray(new JsonObject
        {
            ["name"] = "Program Upaya Kesehatan Masyarakat",
            ["annualBudget"] = programBudget,
        }),
    };

    public async Task<string> DraftAsync(Guid indicator, JsonObject? content = null)
    {
        using var @operator = Operator;
        using var response = await @operator.PostAsJsonAsync("/api/agreements",
            new JsonObject { ["region"] = Region, ["year"] = Year, ["receiverPositionId"] = "dinkes-kepala", ["content"] = content ?? Content(indicator) });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("agreementId").GetString()!;
    }

    /// <summary>Draft → submit → verify → signed by receiver and giver: in force.</summary>
    public async Task<string> InForceAsync(Guid indicator, JsonObject? content = null)
    {
        var id = await DraftAsync(indicator, content);
        using var @operator = Operator;
        using var verifier = Verifier;
        (await @operator.PostAsync($"/api/agreements/{id}/submit", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await verifier.PostAsync($"/api/agreements/{id}/verify", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var agreement = await GetAsync(id);
        foreach (var party in new[] { "receiver", "giver" })
        {
            using var signed = await @operator.PostAsJsonAsync($"/api/agreements/{id}/signatures",
                new { party = party == "receiver" ? "Receiver" : "Giver", signer = agreement.GetProperty(party).GetProperty("official").GetString(), place = "Tenggarong" });
            signed.StatusCode.ShouldBe(HttpStatusCode.OK, await signed.Content.ReadAsStringAsync());
        }
        return id;
    }

    /// <summary>The agreement as the API shows it (the <c>agreement</c> part of the view).</summary>
    public async Task<JsonElement> GetAsync(string id)
    {
        using var auditor = Auditor;
        var view = await auditor.GetFromJsonAsync<JsonElement>($"/api/agreements/{id}");
        return view.GetProperty("agreement");
    }

    public async Task<long> VersionAsync(string id)
    {
        using var auditor = Auditor;
        using var response = await auditor.GetAsync($"/api/agreements/{id}");
        return long.Parse(response.Headers.ETag!.Tag.Trim('"'), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<JsonElement[]> HistoryAsync(string id)
    {
        using var auditor = Auditor;
        return (await auditor.GetFromJsonAsync<JsonElement[]>($"/api/agreements/{id}/history"))!;
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}

internal static class ProblemAssertions
{
    /// <summary>A 400 problem naming exactly <paramref name="fields"/>, and nothing else.</summary>
    public static async Task ShouldBeBadRequestNaming(this HttpResponseMessage response, params string[] fields)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal).ShouldBe(fields.Order(StringComparer.Ordinal), body);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace Kinerja.Measurements.Tests.Api;

[Collection(MeasurementsApiCollection.Name)]
public sealed class Authorisation_and_bad_input(MeasurementsApiFixture api)
{
    private const string Region = "64.02";

    [Fact]
    public async Task a_request_without_a_token_is_401_and_another_regions_operator_gets_403()
    {
        var id = $"pk-auth-{Guid.NewGuid():N}";
        await api.SignAsync(Upstream.Signed(id, Region));
        using var anonymous = api.Client();
        using var otherRegion = api.Client(People.Operator("64.71"));

        (await anonymous.RecordAsync(id, "IK-1", "2025-Q1", Http.Value(30m))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await (await otherRegion.RecordAsync(id, "IK-1", "2025-Q1", Http.Value(30m))).ProblemAsync(HttpStatusCode.Forbidden)).Fields().ShouldBe(["agreementId"]);
        (await (await otherRegion.GetAsync($"/api/measurements/regions/{Region}/late?period=2025-Q1")).ProblemAsync(HttpStatusCode.Forbidden)).Fields().ShouldBe(["region"]);
        (await (await otherRegion.PostAsync($"/api/measurements/regions/{Region}/periods/2025-Q4/closing", null)).ProblemAsync(HttpStatusCode.Forbidden)).Fields().ShouldBe(["region"]);
    }

    [Fact]
    public async Task bad_input_is_a_400_naming_the_field()
    {
        var id = $"pk-input-{Guid.NewGuid():N}";
        await api.SignAsync(Upstream.Signed(id, Region));
        using var client = api.Client(People.Operator(Region));

        (await (await client.RecordAsync(id, "IK-1", "2025-Q1", new { evidenceUrl = "https://bukti.example.go.id/1.pdf" })).ProblemAsync(HttpStatusCode.BadRequest)).Fields().ShouldBe(["value"]);
        var wrongType = await client.PostAsync(Http.Realisation(id, "IK-1", "2025-Q1"), new StringContent("""{"value":"tiga puluh"}""", Encoding.UTF8, "application/json"));
        (await wrongType.ProblemAsync(HttpStatusCode.BadRequest)).Fields().ShouldBe(["value"]);
        (await (await client.RecordAsync(id, "IK-1", "2025-Q1", Http.Value(150m))).ProblemAsync(HttpStatusCode.BadRequest)).Fields().ShouldBe(["value"]);
        (await (await client.RecordAsync(id, "IK-2", "2025-Q1", Http.Value(10.5m, gap: "x"))).ProblemAsync(HttpStatusCode.BadRequest)).Fields().ShouldBe(["value"]);
        (await (await client.RecordAsync(id, "IK-1", "2025-M01", Http.Value(30m))).ProblemAsync(HttpStatusCode.BadRequest)).Fields().ShouldBe(["period"]);
        (await (await client.RecordAsync(id, "IK-1", "2025-Q5", Http.Value(30m))).ProblemAsync(HttpStatusCode.BadRequest)).Fields().ShouldBe(["period"]);
        (await (await client.RecordAsync(id, "IK-1", "2025-Q1", Http.Value(10m))).ProblemAsync(HttpStatusCode.BadRequest)).Fields().ShouldBe(["gapExplanation", "followUpAction"]);
        (await (await client.RecordAsync(id, "IK-1", "2025-Q1", new { value = 30m, evidenceUrl = "bukti" })).ProblemAsync(HttpStatusCode.BadRequest)).Fields().ShouldBe(["evidenceUrl"]);
        (await (await client.RecordAsync("pk-unknown", "IK-1", "2025-Q1", Http.Value(30m))).ProblemAsync(HttpStatusCode.NotFound)).Fields().ShouldBe(["agreementId"]);
        (await (await client.RecordAsync(id, "IK-9", "2025-Q1", Http.Value(30m))).ProblemAsync(HttpStatusCode.NotFound)).Fields().ShouldBe(["indicatorId"]);
        (await (await client.GetAsync($"/api/measurements/regions/{Region}/late?period=Q1")).ProblemAsync(HttpStatusCode.BadRequest)).Fields().ShouldBe(["period"]);
        var reopen = await client.PostAsJsonAsync("/api/measurements/regions/6402/periods/2025-Q1/reopening", new { reason = "x" });
        (await reopen.ProblemAsync(HttpStatusCode.BadRequest)).Fields().ShouldBe(["region"]);
    }

    [Fact]
    public async Task the_OpenAPI_document_is_published_with_summaries()
    {
        using var anonymous = api.Client();

        var document = await (await anonymous.GetAsync("/openapi/v1.json")).OkJsonAsync();

        var record = document.GetProperty("paths").GetProperty("/api/measurements/realisations/{agreementId}/{indicatorId}/{period}").GetProperty("post");
        record.GetProperty("summary").GetString().ShouldStartWith("Record the realisation");
    }
}

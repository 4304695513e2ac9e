using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kinerja.Measurements.Tests.Api;

/// <summary>Small readers of the API's answers.</summary>
internal static class Http
{
    public static string Realisation(string agreementId, string indicator, string period) =>
        $"/api/measurements/realisations/{agreementId}/{indicator}/{period}";

    public static async Task<JsonElement> OkJsonAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Asserts the status and returns the problem's <c>errors</c> (field → messages).</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        return problem.TryGetProperty("errors", out var errors) ? errors : problem;
    }

    public static Task<HttpResponseMessage> RecordAsync(this HttpClient client, string agreementId, string indicator, string period, object body) =>
        client.PostAsJsonAsync(Realisation(agreementId, indicator, period), body);

    public static object Value(decimal value, string? gap = null) => new
    {
        value,
        evidenceUrl = "https://bukti.example.go.id/laporan.pdf",
        notes = "Data TW",
        gapExplanation = gap,
        followUpAction = gap is null ? null : "Percepatan kegiatan",
    };

    public static string[] Fields(this JsonElement errors) => errors.EnumerateObject().Select(p => p.Name).ToArray();
}

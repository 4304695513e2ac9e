using System.Net.Http.Json;
using System.Text.Json;

namespace Kinerja.Web.Components.Pages.Evaluations;

/// <summary>
/// What a service answered to a page: the JSON body, or the reason it refused in words (the problem details'
/// detail and field errors), never an exception. Used by the evaluation, decision and ministry pages.
/// </summary>
internal sealed record ServiceAnswer(int Status, JsonElement Body, string? Problem)
{
    public bool Ok => Problem is null;

    public static async Task<ServiceAnswer> GetAsync(HttpClient client, string path, CancellationToken cancellationToken = default) =>
        await SendAsync(() => client.GetAsync(path, cancellationToken), cancellationToken);

    public static async Task<ServiceAnswer> PostAsync(HttpClient client, string path, object body, long? ifMatch = null, CancellationToken cancellationToken = default) =>
        await SendAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
            if (ifMatch is { } version)
            {
                request.Headers.TryAddWithoutValidation("If-Match", $"\"{version}\"");
            }
            return client.SendAsync(request, cancellationToken);
        }, cancellationToken);

    private static async Task<ServiceAnswer> SendAsync(Func<Task<HttpResponseMessage>> send, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await send();
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var body = string.IsNullOrWhiteSpace(text) ? default : JsonDocument.Parse(text).RootElement.Clone();
            return response.IsSuccessStatusCode
                ? new ServiceAnswer((int)response.StatusCode, body, null)
                : new ServiceAnswer((int)response.StatusCode, body, Words(response, body));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
        {
            return new ServiceAnswer(0, default, "unreachable");
        }
    }

    /// <summary>The problem's detail and each field's message, e.g. "reason: Say why the proposal is rejected.".</summary>
    private static string Words(HttpResponseMessage response, JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return $"{(int)response.StatusCode} {response.ReasonPhrase}";
        }
        var parts = new List<string>();
        if (body.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.String)
        {
            parts.Add(detail.GetString()!);
        }
        else if (body.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String)
        {
            parts.Add(title.GetString()!);
        }
        if (body.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
        {
            parts.AddRange(errors.EnumerateObject().Select(field => $"{field.Name}: {string.Join(" ", field.Value.EnumerateArray().Select(m => m.GetString()))}"));
        }
        return parts.Count == 0 ? $"{(int)response.StatusCode} {response.ReasonPhrase}" : string.Join(" ", parts.Distinct());
    }
}

/// <summary>Reading optional JSON fields without exceptions.</summary>
internal static class Json
{
    public static string? Text(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static decimal? Number(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : null;

    public static int Int(this JsonElement element, string name) => (int)(element.Number(name) ?? 0);

    public static bool Flag(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    public static JsonElement Get(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : default;

    public static IEnumerable<JsonElement> Items(this JsonElement element) =>
        element.ValueKind == JsonValueKind.Array ? element.EnumerateArray() : [];

    public static IEnumerable<JsonElement> Items(this JsonElement element, string name) => element.Get(name).Items();
}

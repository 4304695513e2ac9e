using System.Text.Json;

namespace Kinerja.Web.Components.Pages;

/// <summary>
/// Reads a service's refusal (RFC 9457: title, detail, errors per field) from its answer; an answer that is not a
/// JSON object keeps only its status and reason phrase. Shared by the pages' API clients.
/// </summary>
internal static class ProblemDetailsReader
{
    public static async Task<(int Status, string? Title, string? Detail, Dictionary<string, string[]> Errors)> ReadAsync(
        HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        try
        {
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken)).RootElement;
            var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
            if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("errors", out var fields) && fields.ValueKind == JsonValueKind.Object)
            {
                foreach (var field in fields.EnumerateObject())
                {
                    errors[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                        ? field.Value.EnumerateArray().Select(m => m.ToString()).ToArray()
                        : [field.Value.ToString()];
                }
            }
            string? Text(string name) =>
                body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            return (status, Text("title"), Text("detail"), errors);
        }
        catch (JsonException)
        {
            return (status, response.ReasonPhrase, null, new Dictionary<string, string[]>());
        }
    }
}

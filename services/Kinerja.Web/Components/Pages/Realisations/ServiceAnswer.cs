using System.Net.Http.Json;
using System.Text.Json;

namespace Kinerja.Web.Components.Pages.Realisations;

/// <summary>What a service answered: the value, or its RFC 9457 problem (title, detail and the errors per field).</summary>
internal sealed record ServiceAnswer<T>(T? Value, ServiceProblem? Problem)
{
    public bool Succeeded => Problem is null;
}

/// <summary>A refusal by a service, kept in the words it gave so the page can show them next to the field they name.</summary>
public sealed record ServiceProblem(int Status, string? Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors)
{
    /// <summary>A service that did not answer at all (down, timed out): the page says so instead of failing.</summary>
    public static ServiceProblem Unreachable(string service) =>
        new(0, $"{service} unreachable", null, new Dictionary<string, string[]>());

    /// <summary>The problem a service answered with (<see cref="ProblemDetailsReader"/>).</summary>
    public static async Task<ServiceProblem> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var (status, title, detail, errors) = await ProblemDetailsReader.ReadAsync(response, cancellationToken);
        return new ServiceProblem(status, title, detail, errors);
    }

    /// <summary>Every message, field by field, for a summary line.</summary>
    public IEnumerable<string> Messages => Errors.Count > 0
        ? Errors.SelectMany(e => e.Value)
        : new[] { Detail ?? Title ?? $"HTTP {Status}" };

    /// <summary>The messages about one field, including nested ones (<c>evidence.sizeBytes</c> belongs to <c>evidence</c>).</summary>
    public IEnumerable<string> For(string field) => Errors
        .Where(e => e.Key == field || e.Key.StartsWith(field + ".", StringComparison.Ordinal))
        .SelectMany(e => e.Value);
}

/// <summary>Calls a service's HTTP API with the signed-in person's token and reads its answer or problem.</summary>
internal static class ServiceCalls
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<ServiceAnswer<T>> SendAsync<T>(HttpClient client, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return new(await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken), null);
            }
            return new(default, await ServiceProblem.ReadAsync(response, cancellationToken));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return new(default, ServiceProblem.Unreachable(client.BaseAddress?.Host ?? "service"));
        }
    }

    public static Task<ServiceAnswer<T>> GetAsync<T>(HttpClient client, string path, CancellationToken cancellationToken) =>
        SendAsync<T>(client, new HttpRequestMessage(HttpMethod.Get, path), cancellationToken);

    public static Task<ServiceAnswer<T>> PostAsync<T>(HttpClient client, string path, object body, CancellationToken cancellationToken) =>
        SendAsync<T>(client, new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: Json) }, cancellationToken);
}

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Kinerja.Web.Localization;

namespace Kinerja.Web.Components.Pages.Agreements;

/// <summary>An RFC 9457 answer of a service: title, detail and the field errors (<c>errors</c>).</summary>
internal sealed record ServiceProblem(int Status, string? Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors)
{
    public static ServiceProblem Unreachable(string detail) => new(503, null, detail, new Dictionary<string, string[]>());

    /// <summary>The problem a service answered with (<see cref="ProblemDetailsReader"/>).</summary>
    public static async Task<ServiceProblem> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var (status, title, detail, errors) = await ProblemDetailsReader.ReadAsync(response, cancellationToken);
        return new ServiceProblem(status, title, detail, errors);
    }

    /// <summary>The problem in words for the page: what happened in the reader's language, then the service's own detail.</summary>
    public string Describe(Texts t)
    {
        var what = t[Status switch
        {
            400 => "agreements.problem.400",
            401 => "agreements.problem.401",
            403 => "agreements.problem.403",
            404 => "agreements.problem.404",
            409 => "agreements.problem.409",
            503 => "agreements.problem.503",
            _ => "agreements.problem.other",
        }];
        var detail = Detail ?? string.Join(" ", Errors.SelectMany(e => e.Value));
        return string.IsNullOrWhiteSpace(detail) ? what : $"{what} {detail}";
    }

    /// <summary>The messages for one field (e.g. <c>objectives[0].indicators[1].weight</c>), or none.</summary>
    public IEnumerable<string> For(string field) =>
        Errors.Where(e => string.Equals(e.Key, field, StringComparison.OrdinalIgnoreCase)).SelectMany(e => e.Value);
}

/// <summary>An answer: the value, or the problem that explains why not; <c>Version</c> is the ETag when there was one.</summary>
internal sealed record ApiResult<T>(T? Value, ServiceProblem? Problem, long? Version = null)
{
    public bool Ok => Problem is null;
}

/// <summary>
/// The Agreements service, called as the signed-in person (their token rides along, see <see cref="SigningIn.BearerTokenHandler"/>).
/// Commands send the version the page showed as <c>If-Match</c>, so an agreement changed meanwhile is refused, not overwritten.
/// </summary>
internal sealed class AgreementsApi(IHttpClientFactory clients)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private HttpClient Client => clients.CreateClient("agreements");

    public Task<ApiResult<List<AgreementRow>>> SearchAsync(string? region, int? year, string? status, string? unit, string? receiver, CancellationToken cancellationToken)
    {
        var query = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                query.Add($"{name}={Uri.EscapeDataString(value.Trim())}");
            }
        }
        Add("region", region);
        Add("year", year?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("status", status);
        Add("unit", unit);
        Add("receiver", receiver);
        return GetAsync<List<AgreementRow>>("/api/agreements" + (query.Count > 0 ? "?" + string.Join('&', query) : ""), cancellationToken);
    }

    public Task<ApiResult<AgreementView>> GetAsync(string id, CancellationToken cancellationToken) =>
        GetAsync<AgreementView>($"/api/agreements/{Uri.EscapeDataString(id)}", cancellationToken);

    public Task<ApiResult<List<TimelineEntry>>> HistoryAsync(string id, CancellationToken cancellationToken) =>
        GetAsync<List<TimelineEntry>>($"/api/agreements/{Uri.EscapeDataString(id)}/history", cancellationToken);

    public Task<ApiResult<AsOfView>> AsOfVersionAsync(string id, long version, CancellationToken cancellationToken) =>
        GetAsync<AsOfView>($"/api/agreements/{Uri.EscapeDataString(id)}/as-of?version={version}", cancellationToken);

    public Task<ApiResult<AsOfView>> AsOfDateAsync(string id, DateTimeOffset date, CancellationToken cancellationToken) =>
        GetAsync<AsOfView>($"/api/agreements/{Uri.EscapeDataString(id)}/as-of?date={Uri.EscapeDataString(date.ToUniversalTime().ToString("O"))}", cancellationToken);

    public Task<ApiResult<DiffView>> DiffAsync(string id, long from, long to, CancellationToken cancellationToken) =>
        GetAsync<DiffView>($"/api/agreements/{Uri.EscapeDataString(id)}/diff?from={from}&to={to}", cancellationToken);

    public Task<ApiResult<ChainVerification>> VerifyAsync(string id, CancellationToken cancellationToken) =>
        GetAsync<ChainVerification>($"/api/agreements/{Uri.EscapeDataString(id)}/verification", cancellationToken);

    public Task<ApiResult<List<RegionDto>>> RegionsAsync(CancellationToken cancellationToken) =>
        GetAsync<List<RegionDto>>("/api/regions", cancellationToken);

    public Task<ApiResult<JsonElement>> OrganisationAsync(string region, CancellationToken cancellationToken) =>
        GetAsync<JsonElement>($"/api/regions/{Uri.EscapeDataString(region)}/organisation", cancellationToken);

    /// <summary>POST (or PUT) a command; <paramref name="version"/> goes out as <c>If-Match</c>.</summary>
    public Task<ApiResult<JsonElement>> CommandAsync(string path, object? body, long? version, CancellationToken cancellationToken, HttpMethod? method = null)
    {
        var request = new HttpRequestMessage(method ?? HttpMethod.Post, path)
        {
            Content = body is null ? null : JsonContent.Create(body, options: Json),
        };
        if (version is { } v)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{v}\""));
        }
        return SendAsync<JsonElement>(request, cancellationToken);
    }

    private Task<ApiResult<T>> GetAsync<T>(string path, CancellationToken cancellationToken) =>
        SendAsync<T>(new HttpRequestMessage(HttpMethod.Get, path), cancellationToken);

    private async Task<ApiResult<T>> SendAsync<T>(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            try
            {
                using var response = await Client.SendAsync(request, cancellationToken);
                var version = response.Headers.ETag is { } tag && long.TryParse(tag.Tag.Trim('"'), out var v) ? v : (long?)null;
                if (response.IsSuccessStatusCode)
                {
                    var value = await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken);
                    return new ApiResult<T>(value, null, version);
                }
                return new ApiResult<T>(default, await ServiceProblem.ReadAsync(response, cancellationToken), version);
            }
            catch (HttpRequestException e)
            {
                return new ApiResult<T>(default, ServiceProblem.Unreachable(e.Message));
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return new ApiResult<T>(default, ServiceProblem.Unreachable("The agreements service did not answer in time."));
            }
        }
    }
}

internal sealed record RegionDto(string Code, string Name, string HeadOfRegionTitle);


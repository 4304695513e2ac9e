using System.Text;

namespace Kinerja.Reliability.Tests;

/// <summary>
/// The authorisation matrix and the fuzzing, generated from each service's OpenAPI document, and the check that no
/// secret leaks into answers or logs.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class Refusing_bad_requests(KinerjaSystem system)
{
    private static readonly string[] Users = ["operator-6402", "verifier-6402", "reviewer-6402", "operator-6471", "ministry", "auditor", "hr", "admin"];

    public sealed record Operation(string Service, string Method, string Template, JsonElement Definition, JsonElement Document)
    {
        public bool Writes => Method is "POST" or "PUT" or "PATCH" or "DELETE";
        public bool HasJsonBody => Definition.TryGetProperty("requestBody", out var body)
            && body.GetProperty("content").TryGetProperty("application/json", out _);
        public bool RegionScoped => Template.Contains("{region", StringComparison.OrdinalIgnoreCase);

        public string Path(string region = "64.02") =>
            System.Text.RegularExpressions.Regex.Replace(Template, "{([^}:]+)[^}]*}", match => match.Groups[1].Value.ToLowerInvariant() switch
            {
                "region" or "regioncode" => region,
                "period" => $"{KinerjaSystem.Year}-Q1",
                "year" => KinerjaSystem.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "sha256" => new string('0', 64),
                "queue" => "unknown_error",
                "indicatorid" => "IK-1",
                _ => "6402-unknown",
            });
    }

    private async Task<List<Operation>> OperationsAsync()
    {
        var operations = new List<Operation>();
        using var http = system.Client();
        foreach (var service in KinerjaSystem.Services)
        {
            var document = await http.GetFromJsonAsync<JsonElement>($"{system.Url(service)}/openapi/v1.json");
            foreach (var path in document.GetProperty("paths").EnumerateObject())
            {
                foreach (var method in path.Value.EnumerateObject().Where(m => m.Name is "get" or "post" or "put" or "patch" or "delete"))
                {
                    operations.Add(new Operation(service, method.Name.ToUpperInvariant(), path.Name, method.Value, document));
                }
            }
        }
        operations.Count.ShouldBeGreaterThan(40, "every service publishes its API");
        return operations;
    }

    private async Task<(int Status, string Body)> SendAsync(HttpClient http, Operation operation, string? path = null, string? body = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(operation.Method), $"{system.Url(operation.Service)}{path ?? operation.Path()}");
        if (operation.Writes || body is not null)
        {
            request.Content = new StringContent(body ?? "{}", Encoding.UTF8, "application/json");
        }
        using var response = await http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Every_endpoint_refuses_no_token_an_expired_token_and_a_wrong_key_token_and_refused_calls_change_nothing()
    {
        var operations = await OperationsAsync();
        var before = await system.SettledEventCountAsync();
        var tokens = new Dictionary<string, string?>
        {
            ["no token"] = null,
            ["expired"] = system.Token("admin", TimeSpan.FromMinutes(5), DateTime.UtcNow.AddHours(-2)),
            ["wrong key"] = KinerjaSystem.WrongKeyToken("admin"),
        };
        var wrong = new List<string>();
        foreach (var (name, token) in tokens)
        {
            using var http = system.Client(token: token);
            foreach (var operation in operations)
            {
                var (status, body) = await SendAsync(http, operation);
                if (status != 401 || !body.Contains("\"status\":401", StringComparison.Ordinal))
                {
                    wrong.Add($"{name}: {operation.Method} {operation.Service}{operation.Template} → {status}");
                }
            }
        }
        wrong.ShouldBeEmpty();
        (await system.TotalEventsAsync()).ShouldBe(before, "refused calls append nothing");
    }

    [Fact]
    public async Task Every_endpoint_by_every_role_in_its_own_and_another_region_answers_without_a_server_error_and_outside_its_region_is_refused()
    {
        var operations = await OperationsAsync();
        var before = await system.SettledEventCountAsync();
        var serverErrors = new List<string>();
        var crossRegion = new List<string>();
        var acceptedWrites = new List<string>();
        foreach (var user in Users)
        {
            using var http = system.Client(user);
            foreach (var operation in operations)
            {
                foreach (var region in operation.RegionScoped ? new[] { "64.02", "64.71" } : ["64.02"])
                {
                    var (status, _) = await SendAsync(http, operation, operation.Path(region));
                    var call = $"{user}: {operation.Method} {operation.Path(region)} ({operation.Service}) → {status}";
                    if (status >= 500)
                    {
                        serverErrors.Add(call);
                    }
                    // A regional user never gets a successful answer about a region that is not theirs.
                    var own = user.EndsWith(region.Replace(".", ""), StringComparison.Ordinal) || !user.Contains('-') || user == "hr";
                    if (operation.RegionScoped && !own && status is >= 200 and < 300)
                    {
                        crossRegion.Add(call);
                    }
                    if (operation.Writes && status is >= 200 and < 300)
                    {
                        acceptedWrites.Add(call);
                    }
                    if (operation.Template.StartsWith("/ops", StringComparison.Ordinal) && user != "admin")
                    {
                        status.ShouldBe(403, call);
                    }
                }
            }
        }
        serverErrors.ShouldBeEmpty();
        crossRegion.ShouldBeEmpty();
        if (acceptedWrites.Count == 0)
        {
            (await system.TotalEventsAsync()).ShouldBe(before, "no write was accepted, so nothing changed");
        }
        await Invariants.SettledAsync(system);
    }

    /// <summary>
    /// Bodies no endpoint may accept: malformed, wrong types, huge, out of range, and — only in the fields that hold them
    /// (a NIP, a region code or a period in free text such as a reason is just text) — invalid NIPs and region codes
    /// and unicode edge cases. Null when the operation has no such field.
    /// </summary>
    private static IEnumerable<(string Name, Func<IReadOnlyList<string>, string?> Body)> Fuzz()
    {
        string All(IReadOnlyList<string> properties, string value) =>
            "{" + string.Join(",", (properties.Count == 0 ? ["value"] : properties).Select(p => $"\"{p}\":{value}")) + "}";
        string? Only(IReadOnlyList<string> properties, string[] names, string value) =>
            properties.Where(p => names.Any(n => p.Contains(n, StringComparison.OrdinalIgnoreCase))).ToList() is { Count: > 0 } chosen
                ? All(chosen, value)
                : null;
        yield return ("malformed JSON", _ => "{\"value\": ");
        yield return ("not JSON", _ => "<xml/>");
        yield return ("an array instead of an object", _ => "[1,2,3]");
        yield return ("a bare string", _ => "\"x\"");
        yield return ("wrong types: objects", p => All(p, "{\"nested\":{\"deeper\":[]}}"));
        yield return ("wrong types: booleans", p => All(p, "true"));
        yield return ("huge strings", p => All(p, "\"" + new string('x', 300_000) + "\""));
        yield return ("huge arrays", p => All(p, "[" + string.Join(",", Enumerable.Repeat("1", 100_000)) + "]"));
        yield return ("out-of-range numbers", p => All(p, "1e308"));
        yield return ("negative numbers", p => All(p, "-99999999999999999999"));
        yield return ("NUL characters", p => All(p, "\"a\\u0000b\""));
        yield return ("a lone surrogate", p => All(p, "\"\\ud800\""));
        yield return ("invalid NIPs", p => Only(p, ["nip"], "\"19700101199001100X\""));
        yield return ("invalid region codes", p => Only(p, ["region"], "\"99.99.99\""));
        yield return ("right-to-left and zero-width characters in codes", p => Only(p, ["nip", "region", "period"], "\"\\u202e64.02\\u200b\\ufeff\""));
    }

    private static IReadOnlyList<string> Properties(Operation operation)
    {
        var schema = operation.Definition.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        if (schema.TryGetProperty("$ref", out var reference))
        {
            schema = operation.Document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]);
        }
        return schema.TryGetProperty("properties", out var properties) ? properties.EnumerateObject().Select(p => p.Name).ToList() : [];
    }

    [Fact]
    public async Task Fuzzed_bodies_get_only_4xx_answers_and_append_no_event_and_no_secret_appears_in_answers_or_logs()
    {
        var operations = (await OperationsAsync()).Where(o => o.HasJsonBody).ToList();
        operations.ShouldNotBeEmpty();
        var before = await system.SettledEventCountAsync();
        var wrong = new List<string>();
        var answers = new StringBuilder();
        var tokens = new List<string>();
        foreach (var user in new[] { "operator-6402", "admin" })
        {
            var token = system.Token(user);
            tokens.Add(token);
            using var http = system.Client(token: token);
            foreach (var operation in operations)
            {
                var properties = Properties(operation);
                foreach (var (name, make) in Fuzz())
                {
                    if (make(properties) is not { } body)
                    {
                        continue;
                    }
                    var (status, answer) = await SendAsync(http, operation, body: body);
                    answers.AppendLine(answer);
                    if (status is < 400 or >= 500)
                    {
                        wrong.Add($"{user}: {operation.Method} {operation.Service}{operation.Template} with {name} → {status} {answer[..Math.Min(200, answer.Length)]}");
                    }
                }
            }
        }
        wrong.ShouldBeEmpty();
        (await system.SettledEventCountAsync()).ShouldBe(before, "bad input appends nothing");

        var secrets = tokens.Append(system.SigningKey).Append("kinerja-local").ToList();
        var text = answers.ToString();
        secrets.Where(s => text.Contains(s, StringComparison.Ordinal)).ShouldBeEmpty("no secret in any answer");
        var logs = system.AppHost.Output;
        secrets.Where(s => logs.Contains(s, StringComparison.Ordinal)).Select(s => s[..Math.Min(12, s.Length)] + "…").ShouldBeEmpty("no secret in the logs");
        text.ShouldNotContain("   at ", Case.Sensitive, "no stack trace in any answer");
    }
}

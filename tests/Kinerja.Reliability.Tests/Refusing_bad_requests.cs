using System.Text;
using Kinerja.ServiceDefaults.Auth;

namespace Kinerja.Reliability.Tests;

/// <summary>
/// The authorisation matrix and the fuzzing, generated from each service's OpenAPI document, and the check that no
/// secret leaks into answers or logs.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class Refusing_bad_requests(KinerjaSystem system)
{
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

    private static bool Covers(DemoUser user, string region) => user.Regions.Contains(KinerjaClaims.AllRegions) || user.Regions.Contains(region);

    /// <summary>The same status for every caller with a valid token (no role or region decides it).</summary>
    private static Func<DemoUser, string, int> Everyone(int status) => (_, _) => status;

    /// <summary><paramref name="status"/> for anyone whose token covers the route's region, 403 for the others.</summary>
    private static Func<DemoUser, string, int> Readers(int status) => (user, region) => Covers(user, region) ? status : 403;

    /// <summary><paramref name="status"/> for one of <paramref name="roles"/> covering the route's region, 403 for the others.</summary>
    private static Func<DemoUser, string, int> RegionRoles(int status, params string[] roles) =>
        (user, region) => Covers(user, region) && user.Roles.Any(roles.Contains) ? status : 403;

    /// <summary><paramref name="status"/> for one of <paramref name="roles"/>, 403 for the others.</summary>
    private static Func<DemoUser, string, int> Roles(int status, params string[] roles) => (user, _) => user.Roles.Any(roles.Contains) ? status : 403;

    /// <summary><paramref name="status"/> for tokens covering every region (ministry, auditor, HR, admin), 403 for regional ones.</summary>
    private static Func<DemoUser, string, int> AllRegions(int status) => (user, _) => user.Regions.Contains(KinerjaClaims.AllRegions) ? status : 403;

    private const string Operator = KinerjaRoles.Operator, Admin = KinerjaRoles.Admin, Ministry = KinerjaRoles.Ministry, Auditor = KinerjaRoles.Auditor;

    /// <summary>
    /// The authorisation table: every endpoint of the four OpenAPI documents → the exact status each demo user gets, in its
    /// own region (64.02 for everyone but <c>operator-6471</c>) and in the other, for the request this test sends: unknown
    /// ids (<see cref="Operation.Path"/>), a <c>{}</c> body on writes, no query string. From the role rules of DOMAIN.md and
    /// docs/*-api.md ("Who may do what"). A new endpoint without a row, or a row without an endpoint, fails the test.
    /// Where a row is <see cref="Everyone"/> 400/404/415, the service refuses the request itself (an unknown id, a missing
    /// body, query or content type) before it looks at the caller's role — the same answer for everyone, so it tells an
    /// unauthorised caller nothing; docs/reliability.md lists these.
    /// </summary>
    private static readonly Dictionary<string, Func<DemoUser, string, int>> Table = new()
    {
        ["agreements GET /api/me"] = Everyone(200),
        ["agreements POST /api/regions"] = Everyone(400),
        ["agreements GET /api/regions"] = Everyone(200),
        ["agreements GET /api/regions/{region}/organisation"] = Readers(200),
        ["agreements POST /api/regions/{region}/units"] = RegionRoles(400, Operator, Admin),
        ["agreements POST /api/regions/{region}/positions"] = RegionRoles(400, Operator, Admin),
        ["agreements POST /api/regions/{region}/officials"] = RegionRoles(400, Operator, Admin),
        ["agreements POST /api/regions/{region}/placements"] = RegionRoles(400, Operator, Admin),
        ["agreements POST /api/regions/{region}/placements/end"] = RegionRoles(400, Operator, Admin),
        ["agreements PUT /api/regions/{region}/budget-approvals/{year}"] = RegionRoles(400, Operator, Admin),
        ["agreements POST /api/regions/{region}/organisation/import"] = Everyone(415),
        ["agreements POST /api/agreements"] = Everyone(400),
        ["agreements GET /api/agreements"] = Everyone(200),
        ["agreements PUT /api/agreements/{id}/draft"] = Everyone(404),
        ["agreements POST /api/agreements/{id}/copy-indicators"] = Everyone(404),
        ["agreements POST /api/agreements/{id}/submit"] = Everyone(404),
        ["agreements POST /api/agreements/{id}/return"] = Everyone(404),
        ["agreements POST /api/agreements/{id}/verify"] = Everyone(404),
        ["agreements POST /api/agreements/{id}/signatures"] = Everyone(400),
        ["agreements POST /api/agreements/{id}/revisions"] = Everyone(400),
        ["agreements POST /api/agreements/{id}/revisions/approve"] = Everyone(404),
        ["agreements POST /api/agreements/{id}/revisions/reject"] = Everyone(404),
        ["agreements POST /api/agreements/{id}/change-official"] = Everyone(400),
        ["agreements POST /api/agreements/{id}/close"] = Everyone(400),
        ["agreements POST /api/agreements/{id}/withdraw"] = Everyone(404),
        ["agreements POST /api/agreements/{id}/links"] = Everyone(404),
        ["agreements GET /api/regions/{region}/performance-tree/{year}"] = Readers(200),
        ["agreements GET /api/agreements/counts"] = Roles(200, Ministry, Auditor, Admin),
        ["agreements GET /api/agreements/{id}"] = Everyone(404),
        ["agreements GET /api/regions/{region}/revisions"] = Readers(200),
        ["agreements GET /api/agreements/{id}/history"] = Everyone(404),
        ["agreements GET /api/agreements/{id}/as-of"] = Everyone(400),
        ["agreements GET /api/agreements/{id}/diff"] = Everyone(400),
        ["agreements GET /api/agreements/{id}/verification"] = Everyone(404),
        ["agreements GET /api/audit/verification"] = Roles(200, Auditor, Admin),
        ["measurements GET /api/me"] = Everyone(200),
        ["measurements GET /api/measurements/agreements/{agreementId}"] = Everyone(404),
        ["measurements GET /api/measurements/regions/{region}/units/{unit}/grid"] = Everyone(400),
        ["measurements GET /api/measurements/realisations/{agreementId}/{indicatorId}/{period}"] = Everyone(404),
        ["measurements POST /api/measurements/realisations/{agreementId}/{indicatorId}/{period}"] = Everyone(400),
        ["measurements POST /api/measurements/realisations/{agreementId}/{indicatorId}/{period}/correction"] = Everyone(400),
        ["measurements POST /api/measurements/realisations/{agreementId}/{indicatorId}/{period}/verification"] = Everyone(404),
        ["measurements POST /api/measurements/realisations/{agreementId}/{indicatorId}/{period}/return"] = Everyone(404),
        ["measurements POST /api/measurements/realisations/{agreementId}/{indicatorId}/{period}/review"] = Everyone(404),
        ["measurements GET /api/measurements/regions/{region}/verification-queue"] = Readers(200),
        ["measurements POST /api/measurements/evidence"] = Everyone(415),
        ["measurements GET /api/measurements/evidence/{sha256}"] = Everyone(404),
        ["measurements POST /api/measurements/regions/{region}/units/{unit}/periods/{period}/sheet"] = Everyone(415),
        ["measurements GET /api/measurements/regions/{region}/periods"] = Readers(200),
        // An operator of the whole region only (not admin, docs/measurements-api.md); the quarter is closed already: 409.
        ["measurements POST /api/measurements/regions/{region}/periods/{period}/closing"] = RegionRoles(409, Operator),
        ["measurements POST /api/measurements/regions/{region}/periods/{period}/reopening"] = RegionRoles(400, Operator),
        ["measurements GET /api/measurements/regions/{region}/late"] = Everyone(400),
        ["evaluations GET /api/me"] = Everyone(200),
        ["evaluations GET /api/scales"] = Everyone(200),
        ["evaluations PUT /api/scales/national"] = Roles(400, Ministry),
        ["evaluations PUT /api/regions/{regionCode}/scales"] = RegionRoles(400, Operator, Admin),
        ["evaluations GET /api/rules"] = Everyone(200),
        ["evaluations PUT /api/rules/national"] = Roles(400, Ministry),
        ["evaluations PUT /api/regions/{regionCode}/rules"] = RegionRoles(400, Operator, Admin),
        ["evaluations POST /api/agreements/{agreementId}/evaluations"] = Everyone(400),
        ["evaluations GET /api/agreements/{agreementId}/evaluations"] = Everyone(404),
        ["evaluations POST /api/regions/{regionCode}/evaluations"] = Everyone(400),
        ["evaluations GET /api/regions/{regionCode}/evaluations"] = Readers(200),
        ["evaluations GET /api/agreements/{agreementId}/evaluations/{period}"] = Everyone(404),
        ["evaluations GET /api/regions/{regionCode}/ratings"] = Readers(200),
        ["evaluations GET /api/ratings"] = AllRegions(200),
        ["evaluations GET /api/regions/{regionCode}/ranking"] = Readers(400),
        ["evaluations GET /api/regions/{regionCode}/trend"] = Readers(200),
        ["evaluations GET /api/ratings/regions"] = AllRegions(200),
        ["evaluations GET /api/feed/evaluations"] = Roles(200, KinerjaRoles.HrSubscriber, Ministry, Auditor, Admin, Operator),
        ["sanctionreward GET /api/me"] = Everyone(200),
        ["sanctionreward GET /api/policies"] = Everyone(200),
        ["sanctionreward PUT /api/policies/{id}"] = Roles(400, Ministry, Admin),
        ["sanctionreward GET /api/decisions"] = Everyone(400),
        ["sanctionreward GET /api/decisions/{id}"] = Everyone(404),
        ["sanctionreward GET /api/decisions/overview"] = Roles(200, Ministry, Auditor, Admin),
        ["sanctionreward POST /api/decisions/{id}/approve"] = Everyone(404),
        ["sanctionreward POST /api/decisions/{id}/amend"] = Everyone(404),
        ["sanctionreward POST /api/decisions/{id}/reject"] = Everyone(404),
        ["sanctionreward POST /api/decisions/{id}/appeal"] = Everyone(404),
        ["sanctionreward POST /api/decisions/{id}/appeal/decision"] = Everyone(404),
    };

    /// <summary>The /ops endpoints every service maps: the admin only (an unknown error queue: 404).</summary>
    private static Func<DemoUser, string, int>? Ops(string template) => template switch
    {
        "/ops/status" or "/ops/verification" => Roles(200, Admin),
        "/ops/error-queues/{queue}/messages" or "/ops/error-queues/{queue}/redrive" => Roles(404, Admin),
        _ => null,
    };

    private async Task<Dictionary<string, long>> EventsPerServiceAsync()
    {
        var counts = new Dictionary<string, long>();
        foreach (var service in KinerjaSystem.Services)
        {
            counts[service] = await system.ScalarAsync<long>(service, "SELECT count(*) FROM event_store.events");
        }
        return counts;
    }

    [Fact]
    public async Task Every_endpoint_by_every_demo_user_in_its_own_and_another_region_answers_exactly_the_status_of_the_authorisation_table_and_changes_nothing()
    {
        var operations = await OperationsAsync();
        // Both regions' first quarter closed, so closing it again is the same 409 for every run.
        foreach (var (user, region) in new[] { ("operator-6402", "64.02"), ("operator-6471", "64.71") })
        {
            using var closer = system.Client(user);
            using var closed = await closer.PostAsJsonAsync($"{system.Url("measurements")}/api/measurements/regions/{region}/periods/{Workload.Period}/closing", new { });
            ((int)closed.StatusCode).ShouldBeOneOf([200, 409], region);
        }
        await system.SettledEventCountAsync();
        var before = await EventsPerServiceAsync();

        var keys = operations.Select(o => $"{o.Service} {o.Method} {o.Template}").ToHashSet();
        var withoutRow = keys.Where(k => !Table.ContainsKey(k) && Ops(k.Split(' ')[2]) is null).ToList();
        withoutRow.ShouldBeEmpty("every endpoint needs a row in the authorisation table");
        Table.Keys.Where(k => !keys.Contains(k)).ShouldBeEmpty("every row of the table names an endpoint of an OpenAPI document");

        var wrong = new List<string>();
        var calls = 0;
        foreach (var user in DemoUser.All)
        {
            using var http = system.Client(user.Subject);
            foreach (var operation in operations)
            {
                var expect = Table.GetValueOrDefault($"{operation.Service} {operation.Method} {operation.Template}") ?? Ops(operation.Template)!;
                foreach (var region in operation.RegionScoped ? new[] { "64.02", "64.71" } : ["64.02"])
                {
                    var (status, _) = await SendAsync(http, operation, operation.Path(region));
                    calls++;
                    var expected = expect(user, region);
                    if (status != expected)
                    {
                        wrong.Add($"{user.Subject}: {operation.Method} {operation.Path(region)} ({operation.Service}) → {status}, expected {expected}");
                    }
                }
            }
        }
        wrong.ShouldBeEmpty($"{wrong.Count} of {calls} calls");
        (await EventsPerServiceAsync()).ShouldBe(before, "no call of the table is accepted, so no service appended anything");
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

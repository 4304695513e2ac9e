using System.Text.Json;

namespace Kinerja.Agreements.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class Publishing_the_api(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task the_openapi_document_lists_every_route_with_a_summary()
    {
        await using var api = await AgreementsApi.StartAsync(infrastructure);
        using var anonymous = api.Anonymous;

        var document = JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json")).RootElement;

        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Route: $"{op.Name.ToUpperInvariant()} {path.Name}", Operation: op.Value)))
            .Where(o => o.Route.Contains("/api/", StringComparison.Ordinal) && !o.Route.EndsWith("/api/me", StringComparison.Ordinal))
            .ToList();
        operations.Count.ShouldBeGreaterThanOrEqualTo(30);
        operations.Where(o => !o.Operation.TryGetProperty("summary", out _)).Select(o => o.Route).ShouldBeEmpty();
        operations.Select(o => o.Route).ShouldContain("POST /api/agreements/{id}/signatures");
    }
}

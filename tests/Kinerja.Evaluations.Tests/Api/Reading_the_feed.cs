using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kinerja.Evaluations.Tests.Api;

/// <summary>The catch-up feed for HR systems that cannot hold a queue.</summary>
[Collection(ApiCollection.Name)]
public sealed class Reading_the_feed(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private const string Region = "64.11";
    private EvaluationsHost _host = null!;

    public async Task InitializeAsync() => _host = await EvaluationsHost.StartAsync(infrastructure);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task the_feed_returns_every_evaluation_event_once_and_in_order_while_evaluations_are_written_concurrently()
    {
        var agreements = Enumerable.Range(0, 16).Select(_ => Upstream.In(Region)).ToList();
        foreach (var agreement in agreements)
        {
            await _host.PublishAsync(agreement.Signed());
        }
        foreach (var agreement in agreements)
        {
            await _host.AgreementAsync(agreement.AgreementId, Region);
        }
        var operatorClient = _host.Client(TestTokens.For("operator", Region));
        var feed = _host.Client(TestTokens.For("hr-subscriber", Region));

        // Writers: two periods per agreement, all at once; the reader pages (5 at a time) behind them meanwhile.
        var writers = agreements.SelectMany(a => new[] { "2026-TW1", "2026-S1" }.Select(period => Task.Run(async () =>
        {
            using var response = await operatorClient.PostAsJsonAsync($"/api/agreements/{a.AgreementId}/evaluations", new { period });
            response.StatusCode.ShouldBeOneOf(HttpStatusCode.Created, HttpStatusCode.Conflict);
            return response.StatusCode == HttpStatusCode.Created
                ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("evaluation").GetProperty("evaluationId").GetString()
                : null;
        }))).ToList();
        var seen = new List<(string Position, string EvaluationId)>();
        var after = "";
        var written = Task.WhenAll(writers);
        var giveUp = DateTimeOffset.UtcNow.AddMinutes(2);
        while (true)
        {
            var done = written.IsCompleted;
            var page = await feed.GetFromJsonAsync<JsonElement>($"/api/feed/evaluations?after={after}&limit=5");
            seen.AddRange(page.GetProperty("events").EnumerateArray()
                .Select(e => (e.GetProperty("position").GetString()!, e.GetProperty("message").GetProperty("evaluationId").GetString()!)));
            after = page.GetProperty("next").GetString()!;
            // Bug (flaky under load): an empty page was taken for the end. The feed holds back behind ANY open transaction
            // in the database (the projection's batch, the relay's marking), so it may be empty for a while after the
            // writers finished; the reader now pages on until it has seen as many as were created (or gives up and the
            // assertion below names what it missed).
            if (done && page.GetProperty("events").GetArrayLength() == 0
                && (seen.Count >= (await written).Count(id => id is not null) || DateTimeOffset.UtcNow > giveUp))
            {
                break;
            }
        }
        var created = (await written).OfType<string>().ToList();

        created.Count.ShouldBeGreaterThanOrEqualTo(agreements.Count);
        seen.Select(s => s.EvaluationId).ShouldBe(created, ignoreOrder: true);
        var fromStart = await feed.GetFromJsonAsync<JsonElement>("/api/feed/evaluations?limit=1000");
        fromStart.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("position").GetString()).ShouldBe(seen.Select(s => s.Position));
    }

    [Fact]
    public async Task an_hr_subscriber_reads_the_feed_but_an_anonymous_caller_does_not()
    {
        using var anonymous = await _host.Client().GetAsync("/api/feed/evaluations");
        await anonymous.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        using var subscriber = await _host.Client(TestTokens.For("hr-subscriber", "*")).GetAsync("/api/feed/evaluations");
        subscriber.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await subscriber.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("events").GetArrayLength().ShouldBe(0);

        using var verifier = await _host.Client(TestTokens.For("verifier", Region)).GetAsync("/api/feed/evaluations");
        await verifier.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task a_position_the_feed_did_not_issue_or_a_limit_out_of_range_is_a_bad_request_naming_it()
    {
        var feed = _host.Client(TestTokens.For("hr-subscriber", Region));

        await (await feed.GetAsync("/api/feed/evaluations?after=not-a-position")).ShouldNameFieldAsync("after");
        await (await feed.GetAsync("/api/feed/evaluations?limit=0")).ShouldNameFieldAsync("limit");
        await (await feed.GetAsync("/api/feed/evaluations?limit=1001")).ShouldNameFieldAsync("limit");
    }
}

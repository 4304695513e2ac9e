using System.Net;
using Kinerja.ServiceDefaults.Resilience;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.AppHost.Tests;

/// <summary>The resilience chain every HttpClient gets from AddServiceDefaults(), against a flaky upstream.</summary>
public sealed class Http_resilience
{
    private sealed class FlakyUpstream(int failures) : HttpMessageHandler
    {
        public int Calls { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Calls++;
            return Task.FromResult(new HttpResponseMessage(Calls <= failures ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK));
        }
    }

    private static (HttpClient Client, FlakyUpstream Upstream) Client(int failures)
    {
        var upstream = new FlakyUpstream(failures);
        var services = new ServiceCollection();
        services.ConfigureHttpClientDefaults(http => http.AddStandardResilience());
        services.AddHttpClient("upstream", c => c.BaseAddress = new Uri("http://upstream.test")).ConfigurePrimaryHttpMessageHandler(() => upstream);
        var client = services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>().CreateClient("upstream");
        return (client, upstream);
    }

    [Fact]
    public async Task a_get_that_fails_twice_with_503_is_retried_and_succeeds()
    {
        var (client, upstream) = Client(failures: 2);

        using var response = await client.GetAsync("/data");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        upstream.Calls.ShouldBe(3);
    }

    [Fact]
    public async Task a_post_is_never_retried_because_it_could_do_its_work_twice()
    {
        var (client, upstream) = Client(failures: 2);

        using var response = await client.PostAsync("/commands", new StringContent("{}"));

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        upstream.Calls.ShouldBe(1);
    }

    [Fact]
    public async Task retries_give_up_after_three_and_return_the_last_failure()
    {
        var (client, upstream) = Client(failures: 10);

        using var response = await client.GetAsync("/data");

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        upstream.Calls.ShouldBe(4);
    }
}

using System.Net.Http.Headers;
using System.Security.Cryptography;
using Kinerja.AppHost.Resources;
using Kinerja.ServiceDefaults.Auth;
using Npgsql;

namespace Kinerja.Reliability.Tests;

/// <summary>
/// The whole system as the AppHost starts it, on PostgreSQL and RabbitMQ this test owns (AppHost <c>--external</c>),
/// so a test can stop the broker or restart the database under the running services and kill any service with -9.
/// </summary>
public class KinerjaSystem : IAsyncLifetime
{
    private readonly int _instances;

    public KinerjaSystem() : this(rabbitMqNodes: 1, instances: 1)
    {
    }

    /// <summary>A RabbitMQ cluster of <paramref name="rabbitMqNodes"/> and that many instances of every service (<see cref="ClusterSystem"/>).</summary>
    protected KinerjaSystem(int rabbitMqNodes, int instances)
    {
        Infrastructure = new InfrastructureFixture { RabbitMqNodes = rabbitMqNodes };
        _instances = instances;
    }

    public static readonly string[] Services = ["agreements", "measurements", "evaluations", "sanctionreward"];
    public static readonly Dictionary<string, string> Databases = new()
    {
        ["agreements"] = "kinerja_agreements", ["measurements"] = "kinerja_measurements",
        ["evaluations"] = "kinerja_evaluations", ["sanctionreward"] = "kinerja_sanctionreward",
    };

    public InfrastructureFixture Infrastructure { get; }
    public AppHostProcess AppHost { get; private set; } = null!;
    public string SigningKey { get; private set; } = "";
    public string RabbitMq => Infrastructure.RabbitMqConnectionString;
    public static int Year => DateTime.UtcNow.Year;

    public async Task InitializeAsync()
    {
        await Infrastructure.InitializeAsync();
        AppHost = await AppHostProcess.StartAsync(TimeSpan.FromMinutes(6), "--external",
            "--postgres", Infrastructure.ConnectionString("postgres"), "--rabbitmq", Infrastructure.Infrastructure.RabbitMqConnectionString,
            "--instances", _instances.ToString(System.Globalization.CultureInfo.InvariantCulture));
        SigningKey = (await File.ReadAllTextAsync(Path.Combine(AppHost.DataDirectory, "dev-signing-key"))).Trim();
        // The demo region flows through every service before a test adds its own work.
        using var auditor = Client("auditor");
        await Eventually.Until(
            async () => await auditor.GetFromJsonAsync<List<JsonElement>>($"{Url("evaluations")}/api/regions/64.02/ratings?period={Year}-TW1") ?? [],
            r => r.Count == 1, TimeSpan.FromMinutes(4), "the demo region evaluated for TW I");
        await Invariants.SettledAsync(this);
    }

    public virtual string Url(string service) => AppHost.Url(service);

    public string Token(string user, TimeSpan? lifetime = null, DateTime? now = null) =>
        DevTokens.Issue(SigningKey, DemoUser.Find(user) ?? throw new ArgumentException(user), lifetime, now);

    public HttpClient Client(string? user = null, string? token = null)
    {
        var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var bearer = token ?? (user is null ? null : Token(user));
        if (bearer is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        return http;
    }

    /// <summary>A token the services must refuse: signed with a key they do not know.</summary>
    public static string WrongKeyToken(string user) =>
        DevTokens.Issue(Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)), DemoUser.Find(user)!);

    public async Task<JsonElement> OpsStatusAsync(string service)
    {
        using var admin = Client("admin");
        return await admin.GetFromJsonAsync<JsonElement>($"{Url(service)}/ops/status");
    }

    public async Task<JsonElement> OpsVerificationAsync(string service)
    {
        using var admin = Client("admin");
        return await admin.GetFromJsonAsync<JsonElement>($"{Url(service)}/ops/verification");
    }

    public NpgsqlConnection Database(string service) => new(Infrastructure.ConnectionString(Databases[service]));

    public async Task<T> ScalarAsync<T>(string service, string sql)
    {
        await using var connection = Database(service);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async Task<long> TotalEventsAsync()
    {
        long total = 0;
        foreach (var service in Services)
        {
            total += await ScalarAsync<long>(service, "SELECT count(*) FROM event_store.events");
        }
        return total;
    }

    /// <summary>
    /// The number of events once nothing appends any more (unchanged for 12 s, read every 2 s; at most 3 minutes): the
    /// demo seeds in steps several seconds apart and earlier tests' messages may still flow, so a later difference is
    /// the test's own doing.
    /// </summary>
    public async Task<long> SettledEventCountAsync()
    {
        var limit = DateTime.UtcNow + TimeSpan.FromMinutes(3);
        var count = await TotalEventsAsync();
        var quietSince = DateTime.UtcNow;
        while (DateTime.UtcNow - quietSince < TimeSpan.FromSeconds(12) && DateTime.UtcNow < limit)
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            var again = await TotalEventsAsync();
            if (again != count)
            {
                (count, quietSince) = (again, DateTime.UtcNow);
            }
        }
        return count;
    }

    /// <summary>The live process of a service of this run (the AppHost restarts crashed ones with a new pid).</summary>
    public int Pid(string service) =>
        AppHost.LiveProcesses()
            .Where(p => p.Contains($"Kinerja.{(service == "sanctionreward" ? "SanctionReward" : char.ToUpperInvariant(service[0]) + service[1..])}.dll", StringComparison.Ordinal))
            .Select(p => int.Parse(p.Split(':')[0], System.Globalization.CultureInfo.InvariantCulture))
            .First();

    public void Kill(string service) => Posix.Signal(Pid(service), Posix.SigKill);

    public async Task WaitHealthyAsync(string service, TimeSpan? limit = null)
    {
        using var http = Client();
        await Eventually.Until(async () =>
        {
            try
            {
                using var response = await http.GetAsync($"{Url(service)}/health");
                return response.StatusCode;
            }
            catch (HttpRequestException)
            {
                return HttpStatusCode.ServiceUnavailable;
            }
        }, status => status == HttpStatusCode.OK, limit ?? TimeSpan.FromMinutes(3), $"{service} healthy");
    }

    public async Task DisposeAsync()
    {
        if (AppHost is not null)
        {
            await AppHost.DisposeAsync();
        }
        await Infrastructure.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class SystemCollection : ICollectionFixture<KinerjaSystem>
{
    public const string Name = "the whole system";
}

using System.Globalization;

namespace Kinerja.Load;

/// <summary>The command line; see <see cref="Usage"/>.</summary>
internal sealed record LoadOptions
{
    public int Scale { get; init; } = 1;
    public int Seed { get; init; } = 42;
    public bool Quick { get; init; }
    public string? Out { get; init; }
    public int Concurrency { get; init; } = 8;
    public bool Durable { get; init; }
    public string? Attach { get; init; }
    public string? Postgres { get; init; }
    public string? RabbitMq { get; init; }
    /// <summary>Earlier JSON reports to compare (<c>--growth</c>): prints the growth table, starts nothing.</summary>
    public IReadOnlyList<string> Growth { get; init; } = [];
    public bool SqlProfile { get; init; } = true;
    public TimeSpan EvaluationWait { get; init; } = TimeSpan.FromMinutes(15);
    /// <summary>Share of agreements (percent) with one realisation per quarter verified only after the close.</summary>
    public int LatePercent { get; init; } = 20;

    /// <summary>Units per region and positions (so agreements) per unit: 35 × 20 = 700 agreements per region at 1×.</summary>
    public int Units => Quick ? 3 : 35;
    public int PositionsPerUnit => Quick ? 6 : 20;
    public int Regions => Quick ? 1 : Scale;

    public const string Usage = """
        Kinerja.Load — drives region-years through the whole system and measures it against raw baselines.

          --scale 1|2|4        region-years (each ~35 units, ~700 agreements, ~30,000 realisations); default 1
          --seed N             the generator's seed (same seed, same regions, agreements and values); default 42
          --quick              one small region (3 units, 18 agreements), to check that it works (< 3 min)
          --out FILE           also write the report as JSON
          --concurrency N      requests in flight per phase; default 8
          --late PERCENT       agreements with one realisation per quarter verified after the close (re-evaluated
                               at once: the direct verified → evaluated path); 0, or a divisor of 100; default 20
          --durable            PostgreSQL with fsync and synchronous commit (default: not durable, as the tests)
          --no-sql-profile     do not load pg_stat_statements (by default PostgreSQL starts with it and the top statements
                               per service database are reported)
          --growth A.json B.json C.json
                               print the growth table of earlier reports (e.g. --scale 1, 2, 4): wall time per agreement and
                               per 1,000 realisations against the smallest scale, flagged when more than 20 % above; starts nothing
          --attach DIR         use a running AppHost (its --data DIR: status.json, dev-signing-key) instead of starting one;
                               needs --postgres CONN (without Database) and --rabbitmq URI of that system
        """;

    public static LoadOptions Parse(string[] args)
    {
        var options = new LoadOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            List<string> Files()
            {
                var files = new List<string>();
                while (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    files.Add(args[++i]);
                }
                return files.Count > 0 ? files : throw new ArgumentException("--growth needs the report files (JSON written with --out).");
            }
            options = args[i] switch
            {
                "--scale" => options with { Scale = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--seed" => options with { Seed = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--quick" => options with { Quick = true },
                "--out" => options with { Out = Value() },
                "--concurrency" => options with { Concurrency = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--late" => options with { LatePercent = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--durable" => options with { Durable = true },
                "--attach" => options with { Attach = Value() },
                "--postgres" => options with { Postgres = Value() },
                "--rabbitmq" => options with { RabbitMq = Value() },
                "--no-sql-profile" => options with { SqlProfile = false },
                "--growth" => options with { Growth = [.. options.Growth, .. Files()] },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }
        if (options.Scale is < 1 or > 16)
        {
            throw new ArgumentException("--scale is 1, 2, 4 (at most 16).");
        }
        if (options.LatePercent is < 0 or > 100 || (options.LatePercent > 0 && 100 % options.LatePercent != 0))
        {
            throw new ArgumentException("--late is 0 or a divisor of 100 (e.g. 5, 10, 20, 25, 50).");
        }
        if (options.Attach is not null && (options.Postgres is null || options.RabbitMq is null))
        {
            throw new ArgumentException("--attach needs --postgres and --rabbitmq.");
        }
        return options;
    }
}

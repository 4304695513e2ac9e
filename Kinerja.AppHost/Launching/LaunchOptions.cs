namespace Kinerja.AppHost.Launching;

/// <summary>The command line of the launcher; see <see cref="Usage"/>.</summary>
internal sealed record LaunchOptions
{
    public string Command { get; init; } = "run";
    public string DataDirectory { get; init; } = "";
    public bool External { get; init; }
    public string? PostgresConnection { get; init; }
    public string? RabbitMqConnection { get; init; }
    /// <summary>Take free ports for everything (tests, and a second copy beside a running one).</summary>
    public bool FreePorts { get; init; }
    public bool Durable { get; init; } = true;
    /// <summary>Seed the demo regions at start-up (<c>Demo__Seed</c>); <c>--no-demo</c> for load runs that bring their own.</summary>
    public bool Demo { get; init; } = true;
    /// <summary>RabbitMQ nodes joined into one cluster (quorum queues when more than one; ADR 0021).</summary>
    public int RabbitMqNodes { get; init; } = 1;
    /// <summary>Instances of every service with a database, each on its own port (ADR 0022).</summary>
    public int Instances { get; init; } = 1;
    public IReadOnlyList<string> Rest { get; init; } = [];

    public const string Usage = """
        Kinerja.AppHost — starts PostgreSQL, RabbitMQ and every Kinerja service on this machine.

          run (default)              start everything, print the table of URLs, stop on Ctrl-C/SIGTERM
            --data DIR               local data folder (default: .kinerja in the checkout; env KINERJA_DATA)
            --free-ports             take free ports instead of the fixed ones (5100-5104, 15432, 15673)
            --no-demo                do not seed the demo regions (load runs, bench/Kinerja.Load)
            --external               use an existing PostgreSQL and RabbitMQ; start only the services
            --postgres CONN          with --external: Npgsql connection string without Database (env KINERJA_POSTGRES)
            --rabbitmq URI           with --external: amqp://user:password@host:port/vhost (env KINERJA_RABBITMQ);
                                     a cluster: amqp://user:password@host1:port1,host2:port2/vhost
            --rabbitmq-nodes N       start N RabbitMQ nodes (rabbit1@localhost, …) joined into one cluster, quorum queues
            --instances N            run N instances of every service (the web front end stays one)
          token USER                 print a development token for a demo user (see README "Demo users")
          help                       this text
        """;

    public static LaunchOptions Parse(string[] args, string repositoryRoot)
    {
        var options = new LaunchOptions
        {
            DataDirectory = Environment.GetEnvironmentVariable("KINERJA_DATA") ?? Path.Combine(repositoryRoot, ".kinerja"),
            PostgresConnection = Environment.GetEnvironmentVariable("KINERJA_POSTGRES"),
            RabbitMqConnection = Environment.GetEnvironmentVariable("KINERJA_RABBITMQ"),
        };
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "run" or "token" or "help" or "--help" or "-h" when i == 0 => options with { Command = args[i].TrimStart('-') is "h" ? "help" : args[i].TrimStart('-') },
                "--data" => options with { DataDirectory = Path.GetFullPath(Value()) },
                "--external" => options with { External = true },
                "--postgres" => options with { PostgresConnection = Value() },
                "--rabbitmq" => options with { RabbitMqConnection = Value() },
                "--free-ports" => options with { FreePorts = true },
                "--not-durable" => options with { Durable = false },
                "--no-demo" => options with { Demo = false },
                "--rabbitmq-nodes" => options with { RabbitMqNodes = Count(args[i], Value(), 1, 7) },
                "--instances" => options with { Instances = Count(args[i], Value(), 1, 4) },
                _ when args[i].StartsWith("--", StringComparison.Ordinal) => throw new ArgumentException($"Unknown option {args[i]}."),
                _ => AddRest(options, rest, args[i]),
            };
        }
        if (options.External && (options.PostgresConnection is null || options.RabbitMqConnection is null))
        {
            throw new ArgumentException("--external needs --postgres and --rabbitmq (or KINERJA_POSTGRES and KINERJA_RABBITMQ).");
        }
        if (options.External && options.RabbitMqNodes > 1)
        {
            throw new ArgumentException("--rabbitmq-nodes starts a cluster; with --external name its nodes in --rabbitmq instead.");
        }
        return options with { Rest = rest };
    }

    private static int Count(string option, string value, int min, int max) =>
        int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count) && count >= min && count <= max
            ? count
            : throw new ArgumentException($"{option} takes a whole number from {min} to {max}, not '{value}'.");

    private static LaunchOptions AddRest(LaunchOptions options, List<string> rest, string argument)
    {
        rest.Add(argument);
        return options;
    }
}

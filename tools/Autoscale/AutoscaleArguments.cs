using TodoFunctions.Autoscale.Scaling;

namespace TodoFunctions.Autoscale;

/// <summary>The command line (see README.md for each option).</summary>
public sealed record AutoscaleArguments
{
    public string? Chart { get; init; }
    public string? Manifest { get; init; }
    public List<string> Values { get; init; } = [];
    public List<string> Sets { get; init; } = [];
    public string Release { get; init; } = "todo";
    public string Queue { get; init; } = "todo-commands";
    public string? RabbitMq { get; init; } = Environment.GetEnvironmentVariable("ConnectionStrings__RabbitMQ");
    public Uri? Management { get; init; }
    public string? Postgres { get; init; } = Environment.GetEnvironmentVariable("ConnectionStrings__Todo");
    public string? WorkerAssembly { get; init; }
    public Dictionary<string, string> WorkerEnvironment { get; init; } = [];
    public string? WorkerLogs { get; init; }
    public HpaSettings Hpa { get; init; } = HpaSettings.Kubernetes;
    public int? TerminationGracePeriodSeconds { get; init; }
    public TimeSpan SampleInterval { get; init; } = TimeSpan.FromSeconds(1);
    public TimeSpan? Duration { get; init; }
    public bool UntilIdle { get; init; }
    public TimeSpan IdleFor { get; init; } = TimeSpan.FromSeconds(3);
    public int InitialReplicas { get; init; }
    public string? Record { get; init; }
    public string? Svg { get; init; }
    public bool Quiet { get; init; }

    public static AutoscaleArguments Parse(IReadOnlyList<string> args)
    {
        var parsed = new AutoscaleArguments();
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            double Seconds() => double.Parse(Next(), CultureInfo.InvariantCulture);
            parsed = args[i] switch
            {
                "--chart" => parsed with { Chart = Next() },
                "--manifest" => parsed with { Manifest = Next() },
                "--values" or "-f" => parsed with { Values = [.. parsed.Values, Next()] },
                "--set" => parsed with { Sets = [.. parsed.Sets, Next()] },
                "--release" => parsed with { Release = Next() },
                "--queue" => parsed with { Queue = Next() },
                "--rabbitmq" => parsed with { RabbitMq = Next() },
                "--management" => parsed with { Management = new Uri(Next()) },
                "--postgres" => parsed with { Postgres = Next() },
                "--workers" => parsed with { WorkerAssembly = Next() },
                "--worker-env" => parsed with { WorkerEnvironment = WithSetting(parsed.WorkerEnvironment, Next()) },
                "--worker-logs" => parsed with { WorkerLogs = Next() },
                "--hpa-sync-period" => parsed with { Hpa = parsed.Hpa with { SyncPeriod = TimeSpan.FromSeconds(Seconds()) } },
                "--hpa-tolerance" => parsed with { Hpa = parsed.Hpa with { Tolerance = double.Parse(Next(), CultureInfo.InvariantCulture) } },
                "--hpa-downscale-stabilization" => parsed with { Hpa = parsed.Hpa with { DownscaleStabilization = TimeSpan.FromSeconds(Seconds()) } },
                "--termination-grace-period" => parsed with { TerminationGracePeriodSeconds = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--sample-interval" => parsed with { SampleInterval = TimeSpan.FromSeconds(Seconds()) },
                "--duration" => parsed with { Duration = TimeSpan.FromSeconds(Seconds()) },
                "--until-idle" => parsed with { UntilIdle = true },
                "--idle-for" => parsed with { IdleFor = TimeSpan.FromSeconds(Seconds()) },
                "--initial-replicas" => parsed with { InitialReplicas = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--record" => parsed with { Record = Next() },
                "--svg" => parsed with { Svg = Next() },
                "--quiet" => parsed with { Quiet = true },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }
        if ((parsed.Chart is null) == (parsed.Manifest is null))
        {
            throw new ArgumentException("Give exactly one of --chart DIR (rendered with helm template) or --manifest FILE (already rendered).");
        }
        if (string.IsNullOrWhiteSpace(parsed.RabbitMq))
        {
            throw new ArgumentException("No broker: give --rabbitmq amqp://… or set ConnectionStrings__RabbitMQ.");
        }
        if (parsed.Duration is null && !parsed.UntilIdle)
        {
            throw new ArgumentException("Say when to stop: --duration SECONDS and/or --until-idle.");
        }
        return parsed;
    }

    private static Dictionary<string, string> WithSetting(Dictionary<string, string> settings, string pair)
    {
        var at = pair.IndexOf('=', StringComparison.Ordinal);
        if (at <= 0)
        {
            throw new ArgumentException($"--worker-env wants KEY=VALUE, not {pair}.");
        }
        return new Dictionary<string, string>(settings) { [pair[..at]] = pair[(at + 1)..] };
    }
}

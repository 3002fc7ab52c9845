namespace TodoFunctions.Bench;

/// <summary>Command-line settings; see <see cref="Usage"/>.</summary>
public sealed record Options(
    int Seconds,
    int Clients,
    int Backlog,
    int Rate,
    int ProbeRate,
    bool KeepServers,
    string? SystemRoot,
    string? WorkerPublish,
    Uri? Compare,
    string? CompareToken,
    string CompareRegister,
    string? PostgresOptions = null,
    IReadOnlyList<KeyValuePair<string, string>>? Environment = null,
    int? ColdStartsOnly = null,
    IReadOnlyList<KeyValuePair<string, string>>? WorkerEnvironment = null)
{
    public const int Users = 16;
    // Long enough for tiered JIT to settle: with 4 s the accepted rate still rose by half during the
    // measurement, and with 10 s it still rose from ~1,100/s to ~2,200/s across the 15 s sustained phase.
    public const int WarmupSeconds = 15;
    public const int IdleSeconds = 5;
    public const int ListItems = 50;
    public const int ListSeconds = 10;
    public const int CompareSeconds = 10;
    public const int ColdStartRuns = 3;
    public const int ColdStartBacklog = 50;
    public const int MaxInFlight = 2_000;

    public static Options Parse(string[] args)
    {
        var options = new Options(15, 64, 50_000, 1_000, 20, false, null, null, null, null, "api/auth/register");
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--seconds" => options with { Seconds = Positive(args, ++i) },
                "--clients" => options with { Clients = Positive(args, ++i) },
                "--backlog" => options with { Backlog = Positive(args, ++i) },
                "--rate" => options with { Rate = Positive(args, ++i) },
                "--probe-rate" => options with { ProbeRate = Positive(args, ++i) },
                "--keep-servers" => options with { KeepServers = true },
                "--system" => options with { SystemRoot = Path.GetFullPath(Value(args, ++i)) },
                "--worker-publish" => options with { WorkerPublish = Path.GetFullPath(Value(args, ++i)) },
                "--compare" => options with { Compare = AbsoluteUri(Value(args, ++i)) },
                "--compare-token" => options with { CompareToken = Value(args, ++i) },
                "--compare-register" => options with { CompareRegister = Value(args, ++i).TrimStart('/') },
                "--postgres-options" => options with { PostgresOptions = Value(args, ++i).Trim(';') },
                "--cold-starts-only" => options with { ColdStartsOnly = Positive(args, ++i) },
                "--env" => options with { Environment = [.. options.Environment ?? [], Setting(args, ++i)] },
                "--worker-env" => options with { WorkerEnvironment = [.. options.WorkerEnvironment ?? [], Setting(args, ++i)] },
                "-h" or "--help" => throw new ArgumentException(Usage),
                var other => throw new ArgumentException($"Unknown argument '{other}'.\n{Usage}"),
            };
        }
        return options;
    }

    public const string Usage =
        "usage: dotnet run -c Release --project tests/Bench -- [--seconds 15] [--clients 64] [--backlog 50000] [--rate 1000]\n" +
        "         [--probe-rate 20] [--keep-servers] [--system REPO] [--worker-publish DIR]\n" +
        "         [--compare URL [--compare-token JWT | --compare-register api/auth/register]] [--postgres-options 'Key=Value;...'] [--env NAME=VALUE]...\n" +
        "         [--worker-env NAME=VALUE]... [--cold-starts-only N]\n" +
        "  --seconds: sustained and end-to-end phases; --clients: closed-loop clients (sustained, burst, list, compare)\n" +
        "  --rate: offered commands/s of the end-to-end load stream (open loop); --probe-rate: probe creates/s on top\n" +
        "  --system REPO: take functions/Local (bin/Release) and publish functions/Workers from another checkout\n" +
        "  --worker-publish DIR: use this `dotnet publish` output of functions/Workers instead of publishing\n" +
        "  --compare URL: run the same create and list loads against this base URL too and print the ratios;\n" +
        "                 its users come from --compare-token (one bearer token for every client) or are registered\n" +
        "                 through --compare-register (default api/auth/register)\n" +
        "  --postgres-options: appended to the HTTP host's and the worker's PostgreSQL connection string (A/B of\n" +
        "                      Npgsql settings on one build, e.g. 'No Reset On Close=false')\n" +
        "  --env NAME=VALUE: an environment setting for the HTTP host and the worker (repeatable; A/B of a setting\n" +
        "                    on one build, e.g. Messaging__Publisher=MassTransit)\n" +
        "  --worker-env NAME=VALUE: a setting for the worker processes only; {run} in the value becomes the worker's run\n" +
        "                           number (e.g. DOTNET_JitStdOutFile=/tmp/jit-{run}.txt with DOTNET_JitDisasmSummary=1)\n" +
        "  --cold-starts-only N: after the warm-up, measure N worker cold starts and nothing else (about a minute;\n" +
        "                        for comparing start-up changes, where a median of 3 is too coarse)";

    private static string Value(string[] args, int i) =>
        i < args.Length ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value.\n{Usage}");

    private static KeyValuePair<string, string> Setting(string[] args, int i) =>
        Value(args, i).Split('=', 2) is [{ Length: > 0 } name, var value]
            ? KeyValuePair.Create(name, value)
            : throw new ArgumentException($"{args[i - 1]} needs NAME=VALUE, not '{args[i]}'.\n{Usage}");

    private static Uri AbsoluteUri(string text) =>
        Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out var uri)
            ? uri
            : throw new ArgumentException($"--compare needs an absolute URL, not '{text}'.\n{Usage}");

    private static int Positive(string[] args, int i) =>
        i < args.Length && int.TryParse(args[i], out var value) && value > 0
            ? value
            : throw new ArgumentException($"{args[i - 1]} needs a positive integer.\n{Usage}");
}

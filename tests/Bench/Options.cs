namespace TodoFunctions.Bench;

/// <summary>Command-line settings: <c>--seconds 20 --clients 64 --backlog 20000 --keep-servers --system REPO</c>.</summary>
public sealed record Options(int Seconds, int Clients, int Backlog, bool KeepServers, string? SystemRoot)
{
    public const int Users = 16;
    // Long enough for tiered JIT to settle: with a 4 s warm-up the accepted rate still rose from ~540/s
    // to ~790/s across the measured 20 s.
    public const int WarmupSeconds = 15;
    public const int ColdStartRuns = 3;
    public const int ColdStartBacklog = 50;
    public const int MaxInFlightEndToEnd = 2_000;
    public const int LightRate = 20;
    public const int LightSeconds = 5;

    public static Options Parse(string[] args)
    {
        var options = new Options(20, 64, 20_000, false, null);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--seconds" => options with { Seconds = Positive(args, ++i) },
                "--clients" => options with { Clients = Positive(args, ++i) },
                "--backlog" => options with { Backlog = Positive(args, ++i) },
                "--keep-servers" => options with { KeepServers = true },
                "--system" => options with { SystemRoot = ++i < args.Length ? Path.GetFullPath(args[i]) : throw new ArgumentException(Usage) },
                "-h" or "--help" => throw new ArgumentException(Usage),
                var other => throw new ArgumentException($"Unknown argument '{other}'.\n{Usage}"),
            };
        }
        return options;
    }

    public const string Usage =
        "usage: dotnet run -c Release --project tests/Bench -- [--seconds 20] [--clients 64] [--backlog 20000] [--keep-servers] [--system REPO]\n" +
        "  --system REPO: take the built functions/Local and functions/Workers (bin/Release) from another checkout,\n" +
        "                 e.g. a `git archive HEAD` copy, instead of this working tree";

    private static int Positive(string[] args, int i) =>
        i < args.Length && int.TryParse(args[i], out var value) && value > 0
            ? value
            : throw new ArgumentException($"{args[i - 1]} needs a positive integer.\n{Usage}");
}

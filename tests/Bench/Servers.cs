namespace TodoFunctions.Bench;

/// <summary>Throwaway PostgreSQL (durable: fsync and synchronous_commit on) and RabbitMQ from tests/servers.</summary>
public sealed class Servers
{
    private readonly string _root;
    private bool _postgres;
    private bool _rabbit;

    public Servers(string root) => _root = root;

    public string Postgres { get; private set; } = "";

    public string RabbitMq { get; private set; } = "";

    private string PostgresDir => Path.Combine(_root, "pg");

    private string RabbitDir => Path.Combine(_root, "rabbit");

    public async Task StartAsync()
    {
        Progress.Say("starting PostgreSQL 15 (fsync=on, synchronous_commit=on)");
        _postgres = true;
        var postgres = await Shell.RunAsync(RepoPaths.Script("postgres.sh"), ["start", PostgresDir],
            new Dictionary<string, string> { ["POSTGRES_FSYNC"] = "on", ["POSTGRES_SYNCHRONOUS_COMMIT"] = "on" });
        Postgres = LastLine(postgres);
        Progress.Say("starting RabbitMQ");
        _rabbit = true;
        RabbitMq = LastLine(await Shell.RunAsync(RepoPaths.Script("rabbitmq.sh"), ["start", RabbitDir]));
        Progress.Say($"servers up: {Postgres} | {RabbitMq}");
    }

    public async Task StopAsync()
    {
        if (_rabbit)
        {
            _rabbit = false;
            await Quietly(() => Shell.RunAsync(RepoPaths.Script("rabbitmq.sh"), ["stop", RabbitDir], timeout: TimeSpan.FromMinutes(1)));
        }
        if (_postgres)
        {
            _postgres = false;
            await Quietly(() => Shell.RunAsync(RepoPaths.Script("postgres.sh"), ["stop", PostgresDir], timeout: TimeSpan.FromMinutes(1)));
        }
    }

    public string StopCommands =>
        $"tests/servers/rabbitmq.sh stop {RabbitDir}; tests/servers/postgres.sh stop {PostgresDir}";

    private static string LastLine(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];

    private static async Task Quietly(Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (Exception e)
        {
            Progress.Say($"warning: {e.Message}");
        }
    }
}

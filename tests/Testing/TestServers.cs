namespace TodoFunctions.Testing;

/// <summary>
/// One PostgreSQL and one RabbitMQ server per test run. The test command (tests/run.sh) starts them and
/// passes TEST_POSTGRES, TEST_RABBITMQ and TEST_RABBITMQ_DIR; a test process run on its own (from an IDE)
/// starts its own through the same scripts and stops them when it exits.
/// </summary>
public static class TestServers
{
    private static readonly Lazy<Task<string>> Postgres = new(() => StartAsync("TEST_POSTGRES", "postgres.sh", "postgres"));
    private static readonly Lazy<Task<string>> RabbitMq = new(() => StartAsync("TEST_RABBITMQ", "rabbitmq.sh", "rabbitmq"));
    private static string? _ownRabbitDirectory;

    public static Task<string> PostgresAsync() => Postgres.Value;

    public static Task<string> RabbitMqAsync() => RabbitMq.Value;

    /// <summary>The RabbitMQ data folder, for rabbitmq.sh ctl.</summary>
    public static async Task<string> RabbitMqDirectoryAsync()
    {
        await RabbitMqAsync();
        return Environment.GetEnvironmentVariable("TEST_RABBITMQ_DIR") ?? _ownRabbitDirectory!;
    }

    /// <summary>The RabbitMQ management API's base URL (rabbitmq.sh enables it on 127.0.0.1).</summary>
    public static async Task<string> RabbitMqManagementAsync() =>
        (await File.ReadAllTextAsync(Path.Combine(await RabbitMqDirectoryAsync(), "management"))).Trim();

    private static async Task<string> StartAsync(string variable, string script, string name)
    {
        if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } given)
        {
            return given;
        }
        var dir = Path.Combine(Path.GetTempPath(), $"todo-{name}-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(RepoPaths.Servers, script);
        var address = await Shell.RunAsync(path, "start", dir);
        if (name == "rabbitmq")
        {
            _ownRabbitDirectory = dir;
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            Shell.RunAsync(path, "stop", dir).Wait();
            Directory.Delete(dir, recursive: true);
        };
        return address;
    }
}

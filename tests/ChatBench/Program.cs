using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TodoFunctions.ChatBench;
using TodoFunctions.Core;
using TodoFunctions.Core.Chat;
using TodoFunctions.Core.Persistence;

// Time per chat turn in the worker with the offline engine: ChatTurnHandler end to end (load history and
// todos, run the agent loop, commit changes + messages) against a real PostgreSQL, and the engine alone.
// Usage: dotnet run -c Release --project tests/ChatBench -- [--turns 600]
var turns = args is ["--turns", var n] ? int.Parse(n) : 600;
var folder = Path.Combine(Path.GetTempPath(), "todo-chatbench-" + Guid.NewGuid().ToString("N")[..8]);
var script = Path.Combine(RepoRoot.Find(), "tests", "servers", "postgres.sh");
Console.WriteLine($"starting PostgreSQL (durable: fsync on) in {folder}");
var connection = await Postgres.StartAsync(script, folder);
try
{
    var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["ConnectionStrings:Todo"] = connection,
        ["Auth:SigningKey"] = "chat-bench-signing-key-that-is-long-enough",
    }).Build();
    await using var services = new ServiceCollection().AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
        .AddSingleton<IConfiguration>(configuration).AddCore(configuration).BuildServiceProvider();
    await services.PrepareDatabaseAsync();

    var turnScript = new TurnScript(services);
    await turnScript.SeedAsync();
    Console.WriteLine($"warming up, then {turns} turns in one conversation (history window 20 messages, ~30 todos)");
    await turnScript.RunAsync(60, measure: false);
    var (handler, engine) = await turnScript.RunAsync(turns, measure: true);
    Console.WriteLine();
    Console.WriteLine($"{"",-34}{"p50",10}{"p95",10}{"p99",10}{"max",10}");
    Console.WriteLine(Percentiles.Row("chat turn in the worker (ms)", handler));
    Console.WriteLine(Percentiles.Row("offline engine alone (ms)", engine));
    Console.WriteLine($"target: engine p99 <= 20 ms");
}
finally
{
    await Postgres.StopAsync(script, folder);
}

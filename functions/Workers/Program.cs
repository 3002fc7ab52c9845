using TodoFunctions.Core;
using TodoFunctions.Core.Persistence;
using TodoFunctions.Core.Telemetry;

namespace TodoFunctions.Workers;

// Not top-level statements: the local host's global Program must stay the only one tests see.
internal static class Program
{
    /// <summary><c>migrate</c> applies the database migrations and exits; otherwise runs the consumers.</summary>
    private static async Task Main(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.Configuration.AddCommandLine(args, WorkerQueues.SwitchMappings);
        builder.Logging.AddTodoConsoleFormat(builder.Configuration);
        builder.Services.AddCore(builder.Configuration);

        if (args is ["migrate", ..])
        {
            using var migrator = builder.Build();
            await migrator.Services.PrepareDatabaseAsync();
            Console.WriteLine("Database is up to date.");
            return;
        }

        builder.Services.AddWorkers(builder.Configuration, WorkerQueues.From(builder.Configuration)).AddWorkerHost();
        await builder.Build().RunAsync();
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Protocol;

namespace TodoFunctions.Mcp;

internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        if (!ServerSettings.TryParse(args, Environment.GetEnvironmentVariable, out var settings, out var problem))
        {
            // stdout belongs to the MCP protocol; every human-readable message goes to stderr.
            await Console.Error.WriteLineAsync($"todo-mcp: {problem}");
            await Console.Error.WriteLineAsync(ServerSettings.Usage);
            return 2;
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        if (builder.Configuration["Logging:LogLevel:Default"] is null)
        {
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        }

        builder.Services.AddSingleton(settings!);
        builder.Services.AddSingleton(_ => TodoApiClient.CreateHttpClient(settings!));
        builder.Services.AddSingleton<TodoApiClient>();
        builder.Services
            .AddMcpServer(options =>
            {
                options.ServerInfo = new Implementation { Name = "todo-functions", Version = "1.0.0" };
                options.ServerInstructions =
                    "Manages the signed-in user's todo list (Todo Functions). Use list_tasks to find a task's id, " +
                    "then get_task, update_task, complete_task, reopen_task or delete_task with that id.";
            })
            .WithStdioServerTransport()
            .WithTools<TodoTools>();

        await builder.Build().RunAsync();
        return 0;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

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
        builder.Services.AddSingleton(_ => TodoApiClient.CreateHttpClient(settings!.ApiBase, settings.Token));
        builder.Services.AddSingleton<TodoApiClient>();
        builder.Services.AddSingleton<ITodoApiClients, SingleUserApiClients>();
        // The tool schemas come from the API's own contract, fetched once (and again after a failure).
        builder.Services.AddSingleton(services => new TodoContractSource(services.GetRequiredService<TodoApiClient>().GetContractAsync));
        builder.Services
            .AddMcpServer(options =>
            {
                options.ServerInfo = TodoMcpServer.ServerInfo;
                options.ServerInstructions = TodoMcpServer.Instructions;
            })
            .WithStdioServerTransport()
            .WithTodoFunctions();

        await builder.Build().RunAsync();
        return 0;
    }
}

using System.Text.Json.Nodes;
using TodoFunctions.Mcp;

namespace TodoFunctions.Http.Mcp;

public static class McpServices
{
    /// <summary>
    /// The MCP server behind <see cref="McpEndpoint"/>: the shared todo tools (tools/McpTools), their schemas from this
    /// host's own OpenAPI document, and per-caller API clients that call this host's API with the caller's token.
    /// </summary>
    public static IServiceCollection AddMcpEndpoint(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<McpApiBase>();
        services.AddSingleton<McpRequestHandler>();
        services.AddSingleton<ITodoApiClients>(sp =>
            new PerCallerApiClients(sp.GetRequiredService<McpApiBase>().Get, sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton(new TodoContractSource(async _ =>
        {
            var (json, _) = await ApiDocument.SerializeAsync(ApiDocument.Build("api", includeTestSupport: false));
            return JsonNode.Parse(json)!.AsObject();
        }));
        services.AddMcpServer(options =>
            {
                options.ServerInfo = TodoMcpServer.ServerInfo;
                options.ServerInstructions = TodoMcpServer.Instructions;
            })
            .WithHttpTransport(options => options.Stateless = true)
            .WithTodoFunctions();
        return services;
    }
}

/// <summary>
/// Where the tools call the API: <c>Mcp:ApiBaseUrl</c> if set; else the app's own name on Azure (WEBSITE_HOSTNAME);
/// else what the host says it listens on (the local host sets it at start); else http://127.0.0.1/. Never the
/// request's Host header, which a caller controls (the server would send requests wherever it pointed).
/// </summary>
public sealed class McpApiBase(IConfiguration configuration)
{
    private Uri? _listening;

    public void SetListeningAddress(Uri address) => _listening = address;

    public Uri Get()
    {
        var configured = configuration["Mcp:ApiBaseUrl"];
        var website = Environment.GetEnvironmentVariable("WEBSITE_HOSTNAME");
        var uri = !string.IsNullOrWhiteSpace(configured) ? new Uri(configured)
            : !string.IsNullOrWhiteSpace(website) ? new Uri($"https://{website}")
            : _listening ?? new Uri("http://127.0.0.1/");
        return new UriBuilder(uri) { Path = uri.AbsolutePath.TrimEnd('/') + "/" }.Uri;
    }
}

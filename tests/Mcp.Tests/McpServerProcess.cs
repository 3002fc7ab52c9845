using System.Collections.Concurrent;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace TodoFunctions.Mcp.Tests;

/// <summary>The built MCP server started as a stdio child process through the SDK's own transport, as an MCP client would.</summary>
public sealed class McpServerProcess : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _stderr;

    private McpServerProcess(McpClient client, ConcurrentQueue<string> stderr)
    {
        Client = client;
        _stderr = stderr;
    }

    public McpClient Client { get; }

    public string Stderr => string.Join('\n', _stderr);

    public static string ServerDll { get; } =
        Path.Combine(RepoPaths.Root, "tools", "Mcp", "bin", RepoPaths.Configuration, "net10.0", "TodoFunctions.Mcp.dll");

    public static async Task<McpServerProcess> StartAsync(string token, Uri api)
    {
        var stderr = new ConcurrentQueue<string>();
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "todo-functions",
            Command = "dotnet",
            Arguments = [ServerDll, "--token", token, "--api", api.ToString()],
            EnvironmentVariables = new Dictionary<string, string?> { ["TODO_API_TOKEN"] = null, ["TODO_API_URL"] = null },
            StandardErrorLines = stderr.Enqueue,
            ShutdownTimeout = TimeSpan.FromSeconds(5),
        });
        var client = await McpClient.CreateAsync(transport, cancellationToken: TestContext.Current.CancellationToken);
        return new McpServerProcess(client, stderr);
    }

    public Task<CallToolResult> CallAsync(string tool, Dictionary<string, object?> arguments) =>
        Client.CallToolAsync(tool, arguments, cancellationToken: TestContext.Current.CancellationToken).AsTask();

    /// <summary>Calls a tool that must succeed and parses its JSON text.</summary>
    public async Task<JsonElement> CallJsonAsync(string tool, Dictionary<string, object?> arguments)
    {
        var result = await CallAsync(tool, arguments);
        var text = Text(result);
        Assert.False(result.IsError == true, $"{tool} failed: {text}\nserver stderr:\n{Stderr}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static string Text(CallToolResult result) =>
        string.Concat(result.Content.OfType<TextContentBlock>().Select(c => c.Text));

    public async ValueTask DisposeAsync() => await Client.DisposeAsync();
}

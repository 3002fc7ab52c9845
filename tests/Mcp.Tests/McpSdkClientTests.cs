namespace TodoFunctions.Mcp.Tests;

/// <summary>
/// The official MCP TypeScript SDK client (tests/mcp-client, @modelcontextprotocol/sdk) against the real local host,
/// over stdio and streamable HTTP (/mcp and /api/mcp): tools, resources, prompts, bad arguments, no token, two users.
/// </summary>
public sealed class McpSdkClientTests(LocalHostProcess host) : IClassFixture<LocalHostProcess>
{
    private static readonly string ClientDirectory = Path.Combine(RepoPaths.Root, "tests", "mcp-client");

    [Fact]
    public async Task The_typescript_sdk_client_passes_its_suite_over_stdio_and_http()
    {
        await EnsurePackagesAsync();
        var (first, firstToken) = await host.RegisterUserAsync();
        var (second, secondToken) = await host.RegisterUserAsync();
        using var a = first;
        using var b = second;

        var (exitCode, output) = await RunAsync("node", ["--test", "--test-reporter=spec", "client.test.mjs"], new()
        {
            ["MCP_API"] = host.BaseAddress.ToString().TrimEnd('/'),
            ["MCP_TOKEN_A"] = firstToken,
            ["MCP_TOKEN_B"] = secondToken,
            ["MCP_STDIO_DLL"] = McpServerProcess.ServerDll,
        }, TimeSpan.FromMinutes(2));

        TestContext.Current.SendDiagnosticMessage(output);
        Assert.True(exitCode == 0, $"node --test client.test.mjs failed ({exitCode}):\n{output}\nlocal host:\n{host.RecentOutput}");
        Assert.Matches(@"(?m)^\S+ fail 0$", output);
        Assert.Matches(@"(?m)^\S+ pass (1[4-9]|[2-9]\d)$", output); // the suite ran, not an empty file
    }

    /// <summary>npm ci once per checkout (tests/mcp-client has its own lock file).</summary>
    private static async Task EnsurePackagesAsync()
    {
        if (File.Exists(Path.Combine(ClientDirectory, "node_modules", "@modelcontextprotocol", "sdk", "package.json")))
        {
            return;
        }
        var (exitCode, output) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], [], TimeSpan.FromMinutes(3));
        Assert.True(exitCode == 0, $"npm ci in tests/mcp-client failed:\n{output}");
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, string[] arguments, Dictionary<string, string> environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = ClientDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        try
        {
            await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(timeout, TestContext.Current.CancellationToken);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        return (process.ExitCode, await stdout + await stderr);
    }
}

using System.Collections.Concurrent;
using System.Net.Sockets;

namespace TodoFunctions.Mcp.Tests;

/// <summary>
/// functions/Local as a real process on a free port: SQLite in a temp folder and the in-memory queue, exactly what
/// <c>dotnet run --project functions/Local</c> gives a user.
/// </summary>
public sealed class LocalHostProcess : IAsyncLifetime
{
    private const string SigningKey = "mcp-tests-signing-key-long-enough-for-hs256!!";
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "todo-mcp-test-" + Guid.NewGuid().ToString("N"));
    private readonly ConcurrentQueue<string> _output = new();
    private Process? _process;

    public Uri BaseAddress { get; private set; } = null!;

    public string RecentOutput => string.Join('\n', _output.TakeLast(40));

    public async ValueTask InitializeAsync()
    {
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        Directory.CreateDirectory(_dataDirectory);

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(RepoPaths.ProjectOutput("Local", "TodoFunctions.Local.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(BaseAddress.ToString().TrimEnd('/'));
        start.WorkingDirectory = _dataDirectory;
        // Embedded mode even when the test command exported real servers for other projects.
        start.Environment.Remove("ConnectionStrings__Todo");
        start.Environment.Remove("ConnectionStrings__RabbitMQ");
        start.Environment["Storage__DataDirectory"] = _dataDirectory;
        start.Environment["Auth__SigningKey"] = SigningKey;
        start.Environment["Auth__PasswordIterations"] = "1000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The local host exited with {_process.ExitCode}:\n{RecentOutput}");
            }
            try
            {
                using var response = await http.GetAsync("api/health", TestContext.Current.CancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
            {
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The local host did not answer /api/health within 60 s:\n{RecentOutput}");
            }
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Registers a fresh user over HTTP and returns an API client signed in as them, plus the raw token.</summary>
    public async Task<(ApiClient Api, string Token)> RegisterUserAsync()
    {
        var api = await new ApiClient(new HttpClient { BaseAddress = BaseAddress }).SignUpAsync();
        return (api, api.Http.DefaultRequestHeaders.Authorization!.Parameter!);
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(CancellationToken.None);
            }
            _process.Dispose();
        }
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        _output.Enqueue(line);
        while (_output.Count > 200 && _output.TryDequeue(out _))
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

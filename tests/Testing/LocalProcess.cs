using System.Collections.Concurrent;
using System.Net.Sockets;

namespace TodoFunctions.Testing;

/// <summary>
/// functions/Local as a real process on a free loopback port, with the environment a test gives it
/// (connection strings, log format, <c>Workers__Queues=none</c> for an HTTP-only host), its stdout and
/// stderr kept line by line.
/// </summary>
public sealed class LocalProcess : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _output = new();
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "todo-local-" + Guid.NewGuid().ToString("N"));
    private Process _process = null!;

    private LocalProcess()
    {
    }

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyCollection<string> Output => _output;

    public static async Task<LocalProcess> StartAsync(IReadOnlyDictionary<string, string> environment)
    {
        var local = new LocalProcess();
        var port = FreePort();
        local.BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        Directory.CreateDirectory(local._dataDirectory);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = local._dataDirectory };
        start.ArgumentList.Add(RepoPaths.ProjectOutput("Local", "TodoFunctions.Local.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(local.BaseAddress.ToString().TrimEnd('/'));
        start.Environment.Remove("ConnectionStrings__Todo");
        start.Environment.Remove("ConnectionStrings__RabbitMQ");
        start.Environment["Storage__DataDirectory"] = local._dataDirectory;
        start.Environment["Auth__SigningKey"] = LocalApp.SigningKey;
        start.Environment["Auth__PasswordIterations"] = "1000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        local._process = Process.Start(start)!;
        local._process.OutputDataReceived += (_, e) => local.Keep(e.Data);
        local._process.ErrorDataReceived += (_, e) => local.Keep(e.Data);
        local._process.BeginOutputReadLine();
        local._process.BeginErrorReadLine();
        await local.WaitUntilHealthyAsync();
        return local;
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The local host exited with {_process.ExitCode}:\n{string.Join('\n', _output.TakeLast(40))}");
            }
            try
            {
                using var response = await http.GetAsync("api/health");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The local host did not answer /api/health within 60 s:\n{string.Join('\n', _output.TakeLast(40))}");
            }
            await Task.Delay(200);
        }
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

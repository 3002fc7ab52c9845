using System.Net;
using System.Net.Sockets;

namespace TodoFunctions.Bench;

/// <summary>
/// The system as deployed, in separate processes on 127.0.0.1: PostgreSQL, RabbitMQ, the HTTP tier
/// (functions/Local with no consumers) and one worker process for todo-commands.
/// </summary>
public sealed class SystemUnderTest : IAsyncDisposable
{
    private readonly string _root;
    private readonly Servers _servers;
    private readonly bool _keepServers;
    private readonly Dictionary<string, string> _environment;
    private int _workerRuns;
    private string _httpDll = "";
    private string _workerDll = "";

    private readonly string? _systemRoot;

    public SystemUnderTest(string root, bool keepServers, string? systemRoot)
    {
        _systemRoot = systemRoot;
        _root = root;
        _keepServers = keepServers;
        _servers = new Servers(root);
        _environment = new Dictionary<string, string>
        {
            ["Auth__SigningKey"] = "bench-signing-key-that-is-long-enough-for-hs256!!",
            ["Auth__PasswordIterations"] = "1000",
            ["RateLimit__Enabled"] = "false",
            ["Storage__DataDirectory"] = Path.Combine(root, "data"),
            ["Logging__LogLevel__Default"] = "Warning",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        };
        Directory.CreateDirectory(Path.Combine(root, "data"));
    }

    public ChildProcess? Http { get; private set; }

    public ChildProcess? Worker { get; private set; }

    /// <summary>Where the worker under test comes from (it is the published build, as in its container image).</summary>
    public string WorkerBuild => $"published as its image is (self-contained, composite ReadyToRun): {_workerDll}";

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public string Database => _servers.Postgres;

    /// <summary>Peak RSS (MiB) of each worker process, read just before it was stopped.</summary>
    public List<(string Worker, double PeakMiB)> WorkerPeaks { get; } = [];

    public double HttpPeakMiB { get; private set; } = double.NaN;

    private IReadOnlyList<KeyValuePair<string, string>> _workerSettings = [];

    public async Task StartAsync(string? workerPublish, string? postgresOptions, IReadOnlyList<KeyValuePair<string, string>> settings,
        IReadOnlyList<KeyValuePair<string, string>> workerSettings, CancellationToken cancellationToken)
    {
        _workerSettings = workerSettings;
        _httpDll = RepoPaths.SnapshotHttp(_root, _systemRoot);
        // Publishing is mostly CPU while starting RabbitMQ is mostly waiting, so they overlap.
        var publish = RepoPaths.PublishWorkerAsync(_root, _systemRoot, workerPublish, cancellationToken);
        try
        {
            await _servers.StartAsync();
        }
        finally
        {
            _workerDll = await publish;
        }
        _environment["ConnectionStrings__Todo"] = postgresOptions is null ? _servers.Postgres : $"{_servers.Postgres.TrimEnd(';')};{postgresOptions}";
        _environment["ConnectionStrings__RabbitMQ"] = _servers.RabbitMq;
        foreach (var (name, value) in settings)
        {
            _environment[name] = value;
        }

        Progress.Say("applying migrations (Workers.dll migrate)");
        var (migrator, migrate) = ChildProcess.Launch(_workerDll, "migrate");
        await Shell.RunAsync(migrator, migrate, _environment, TimeSpan.FromMinutes(2));

        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        var httpEnvironment = new Dictionary<string, string>(_environment) { ["Workers__Queues"] = "none" };
        Progress.Say($"starting HTTP tier on {BaseAddress}");
        // In its own folder, as a deployed host runs: the content root is watched for settings changes, recursively.
        Http = ChildProcess.StartIn(Path.GetDirectoryName(Path.GetFullPath(_httpDll)), "http", Path.Combine(_root, "http.log"), httpEnvironment,
            _httpDll, "--urls", $"http://127.0.0.1:{port}");
        await WaitReadyAsync(cancellationToken);
        StartWorker();
    }

    public ChildProcess StartWorker()
    {
        if (Worker is not null)
        {
            throw new InvalidOperationException("A worker is already running.");
        }
        var run = ++_workerRuns;
        // DOTNET_EnableDiagnostics=0 as functions/Workers/Dockerfile sets it (no diagnostics IPC at start-up), unless
        // --env DOTNET_EnableDiagnostics=1 asks for it (to attach dotnet-stack or dotnet-trace).
        var workerEnvironment = new Dictionary<string, string>(_environment);
        workerEnvironment.TryAdd("DOTNET_EnableDiagnostics", "0");
        foreach (var (name, value) in _workerSettings)
        {
            workerEnvironment[name] = value.Replace("{run}", run.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        // In its own folder, as the image runs it (WORKDIR /app): the host's content root is the working directory.
        Worker = ChildProcess.StartIn(Path.GetDirectoryName(Path.GetFullPath(_workerDll)), $"worker#{run}", Path.Combine(_root, $"worker{run}.log"),
            workerEnvironment, _workerDll, "--queues", "todo-commands");
        return Worker;
    }

    /// <summary>Graceful stop (SIGTERM); records the worker's peak RSS first.</summary>
    public async Task StopWorkerAsync(string purpose)
    {
        if (Worker is not { } worker)
        {
            return;
        }
        Worker = null;
        WorkerPeaks.Add(($"{worker.Name} ({purpose})", worker.PeakRssMiB()));
        var exit = await worker.StopAsync(TimeSpan.FromSeconds(30));
        if (exit != 0)
        {
            Progress.Say($"warning: {worker.Name} exited with code {exit}");
        }
        await worker.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopWorkerAsync("final");
        }
        catch (Exception e)
        {
            Progress.Say($"warning: stopping the worker: {e.Message}");
        }
        if (Http is { } http)
        {
            Http = null;
            HttpPeakMiB = http.PeakRssMiB();
            try
            {
                await http.DisposeAsync();
            }
            catch (Exception e)
            {
                Progress.Say($"warning: stopping the HTTP tier: {e.Message}");
            }
        }
        if (_keepServers)
        {
            Progress.Say($"--keep-servers: PostgreSQL {_servers.Postgres} and RabbitMQ {_servers.RabbitMq} keep running; stop them with: {_servers.StopCommands}");
        }
        else
        {
            Progress.Say("stopping RabbitMQ and PostgreSQL");
            await _servers.StopAsync();
        }
    }

    private async Task WaitReadyAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Http is { HasExited: true })
            {
                throw new InvalidOperationException($"The HTTP process exited during start; see {Path.Combine(_root, "http.log")}");
            }
            try
            {
                using var response = await client.GetAsync("api/ready", cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    Progress.Say("HTTP tier ready");
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("GET /api/ready did not answer 200 within 60 s.");
            }
            await Task.Delay(100, cancellationToken);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

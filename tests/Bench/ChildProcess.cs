using System.Diagnostics;

namespace TodoFunctions.Bench;

/// <summary>A dotnet child process whose output goes to a log file; stopped with SIGTERM (graceful).</summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Lock _logLock = new();

    private ChildProcess(Process process, StreamWriter log, string name, long startedAt)
    {
        _process = process;
        _log = log;
        Name = name;
        StartedAt = startedAt;
    }

    public string Name { get; }

    /// <summary><see cref="Stopwatch.GetTimestamp"/> taken just before the process was started.</summary>
    public long StartedAt { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <param name="arguments">An entry assembly (<c>*.dll</c>, run by <c>dotnet</c>) or a self-contained executable, then its arguments.</param>
    public static ChildProcess Start(string name, string logPath, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        StartIn(null, name, logPath, environment, arguments);

    /// <param name="workingDirectory">null: the bench's own.</param>
    public static ChildProcess StartIn(string? workingDirectory, string name, string logPath, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var (program, rest) = Launch(arguments[0], arguments[1..]);
        arguments = rest;
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? "",
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        var startedAt = Stopwatch.GetTimestamp();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {name}.");
        var child = new ChildProcess(process, log, name, startedAt);
        process.OutputDataReceived += (_, e) => child.Log(e.Data);
        process.ErrorDataReceived += (_, e) => child.Log(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>How to start an entry point: <c>dotnet app.dll …</c>, or a self-contained executable directly.</summary>
    public static (string Program, string[] Arguments) Launch(string entry, params string[] arguments) =>
        entry.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? ("dotnet", [entry, .. arguments]) : (entry, arguments);

    /// <summary>Peak resident set (VmHWM) in MiB, or NaN once the process is gone.</summary>
    public double PeakRssMiB() => ReadStatusMiB($"/proc/{_process.Id}/status", "VmHWM:");

    /// <summary>Resident set now (VmRSS) in MiB, or NaN once the process is gone.</summary>
    public double RssMiB() => ReadStatusMiB($"/proc/{_process.Id}/status", "VmRSS:");

    public static double ReadStatusMiB(string statusPath, string field)
    {
        try
        {
            var line = File.ReadLines(statusPath).FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            return line is null ? double.NaN : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
        }
        catch (IOException)
        {
            return double.NaN;
        }
    }

    /// <summary>SIGTERM, then SIGKILL if it has not exited within <paramref name="grace"/>. Returns the exit code.</summary>
    public async Task<int> StopAsync(TimeSpan grace)
    {
        if (!_process.HasExited)
        {
            try
            {
                await Shell.RunAsync("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], timeout: TimeSpan.FromSeconds(10));
            }
            catch (Exception) when (_process.HasExited)
            {
            }
            using var cts = new CancellationTokenSource(grace);
            try
            {
                await _process.WaitForExitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                Progress.Say($"warning: {Name} did not stop within {grace.TotalSeconds:F0}s; killing it");
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(CancellationToken.None);
            }
        }
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync(TimeSpan.FromSeconds(15));
        }
        finally
        {
            _process.Dispose();
            lock (_logLock)
            {
                _log.Dispose();
            }
        }
    }

    private void Log(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_logLock)
        {
            try
            {
                _log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }
}

using System.Runtime.InteropServices;

namespace TodoFunctions.Autoscale.Cluster;

/// <summary>One worker process: a pod of the Deployment.</summary>
public sealed class WorkerReplica : IDisposable
{
    private const int SigTerm = 15;
    private readonly Process _process;
    private readonly StreamWriter? _log;
    private readonly Queue<string> _tail = new();

    private WorkerReplica(int ordinal, Process process, StreamWriter? log, DateTimeOffset startedAt)
    {
        Ordinal = ordinal;
        _process = process;
        _log = log;
        StartedAt = startedAt;
    }

    public int Ordinal { get; }
    public int ProcessId => _process.Id;
    public DateTimeOffset StartedAt { get; }
    public DateTimeOffset? TerminatingSince { get; private set; }
    public bool Killed { get; private set; }
    public bool HasExited => _process.HasExited;
    public int? ExitCode => _process.HasExited ? _process.ExitCode : null;
    public string Name => $"worker-{Ordinal}";

    public static WorkerReplica Start(int ordinal, WorkerLaunch launch, DateTimeOffset now)
    {
        var start = new ProcessStartInfo(launch.Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in launch.Arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (key, value) in launch.Environment)
        {
            start.Environment[key] = value;
        }
        var log = launch.LogDirectory is null ? null : new StreamWriter(Path.Combine(launch.LogDirectory, $"worker-{ordinal}.log")) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {launch.Executable}.");
        var replica = new WorkerReplica(ordinal, process, log, now);
        process.OutputDataReceived += (_, e) => replica.Capture(e.Data);
        process.ErrorDataReceived += (_, e) => replica.Capture(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return replica;
    }

    /// <summary>What the kubelet does first when a pod is deleted: SIGTERM, then wait for the grace period.</summary>
    public void Terminate(DateTimeOffset now)
    {
        if (TerminatingSince is not null || _process.HasExited)
        {
            return;
        }
        TerminatingSince = now;
        if (Kill(_process.Id, SigTerm) != 0)
        {
            throw new InvalidOperationException($"kill -TERM {_process.Id} failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    /// <summary>SIGKILL after terminationGracePeriodSeconds, as the kubelet does.</summary>
    public void KillNow()
    {
        if (_process.HasExited)
        {
            return;
        }
        Killed = true;
        _process.Kill(entireProcessTree: true);
    }

    public Task WaitForExitAsync(CancellationToken cancellationToken) => _process.WaitForExitAsync(cancellationToken);

    public IReadOnlyList<string> Tail()
    {
        lock (_tail)
        {
            return [.. _tail];
        }
    }

    private void Capture(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_tail)
        {
            _tail.Enqueue(line);
            while (_tail.Count > 50)
            {
                _tail.Dequeue();
            }
            _log?.WriteLine(line);
        }
    }

    public void Dispose()
    {
        KillNow();
        _process.Dispose();
        lock (_tail)
        {
            _log?.Dispose();
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}

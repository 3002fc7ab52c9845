namespace TodoFunctions.Testing;

/// <summary>The real worker executable, as a Kubernetes Deployment would run it.</summary>
public sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;

    private WorkerProcess(Process process) => _process = process;

    public static async Task<int> RunToExitAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        using var worker = Start(environment, arguments);
        await worker._process.WaitForExitAsync(Xunit.TestContext.Current.CancellationToken);
        return worker._process.ExitCode;
    }

    public static WorkerProcess Start(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(RepoPaths.ProjectOutput("Workers", "TodoFunctions.Workers.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["Logging__LogLevel__Default"] = System.Environment.GetEnvironmentVariable("TEST_WORKER_LOGLEVEL") ?? "Warning";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        var process = Process.Start(start)!;
        var tag = $"[{process.Id}] ";
        process.OutputDataReceived += (_, e) => Output.Enqueue(tag + e.Data);
        process.ErrorDataReceived += (_, e) => Output.Enqueue(tag + e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new WorkerProcess(process);
    }

    public static System.Collections.Concurrent.ConcurrentQueue<string?> Output { get; } = new();

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>SIGTERM, as Kubernetes sends when it scales a Deployment in or deletes a pod.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString()]);
        kill.WaitForExit();
    }

    public Task WaitForExitAsync(CancellationToken cancellationToken) => _process.WaitForExitAsync(cancellationToken);

    /// <summary>SIGKILL: no graceful shutdown, unacknowledged messages are redelivered.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }
        _process.Dispose();
    }
}

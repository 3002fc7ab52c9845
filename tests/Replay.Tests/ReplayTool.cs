using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace TodoFunctions.Replay.Tests;

/// <summary>The real <c>tools/Replay</c> executable, run as a tester runs it, with its output collected.</summary>
public sealed partial class ReplayTool : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private ReplayTool(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Add(e.Data);
        process.ErrorDataReceived += (_, e) => Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Everything printed so far, lines joined and runs of spaces collapsed (the console wraps at 80 columns).</summary>
    public string Output => Spaces().Replace(string.Join(" ", _lines), " ");

    public int ExitCode => _process.ExitCode;

    public static ReplayTool Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(Path.Combine(RepoPaths.Root, "tools", "Replay", "bin", RepoPaths.Configuration, "net10.0", "TodoFunctions.Replay.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // The tool reads these when --amqp/--db are not given; a test always passes them explicitly.
        start.Environment.Remove("ConnectionStrings__RabbitMQ");
        start.Environment.Remove("ConnectionStrings__Todo");
        return new ReplayTool(Process.Start(start)!);
    }

    public static async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        using var tool = Start(arguments);
        await tool.WaitAsync(TimeSpan.FromSeconds(120));
        return (tool.ExitCode, tool.Output);
    }

    public async Task WaitAsync(TimeSpan timeout)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(timeout);
        await _process.WaitForExitAsync(limit.Token);
        _process.WaitForExit(); // drains the redirected output
    }

    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (watch.Elapsed > timeout || _process.HasExited)
            {
                throw new TimeoutException($"The tool did not print \"{text}\". Output: {Output}");
            }
            await Task.Delay(50);
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.Dispose();
    }

    private void Add(string? line)
    {
        if (line is not null)
        {
            _lines.Enqueue(line);
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

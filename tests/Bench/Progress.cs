using System.Diagnostics;

namespace TodoFunctions.Bench;

/// <summary>Timestamped progress lines on stderr so the report on stdout stays clean.</summary>
public static class Progress
{
    private static readonly Stopwatch Clock = Stopwatch.StartNew();

    public static TimeSpan Elapsed => Clock.Elapsed;

    public static void Say(string message) =>
        Console.Error.WriteLine($"[{Clock.Elapsed.TotalSeconds,7:F1}s] {message}");

    /// <summary>Prints <paramref name="status"/> every few seconds until the returned handle is disposed.</summary>
    public static IAsyncDisposable Ticker(string phase, Func<string> status, TimeSpan? every = null)
    {
        var cts = new CancellationTokenSource();
        var started = Stopwatch.StartNew();
        var period = every ?? TimeSpan.FromSeconds(5);
        var task = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(period);
            try
            {
                while (await timer.WaitForNextTickAsync(cts.Token))
                {
                    Say($"  {phase} {started.Elapsed.TotalSeconds:F0}s: {status()}");
                }
            }
            catch (OperationCanceledException)
            {
            }
        });
        return new TickerHandle(cts, task);
    }

    private sealed class TickerHandle(CancellationTokenSource cts, Task task) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await cts.CancelAsync();
            await task.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            cts.Dispose();
        }
    }
}

namespace TodoFunctions.Workers.Health;

/// <summary>
/// With <see cref="WorkerHostOptions.ExitWhenIdle"/> set, stops the process once the bus has been consuming
/// and no message has started or finished for that long: the graceful path (drain, exit code 0), so a KEDA
/// ScaledJob's Job completes when its burst is done instead of running into its deadline.
/// </summary>
public sealed class IdleExit(IOptions<WorkerHostOptions> options, WorkerMetrics metrics, IBusControl bus,
    IHostApplicationLifetime lifetime, ILogger<IdleExit> logger) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.ExitWhenIdle is not { } idleLimit || idleLimit <= TimeSpan.Zero)
        {
            return;
        }
        long? consumingSinceMs = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(Poll, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (bus.CheckHealth().Status != BusHealthStatus.Healthy)
            {
                consumingSinceMs = null; // not consuming yet (or the broker is away): that is not idleness
                continue;
            }
            consumingSinceMs ??= Environment.TickCount64;
            var quietSinceMs = Math.Max(consumingSinceMs.Value, metrics.LastActivityMs);
            if (metrics.InFlight == 0 && Environment.TickCount64 - quietSinceMs >= (long)idleLimit.TotalMilliseconds)
            {
                logger.LogInformation("Nothing to consume for {Seconds:F0} s; exiting (Workers:ExitWhenIdle)", idleLimit.TotalSeconds);
                lifetime.StopApplication();
                return;
            }
        }
    }
}

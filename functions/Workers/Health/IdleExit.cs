namespace TodoFunctions.Workers.Health;

/// <summary>
/// With <see cref="WorkerHostOptions.ExitWhenIdle"/> set, stops the process once the bus has been consuming
/// and no message has started or finished for that long: the graceful path (drain, exit code 0), so a KEDA
/// ScaledJob's Job completes when its burst is done instead of running into its deadline.
/// </summary>
public sealed class IdleExit(IOptions<WorkerHostOptions> options, WorkerMetrics metrics, BusConsumption bus,
    IHostApplicationLifetime lifetime, ILogger<IdleExit> logger) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.ExitWhenIdle is not { } idleLimit || idleLimit <= TimeSpan.Zero)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(Poll, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            // Quiet since the bus began consuming, or since the last message started or finished if later.
            var sinceActivity = TimeSpan.FromMilliseconds(Environment.TickCount64 - metrics.LastActivityMs);
            var quietFor = TimeSpan.FromTicks(Math.Min(bus.ConsumingFor().Ticks, sinceActivity.Ticks));
            if (metrics.InFlight == 0 && quietFor >= idleLimit)
            {
                logger.LogInformation("Nothing to consume for {Seconds:F0} s; exiting (Workers:ExitWhenIdle)", idleLimit.TotalSeconds);
                lifetime.StopApplication();
                return;
            }
        }
    }
}

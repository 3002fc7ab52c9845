namespace TodoFunctions.Workers.Health;

/// <summary>Marks the process as draining the moment shutdown starts, so <c>/readyz</c> answers 503 at once.</summary>
public sealed class DrainAnnouncer(IHostApplicationLifetime lifetime, WorkerMetrics metrics, IOptions<WorkerHostOptions> options,
    ILogger<DrainAnnouncer> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStopping.Register(() =>
        {
            metrics.Draining = true;
            logger.LogInformation("Stopping: no new messages; finishing {InFlight} in flight (at most {Seconds} s, the rest go back to the queue)",
                metrics.InFlight, options.Value.DrainTimeout.TotalSeconds);
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

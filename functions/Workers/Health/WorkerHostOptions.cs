namespace TodoFunctions.Workers.Health;

/// <summary><c>Workers:*</c> settings that shape the worker process itself.</summary>
public sealed class WorkerHostOptions
{
    /// <summary>
    /// Port of the health endpoint (<c>/healthz</c>, <c>/readyz</c>, <c>/metrics</c>, <c>/stats</c>); none when 0.
    /// <c>--health-port</c> on the command line.
    /// </summary>
    public int HealthPort { get; set; }

    /// <summary>
    /// Where the health endpoint listens: every interface inside a container (the kubelet probes the pod
    /// address), loopback elsewhere.
    /// </summary>
    public string? HealthHost { get; set; }

    /// <summary>
    /// After SIGTERM: how long the worker keeps finishing the messages it holds before it releases the rest
    /// to the broker (they are redelivered, never lost). Keep it below terminationGracePeriodSeconds.
    /// </summary>
    public TimeSpan DrainTimeout { get; set; } = TimeSpan.FromSeconds(25);

    /// <summary>
    /// Exit (code 0) once the bus has consumed nothing for this long; never when unset. For KEDA ScaledJobs,
    /// whose Jobs should complete when their burst is done. <c>--exit-when-idle 00:00:30</c>.
    /// </summary>
    public TimeSpan? ExitWhenIdle { get; set; }

    /// <summary>How often the worker reads its queues' depth for <c>todo_queue_messages</c>; never when zero.</summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(10);

    public string ResolvedHealthHost =>
        HealthHost ?? (Environment.GetEnvironmentVariable("DOTNET_RUNNING_IN_CONTAINER") == "true" ? "*" : "127.0.0.1");
}

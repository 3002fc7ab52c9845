namespace TodoFunctions.Autoscale.Scaling;

/// <summary>How the simulation runs, apart from what the ScaledObject says.</summary>
/// <param name="SampleInterval">How often the timeline gets a row (and the live view refreshes).</param>
/// <param name="Duration">Stop after this long in any case.</param>
/// <param name="UntilIdle">Stop once work came and went: 0 replicas, nothing terminating, the queue empty for <paramref name="IdleFor"/>.</param>
/// <param name="InitialReplicas">The Deployment's replicas when the simulation starts (0: scaled to zero).</param>
public sealed record SimulatorOptions(
    HpaSettings Hpa,
    TimeSpan SampleInterval,
    TimeSpan? Duration,
    bool UntilIdle,
    TimeSpan IdleFor,
    int InitialReplicas = 0);

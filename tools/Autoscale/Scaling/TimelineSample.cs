namespace TodoFunctions.Autoscale.Scaling;

/// <summary>One row of the timeline, taken every sample interval.</summary>
/// <param name="Seconds">Since the simulation started.</param>
/// <param name="Ready">Ready messages (null when the queue could not be read).</param>
/// <param name="Unacked">Unacknowledged messages; known only with the management API.</param>
/// <param name="Metric">The metric KEDA last read for the ScaledObject (ready, or ready + unacked with http).</param>
/// <param name="Desired">The Deployment's spec.replicas as KEDA and the HPA last set it.</param>
/// <param name="Running">Worker processes alive and not terminating.</param>
/// <param name="Terminating">Worker processes SIGTERMed and still draining.</param>
/// <param name="Applied">Commands committed so far (processed_commands rows).</param>
/// <param name="Events">Scaling decisions since the previous sample.</param>
public sealed record TimelineSample(
    double Seconds,
    long? Ready,
    long? Unacked,
    long? Metric,
    bool Active,
    int Desired,
    int Running,
    int Terminating,
    long? Applied,
    double? AppliedPerSecond,
    string Events);

using TodoFunctions.Autoscale.Chart;
using TodoFunctions.Autoscale.Cluster;

namespace TodoFunctions.Autoscale.Scaling;

/// <summary>Everything a run produced: the timeline, the decisions and how each worker ended.</summary>
public sealed record SimulationResult(
    ScaledObjectSpec ScaledObject,
    SimulatorOptions Options,
    string Protocol,
    DateTimeOffset StartedAt,
    IReadOnlyList<TimelineSample> Samples,
    IReadOnlyList<ScaleEvent> Events,
    IReadOnlyList<TerminationRecord> Terminations,
    int WorkersStarted,
    string StopReason)
{
    public int MaxRunning => Samples.Count == 0 ? 0 : Samples.Max(s => s.Running);
    public int MaxDesired => Samples.Count == 0 ? 0 : Samples.Max(s => s.Desired);
}

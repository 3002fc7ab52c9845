namespace TodoFunctions.Autoscale.Cluster;

/// <summary>How a replica ended: after SIGTERM within the grace period, SIGKILLed after it, or on its own (a crash).</summary>
public sealed record TerminationRecord(string Name, int ProcessId, DateTimeOffset? SignalledAt, DateTimeOffset ExitedAt, int ExitCode, bool Killed)
{
    public bool Crashed => SignalledAt is null;

    public TimeSpan? DrainTime => SignalledAt is null ? null : ExitedAt - SignalledAt.Value;
}

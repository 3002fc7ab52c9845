namespace TodoFunctions.Autoscale.Observing;

/// <summary>
/// A queue's counts. AMQP (passive declare) sees only <see cref="Ready"/>; the management API also sees
/// <see cref="Unacked"/> (delivered to a consumer, not yet acknowledged).
/// </summary>
public sealed record QueueDepth(long Ready, long? Unacked, int Consumers)
{
    public long? Total => Unacked is null ? null : Ready + Unacked;
}

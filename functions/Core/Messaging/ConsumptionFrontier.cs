namespace TodoFunctions.Core.Messaging;

/// <summary>
/// How far this worker has read its queue, as an issue time: the newest <c>issuedAt</c> among the commands
/// it has received since it was last idle, or now while it is idle. A command for a todo that does not
/// exist yet waits for the todo's create, which was issued before it and so was ahead of it in the queue;
/// the wait ends (<c>not_found</c>) only once the worker reads commands issued a grace period after it.
/// Measured against the wall clock instead, a backlog older than the grace — a worker started from zero,
/// a long outage — would fail commands whose create is still queued.
/// </summary>
public sealed class ConsumptionFrontier(TimeProvider clock)
{
    private static readonly TimeSpan IdleAfter = TimeSpan.FromSeconds(2);

    private readonly Lock _gate = new();
    private DateTimeOffset? _newestIssued;
    private DateTimeOffset _lastReceived;
    private int _inFlight;

    public void Received(DateTimeOffset issuedAt)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            if (_newestIssued is null || (_inFlight == 0 && now - _lastReceived > IdleAfter) || issuedAt > _newestIssued)
            {
                _newestIssued = issuedAt;
            }
            _lastReceived = now;
            _inFlight++;
        }
    }

    /// <summary>False until the first command arrives: until then an empty queue and an unread one look alike.</summary>
    public bool HasReceived
    {
        get
        {
            lock (_gate)
            {
                return _newestIssued is not null;
            }
        }
    }

    public void Finished()
    {
        lock (_gate)
        {
            _inFlight--;
        }
    }

    public DateTimeOffset Now
    {
        get
        {
            lock (_gate)
            {
                var now = clock.GetUtcNow();
                var idle = _inFlight == 0 && now - _lastReceived > IdleAfter;
                return _newestIssued is { } newest && !idle && newest < now ? newest : now;
            }
        }
    }
}

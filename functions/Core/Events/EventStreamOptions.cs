namespace TodoFunctions.Core.Events;

/// <summary><c>Events:*</c> — live updates (<c>GET /api/events</c>).</summary>
public sealed class EventStreamOptions
{
    public int MaxStreamsPerUser { get; set; } = 8;
    public int MaxStreamsPerProcess { get; set; } = 5000;
    /// <summary>An idle stream sends a heartbeat this often, which keeps proxies from closing it.</summary>
    public TimeSpan Heartbeat { get; set; } = TimeSpan.FromSeconds(15);
    /// <summary>How long a user's events stay replayable; a reconnect from further back gets "resync".</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>Bounds open streams per user and per process (beyond: 429).</summary>
public sealed class EventStreamLimiter(IOptions<EventStreamOptions> options)
{
    private readonly Services.LongPollLimiter _limiter = new(Options.Create(new Services.LongPollOptions
    {
        MaxWaitersPerUser = options.Value.MaxStreamsPerUser,
        MaxWaitersPerProcess = options.Value.MaxStreamsPerProcess,
    }));

    public IDisposable? TryEnter(Guid userId) => _limiter.TryEnter(userId);
}

namespace TodoFunctions.Core.Domain.Events;

/// <summary>
/// One entry of a user's live-update log (<c>user_events</c>): written in the transaction that applied the
/// change, streamed by <c>GET /api/events</c>, replayed after a reconnect (<c>Last-Event-ID</c>) and
/// trimmed after <c>Events:Retention</c>.
/// </summary>
public sealed class UserEvent
{
    private UserEvent()
    {
    }

    public long Id { get; private set; }
    public Guid UserId { get; private set; }
    public string Type { get; private set; } = "";
    public string Data { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    public static UserEvent For(Guid userId, string type, string data, DateTime nowUtc) =>
        new() { UserId = userId, Type = type, Data = data, CreatedAt = nowUtc };
}

/// <summary>The highest event id trimmed from a user's log: a reconnect from before it must resync.</summary>
public sealed class UserEventTrim
{
    public Guid UserId { get; set; }
    public long TrimmedThrough { get; set; }
}

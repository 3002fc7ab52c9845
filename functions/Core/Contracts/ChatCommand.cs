namespace TodoFunctions.Core.Contracts;

/// <summary>One chat turn, queued on <c>chat-commands</c>. Version 1.</summary>
public sealed record ChatCommand
{
    public const int CurrentVersion = 1;

    public int Version { get; init; } = CurrentVersion;
    public required Guid CommandId { get; init; }
    public required Guid UserId { get; init; }
    public required Guid ConversationId { get; init; }
    public required string Message { get; init; }
    /// <summary>IANA time zone the user's dates and times are read in.</summary>
    public required string TimeZone { get; init; }
    /// <summary>When the HTTP function accepted it: "tomorrow", "overdue" and "this week" are read against it.</summary>
    public required DateTimeOffset IssuedAt { get; init; }
    /// <summary>
    /// With an Idempotency-Key: a fingerprint of the request, recorded with the outcome so a key reused for
    /// another request is refused rather than answered as a replay. Null without a key.
    /// </summary>
    public string? RequestHash { get; init; }
}

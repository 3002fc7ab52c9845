namespace TodoFunctions.Core.Domain.Commands;

/// <summary>
/// The record that a command was applied. It is written in the same transaction as the command's
/// effect, so its presence is the proof that redelivery or replay must change nothing.
/// </summary>
public sealed class ProcessedCommand
{
    private ProcessedCommand()
    {
    }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public string Kind { get; private set; } = "";
    public Guid? TodoId { get; private set; }
    public CommandStatus Status { get; private set; }
    /// <summary>JSON of the outcome (the todo after the change), when it succeeded.</summary>
    public string? Result { get; private set; }
    public string? ErrorCode { get; private set; }
    public string? Error { get; private set; }
    public DateTime IssuedAt { get; private set; }
    public DateTime CompletedAt { get; private set; }
    /// <summary>
    /// Fingerprint of the request that carried an Idempotency-Key: the same key with another body is
    /// refused (422) instead of being taken for a replay.
    /// </summary>
    public string? RequestHash { get; private set; }
    /// <summary>
    /// The command as JSON, exactly as it was queued: what <c>tools/Replay capture --from-db</c> exports so
    /// applied traffic can be replayed elsewhere. Null for rows written before it was recorded.
    /// </summary>
    public string? Body { get; private set; }

    public ProcessedCommand WithRequestHash(string? requestHash)
    {
        RequestHash = requestHash;
        return this;
    }

    public ProcessedCommand WithBody(string? body)
    {
        Body = body;
        return this;
    }

    public static ProcessedCommand Succeeded(Guid id, Guid userId, string kind, Guid? todoId, string? result, DateTime issuedAt, DateTime nowUtc) => new()
    {
        Id = id, UserId = userId, Kind = kind, TodoId = todoId, Status = CommandStatus.Succeeded,
        Result = result, IssuedAt = issuedAt, CompletedAt = nowUtc,
    };

    public static ProcessedCommand Failed(Guid id, Guid userId, string kind, Guid? todoId, string code, string error, DateTime issuedAt, DateTime nowUtc) => new()
    {
        Id = id, UserId = userId, Kind = kind, TodoId = todoId, Status = CommandStatus.Failed,
        ErrorCode = code, Error = error, IssuedAt = issuedAt, CompletedAt = nowUtc,
    };
}

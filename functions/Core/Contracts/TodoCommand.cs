namespace TodoFunctions.Core.Contracts;

/// <summary>
/// A change to one todo, queued on <c>todo-commands</c>. Ids are chosen by the sender, so a command
/// can be retried or replayed and still be applied at most once. Version 1.
/// </summary>
public sealed record TodoCommand
{
    public const int CurrentVersion = 1;

    public int Version { get; init; } = CurrentVersion;
    public required Guid CommandId { get; init; }
    public required Guid UserId { get; init; }
    public required Guid TodoId { get; init; }
    public required TodoCommandKind Kind { get; init; }
    /// <summary>When the HTTP function accepted it; relative dates are read against this moment.</summary>
    public required DateTimeOffset IssuedAt { get; init; }
    /// <summary>For <see cref="TodoCommandKind.Create"/> and <see cref="TodoCommandKind.Update"/>.</summary>
    public TodoFields? Fields { get; init; }
    /// <summary>
    /// For <see cref="TodoCommandKind.Delete"/>: delete every occurrence of the todo's recurring series, not
    /// just this one. Added without a version bump: a worker that predates it deletes the one occurrence.
    /// </summary>
    public bool Series { get; init; }
    /// <summary>
    /// With an Idempotency-Key: a fingerprint of the request, recorded with the outcome so a key reused for
    /// another request is refused rather than answered as a replay. Null without a key.
    /// </summary>
    public string? RequestHash { get; init; }
    /// <summary>
    /// From <c>If-Match</c>: the todo's version the client last saw. The worker refuses the command
    /// (<c>precondition_failed</c>) when another write landed first, so two clients cannot overwrite each other
    /// unseen. Null: unconditional. Added without a version bump: a worker that predates it applies unconditionally.
    /// </summary>
    public int? ExpectedVersion { get; init; }
}

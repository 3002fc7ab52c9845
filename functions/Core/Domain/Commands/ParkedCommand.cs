namespace TodoFunctions.Core.Domain.Commands;

/// <summary>
/// A todo command that arrived before the todo it names was created (clients choose todo ids, so a
/// "complete" can overtake its "create" on another replica). It waits here, holding no consumer and no
/// message, and is applied in the transaction that creates its todo — or recorded as failed
/// <c>not_found</c> once <see cref="Services.TodoCommandApplier.ParkingGrace"/> has passed.
/// </summary>
public sealed class ParkedCommand
{
    private ParkedCommand()
    {
    }

    public Guid Id { get; private set; }
    public Guid TodoId { get; private set; }
    public Guid UserId { get; private set; }
    /// <summary>The command as JSON, exactly as it was queued.</summary>
    public string Body { get; private set; } = "";
    public DateTime IssuedAt { get; private set; }
    public DateTime ParkedAt { get; private set; }

    public static ParkedCommand For(Guid commandId, Guid todoId, Guid userId, string body, DateTime issuedAtUtc, DateTime nowUtc) => new()
    {
        Id = commandId, TodoId = todoId, UserId = userId, Body = body, IssuedAt = issuedAtUtc, ParkedAt = nowUtc,
    };
}

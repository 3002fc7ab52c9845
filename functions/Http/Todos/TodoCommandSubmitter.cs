using TodoFunctions.Core.Contracts;
using TodoFunctions.Core.Messaging;
using TodoFunctions.Core.Persistence;

namespace TodoFunctions.Http.Todos;

public sealed record CommandAccepted(Guid CommandId, Guid TodoId, string StatusUrl);

/// <summary>
/// The shared tail of every todo write: derive the command id (from Idempotency-Key when given), refuse
/// another user's todo, publish, and answer 202 only once the broker confirmed.
/// </summary>
public sealed class TodoCommandSubmitter(CommandPublisher publisher, TodoDbContext db, HttpClock clock)
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(2);

    /// <param name="todoId">null for a create without a client-chosen id.</param>
    public async Task<IActionResult> SubmitAsync(HttpRequest request, Guid userId, TodoCommandKind kind, Guid? todoId,
        TodoFields? fields, CancellationToken cancellationToken)
    {
        if (!IdempotencyKeys.TryGetCommandId(request, userId, out var commandId, out var fromKey))
        {
            return Problems.Validation(new Dictionary<string, string[]>
            {
                [IdempotencyKeys.HeaderName] = [$"Use 1 to {IdempotencyKeys.MaxLength} printable characters."],
            });
        }
        var targetId = todoId ?? (fromKey ? IdempotencyKeys.Derive(commandId, "todo", "") : Guid.CreateVersion7());
        var accepted = new CommandAccepted(commandId, targetId, $"/api/commands/{commandId}");

        if (fromKey && await db.ProcessedCommands.AnyAsync(c => c.Id == commandId && c.UserId == userId, cancellationToken))
        {
            return ApiResults.Accepted(accepted, accepted.StatusUrl);
        }
        // A new todo whose id the server generated cannot belong to anyone yet: no lookup needed.
        var owner = todoId is null && !fromKey ? null : await db.Todos.Where(t => t.Id == targetId).Select(t => (Guid?)t.UserId).FirstOrDefaultAsync(cancellationToken);
        if (owner is { } ownerId && ownerId != userId)
        {
            return kind == TodoCommandKind.Create ? Problems.Conflict("A todo with this id already exists.") : Problems.NotFound();
        }
        if (kind == TodoCommandKind.Create && owner is not null)
        {
            return Problems.Conflict("A todo with this id already exists.");
        }

        var command = new TodoCommand
        {
            CommandId = commandId,
            UserId = userId,
            TodoId = targetId,
            Kind = kind,
            IssuedAt = clock.GetUtcNow(),
            Fields = fields,
        };
        if (!await publisher.TryPublishAsync(command, cancellationToken))
        {
            return Problems.ServiceUnavailable("The queue did not confirm the command; retry with the same Idempotency-Key.", RetryAfter);
        }
        return ApiResults.Accepted(accepted, accepted.StatusUrl);
    }
}

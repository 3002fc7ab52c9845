using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore.Metadata;
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

    // These lookups run on every write, so they are compiled once per model (EF refuses to run a compiled
    // query against another model, and a test process hosts both the SQLite and the PostgreSQL one).
    private static readonly ConcurrentDictionary<IModel, Func<TodoDbContext, Guid, CancellationToken, Task<Guid?>>> OwnerQueries = new();
    private static readonly ConcurrentDictionary<IModel, Func<TodoDbContext, Guid, Guid, CancellationToken, Task<bool>>> AppliedQueries = new();

    private static Task<Guid?> OwnerOf(TodoDbContext db, Guid todoId, CancellationToken cancellationToken) =>
        OwnerQueries.GetOrAdd(db.Model, _ => EF.CompileAsyncQuery((TodoDbContext context, Guid id, CancellationToken _) =>
            context.Todos.Where(t => t.Id == id).Select(t => (Guid?)t.UserId).FirstOrDefault()))(db, todoId, cancellationToken);

    private static Task<bool> AlreadyApplied(TodoDbContext db, Guid commandId, Guid userId, CancellationToken cancellationToken) =>
        AppliedQueries.GetOrAdd(db.Model, _ => EF.CompileAsyncQuery((TodoDbContext context, Guid id, Guid user, CancellationToken _) =>
            context.ProcessedCommands.Any(c => c.Id == id && c.UserId == user)))(db, commandId, userId, cancellationToken);

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

        if (fromKey && await AlreadyApplied(db, commandId, userId, cancellationToken))
        {
            return ApiResults.Accepted(accepted, accepted.StatusUrl);
        }
        // A new todo whose id the server generated cannot belong to anyone yet: no lookup needed.
        var owner = todoId is null && !fromKey ? null : await OwnerOf(db, targetId, cancellationToken);
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

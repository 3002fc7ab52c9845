using TodoFunctions.Core.Contracts;
using TodoFunctions.Core.Services;

namespace TodoFunctions.Http.Todos;

public sealed record CommandAccepted(Guid CommandId, Guid TodoId, string StatusUrl);

/// <summary>
/// The shared tail of every todo write: derive the command id (from Idempotency-Key when given), let
/// <see cref="CommandAdmission"/> check and publish it, and map its outcome to a response.
/// </summary>
public sealed class TodoCommandSubmitter(CommandAdmission admission, HttpClock clock)
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(2);

    /// <param name="todoId">null for a create without a client-chosen id.</param>
    public async Task<IActionResult> SubmitAsync(HttpRequest request, Guid userId, TodoCommandKind kind, Guid? todoId,
        TodoFields? fields, CancellationToken cancellationToken, bool series = false)
    {
        var operation = "todo." + kind.ToString().ToLowerInvariant() + (series ? ".series" : "");
        if (!IdempotencyKeys.TryGetCommandId(request, userId, operation, out var commandId, out var fromKey))
        {
            return Problems.Validation(new Dictionary<string, string[]>
            {
                [IdempotencyKeys.HeaderName] = [$"Use 1 to {IdempotencyKeys.MaxLength} printable characters."],
            });
        }
        int? expectedVersion = null;
        if (kind != TodoCommandKind.Create)
        {
            expectedVersion = TodoETags.ExpectedVersion(request, out var unmatchable);
            if (unmatchable)
            {
                return Problems.PreconditionFailed("If-Match must be the one strong ETag from GET /api/todos/{id} (e.g. \"3\"); this one can never match.");
            }
        }
        var targetId = todoId ?? (fromKey ? IdempotencyKeys.Derive(commandId, "todo", "") : Guid.CreateVersion7());
        var command = new TodoCommand
        {
            CommandId = commandId,
            UserId = userId,
            TodoId = targetId,
            Kind = kind,
            IssuedAt = clock.GetUtcNow(),
            Fields = fields,
            Series = series,
            RequestHash = fromKey ? IdempotencyKeys.Fingerprint(operation, todoId, fields) : null,
            ExpectedVersion = expectedVersion,
        };
        // A new todo whose id the server generated cannot belong to anyone yet: no lookup needed.
        var checkOwner = todoId is not null || fromKey;
        var accepted = new CommandAccepted(commandId, targetId, $"/api/commands/{commandId}");
        return await admission.AdmitAsync(command, fromKey, checkOwner, cancellationToken) switch
        {
            Admission.Accepted => ApiResults.Accepted(accepted, accepted.StatusUrl),
            Admission.NotFound => Problems.NotFound(),
            Admission.Conflict => Problems.Conflict("A todo with this id already exists."),
            Admission.KeyReused => Problems.IdempotencyKeyReused(),
            Admission.PreconditionFailed => Problems.PreconditionFailed(
                "The todo changed since the ETag you sent in If-Match; GET it again for the current ETag and retry."),
            _ => Problems.ServiceUnavailable("The queue did not confirm the command; retry with the same Idempotency-Key.", RetryAfter),
        };
    }
}

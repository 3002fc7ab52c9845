using TodoFunctions.Core.Contracts;
using TodoFunctions.Core.Messaging;
using TodoFunctions.Core.Reliability;

namespace TodoFunctions.Core.Services;

public enum Admission
{
    /// <summary>The broker confirmed the command (or it was applied before: a replay): answer 202.</summary>
    Accepted,
    /// <summary>The target belongs to another user: answer 404.</summary>
    NotFound,
    /// <summary>A create for an id that is taken: answer 409.</summary>
    Conflict,
    /// <summary>The Idempotency-Key was used before for a different request: answer 422.</summary>
    KeyReused,
    /// <summary>The todo's version is not the one the command expects (If-Match): answer 412.</summary>
    PreconditionFailed,
    /// <summary>The broker did not confirm in time: answer 503 with Retry-After.</summary>
    Unavailable,
}

/// <summary>
/// Write admission for every command the API accepts: the replay and ownership checks, then the confirmed
/// publish. The checks read the database when it answers; while it does not, they are skipped and the
/// command is still accepted — the queue exists to absorb that outage, and the worker applies the same
/// checks (another user's todo fails <c>not_found</c>, a taken id <c>conflict</c>, a replay changes nothing).
/// </summary>
public sealed class CommandAdmission(IAdmissionReads reads, CommandPublisher publisher, DatabaseAvailability database)
{
    /// <param name="checkOwner">false for a create whose id the server just generated: nobody can own it yet.</param>
    public async Task<Admission> AdmitAsync(TodoCommand command, bool fromKey, bool checkOwner, CancellationToken cancellationToken)
    {
        if (fromKey && await ReplayOfAsync(command.CommandId, command.UserId, command.RequestHash, cancellationToken) is { } replay)
        {
            return replay;
        }
        if (checkOwner && await TryReadAsync(token => reads.TodoStampAsync(command.TodoId, token), cancellationToken) is { } stamp)
        {
            if (command.Kind == TodoCommandKind.Create)
            {
                return Admission.Conflict;
            }
            if (stamp.UserId != command.UserId)
            {
                return Admission.NotFound;
            }
            if (command.ExpectedVersion is { } expected && stamp.Version != expected)
            {
                return Admission.PreconditionFailed;
            }
        }
        return await publisher.TryPublishAsync(command, cancellationToken) ? Admission.Accepted : Admission.Unavailable;
    }

    public async Task<Admission> AdmitAsync(ChatCommand command, bool fromKey, CancellationToken cancellationToken)
    {
        if (fromKey && await ReplayOfAsync(command.CommandId, command.UserId, command.RequestHash, cancellationToken) is { } replay)
        {
            return replay;
        }
        if (await TryReadAsync(token => reads.ConversationOwnerAsync(command.ConversationId, token), cancellationToken) is { } owner && owner != command.UserId)
        {
            return Admission.NotFound;
        }
        return await publisher.TryPublishAsync(command, cancellationToken) ? Admission.Accepted : Admission.Unavailable;
    }

    private async Task<Admission?> ReplayOfAsync(Guid commandId, Guid userId, string? requestHash, CancellationToken cancellationToken)
    {
        var processed = await TryReadAsync(token => reads.ProcessedAsync(commandId, userId, token), cancellationToken);
        if (processed is null)
        {
            return null;
        }
        // Records written before fingerprints existed have none; they are taken as the same request.
        return processed.RequestHash is { } hash && requestHash is not null && hash != requestHash ? Admission.KeyReused : Admission.Accepted;
    }

    /// <returns>default when the database is not answering: the check is left to the worker.</returns>
    private async Task<T?> TryReadAsync<T>(Func<CancellationToken, Task<T?>> read, CancellationToken cancellationToken)
    {
        if (!database.ShouldAttempt())
        {
            return default;
        }
        try
        {
            var value = await read(cancellationToken);
            database.ReportSuccess();
            return value;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && TransientFailures.IsTransient(ex))
        {
            database.ReportFailure(ex);
            return default;
        }
    }
}

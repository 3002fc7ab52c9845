using System.Collections.Concurrent;
using System.Data;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace TodoFunctions.Core.Services;

/// <summary>The owner and version of a todo, as write admission checks them.</summary>
public sealed record TodoStamp(Guid UserId, int Version);

/// <summary>
/// The point reads <see cref="CommandAdmission"/> makes before a write is published: on PostgreSQL one
/// prepared statement on a pooled connection (<see cref="PostgresAdmissionReads"/>), without a
/// <c>DbContext</c> — a write request then rents none; embedded, EF Core on SQLite.
/// </summary>
public interface IAdmissionReads
{
    Task<TodoStamp?> TodoStampAsync(Guid todoId, CancellationToken cancellationToken);

    Task<Guid?> ConversationOwnerAsync(Guid conversationId, CancellationToken cancellationToken);

    /// <returns>null when the command was never recorded; otherwise its request fingerprint (null for records older than fingerprints).</returns>
    Task<ProcessedFingerprint?> ProcessedAsync(Guid commandId, Guid userId, CancellationToken cancellationToken);
}

/// <summary>A recorded command's request fingerprint (Idempotency-Key replays compare it).</summary>
public sealed record ProcessedFingerprint(string? RequestHash);

public sealed class PostgresAdmissionReads(NpgsqlDataSource dataSource) : IAdmissionReads, IAsyncDisposable
{
    // Every write with a client-chosen id is looked up: under load many requests' lookups share one query
    // (one round trip and one statement for PostgreSQL instead of one each).
    private readonly CoalescedPointReads<Guid, TodoStamp> _stamps = new((ids, token) => ReadStampsAsync(dataSource, ids, token));

    public Task<TodoStamp?> TodoStampAsync(Guid todoId, CancellationToken cancellationToken) => _stamps.ReadAsync(todoId, cancellationToken);

    private static async Task<Dictionary<Guid, TodoStamp>> ReadStampsAsync(NpgsqlDataSource dataSource, Guid[] todoIds, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""SELECT "Id", "UserId", "Version" FROM todos WHERE "Id" = ANY($1)""");
        command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = todoIds });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var stamps = new Dictionary<Guid, TodoStamp>(todoIds.Length);
        while (await reader.ReadAsync(cancellationToken))
        {
            stamps[reader.GetGuid(0)] = new TodoStamp(reader.GetGuid(1), reader.GetInt32(2));
        }
        return stamps;
    }

    public ValueTask DisposeAsync() => _stamps.DisposeAsync();

    public async Task<Guid?> ConversationOwnerAsync(Guid conversationId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""SELECT "UserId" FROM conversations WHERE "Id" = $1""");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = conversationId });
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SingleRow, cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? reader.GetGuid(0) : null;
    }

    public async Task<ProcessedFingerprint?> ProcessedAsync(Guid commandId, Guid userId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""SELECT "RequestHash" FROM processed_commands WHERE "Id" = $1 AND "UserId" = $2""");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = commandId });
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = userId });
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SingleRow, cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new ProcessedFingerprint(reader.IsDBNull(0) ? null : reader.GetString(0)) : null;
    }
}

public sealed class EfAdmissionReads(TodoDbContext db) : IAdmissionReads
{
    // Compiled once per model (EF refuses to run a compiled query against another model, and a test process
    // hosts both the SQLite and the PostgreSQL one).
    private static readonly ConcurrentDictionary<IModel, Func<TodoDbContext, Guid, CancellationToken, Task<TodoStamp?>>> TodoStampQueries = new();
    private static readonly ConcurrentDictionary<IModel, Func<TodoDbContext, Guid, CancellationToken, Task<Guid?>>> ConversationOwnerQueries = new();
    private static readonly ConcurrentDictionary<IModel, Func<TodoDbContext, Guid, Guid, CancellationToken, Task<ProcessedFingerprint?>>> ProcessedQueries = new();

    public Task<TodoStamp?> TodoStampAsync(Guid todoId, CancellationToken cancellationToken) =>
        TodoStampQueries.GetOrAdd(db.Model, _ => EF.CompileAsyncQuery((TodoDbContext context, Guid id, CancellationToken _) =>
            context.Todos.Where(t => t.Id == id).Select(t => new TodoStamp(t.UserId, t.Version)).FirstOrDefault()))(db, todoId, cancellationToken);

    public Task<Guid?> ConversationOwnerAsync(Guid conversationId, CancellationToken cancellationToken) =>
        ConversationOwnerQueries.GetOrAdd(db.Model, _ => EF.CompileAsyncQuery((TodoDbContext context, Guid id, CancellationToken _) =>
            context.Conversations.Where(c => c.Id == id).Select(c => (Guid?)c.UserId).FirstOrDefault()))(db, conversationId, cancellationToken);

    public Task<ProcessedFingerprint?> ProcessedAsync(Guid commandId, Guid userId, CancellationToken cancellationToken) =>
        ProcessedQueries.GetOrAdd(db.Model, _ => EF.CompileAsyncQuery((TodoDbContext context, Guid id, Guid user, CancellationToken _) =>
            context.ProcessedCommands.Where(c => c.Id == id && c.UserId == user).Select(c => new ProcessedFingerprint(c.RequestHash)).FirstOrDefault()))(db, commandId, userId, cancellationToken);
}

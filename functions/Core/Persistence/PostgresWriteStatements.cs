using Npgsql;

namespace TodoFunctions.Core.Persistence;

/// <summary>
/// The reads every batch of <see cref="Services.TodoWriteUnit"/> makes before it knows whether it needs entities, as
/// plain statements on the context's own connection and transaction (Npgsql prepares them after a few uses). A batch
/// of creates — a fresh worker's first batch, a drained backlog — then compiles and runs no EF Core query: the
/// cold-start breakdown in docs/PERFORMANCE.md had EF's first query compilations at up to ≈ 180 ms of it.
/// </summary>
public static class PostgresWriteReads
{
    /// <summary>Which of these commands are already recorded (applied, or failed for good).</summary>
    public static async Task<HashSet<Guid>> RecordedAsync(TodoDbContext db, Guid[] commandIds, CancellationToken cancellationToken)
    {
        await using var command = Command(db, """SELECT "Id" FROM processed_commands WHERE "Id" = ANY($1)""", commandIds);
        return await ReadIdsAsync(command, cancellationToken);
    }

    /// <summary>Which of these todos exist, and whether any command waits for one of them in <c>parked_commands</c>.</summary>
    public static async Task<(HashSet<Guid> Existing, bool AnyParked)> PresenceAsync(TodoDbContext db, Guid[] todoIds, CancellationToken cancellationToken)
    {
        await using var command = Command(db, """
            SELECT "Id", false FROM todos WHERE "Id" = ANY($1)
            UNION ALL (SELECT "TodoId", true FROM parked_commands WHERE "TodoId" = ANY($1) LIMIT 1)
            """, todoIds);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var existing = new HashSet<Guid>();
        var anyParked = false;
        while (await reader.ReadAsync(cancellationToken))
        {
            if (reader.GetBoolean(1))
            {
                anyParked = true;
            }
            else
            {
                existing.Add(reader.GetGuid(0));
            }
        }
        return (existing, anyParked);
    }

    private static NpgsqlCommand Command(TodoDbContext db, string sql, Guid[] ids)
    {
        var command = new NpgsqlCommand(sql, (NpgsqlConnection)db.Database.GetDbConnection());
        command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = ids });
        return command;
    }

    private static async Task<HashSet<Guid>> ReadIdsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new HashSet<Guid>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetGuid(0));
        }
        return ids;
    }
}

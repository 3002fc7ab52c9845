using Npgsql;

namespace TodoFunctions.Core.Persistence;

/// <summary>
/// The statements every batch of <see cref="Services.TodoWriteUnit"/> runs whatever it holds — the reads it makes before
/// it knows whether it needs entities, its advisory locks and its NOTIFY — as plain statements on the write unit's
/// connection and transaction (Npgsql prepares them after a few uses). A batch of creates — a fresh worker's first
/// batch, a drained backlog — then needs no EF Core at all: the cold-start breakdown in docs/PERFORMANCE.md had EF's first
/// query compilations at up to ≈ 180 ms of it, and its first context at 100–235 ms.
/// </summary>
public static class PostgresWriteStatements
{
    /// <summary>Which of these commands are already recorded (applied, or failed for good).</summary>
    public static async Task<HashSet<Guid>> RecordedAsync(NpgsqlConnection connection, Guid[] commandIds, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, """SELECT "Id" FROM processed_commands WHERE "Id" = ANY($1)""", commandIds);
        return await ReadIdsAsync(command, cancellationToken);
    }

    /// <summary>Which of these todos exist, and whether any command waits for one of them in <c>parked_commands</c>.</summary>
    public static async Task<(HashSet<Guid> Existing, bool AnyParked)> PresenceAsync(NpgsqlConnection connection, Guid[] todoIds, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, """
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

    /// <summary>
    /// Transaction-scoped advisory locks on these keys, taken in ascending order so two transactions that lock
    /// overlapping sets cannot deadlock.
    /// </summary>
    public static async Task LockAsync(NpgsqlConnection connection, long[] sortedKeys, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, "SELECT count(pg_advisory_xact_lock(k)) FROM unnest($1) AS k", sortedKeys);
        await command.ExecuteScalarAsync(cancellationToken);
    }

    /// <summary>
    /// The per-user lock on the live-update log (<c>user_events</c>), held to the commit by every transaction that appends
    /// to it, so a user's event ids grow in commit order. Pass the users sorted.
    /// </summary>
    public static async Task LockEventLogsAsync(NpgsqlConnection connection, Guid[] sortedUserIds, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, "SELECT count(pg_advisory_xact_lock(7, hashtext(u::text))) FROM unnest($1) AS u", sortedUserIds);
        await command.ExecuteScalarAsync(cancellationToken);
    }

    // pg_notify payloads must stay under 8,000 bytes; a GUID and its comma take 37.
    private const int IdsPerNotice = 200;

    /// <summary>
    /// Queues the ids on their channels, comma-separated, at most 200 to a notice, all in one statement; PostgreSQL
    /// delivers them when (and only if) the transaction commits.
    /// </summary>
    public static async Task NotifyAsync(NpgsqlConnection connection, IEnumerable<(string Channel, IReadOnlyCollection<Guid> Ids)> notices, CancellationToken cancellationToken)
    {
        var chunks = notices.SelectMany(n => n.Ids.Chunk(IdsPerNotice).Select(ids => (n.Channel, Payload: string.Join(',', ids)))).ToList();
        if (chunks.Count == 0)
        {
            return;
        }
        await using var command = Command(connection, "SELECT count(pg_notify(c, p)) FROM unnest($1, $2) AS n(c, p)", [.. chunks.Select(c => c.Channel)]);
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. chunks.Select(c => c.Payload)] });
        await command.ExecuteScalarAsync(cancellationToken);
    }

    /// <summary>The connection an EF Core context on PostgreSQL runs on (and its transaction, if it began one).</summary>
    public static NpgsqlConnection PostgresConnection(this TodoDbContext db) => (NpgsqlConnection)db.Database.GetDbConnection();

    private static NpgsqlCommand Command<T>(NpgsqlConnection connection, string sql, T[] values)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter<T[]> { TypedValue = values });
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

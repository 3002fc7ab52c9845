using Npgsql;

namespace TodoFunctions.Core.Operations;

/// <summary>
/// Applied/s from PostgreSQL's own insert counter for <c>processed_commands</c> (no scan of the table);
/// recent failures from the table itself, which scans it: <c>top</c> asks at most every 15 s.
/// </summary>
public sealed class DatabaseProbe(NpgsqlDataSource? dataSource = null)
{
    private static readonly TimeSpan FailureInterval = TimeSpan.FromSeconds(15);
    private IReadOnlyList<RecentFailure> _failures = [];
    private DateTime _failuresAt = DateTime.MinValue;

    public async Task<DatabaseFigures> ReadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource!.OpenConnectionAsync(cancellationToken);
        return await ReadAsync(connection, cancellationToken);
    }

    /// <summary>Reads through a connection the caller opened (the HTTP functions' own, from their DbContext).</summary>
    public async Task<DatabaseFigures> ReadAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        // Statistics are cached per transaction; clear them so each refresh sees new counts.
        await using (var clear = new NpgsqlCommand("SELECT pg_stat_clear_snapshot()", connection))
        {
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }
        long recorded, parked;
        await using (var counts = new NpgsqlCommand(
            """
            SELECT coalesce((SELECT n_tup_ins FROM pg_stat_user_tables WHERE relname = 'processed_commands'), 0),
                   coalesce((SELECT n_live_tup FROM pg_stat_user_tables WHERE relname = 'parked_commands'), 0)
            """, connection))
        await using (var reader = await counts.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            (recorded, parked) = (reader.GetInt64(0), reader.GetInt64(1));
        }
        if (DateTime.UtcNow - _failuresAt > FailureInterval)
        {
            _failures = await FailuresAsync(connection, cancellationToken);
            _failuresAt = DateTime.UtcNow;
        }
        return new DatabaseFigures(recorded, parked, _failures);
    }

    private static async Task<IReadOnlyList<RecentFailure>> FailuresAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var query = new NpgsqlCommand(
            """
            SELECT "CompletedAt", "Kind", coalesce("ErrorCode", ''), "Id", coalesce("Error", '') FROM processed_commands
            WHERE "Status" = 'Failed' AND "CompletedAt" > now() - interval '15 minutes'
            ORDER BY "CompletedAt" DESC LIMIT 5
            """, connection);
        var failures = new List<RecentFailure>();
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            failures.Add(new RecentFailure(reader.GetDateTime(0), reader.GetString(1), reader.GetString(2), reader.GetGuid(3), reader.GetString(4)));
        }
        return failures;
    }
}

using System.Diagnostics;
using Npgsql;

namespace TodoFunctions.Bench;

/// <summary>Reads the worker's progress straight from PostgreSQL (processed_commands, NOTIFY command_done).</summary>
public sealed class Database(string connectionString)
{
    public async Task<long> AppliedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM processed_commands", connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Commands recorded after <paramref name="since"/>: how many, first and last CompletedAt.</summary>
    public async Task<(long Count, DateTime? First, DateTime? Last)> AppliedSinceAsync(DateTime since, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """SELECT count(*), min("CompletedAt"), max("CompletedAt") FROM processed_commands WHERE "CompletedAt" > @since""", connection);
        command.Parameters.AddWithValue("since", since);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetDateTime(1), reader.IsDBNull(2) ? null : reader.GetDateTime(2));
    }

    /// <summary>
    /// ANALYZE every table. A database that has been running is analyzed; this one was created a minute ago, and
    /// until autovacuum's first ANALYZE (its naptime is a minute) the statements the system prepared while the tables
    /// were empty keep their generic plans — sequential scans, which at 100,000 rows cost 10–75 ms per batch read.
    /// </summary>
    public async Task AnalyzeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("ANALYZE", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>processed_commands by "Status" (and "ErrorCode" for failures).</summary>
    public async Task<string> OutcomesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """SELECT "Status", coalesce("ErrorCode", ''), count(*) FROM processed_commands GROUP BY 1, 2 ORDER BY 1, 2""", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var parts = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var code = reader.GetString(1);
            parts.Add($"{reader.GetString(0)}{(code.Length > 0 ? "/" + code : "")}×{reader.GetInt64(2):N0}");
        }
        return parts.Count == 0 ? "none" : string.Join(", ", parts);
    }

    /// <summary>Polls until at least <paramref name="expected"/> commands are recorded in total; false on timeout.</summary>
    public async Task<bool> WaitAppliedAsync(long expected, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        long applied = 0;
        await using (Progress.Ticker("waiting for the worker", () => $"{applied:N0} of {expected:N0} applied"))
        {
            while (clock.Elapsed < timeout)
            {
                applied = await AppliedAsync(cancellationToken);
                if (applied >= expected)
                {
                    return true;
                }
                await Task.Delay(200, cancellationToken);
            }
        }
        return false;
    }

    /// <summary>
    /// Commands recorded after <paramref name="since"/>, counted per whole second of "CompletedAt" − since
    /// (the worker's commit clock; same machine, so the same clock as the bench's).
    /// </summary>
    public async Task<Dictionary<int, long>> CommittedPerSecondAsync(DateTime since, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            SELECT floor(extract(epoch FROM ("CompletedAt" - @since)))::int, count(*)
            FROM processed_commands WHERE "CompletedAt" >= @since GROUP BY 1
            """, connection);
        command.Parameters.AddWithValue("since", since);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var result = new Dictionary<int, long>();
        while (await reader.ReadAsync(cancellationToken))
        {
            result[reader.GetInt32(0)] = reader.GetInt64(1);
        }
        return result;
    }

    /// <summary>
    /// LISTEN command_done: <paramref name="onCommitted"/> gets each command id the worker committed (the payload
    /// is a comma-separated list, sent by the committing transaction) and the <see cref="Stopwatch"/> timestamp
    /// of its arrival. One idle connection: it adds no load to the system.
    /// </summary>
    public async Task<Listener> ListenAsync(Action<Guid, long> onCommitted, CancellationToken cancellationToken)
    {
        // Unpooled: a pooled connection that LISTENed before can hand over notifications still buffered from then.
        var connection = new NpgsqlConnection(connectionString + ";Pooling=false");
        await connection.OpenAsync(cancellationToken);
        connection.Notification += (_, e) =>
        {
            var at = Stopwatch.GetTimestamp();
            foreach (var part in e.Payload.Split(','))
            {
                if (Guid.TryParse(part, out var id))
                {
                    onCommitted(id, at);
                }
            }
        };
        await using (var listen = new NpgsqlCommand("LISTEN command_done", connection))
        {
            await listen.ExecuteNonQueryAsync(cancellationToken);
        }
        var stop = new CancellationTokenSource();
        var loop = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await connection.WaitAsync(stop.Token);
            }
        }, CancellationToken.None);
        return new Listener(connection, stop, loop);
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    public sealed class Listener(NpgsqlConnection connection, CancellationTokenSource stop, Task loop) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await stop.CancelAsync();
            await loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await connection.DisposeAsync();
            stop.Dispose();
        }
    }
}

using Npgsql;
using NpgsqlTypes;
using TodoFunctions.Core.Domain.Events;
using TodoFunctions.Core.Domain.Reminders;
using Microsoft.EntityFrameworkCore.Storage;
using TodoFunctions.Core.Events;
using TodoFunctions.Core.Services;

namespace TodoFunctions.Core.Reminders;

/// <summary>
/// Fires due reminders: claims a batch of pending rows whose time has come, marks each <c>fired</c> (or
/// <c>missed</c> when later than <see cref="ReminderOptions.MissedAfter"/>) and appends a
/// <c>reminder-fired</c> event to its user's live-update log, all in one transaction. On PostgreSQL the
/// claim is <c>FOR UPDATE SKIP LOCKED</c>, so replicas never take the same row and a crash before the
/// commit leaves it pending for the next run: each reminder is delivered once, late rather than never.
/// </summary>
public sealed class ReminderDispatcher(TodoDbContext db, IOptions<ReminderOptions> options, UserEventSignal signal)
{
    public const string EventType = "reminder-fired";

    /// <returns>How many reminders this call delivered (a full batch means more may be due).</returns>
    public async Task<int> DispatchAsync(TimeProvider clock, CancellationToken cancellationToken)
    {
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var missedBefore = nowUtc - options.Value.MissedAfter;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var fired = db.IsPostgres
            ? await ClaimOnPostgresAsync(nowUtc, missedBefore, cancellationToken)
            : await ClaimOnSqliteAsync(nowUtc, missedBefore, cancellationToken);
        if (fired.Count == 0)
        {
            return 0;
        }
        var events = fired.Select(f => UserEvent.For(f.UserId, EventType, EventData(f), nowUtc)).ToList();
        var users = events.Select(e => e.UserId).Distinct().Order().ToArray();
        if (db.IsPostgres)
        {
            // The same per-user lock the write unit (TodoWriteUnit) holds to its commit: a user's event ids grow in commit order.
            await PostgresWriteStatements.LockEventLogsAsync(db.PostgresConnection(), users, cancellationToken);
            await PostgresBulkInsert.UserEventsAsync(db.PostgresConnection(), events, cancellationToken);
            await PostgresWriteStatements.NotifyAsync(db.PostgresConnection(), [(UserEventSignal.ChannelName, users)], cancellationToken);
        }
        else
        {
            db.UserEvents.AddRange(events);
            await db.SaveChangesAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        signal.Notify(users);
        return fired.Count;
    }

    private async Task<List<FiredReminder>> ClaimOnPostgresAsync(DateTime nowUtc, DateTime missedBefore, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = (NpgsqlTransaction)db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = """
            WITH due AS (
                SELECT "Id" FROM reminders
                WHERE "State" = 'pending' AND "FireAt" <= @now
                ORDER BY "FireAt" LIMIT @batch
                FOR UPDATE SKIP LOCKED),
            fired AS (
                UPDATE reminders r
                SET "State" = CASE WHEN r."FireAt" < @missedBefore THEN 'missed' ELSE 'fired' END, "FiredAt" = @now, "UpdatedAt" = @now
                FROM due WHERE r."Id" = due."Id"
                RETURNING r."Id", r."TodoId", r."UserId", r."Kind", r."At", r."Before", r."ScheduledAt", r."FireAt", r."State")
            SELECT f."Id", f."TodoId", f."UserId", f."Kind", f."At", f."Before", f."ScheduledAt", f."FireAt", f."State", t."Title", t."DueSortUtc"
            FROM fired f JOIN todos t ON t."Id" = f."TodoId"
            """;
        command.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = nowUtc });
        command.Parameters.Add(new NpgsqlParameter("missedBefore", NpgsqlDbType.TimestampTz) { Value = missedBefore });
        command.Parameters.Add(new NpgsqlParameter("batch", NpgsqlDbType.Integer) { Value = options.Value.BatchSize });
        var fired = new List<FiredReminder>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            fired.Add(new FiredReminder(
                reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetDateTime(4), reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.GetDateTime(6), reader.GetDateTime(7), reader.GetString(8), reader.GetString(9),
                reader.IsDBNull(10) ? null : reader.GetDateTime(10)));
        }
        return fired;
    }

    // SQLite: one process (the Local host) and one writer at a time, so reading then updating cannot race.
    private async Task<List<FiredReminder>> ClaimOnSqliteAsync(DateTime nowUtc, DateTime missedBefore, CancellationToken cancellationToken)
    {
        var due = await db.Reminders.Where(r => r.State == ReminderStates.Pending && r.FireAt <= nowUtc)
            .OrderBy(r => r.FireAt).Take(options.Value.BatchSize)
            .Join(db.Todos, r => r.TodoId, t => t.Id, (r, t) => new { Reminder = r, t.Title, t.DueSortUtc })
            .ToListAsync(cancellationToken);
        var fired = new List<FiredReminder>();
        foreach (var row in due)
        {
            var state = row.Reminder.FireAt < missedBefore ? ReminderStates.Missed : ReminderStates.Fired;
            row.Reminder.MarkDelivered(state, nowUtc);
            var r = row.Reminder;
            fired.Add(new FiredReminder(r.Id, r.TodoId, r.UserId, r.Kind, r.At, r.Before, r.ScheduledAt, r.FireAt, state, row.Title, row.DueSortUtc));
        }
        return fired;
    }

    private static string EventData(FiredReminder f) => JsonSerializer.Serialize(new ReminderFiredEvent(
        f.Id, f.TodoId, f.Title, f.State == ReminderStates.Missed, f.State, f.Kind, f.At, f.Before, f.ScheduledAt, f.FireAt, f.DueUtc), CoreJson.Options);

    private sealed record FiredReminder(Guid Id, Guid TodoId, Guid UserId, string Kind, DateTime? At, string? Before,
        DateTime ScheduledAt, DateTime FireAt, string State, string Title, DateTime? DueUtc);
}

/// <summary>
/// The data of a <c>reminder-fired</c> live update. <see cref="Missed"/>: delivered later than
/// <c>Reminders:MissedAfter</c> after <see cref="FireAt"/> (the function was down or behind).
/// </summary>
public sealed record ReminderFiredEvent(Guid ReminderId, Guid TodoId, string Title, bool Missed, string State, string Kind,
    DateTime? At, string? Before, DateTime ScheduledAt, DateTime FireAt, DateTime? Due);

using Npgsql;
using NpgsqlTypes;
using TodoFunctions.Core.Domain.Commands;
using TodoFunctions.Core.Domain.Todos;

namespace TodoFunctions.Core.Persistence;

/// <summary>
/// Writes new todos and processed-command rows with binary COPY on the given connection, inside its open
/// transaction (the write unit's own, or an EF Core context's). EF Core's per-entity cost on insert was most of a worker's CPU per command; COPY
/// sends a whole batch as one stream. Column lists follow the migrations; every PostgreSQL test of the
/// API and the workers writes through here. Rows are written with the synchronous calls: they only copy
/// into Npgsql's write buffer (a full 8 KB buffer is flushed to the loopback socket), and an awaited call
/// per value cost ≈ 5 % of a busy worker's CPU in the profile in docs/PERFORMANCE.md.
/// </summary>
public static class PostgresBulkInsert
{
    public static async Task TodosAsync(NpgsqlConnection connection, IReadOnlyCollection<Todo> todos, CancellationToken cancellationToken)
    {
        if (todos.Count == 0)
        {
            return;
        }
        await using var copy = await connection.BeginBinaryImportAsync(
            """COPY todos ("Id", "UserId", "Title", "Description", "DueDate", "DueTime", "DueOffsetMinutes", "DueSortUtc", "Priority", "Tags", "Completed", "CompletedAt", "CreatedAt", "UpdatedAt", "Version", "TitleIssuedAt", "DescriptionIssuedAt", "DueIssuedAt", "PriorityIssuedAt", "TagsIssuedAt", "CompletedIssuedAt", "RecurrenceRule", "RecurrenceTimeZone", "SeriesId", "SeriesStart", "RecurrenceIssuedAt", "Reminders", "RemindersIssuedAt") FROM STDIN (FORMAT BINARY)""",
            cancellationToken);
        foreach (var t in todos)
        {
            copy.StartRow();
            copy.Write(t.Id, NpgsqlDbType.Uuid);
            copy.Write(t.UserId, NpgsqlDbType.Uuid);
            copy.Write(t.Title, NpgsqlDbType.Varchar);
            WriteNullable(copy, t.Description, NpgsqlDbType.Varchar);
            WriteNullable(copy, t.DueDate, NpgsqlDbType.Date);
            WriteNullable(copy, t.DueTime, NpgsqlDbType.Time);
            WriteNullable(copy, t.DueOffsetMinutes, NpgsqlDbType.Integer);
            WriteNullable(copy, t.DueSortUtc, NpgsqlDbType.TimestampTz);
            copy.Write(t.Priority.ToString(), NpgsqlDbType.Varchar);
            copy.Write(t.Tags, NpgsqlDbType.Array | NpgsqlDbType.Text);
            copy.Write(t.Completed, NpgsqlDbType.Boolean);
            WriteNullable(copy, t.CompletedAt, NpgsqlDbType.TimestampTz);
            copy.Write(t.CreatedAt, NpgsqlDbType.TimestampTz);
            copy.Write(t.UpdatedAt, NpgsqlDbType.TimestampTz);
            copy.Write(t.Version, NpgsqlDbType.Integer);
            copy.Write(t.TitleIssuedAt, NpgsqlDbType.TimestampTz);
            copy.Write(t.DescriptionIssuedAt, NpgsqlDbType.TimestampTz);
            copy.Write(t.DueIssuedAt, NpgsqlDbType.TimestampTz);
            copy.Write(t.PriorityIssuedAt, NpgsqlDbType.TimestampTz);
            copy.Write(t.TagsIssuedAt, NpgsqlDbType.TimestampTz);
            copy.Write(t.CompletedIssuedAt, NpgsqlDbType.TimestampTz);
            WriteNullable(copy, t.RecurrenceRule, NpgsqlDbType.Varchar);
            WriteNullable(copy, t.RecurrenceTimeZone, NpgsqlDbType.Varchar);
            WriteNullable(copy, t.SeriesId, NpgsqlDbType.Uuid);
            WriteNullable(copy, t.SeriesStart, NpgsqlDbType.Varchar);
            copy.Write(t.RecurrenceIssuedAt, NpgsqlDbType.TimestampTz);
            copy.Write(t.Reminders, NpgsqlDbType.Array | NpgsqlDbType.Text);
            copy.Write(t.RemindersIssuedAt, NpgsqlDbType.TimestampTz);
        }
        await copy.CompleteAsync(cancellationToken);
    }

    public static async Task ProcessedCommandsAsync(NpgsqlConnection connection, IReadOnlyCollection<ProcessedCommand> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return;
        }
        await using var copy = await connection.BeginBinaryImportAsync(
            """COPY processed_commands ("Id", "UserId", "Kind", "TodoId", "Status", "Result", "ErrorCode", "Error", "IssuedAt", "CompletedAt", "RequestHash", "Body") FROM STDIN (FORMAT BINARY)""",
            cancellationToken);
        foreach (var r in records)
        {
            copy.StartRow();
            copy.Write(r.Id, NpgsqlDbType.Uuid);
            copy.Write(r.UserId, NpgsqlDbType.Uuid);
            copy.Write(r.Kind, NpgsqlDbType.Varchar);
            WriteNullable(copy, r.TodoId, NpgsqlDbType.Uuid);
            copy.Write(r.Status.ToString(), NpgsqlDbType.Varchar);
            WriteNullable(copy, r.Result, NpgsqlDbType.Text);
            WriteNullable(copy, r.ErrorCode, NpgsqlDbType.Varchar);
            WriteNullable(copy, r.Error, NpgsqlDbType.Varchar);
            copy.Write(r.IssuedAt, NpgsqlDbType.TimestampTz);
            copy.Write(r.CompletedAt, NpgsqlDbType.TimestampTz);
            WriteNullable(copy, r.RequestHash, NpgsqlDbType.Varchar);
            WriteNullable(copy, r.Body, NpgsqlDbType.Text);
        }
        await copy.CompleteAsync(cancellationToken);
    }

    public static async Task UserEventsAsync(NpgsqlConnection connection, IReadOnlyCollection<Domain.Events.UserEvent> events, CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            """COPY user_events ("UserId", "Type", "Data", "CreatedAt") FROM STDIN (FORMAT BINARY)""", cancellationToken);
        foreach (var e in events)
        {
            copy.StartRow();
            copy.Write(e.UserId, NpgsqlDbType.Uuid);
            copy.Write(e.Type, NpgsqlDbType.Varchar);
            copy.Write(e.Data, NpgsqlDbType.Text);
            copy.Write(e.CreatedAt, NpgsqlDbType.TimestampTz);
        }
        await copy.CompleteAsync(cancellationToken);
    }

    private static void WriteNullable<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type) where T : struct
    {
        if (value is { } v)
        {
            copy.Write(v, type);
        }
        else
        {
            copy.WriteNull();
        }
    }

    private static void WriteNullable(NpgsqlBinaryImporter copy, string? value, NpgsqlDbType type)
    {
        if (value is not null)
        {
            copy.Write(value, type);
        }
        else
        {
            copy.WriteNull();
        }
    }
}

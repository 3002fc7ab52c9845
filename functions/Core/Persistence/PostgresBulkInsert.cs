using Npgsql;
using NpgsqlTypes;
using TodoFunctions.Core.Domain.Commands;
using TodoFunctions.Core.Domain.Todos;

namespace TodoFunctions.Core.Persistence;

/// <summary>
/// Writes new todos and processed-command rows with binary COPY on the context's own connection, inside
/// its open transaction. EF Core's per-entity cost on insert was most of a worker's CPU per command; COPY
/// sends a whole batch as one stream. Column lists follow the migrations; every PostgreSQL test of the
/// API and the workers writes through here.
/// </summary>
public static class PostgresBulkInsert
{
    public static async Task TodosAsync(TodoDbContext db, IReadOnlyCollection<Todo> todos, CancellationToken cancellationToken)
    {
        if (todos.Count == 0)
        {
            return;
        }
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var copy = await connection.BeginBinaryImportAsync(
            """COPY todos ("Id", "UserId", "Title", "Description", "DueDate", "DueTime", "DueOffsetMinutes", "DueSortUtc", "Priority", "Tags", "Completed", "CompletedAt", "CreatedAt", "UpdatedAt", "Version", "TitleIssuedAt", "DescriptionIssuedAt", "DueIssuedAt", "PriorityIssuedAt", "TagsIssuedAt", "CompletedIssuedAt", "RecurrenceRule", "RecurrenceTimeZone", "SeriesId", "SeriesStart", "RecurrenceIssuedAt", "Reminders", "RemindersIssuedAt") FROM STDIN (FORMAT BINARY)""",
            cancellationToken);
        foreach (var t in todos)
        {
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(t.Id, NpgsqlDbType.Uuid, cancellationToken);
            await copy.WriteAsync(t.UserId, NpgsqlDbType.Uuid, cancellationToken);
            await copy.WriteAsync(t.Title, NpgsqlDbType.Varchar, cancellationToken);
            await WriteNullableAsync(copy, t.Description, NpgsqlDbType.Varchar, cancellationToken);
            await WriteNullableAsync(copy, t.DueDate, NpgsqlDbType.Date, cancellationToken);
            await WriteNullableAsync(copy, t.DueTime, NpgsqlDbType.Time, cancellationToken);
            await WriteNullableAsync(copy, t.DueOffsetMinutes, NpgsqlDbType.Integer, cancellationToken);
            await WriteNullableAsync(copy, t.DueSortUtc, NpgsqlDbType.TimestampTz, cancellationToken);
            await copy.WriteAsync(t.Priority.ToString(), NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(t.Tags, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(t.Completed, NpgsqlDbType.Boolean, cancellationToken);
            await WriteNullableAsync(copy, t.CompletedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await copy.WriteAsync(t.CreatedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await copy.WriteAsync(t.UpdatedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await copy.WriteAsync(t.Version, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(t.TitleIssuedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await copy.WriteAsync(t.DescriptionIssuedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await copy.WriteAsync(t.DueIssuedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await copy.WriteAsync(t.PriorityIssuedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await copy.WriteAsync(t.TagsIssuedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await copy.WriteAsync(t.CompletedIssuedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await WriteNullableAsync(copy, t.RecurrenceRule, NpgsqlDbType.Varchar, cancellationToken);
            await WriteNullableAsync(copy, t.RecurrenceTimeZone, NpgsqlDbType.Varchar, cancellationToken);
            await WriteNullableAsync(copy, t.SeriesId, NpgsqlDbType.Uuid, cancellationToken);
            await WriteNullableAsync(copy, t.SeriesStart, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(t.RecurrenceIssuedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await copy.WriteAsync(t.Reminders, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(t.RemindersIssuedAt, NpgsqlDbType.TimestampTz, cancellationToken);
        }
        await copy.CompleteAsync(cancellationToken);
    }

    public static async Task ProcessedCommandsAsync(TodoDbContext db, IReadOnlyCollection<ProcessedCommand> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return;
        }
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var copy = await connection.BeginBinaryImportAsync(
            """COPY processed_commands ("Id", "UserId", "Kind", "TodoId", "Status", "Result", "ErrorCode", "Error", "IssuedAt", "CompletedAt", "RequestHash", "Body") FROM STDIN (FORMAT BINARY)""",
            cancellationToken);
        foreach (var r in records)
        {
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(r.Id, NpgsqlDbType.Uuid, cancellationToken);
            await copy.WriteAsync(r.UserId, NpgsqlDbType.Uuid, cancellationToken);
            await copy.WriteAsync(r.Kind, NpgsqlDbType.Varchar, cancellationToken);
            await WriteNullableAsync(copy, r.TodoId, NpgsqlDbType.Uuid, cancellationToken);
            await copy.WriteAsync(r.Status.ToString(), NpgsqlDbType.Varchar, cancellationToken);
            await WriteNullableAsync(copy, r.Result, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(copy, r.ErrorCode, NpgsqlDbType.Varchar, cancellationToken);
            await WriteNullableAsync(copy, r.Error, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(r.IssuedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await copy.WriteAsync(r.CompletedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await WriteNullableAsync(copy, r.RequestHash, NpgsqlDbType.Varchar, cancellationToken);
            await WriteNullableAsync(copy, r.Body, NpgsqlDbType.Text, cancellationToken);
        }
        await copy.CompleteAsync(cancellationToken);
    }

    public static async Task UserEventsAsync(TodoDbContext db, IReadOnlyCollection<Domain.Events.UserEvent> events, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var copy = await connection.BeginBinaryImportAsync(
            """COPY user_events ("UserId", "Type", "Data", "CreatedAt") FROM STDIN (FORMAT BINARY)""", cancellationToken);
        foreach (var e in events)
        {
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(e.UserId, NpgsqlDbType.Uuid, cancellationToken);
            await copy.WriteAsync(e.Type, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(e.Data, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(e.CreatedAt, NpgsqlDbType.TimestampTz, cancellationToken);
        }
        await copy.CompleteAsync(cancellationToken);
    }

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken cancellationToken) where T : struct =>
        value is { } v ? copy.WriteAsync(v, type, cancellationToken) : copy.WriteNullAsync(cancellationToken);

    private static Task WriteNullableAsync(NpgsqlBinaryImporter copy, string? value, NpgsqlDbType type, CancellationToken cancellationToken) =>
        value is not null ? copy.WriteAsync(value, type, cancellationToken) : copy.WriteNullAsync(cancellationToken);
}

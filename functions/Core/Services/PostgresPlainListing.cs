using Npgsql;
using TodoFunctions.Core.Domain.Todos;

namespace TodoFunctions.Core.Services;

/// <summary>
/// The listing nearly every <c>GET /api/todos</c> asks for — a status, by creation time, a page — read on PostgreSQL
/// with one prepared statement and only the columns the view shows, without EF Core. The list profile had EF's query
/// pipeline and materialiser at 61 % of the HTTP host's CPU per list (docs/PERFORMANCE.md); filtered and otherwise
/// sorted listings stay in <see cref="TodoQueries"/>, which also serves SQLite.
/// </summary>
public sealed class PostgresPlainListing(NpgsqlDataSource dataSource)
{
    private const string Columns = """
        "Id", "Title", "Description", "DueDate", "DueTime", "DueOffsetMinutes", "DueSortUtc", "Priority", "Tags", "Completed",
        "CompletedAt", "CreatedAt", "UpdatedAt", "Version", "RecurrenceRule", "RecurrenceTimeZone", "SeriesId", "Reminders"
        """;

    public static bool Serves(TodoQuery query) =>
        query is { Sort: TodoSort.Created, DueBeforeUtc: null, DueAfterUtc: null, Overdue: null, Priority: null }
        && string.IsNullOrWhiteSpace(query.Tag) && string.IsNullOrWhiteSpace(query.Text);

    public async Task<TodoPage> ListAsync(Guid userId, TodoQuery query, CancellationToken cancellationToken)
    {
        if (!Serves(query))
        {
            throw new ArgumentException("Only a status filter and the creation order are served here.", nameof(query));
        }
        // One row past the page says whether more follow, as in TodoQueries: a list that fits one page is one statement.
        var items = new List<TodoView>(Math.Min(query.Take, 100) + 1);
        await using (var command = dataSource.CreateCommand(PageSql[(query.Status, query.Descending)]))
        {
            command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = userId });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = query.Take + 1 });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = query.Skip });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add(TodoView.From(Read(reader)));
            }
        }
        var morePages = items.Count > query.Take;
        if (morePages)
        {
            items.RemoveAt(items.Count - 1);
        }
        var total = morePages || (items.Count == 0 && query.Skip > 0)
            ? await CountAsync(userId, query.Status, cancellationToken)
            : query.Skip + items.Count;
        return new TodoPage(items, total, query.Skip, query.Take);
    }

    private async Task<int> CountAsync(Guid userId, TodoStatusFilter status, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""SELECT count(*)::int FROM todos WHERE "UserId" = $1{StatusCondition(status)}""");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = userId });
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    // Six statements in all, built once: a list request allocates no SQL text.
    private static readonly Dictionary<(TodoStatusFilter Status, bool Descending), string> PageSql =
        Enum.GetValues<TodoStatusFilter>().SelectMany(status => new[] { false, true }.Select(descending => (status, descending)))
            .ToDictionary(key => key, key =>
                $"""SELECT {Columns} FROM todos WHERE "UserId" = $1{StatusCondition(key.status)} ORDER BY "CreatedAt"{(key.descending ? " DESC" : "")}, "Id" LIMIT $2 OFFSET $3""");

    private static string StatusCondition(TodoStatusFilter status) => status switch
    {
        TodoStatusFilter.Pending => " AND NOT \"Completed\"",
        TodoStatusFilter.Completed => " AND \"Completed\"",
        _ => "",
    };

    private static TodoColumns Read(NpgsqlDataReader row) => new(
        row.GetGuid(0),
        row.GetString(1),
        row.IsDBNull(2) ? null : row.GetString(2),
        row.IsDBNull(3) ? null : row.GetFieldValue<DateOnly>(3),
        row.IsDBNull(4) ? null : row.GetFieldValue<TimeOnly>(4),
        row.IsDBNull(5) ? null : row.GetInt32(5),
        row.IsDBNull(6) ? null : row.GetDateTime(6),
        Enum.Parse<TodoPriority>(row.GetString(7)),
        row.GetFieldValue<string[]>(8),
        row.GetBoolean(9),
        row.IsDBNull(10) ? null : row.GetDateTime(10),
        row.GetDateTime(11),
        row.GetDateTime(12),
        row.GetInt32(13),
        row.IsDBNull(14) ? null : row.GetString(14),
        row.IsDBNull(15) ? null : row.GetString(15),
        row.IsDBNull(16) ? null : row.GetGuid(16),
        row.GetFieldValue<string[]>(17));
}

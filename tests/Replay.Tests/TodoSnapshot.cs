namespace TodoFunctions.Replay.Tests;

/// <summary>
/// The todos of a database as the replay must reproduce them: every field a command sets. Times the worker
/// stamps with its own clock (created, updated, completed at) differ on a replay by design, and so does
/// "Version", which counts the changes that took effect in the order they happened to arrive.
/// </summary>
public static class TodoSnapshot
{
    public static async Task<List<string>> TakeAsync(string database, Guid? onlyUser = null)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand(
            """
            SELECT "Id", "Title", coalesce("Description", ''), coalesce("DueDate"::text, ''), coalesce("DueTime"::text, ''),
                   "Priority", array_to_string("Tags", ','), "Completed"
            FROM todos WHERE @user::uuid IS NULL OR "UserId" = @user::uuid ORDER BY "Id"
            """, connection);
        query.Parameters.AddWithValue("user", onlyUser is { } u ? u : DBNull.Value);
        var rows = new List<string>();
        await using var reader = await query.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add(string.Join('|', values));
        }
        return rows;
    }

    public static async Task<long> ScalarAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    public static async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

using Npgsql;
using TodoFunctions.Replay.Commands;

namespace TodoFunctions.Replay.Capturing;

/// <summary>
/// Exports applied commands from <c>processed_commands</c> in the order they were issued. Only rows with a
/// <c>"Body"</c> (written since migration ProcessedCommandBody) can be replayed; older ones are counted.
/// </summary>
public static class DatabaseCapture
{
    public static async Task<CaptureSummary> RunAsync(CaptureSettings settings, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        var since = TimeArguments.Moment(settings.Since, "--since", now) ?? DateTimeOffset.MinValue;
        var until = TimeArguments.Moment(settings.Until, "--until", now) ?? DateTimeOffset.MaxValue;
        await using var connection = await OpenAsync(settings.Db, cancellationToken);
        await using var query = new NpgsqlCommand(
            """
            SELECT "Kind", "Body" FROM processed_commands
            WHERE "IssuedAt" >= @since AND "IssuedAt" < @until AND (@user::uuid IS NULL OR "UserId" = @user::uuid)
            ORDER BY "IssuedAt", "Id"
            """, connection);
        query.Parameters.AddWithValue("since", since.UtcDateTime);
        query.Parameters.AddWithValue("until", until.UtcDateTime);
        query.Parameters.AddWithValue("user", settings.User is { } u ? u : DBNull.Value);
        var withoutBody = 0;
        var unreadable = 0;
        await using var writer = await CaptureWriter.CreateAsync(settings.Out, $"db:{connection.Host}/{connection.Database}");
        await using (var reader = await query.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken) && (settings.Count is not { } max || writer.Count < max))
            {
                var kind = reader.GetString(0);
                if (!CommandKinds.Matches(kind, settings.Kind))
                {
                    continue;
                }
                if (reader.IsDBNull(1))
                {
                    withoutBody++;
                    continue;
                }
                var body = reader.GetString(1);
                object? command = CommandKinds.MessageTypeOf(kind) == nameof(ChatCommand)
                    ? JsonSerializer.Deserialize<ChatCommand>(body, ReplayJson.Options)
                    : JsonSerializer.Deserialize<TodoCommand>(body, ReplayJson.Options);
                if (command is null)
                {
                    unreadable++;
                    continue;
                }
                await writer.WriteAsync(CapturedCommand.From(command));
            }
        }
        return new CaptureSummary(writer.Count, withoutBody + unreadable,
            withoutBody > 0 ? $"{withoutBody} applied before bodies were recorded" : unreadable > 0 ? "unreadable body" : null);
    }

    private static async Task<NpgsqlConnection> OpenAsync(string? connectionString, CancellationToken cancellationToken)
    {
        var value = string.IsNullOrWhiteSpace(connectionString) ? Environment.GetEnvironmentVariable("ConnectionStrings__Todo") : connectionString;
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ToolException("No database: pass --db \"Host=…;Database=…\" or set ConnectionStrings__Todo.", ExitCodes.Usage);
        }
        var connection = new NpgsqlConnection(value);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch (Exception ex) when (ex is NpgsqlException or ArgumentException)
        {
            await connection.DisposeAsync();
            throw new ToolException($"Cannot open the database: {ex.Message}");
        }
    }
}

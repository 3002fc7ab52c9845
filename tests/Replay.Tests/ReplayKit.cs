namespace TodoFunctions.Replay.Tests;

/// <summary>What the replay tests share: temp files, counts and queue checks.</summary>
public static class ReplayKit
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    public static string TempFile() => Path.Combine(Path.GetTempPath(), $"replay-test-{Guid.NewGuid():N}.jsonl");

    public static Task<long> ProcessedAsync(string database) => TodoSnapshot.ScalarAsync(database, "SELECT count(*) FROM processed_commands");

    public static async Task<DateTime> LastCompletionAsync(string database, Guid? except = null)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand("""SELECT max("CompletedAt") FROM processed_commands WHERE "Id" <> @except""", connection);
        query.Parameters.AddWithValue("except", except ?? Guid.Empty);
        return (DateTime)(await query.ExecuteScalarAsync())!;
    }

    public static async Task<bool> QueueExistsAsync(string amqp, string queue)
    {
        await using var connection = await new RabbitMQ.Client.ConnectionFactory { Uri = new Uri(amqp) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            await channel.QueueDeclarePassiveAsync(queue);
            return true;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return false;
        }
    }
}

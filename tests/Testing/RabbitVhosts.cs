namespace TodoFunctions.Testing;

/// <summary>
/// Hands out the vhosts test1..test120 that rabbitmq.sh creates, one per fixture, so fixtures in
/// parallel test processes never consume each other's messages on the shared queue names.
/// </summary>
public static class RabbitVhosts
{
    private const int Count = 120;

    public static async Task<string> NextAsync()
    {
        var server = await TestServers.RabbitMqAsync();
        var counter = Path.Combine(await TestServers.RabbitMqDirectoryAsync(), "vhosts.next");
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await using var file = new FileStream(counter, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                using var reader = new StreamReader(file, leaveOpen: true);
                var next = int.TryParse(await reader.ReadToEndAsync(), out var n) ? n : 1;
                if (next > Count)
                {
                    throw new InvalidOperationException($"All {Count} test vhosts are taken; raise the count in rabbitmq.sh and here.");
                }
                file.SetLength(0);
                await using var writer = new StreamWriter(file);
                await writer.WriteAsync((next + 1).ToString());
                return server.TrimEnd('/') + "/test" + next;
            }
            catch (IOException) when (attempt < 200)
            {
                await Task.Delay(25);
            }
        }
    }
}

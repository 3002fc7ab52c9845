namespace TodoFunctions.Replay.Capturing;

/// <summary>Writes a capture: the header line, then one command per line, flushed as it goes.</summary>
public sealed class CaptureWriter : IAsyncDisposable
{
    private readonly StreamWriter _writer;

    private CaptureWriter(StreamWriter writer) => _writer = writer;

    public int Count { get; private set; }

    public static async Task<CaptureWriter> CreateAsync(string path, string source)
    {
        var writer = new StreamWriter(path, append: false, new UTF8Encoding(false)) { NewLine = "\n" };
        await writer.WriteLineAsync(JsonSerializer.Serialize(CaptureHeader.For(source, DateTimeOffset.UtcNow), ReplayJson.Options));
        return new CaptureWriter(writer);
    }

    public async Task WriteAsync(CapturedCommand command)
    {
        await _writer.WriteLineAsync(JsonSerializer.Serialize(command, ReplayJson.Options));
        Count++;
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.FlushAsync();
        await _writer.DisposeAsync();
    }
}

namespace TodoFunctions.Replay.Capturing;

/// <summary>
/// A capture read and validated line by line. Every line is checked — JSON, required fields, a message
/// the workers can read, ids that agree — so a replay can refuse the whole file before publishing anything.
/// </summary>
public sealed class CaptureFile
{
    private CaptureFile(CaptureHeader header, IReadOnlyList<CaptureLine> lines)
    {
        Header = header;
        Lines = lines;
    }

    public CaptureHeader Header { get; }
    public IReadOnlyList<CaptureLine> Lines { get; }
    public IEnumerable<CaptureLine> Valid => Lines.Where(l => l.IsValid);
    public IEnumerable<CaptureLine> Invalid => Lines.Where(l => !l.IsValid);

    /// <exception cref="CaptureFormatException">The file is missing or its header is unusable.</exception>
    public static async Task<CaptureFile> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new CaptureFormatException($"{path}: no such file.");
        }
        var lines = new List<CaptureLine>();
        CaptureHeader? header = null;
        var number = 0;
        await foreach (var text in File.ReadLinesAsync(path, cancellationToken))
        {
            number++;
            if (header is null)
            {
                header = ParseHeader(path, text);
                continue;
            }
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            lines.Add(ParseLine(number, text));
        }
        return header is null ? throw new CaptureFormatException($"{path}: empty file (line 1 must be the capture header).") : new CaptureFile(header, lines);
    }

    private static CaptureHeader ParseHeader(string path, string text)
    {
        CaptureHeader? header;
        try
        {
            header = JsonSerializer.Deserialize<CaptureHeader>(text, ReplayJson.Options);
        }
        catch (JsonException ex)
        {
            throw new CaptureFormatException($"{path}:1: not a capture header ({ex.Message}).");
        }
        if (header is null || header.Format != CaptureHeader.FormatName)
        {
            throw new CaptureFormatException($"{path}:1: not a capture header (expected \"format\": \"{CaptureHeader.FormatName}\").");
        }
        if (header.Version > CaptureHeader.CurrentVersion)
        {
            throw new CaptureFormatException($"{path}:1: capture format version {header.Version} is newer than this tool reads ({CaptureHeader.CurrentVersion}).");
        }
        return header;
    }

    private static CaptureLine ParseLine(int number, string text)
    {
        CapturedCommand? command;
        try
        {
            command = JsonSerializer.Deserialize<CapturedCommand>(text, ReplayJson.Options);
        }
        catch (JsonException ex)
        {
            return new CaptureLine(number, null, null, ex.Message.StartsWith("JSON deserialization for type", StringComparison.Ordinal)
                ? "missing " + ex.Message[(ex.Message.IndexOf("missing", StringComparison.Ordinal) + 8)..].TrimEnd('.')
                : "not valid JSON: " + ex.Message);
        }
        if (command is null)
        {
            return new CaptureLine(number, null, null, "null instead of a command");
        }
        var error = CommandValidator.Check(command, out var message);
        return new CaptureLine(number, command, message, error);
    }
}

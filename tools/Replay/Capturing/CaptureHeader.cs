namespace TodoFunctions.Replay.Capturing;

/// <summary>The first line of every capture file. Readers refuse a version newer than theirs.</summary>
public sealed record CaptureHeader(string Format, int Version, string Source, DateTimeOffset CapturedAt)
{
    public const string FormatName = "todo-functions-capture";
    public const int CurrentVersion = 1;

    public static CaptureHeader For(string source, DateTimeOffset now) => new(FormatName, CurrentVersion, source, now);
}

namespace TodoFunctions.Replay.Capturing;

/// <summary>A line of a capture file: the command it holds, or why it cannot be replayed.</summary>
/// <param name="Number">1-based, counting the header line, as an editor shows it.</param>
public sealed record CaptureLine(int Number, CapturedCommand? Command, object? Message, string? Error)
{
    public bool IsValid => Error is null;
}

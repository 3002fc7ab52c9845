namespace TodoFunctions.Replay.Capturing;

/// <summary>A capture file that cannot be read at all (missing, empty, foreign or too new a header).</summary>
public sealed class CaptureFormatException(string message) : Exception(message);

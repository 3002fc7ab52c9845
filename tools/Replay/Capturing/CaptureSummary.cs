namespace TodoFunctions.Replay.Capturing;

public sealed record CaptureSummary(int Written, int Skipped, string? SkipReason);

using System.ComponentModel;

namespace TodoFunctions.Replay.Commands;

public sealed class InspectSettings : CommandSettings
{
    [CommandArgument(0, "<FILE>"), Description("A capture file (JSONL).")]
    public string File { get; init; } = "";

    [CommandOption("--top <N>"), Description("Users and minutes listed (the busiest first).")]
    public int Top { get; init; } = 10;
}

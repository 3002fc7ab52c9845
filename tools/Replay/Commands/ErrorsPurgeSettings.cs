using System.ComponentModel;

namespace TodoFunctions.Replay.Commands;

public sealed class ErrorsPurgeSettings : ErrorsSettings
{
    [CommandOption("--yes"), Description("Do not ask (scripts).")]
    public bool Yes { get; init; }
}

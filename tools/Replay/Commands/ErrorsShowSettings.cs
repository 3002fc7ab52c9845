using System.ComponentModel;

namespace TodoFunctions.Replay.Commands;

public sealed class ErrorsShowSettings : ErrorsSettings
{
    [CommandArgument(0, "<ID>"), Description("The message id or command id.")]
    public string Id { get; init; } = "";
}

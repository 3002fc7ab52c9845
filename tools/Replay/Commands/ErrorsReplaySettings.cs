using System.ComponentModel;

namespace TodoFunctions.Replay.Commands;

public sealed class ErrorsReplaySettings : ErrorsSettings
{
    [CommandOption("--id <ID>"), Description("Message or command id to replay; repeatable.")]
    public string[] Id { get; init; } = [];

    [CommandOption("--kind <KIND>"), Description("Replay the messages of these kinds (todo.create, create, chat); repeatable.")]
    public string[] Kind { get; init; } = [];

    [CommandOption("--since <TIME>"), Description("Replay messages that failed at or after (ISO 8601, or 2h for two hours ago).")]
    public string? Since { get; init; }

    [CommandOption("--until <TIME>"), Description("Replay messages that failed before.")]
    public string? Until { get; init; }

    [CommandOption("--all"), Description("Replay every message.")]
    public bool All { get; init; }

    public override ValidationResult Validate() =>
        All || Id.Length > 0 || Kind.Length > 0 || Since is not null || Until is not null
            ? ValidationResult.Success()
            : ValidationResult.Error("Choose what to replay: --id, --kind, --since/--until, or --all.");
}

using System.ComponentModel;

namespace TodoFunctions.Replay.Commands;

public sealed class ReplaySettings : CommandSettings
{
    [CommandArgument(0, "<FILE>"), Description("A capture file (JSONL).")]
    public string File { get; init; } = "";

    [CommandOption("--target <URI>"), Description("The broker to publish to; ConnectionStrings__RabbitMQ by default.")]
    public string? Target { get; init; }

    [CommandOption("--rate <PER_SECOND>"), Description("At most this many commands per second (unlimited by default).")]
    public double? Rate { get; init; }

    [CommandOption("--kind <KIND>"), Description("Only these kinds (todo.create, create, todo, chat.turn, chat); repeatable.")]
    public string[] Kind { get; init; } = [];

    [CommandOption("--user <ID>"), Description("Only this user's commands (the captured id); repeatable.")]
    public Guid[] User { get; init; } = [];

    [CommandOption("--since <TIME>"), Description("Only commands issued at or after (ISO 8601, or 2h for two hours ago).")]
    public string? Since { get; init; }

    [CommandOption("--until <TIME>"), Description("Only commands issued before.")]
    public string? Until { get; init; }

    [CommandOption("--remap-users <MAP_JSON>"), Description("A JSON object {\"captured-user-id\": \"target-user-id\"}.")]
    public string? RemapUsers { get; init; }

    [CommandOption("--as-new"), Description("Fresh command, todo and conversation ids derived from the originals: replays as new traffic.")]
    public bool AsNew { get; init; }

    [CommandOption("--seed <TEXT>"), Description("With --as-new: another seed derives other ids (another round of load).")]
    public string Seed { get; init; } = "";

    [CommandOption("--dry-run"), Description("Validate, filter and count; publish nothing.")]
    public bool DryRun { get; init; }

    [CommandOption("--skip-invalid"), Description("Publish the valid lines even when others are invalid.")]
    public bool SkipInvalid { get; init; }

    public override ValidationResult Validate() =>
        Rate is <= 0 ? ValidationResult.Error("--rate must be positive.") : ValidationResult.Success();
}

using System.ComponentModel;

namespace TodoFunctions.Replay.Commands;

public sealed class CaptureSettings : CommandSettings
{
    [CommandOption("--out <FILE>"), Description("The capture file to write (JSONL).")]
    public string Out { get; init; } = "";

    [CommandOption("--queue <QUEUE>"), Description("The worker queue to listen beside (todo-commands, chat-commands).")]
    public string Queue { get; init; } = Core.Messaging.QueueNames.TodoCommands;

    [CommandOption("--for <DURATION>"), Description("Stop after this long (90s, 5m). Without it and --count: until Ctrl+C.")]
    public string? For { get; init; }

    [CommandOption("--count <N>"), Description("Stop after N commands.")]
    public int? Count { get; init; }

    [CommandOption("--amqp <URI>"), Description("The broker; ConnectionStrings__RabbitMQ by default.")]
    public string? Amqp { get; init; }

    [CommandOption("--from-db"), Description("Export applied commands from processed_commands instead of listening to a queue.")]
    public bool FromDb { get; init; }

    [CommandOption("--db <CONNECTION>"), Description("PostgreSQL connection string; ConnectionStrings__Todo by default.")]
    public string? Db { get; init; }

    [CommandOption("--since <TIME>"), Description("With --from-db: commands issued at or after (ISO 8601, or 2h for two hours ago).")]
    public string? Since { get; init; }

    [CommandOption("--until <TIME>"), Description("With --from-db: commands issued before.")]
    public string? Until { get; init; }

    [CommandOption("--user <ID>"), Description("With --from-db: only this user's commands.")]
    public Guid? User { get; init; }

    [CommandOption("--kind <KIND>"), Description("Only these kinds (todo.create, create, todo, chat.turn, chat); repeatable.")]
    public string[] Kind { get; init; } = [];

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error("--out FILE is required.")
        : Count is <= 0 ? ValidationResult.Error("--count must be positive.")
        : !FromDb && (Since ?? Until ?? (object?)User) is not null ? ValidationResult.Error("--since, --until and --user go with --from-db; a queue capture records what flows from now on.")
        : ValidationResult.Success();
}

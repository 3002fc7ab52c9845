using System.ComponentModel;
using TodoFunctions.Core.Messaging;

namespace TodoFunctions.Replay.Commands;

public class ErrorsSettings : CommandSettings
{
    [CommandOption("--queue <QUEUE>"), Description("Worker queue(s) whose _error queue to use; all by default. Repeatable.")]
    public string[] Queue { get; init; } = [];

    [CommandOption("--amqp <URI>"), Description("The broker; ConnectionStrings__RabbitMQ by default.")]
    public string? Amqp { get; init; }

    [CommandOption("--limit <N>"), Description("Most messages read per error queue.")]
    public int Limit { get; init; } = 1000;

    public IReadOnlyList<string> Queues => Queue.Length > 0 ? Queue : QueueNames.All;
}

using System.ComponentModel;

namespace TodoFunctions.Replay.Commands;

public sealed class TopSettings : CommandSettings
{
    [CommandOption("--amqp <URI>"), Description("The broker; ConnectionStrings__RabbitMQ by default.")]
    public string? Amqp { get; init; }

    [CommandOption("--management <URL>"), Description("RabbitMQ management API (http://host:15672) for unacked counts and rates.")]
    public string? Management { get; init; }

    [CommandOption("--db <CONNECTION>"), Description("PostgreSQL; ConnectionStrings__Todo by default. Without one, no applied/s or failures.")]
    public string? Db { get; init; }

    [CommandOption("--interval <DURATION>"), Description("Refresh period (2s by default).")]
    public string Interval { get; init; } = "2s";

    [CommandOption("--once"), Description("Print two samples' worth of figures once and exit (scripts).")]
    public bool Once { get; init; }
}

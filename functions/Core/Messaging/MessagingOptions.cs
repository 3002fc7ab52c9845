namespace TodoFunctions.Core.Messaging;

public sealed class MessagingOptions
{
    /// <summary>
    /// How commands reach RabbitMQ: <c>RabbitMQ</c> (the default: RabbitMQ.Client straight to the broker, see
    /// <see cref="RabbitMqCommandSender"/>) or <c>MassTransit</c> (the bus's publish pipeline; kept for comparison).
    /// The embedded mode's in-memory transport always goes through the bus.
    /// </summary>
    public string Publisher { get; set; } = "RabbitMQ";
    /// <summary>How long a write waits for the broker's confirm before answering 503.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>Messages the broker sends ahead to one consumer (RabbitMQ prefetch).</summary>
    public int PrefetchCount { get; set; } = 256;
    /// <summary>Messages handled at once by one worker process; they are applied in batches.</summary>
    public int ConcurrentMessageLimit { get; set; } = 256;
    /// <summary>Most commands applied in one database transaction.</summary>
    public int MaxBatchSize { get; set; } = 100;
    /// <summary>Transactions running at once in one worker process.</summary>
    public int BatchWriters { get; set; } = 2;
    /// <summary>Retries of a failing message (exponential backoff up to 5 s) before it moves to the _error queue.</summary>
    public int RetryLimit { get; set; } = 8;
    /// <summary>
    /// How long a command may wait (parked, holding nothing) for the todo it names to be created before it
    /// fails <c>not_found</c>. Clients choose todo ids, so a "complete" can overtake its "create".
    /// </summary>
    public TimeSpan ParkingGrace { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>Chat turns handled at once by one worker process.</summary>
    public int ChatConcurrency { get; set; } = 8;
}

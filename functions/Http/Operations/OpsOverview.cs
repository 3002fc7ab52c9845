namespace TodoFunctions.Http.Operations;

/// <summary>What GET /api/ops/overview answers: one sample of every queue, the database and the worker Deployments.</summary>
/// <param name="QueueSource">"management" (rates and unacked included), "amqp" (ready and consumers only) or "none" (no RabbitMQ: the embedded host).</param>
/// <param name="Database">Null when the database is not PostgreSQL (the embedded host's SQLite).</param>
/// <param name="Deployments">Null outside Kubernetes or when Operations__Kubernetes is off.</param>
public sealed record OpsOverview(DateTimeOffset SampledAt, string QueueSource, IReadOnlyList<OpsQueue> Queues, OpsDatabase? Database,
    IReadOnlyList<OpsDeployment>? Deployments);

/// <param name="Unacked">Null without the management API; so are the rates (messages per second).</param>
public sealed record OpsQueue(string Name, bool ErrorQueue, bool Exists, long Ready, long Consumers, long? Unacked, double? PublishRate, double? DeliverRate);

/// <param name="RecordedTotal">Commands ever recorded in processed_commands (PostgreSQL's insert counter).</param>
/// <param name="AppliedPerSecond">The rate of RecordedTotal since this host's previous sample (null on its first, or after a minute without one).</param>
public sealed record OpsDatabase(long RecordedTotal, double? AppliedPerSecond, long Parked, IReadOnlyList<OpsFailure> RecentFailures);

/// <param name="Reason">The error the worker recorded (e.g. "The title is required."), never the command's fields.</param>
public sealed record OpsFailure(DateTimeOffset CompletedAt, string Kind, string ErrorCode, Guid CommandId, string Reason);

public sealed record OpsDeployment(string Name, string Queue, int Desired, int Ready, int Available);

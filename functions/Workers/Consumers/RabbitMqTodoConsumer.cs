using System.Diagnostics;
using System.Text;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using TodoFunctions.Core.Telemetry;
using TodoFunctions.Workers.Batching;
using TodoFunctions.Workers.Health;

namespace TodoFunctions.Workers.Consumers;

/// <summary>
/// Consumes the todo queue with RabbitMQ.Client instead of a MassTransit receive endpoint (the profile had
/// MassTransit's per-message receive pipeline and RabbitMQ.Client at ≈ 30 % each of a draining worker). It keeps
/// what the endpoint gave: a prefetch window, an acknowledgement only after the command's batch committed,
/// retries with exponential backoff for a command that fails by itself, then <c>todo-commands_error</c> with
/// MassTransit's fault headers (the replay tool reads them), and on shutdown no new deliveries, a drain of what
/// is in hand for <see cref="WorkerHostOptions.DrainTimeout"/>, everything unacknowledged back to the queue.
/// After the connection drops it reconnects on a fresh channel; what the old one held is redelivered and
/// recognised as already processed.
/// </summary>
public sealed class RabbitMqTodoConsumer(
    IConfiguration configuration,
    TodoCommandBatcher batcher,
    IOptions<MessagingOptions> messaging,
    IOptions<WorkerHostOptions> host,
    ILogger<RabbitMqTodoConsumer> logger) : BackgroundService
{
    public const string ErrorQueue = QueueNames.TodoCommands + "_error";

    private readonly ConnectionFactory _factory = new()
    {
        Uri = new Uri(configuration.GetConnectionString("RabbitMQ")!),
        ClientProvidedName = "todo-functions-worker",
        // A dropped connection is replaced by this class (new channel, new delivery tags, fresh ack window).
        AutomaticRecoveryEnabled = false,
    };
    // Cancelled when the drain time is up: handlers still waiting give up and leave their message unacknowledged.
    private readonly CancellationTokenSource _drainOver = new();
    private readonly Lock _gate = new();
    private readonly HashSet<Task> _handlers = [];
    private Session? _session;

    /// <summary>Registered on the queue over an open channel (how long without a break is <see cref="Health.BusConsumption"/>'s to tell).</summary>
    public bool IsConsuming => Volatile.Read(ref _session) is { Channel.IsOpen: true };

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await ConsumeUntilDisconnectedAsync(stoppingToken);
                attempt = 0;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Consuming {Queue} failed (attempt {Attempt}): {Reason}; reconnecting", QueueNames.TodoCommands, attempt, ex.GetBaseException().Message);
            }
            await Task.Delay(TimeSpan.FromSeconds(Math.Min(Math.Max(attempt, 1), 5)), stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task ConsumeUntilDisconnectedAsync(CancellationToken stoppingToken)
    {
        await using var connection = await _factory.CreateConnectionAsync(stoppingToken);
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.ConnectionShutdownAsync += (_, _) => { closed.TrySetResult(); return Task.CompletedTask; };
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), stoppingToken);
        channel.ChannelShutdownAsync += (_, _) => { closed.TrySetResult(); return Task.CompletedTask; };
        await DeclareErrorQueueAsync(connection, channel, stoppingToken);
        await channel.BasicQosAsync(0, (ushort)Math.Clamp(messaging.Value.PrefetchCount, 1, ushort.MaxValue), false, stoppingToken);

        var session = new Session(channel, messaging.Value.PrefetchCount, logger);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            session.Acks.Delivered(delivery.DeliveryTag);
            // The body belongs to the client only during this callback.
            var received = new Delivery(delivery.DeliveryTag, delivery.Redelivered, delivery.Body.ToArray(), delivery.BasicProperties);
            Track(HandleAsync(session, received));
            return Task.CompletedTask;
        };
        var consumerTag = await channel.BasicConsumeAsync(QueueNames.TodoCommands, autoAck: false, consumer, stoppingToken);
        Volatile.Write(ref _session, session);
        logger.LogInformation("Consuming {Queue} (prefetch {Prefetch})", QueueNames.TodoCommands, messaging.Value.PrefetchCount);
        var acks = session.Acks.SendAsync(channel);

        await Task.WhenAny(closed.Task, Task.Delay(Timeout.Infinite, stoppingToken));
        if (stoppingToken.IsCancellationRequested && channel.IsOpen)
        {
            await DrainAsync(channel, consumerTag);
        }
        session.Acks.Complete();
        await acks;
        Volatile.Write(ref _session, null);
    }

    /// <summary>No new deliveries; what is in hand finishes (and is acknowledged) for at most the drain time.</summary>
    private async Task DrainAsync(IChannel channel, string consumerTag)
    {
        try
        {
            await channel.BasicCancelAsync(consumerTag);
        }
        catch (Exception ex)
        {
            logger.LogWarning("Cancelling the consumer failed: {Reason}", ex.GetBaseException().Message);
        }
        Task[] inHand;
        lock (_gate)
        {
            inHand = [.. _handlers];
        }
        var finished = Task.WhenAll(inHand);
        if (await Task.WhenAny(finished, Task.Delay(host.Value.DrainTimeout)) != finished)
        {
            logger.LogWarning("{Count} command(s) still in hand after {Seconds} s; they go back to the queue", inHand.Count(t => !t.IsCompleted), host.Value.DrainTimeout.TotalSeconds);
            await _drainOver.CancelAsync();
            await finished.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private void Track(Task handler)
    {
        lock (_gate)
        {
            _handlers.Add(handler);
        }
        handler.ContinueWith(t =>
        {
            lock (_gate)
            {
                _handlers.Remove(t);
            }
        }, TaskScheduler.Default);
    }

    private async Task HandleAsync(Session session, Delivery delivery)
    {
        await Task.Yield();
        if (!CommandEnvelope.TryOpen<TodoCommand>(delivery.Body, out var command, out var envelopeActivityId, out var unreadable))
        {
            logger.LogError("A message on {Queue} cannot be read ({Reason}); moving it to {ErrorQueue}", QueueNames.TodoCommands, unreadable, ErrorQueue);
            await DeadLetterAsync(session, delivery, new InvalidDataException(unreadable), retries: 0);
            return;
        }
        var parent = ActivityContext.TryParse(HeaderText(delivery.Properties, CommandEnvelope.ActivityIdHeader) ?? envelopeActivityId, null, out var context) ? context : default;
        using var activity = TodoActivities.Source.StartActivity($"{QueueNames.TodoCommands} process", ActivityKind.Consumer, parent);
        activity?.SetTag("messaging.system", "rabbitmq");
        activity?.SetTag("messaging.destination.name", QueueNames.TodoCommands);
        activity?.SetTag("messaging.message.id", delivery.Properties.MessageId);
        // Every entry logged while this command is handled carries its id (never its fields).
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["CommandId"] = command.CommandId, ["Kind"] = CommandKinds.Of(command.Kind) });
        var kind = CommandKinds.Of(command.Kind);
        if (delivery.Redelivered)
        {
            TodoMetrics.Retried.WithLabels(kind).Inc();
        }
        var retryLimit = Math.Max(0, messaging.Value.RetryLimit);
        for (var retry = 0; ; retry++)
        {
            try
            {
                await batcher.ApplyAsync(command, _drainOver.Token);
                logger.LogDebug("Command committed");
                session.Acks.Completed(delivery.Tag);
                return;
            }
            catch (OperationCanceledException)
            {
                // The worker is stopping: left unacknowledged, the message goes back to the queue.
                return;
            }
            catch (Exception ex) when (retry < retryLimit)
            {
                TodoMetrics.Retried.WithLabels(kind).Inc();
                logger.LogWarning("Command failed ({Reason}); retry {Retry} of {Limit}", ex.GetBaseException().Message, retry + 1, retryLimit);
                if (!await DelayAsync(Backoff(retry)))
                {
                    return;
                }
            }
            catch (Exception ex)
            {
                activity?.SetStatus(ActivityStatusCode.Error, ex.GetBaseException().Message);
                logger.LogError(ex, "Command failed after {Retries} retries; moving it to {ErrorQueue}", retry, ErrorQueue);
                await DeadLetterAsync(session, delivery, ex, retry);
                return;
            }
        }
    }

    /// <summary>MassTransit's exponential retry as it was configured: 100 ms, then +300 ms doubling, at most 5 s.</summary>
    public static TimeSpan Backoff(int retry) =>
        TimeSpan.FromMilliseconds(Math.Min(5_000, 100 + 300 * (Math.Pow(2, Math.Min(retry, 10)) - 1)));

    private async Task<bool> DelayAsync(TimeSpan delay)
    {
        try
        {
            await Task.Delay(delay, _drainOver.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>
    /// The original body and headers on the error queue, plus MassTransit's fault headers; acknowledged only once
    /// the broker confirmed the copy, so a failure here leaves the message on its queue.
    /// </summary>
    private async Task DeadLetterAsync(Session session, Delivery delivery, Exception exception, int retries)
    {
        var headers = new Dictionary<string, object?>(delivery.Properties.Headers ?? new Dictionary<string, object?>())
        {
            ["MT-Reason"] = "fault",
            ["MT-Fault-ExceptionType"] = exception.GetBaseException().GetType().FullName,
            ["MT-Fault-Message"] = exception.GetBaseException().Message,
            ["MT-Fault-StackTrace"] = exception.ToString(),
            ["MT-Fault-Timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["MT-Fault-RetryCount"] = retries.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["MT-Fault-InputAddress"] = QueueNames.TodoCommands,
            ["MT-Fault-ConsumerType"] = typeof(RabbitMqTodoConsumer).FullName,
            ["MT-Host-MachineName"] = Environment.MachineName,
            ["MT-Host-ProcessId"] = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var properties = new BasicProperties
        {
            ContentType = delivery.Properties.ContentType ?? CommandEnvelope.ContentType,
            MessageId = delivery.Properties.MessageId,
            DeliveryMode = DeliveryModes.Persistent,
            Headers = headers,
        };
        try
        {
            await session.Channel.BasicPublishAsync(ErrorQueue, "", mandatory: true, properties, delivery.Body, _drainOver.Token);
            session.Acks.Completed(delivery.Tag);
        }
        catch (Exception ex)
        {
            logger.LogError("Moving a message to {ErrorQueue} failed ({Reason}); it stays on {Queue}", ErrorQueue, ex.GetBaseException().Message, QueueNames.TodoCommands);
        }
    }

    /// <summary>The error exchange and queue as MassTransit names and declares them; an existing queue is taken as it is.</summary>
    private static async Task DeclareErrorQueueAsync(IConnection connection, IChannel channel, CancellationToken cancellationToken)
    {
        await channel.ExchangeDeclareAsync(ErrorQueue, ExchangeType.Fanout, durable: true, cancellationToken: cancellationToken);
        try
        {
            // On its own channel: a queue that does not exist closes the channel that asked.
            await using var probe = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
            await probe.QueueDeclarePassiveAsync(ErrorQueue, cancellationToken);
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            // Quorum, like the one MassTransit's endpoint declares (its error queue takes the endpoint's queue type).
            await channel.QueueDeclareAsync(ErrorQueue, durable: true, exclusive: false, autoDelete: false,
                new Dictionary<string, object?> { ["x-queue-type"] = "quorum" }, cancellationToken: cancellationToken);
        }
        await channel.QueueBindAsync(ErrorQueue, ErrorQueue, "", cancellationToken: cancellationToken);
    }

    private static string? HeaderText(IReadOnlyBasicProperties properties, string name) =>
        properties.Headers?.TryGetValue(name, out var value) == true
            ? value switch { byte[] bytes => Encoding.UTF8.GetString(bytes), string text => text, _ => null }
            : null;

    public override void Dispose()
    {
        _drainOver.Dispose();
        base.Dispose();
    }

    private sealed record Delivery(ulong Tag, bool Redelivered, byte[] Body, IReadOnlyBasicProperties Properties);

    private sealed class Session(IChannel channel, int prefetch, ILogger logger)
    {
        public IChannel Channel { get; } = channel;
        public AckWindow Acks { get; } = new(prefetch, logger);
    }
}

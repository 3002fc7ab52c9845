using System.Diagnostics;
using MassTransit;
using RabbitMQ.Client;
using TodoFunctions.Core.Telemetry;

namespace TodoFunctions.Core.Messaging;

/// <summary>Puts one command on the broker and returns once the broker confirmed it; throws otherwise.</summary>
public interface ICommandSender
{
    Task SendAsync<T>(T message, CancellationToken cancellationToken) where T : class;
}

/// <summary>Through the MassTransit bus: the in-memory transport of the embedded mode (and RabbitMQ when <c>Messaging:Publisher</c> is <c>MassTransit</c>).</summary>
public sealed class MassTransitCommandSender(IBus bus) : ICommandSender
{
    public Task SendAsync<T>(T message, CancellationToken cancellationToken) where T : class => bus.Publish(message, cancellationToken);
}

/// <summary>
/// Straight to RabbitMQ with RabbitMQ.Client: the envelope the workers' MassTransit consumers read, persistent,
/// mandatory (a message no queue would take comes back as a failure instead of vanishing), on a few channels
/// with publisher confirms tracked by the client, so each send completes when the broker has the message.
/// The profile had MassTransit's publish pipeline and envelope serialiser at ≈ 30 % of the HTTP host's CPU;
/// this path keeps what it gave (confirms, the same envelope, the trace header) without the pipeline.
/// The connection recovers by itself after a broker restart; while it cannot, sends throw and the caller answers 503.
/// </summary>
public sealed class RabbitMqCommandSender(IConfiguration configuration) : ICommandSender, IAsyncDisposable
{
    // More than one so publishes do not all queue behind one channel's confirm bookkeeping.
    private const int ChannelCount = 4;

    private readonly ConnectionFactory _factory = new()
    {
        Uri = new Uri(configuration.GetConnectionString("RabbitMQ")!),
        ClientProvidedName = "todo-functions-publisher",
        AutomaticRecoveryEnabled = true,
        // The default 5 s would keep answering 503 for up to 5 s after the broker is back.
        NetworkRecoveryInterval = TimeSpan.FromSeconds(1),
    };
    private readonly SemaphoreSlim _connecting = new(1, 1);
    private readonly IChannel?[] _channels = new IChannel?[ChannelCount];
    private IConnection? _connection;
    private int _next;

    public async Task SendAsync<T>(T message, CancellationToken cancellationToken) where T : class
    {
        var exchange = CommandEnvelope.MessageExchange(message.GetType());
        // The producer span MassTransit's publish used to start; the consumer's span continues from its id.
        using var activity = TodoActivities.Source.StartActivity($"{exchange} send", ActivityKind.Producer);
        activity?.SetTag("messaging.system", "rabbitmq");
        activity?.SetTag("messaging.destination.name", exchange);
        var activityId = Activity.Current?.Id;
        KeyValuePair<string, string>[] headers = activityId is null ? [] : [new(CommandEnvelope.ActivityIdHeader, activityId)];
        var messageId = Guid.NewGuid();
        var body = CommandEnvelope.Seal(message, messageId, headers);
        var properties = new BasicProperties
        {
            ContentType = CommandEnvelope.ContentType,
            DeliveryMode = DeliveryModes.Persistent,
            MessageId = messageId.ToString(),
            Headers = activityId is null ? null : new Dictionary<string, object?> { [CommandEnvelope.ActivityIdHeader] = activityId },
        };
        var channel = await ChannelAsync((int)((uint)Interlocked.Increment(ref _next) % ChannelCount), cancellationToken);
        await channel.BasicPublishAsync(exchange, "", mandatory: true, properties, body, cancellationToken);
    }

    /// <summary>Opens the connection (and a channel) if it is not open yet; throws while the broker cannot be reached.</summary>
    public async Task ConnectAsync(CancellationToken cancellationToken) => await ChannelAsync(0, cancellationToken);

    private async ValueTask<IChannel> ChannelAsync(int slot, CancellationToken cancellationToken)
    {
        if (_channels[slot] is { IsOpen: true } open)
        {
            return open;
        }
        await _connecting.WaitAsync(cancellationToken);
        try
        {
            if (_channels[slot] is { IsOpen: true } opened)
            {
                return opened;
            }
            if (_connection is not { IsOpen: true })
            {
                // A recovering connection is left to recover: new channels on it fail until it is back.
                _connection ??= await _factory.CreateConnectionAsync(cancellationToken);
            }
            // A channel the broker closed (not one the connection's recovery will bring back) is replaced.
            var stale = _channels[slot];
            _channels[slot] = await _connection.CreateChannelAsync(
                new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
            if (stale is not null)
            {
                await stale.DisposeAsync();
            }
            return _channels[slot]!;
        }
        finally
        {
            _connecting.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var channel in _channels)
        {
            if (channel is not null)
            {
                await channel.DisposeAsync();
            }
        }
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
        _connecting.Dispose();
    }
}

using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using TodoFunctions.Replay.Capturing;

namespace TodoFunctions.Replay.ErrorQueues;

/// <summary>
/// Reads an error queue without consuming it: messages are fetched unacknowledged on one channel and go
/// back to the queue when that channel closes, except those <see cref="AckAsync"/> removes.
/// </summary>
public sealed class ErrorQueue : IAsyncDisposable
{
    private readonly IChannel _channel;

    private ErrorQueue(string queue, string name, IChannel channel)
    {
        Queue = queue;
        Name = name;
        _channel = channel;
    }

    /// <summary>The worker queue whose failures this holds.</summary>
    public string Queue { get; }
    public string Name { get; }

    public static string NameOf(string queue) => queue + "_error";

    /// <returns>Null when the error queue does not exist (nothing has failed there yet).</returns>
    public static async Task<ErrorQueue?> OpenAsync(IConnection connection, string queue, CancellationToken cancellationToken)
    {
        var name = NameOf(queue);
        var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            await channel.QueueDeclarePassiveAsync(name, cancellationToken);
        }
        catch (OperationInterruptedException)
        {
            await channel.DisposeAsync();
            return null;
        }
        return new ErrorQueue(queue, name, channel);
    }

    public async Task<uint> CountAsync(CancellationToken cancellationToken) => await _channel.MessageCountAsync(Name, cancellationToken);

    public async Task<List<ErrorMessage>> BrowseAsync(int limit, CancellationToken cancellationToken)
    {
        var messages = new List<ErrorMessage>();
        while (messages.Count < limit && await _channel.BasicGetAsync(Name, autoAck: false, cancellationToken) is { } got)
        {
            var body = got.Body.ToArray();
            var command = MassTransitEnvelope.Open(body, out _, out var error);
            messages.Add(new ErrorMessage(Queue, got.DeliveryTag, got.BasicProperties.MessageId ?? "", command, error,
                Broker.Headers(got.BasicProperties), got.BasicProperties, body));
        }
        return messages;
    }

    public Task AckAsync(ErrorMessage message, CancellationToken cancellationToken) =>
        _channel.BasicAckAsync(message.DeliveryTag, multiple: false, cancellationToken).AsTask();

    public async Task<uint> PurgeAsync(CancellationToken cancellationToken) => await _channel.QueuePurgeAsync(Name, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        // Closing the channel returns every fetched, unacknowledged message to the queue.
        await _channel.CloseAsync();
        await _channel.DisposeAsync();
    }
}

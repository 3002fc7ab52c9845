using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace TodoFunctions.Replay;

/// <summary>Opens AMQP connections and turns the client's failures into messages a tester can act on.</summary>
public static class Broker
{
    public static async Task<IConnection> ConnectAsync(string? amqp, CancellationToken cancellationToken)
    {
        var uri = ParseUri(amqp);
        try
        {
            return await new ConnectionFactory { Uri = uri, ClientProvidedName = "todo-replay" }.CreateConnectionAsync(cancellationToken);
        }
        catch (BrokerUnreachableException ex)
        {
            throw new ToolException($"Cannot reach the broker at {Display(uri)}: {ex.InnerException?.Message ?? ex.Message}");
        }
    }

    /// <summary>The URI without its password, for messages and capture headers.</summary>
    public static string Display(Uri uri) => $"{uri.Scheme}://{uri.Host}:{(uri.IsDefaultPort ? 5672 : uri.Port)}{uri.AbsolutePath}";

    public static Uri ParseUri(string? amqp)
    {
        var value = string.IsNullOrWhiteSpace(amqp) ? Environment.GetEnvironmentVariable("ConnectionStrings__RabbitMQ") : amqp;
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ToolException("No broker: pass --amqp amqp://user:pass@host:5672/vhost or set ConnectionStrings__RabbitMQ.", ExitCodes.Usage);
        }
        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "amqp" or "amqps"
            ? uri
            : throw new ToolException($"Not an amqp:// URI: {value}", ExitCodes.Usage);
    }

    /// <summary>Fails readably when the queue does not exist (a passive declare closes the channel, so it gets its own).</summary>
    public static async Task<uint> RequireQueueAsync(IConnection connection, string queue, CancellationToken cancellationToken)
    {
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue, cancellationToken)).MessageCount;
        }
        catch (OperationInterruptedException)
        {
            throw new ToolException($"The queue {queue} does not exist on this broker (has a worker or HTTP host started against it?).");
        }
    }

    public static async Task RequireExchangeAsync(IConnection connection, string exchange, CancellationToken cancellationToken)
    {
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            await channel.ExchangeDeclarePassiveAsync(exchange, cancellationToken);
        }
        catch (OperationInterruptedException)
        {
            throw new ToolException($"The exchange {exchange} does not exist on this broker (has a worker or HTTP host started against it?).");
        }
    }

    /// <summary>AMQP header values arrive as bytes; MassTransit writes strings.</summary>
    public static Dictionary<string, string> Headers(IReadOnlyBasicProperties properties) =>
        (properties.Headers ?? new Dictionary<string, object?>()).ToDictionary(h => h.Key, h => h.Value switch
        {
            byte[] bytes => Encoding.UTF8.GetString(bytes),
            null => "",
            var other => Convert.ToString(other, CultureInfo.InvariantCulture) ?? "",
        });
}

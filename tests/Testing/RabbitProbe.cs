using System.Text;
using RabbitMQ.Client;

namespace TodoFunctions.Testing;

/// <summary>Looks at queues directly with the RabbitMQ client, under MassTransit's feet.</summary>
public sealed class RabbitProbe(string amqp)
{
    public async Task<uint> CountAsync(string queue)
    {
        await using var connection = await new ConnectionFactory { Uri = new Uri(amqp) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return 0; // not declared yet
        }
    }

    /// <summary>Takes one message off the queue and returns its headers as strings.</summary>
    public async Task<Dictionary<string, string>> TakeHeadersAsync(string queue)
    {
        await using var connection = await new ConnectionFactory { Uri = new Uri(amqp) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var message = await channel.BasicGetAsync(queue, autoAck: true) ?? throw new InvalidOperationException($"{queue} is empty");
        return (message.BasicProperties.Headers ?? new Dictionary<string, object?>())
            .ToDictionary(h => h.Key, h => h.Value is byte[] bytes ? Encoding.UTF8.GetString(bytes) : h.Value?.ToString() ?? "");
    }

    /// <summary>Publishes raw bytes to the queue's exchange, as a broken or hostile producer might.</summary>
    public async Task PublishRawAsync(string exchange, string body)
    {
        await using var connection = await new ConnectionFactory { Uri = new Uri(amqp) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var properties = new BasicProperties { ContentType = "application/vnd.masstransit+json", DeliveryMode = DeliveryModes.Persistent, MessageId = Guid.NewGuid().ToString() };
        await channel.BasicPublishAsync(exchange, "", mandatory: true, properties, Encoding.UTF8.GetBytes(body));
    }
}

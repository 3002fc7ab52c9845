using MassTransit;
using Microsoft.Extensions.Hosting;
using RabbitMQ.Client;
using TodoFunctions.Core.Contracts;

namespace TodoFunctions.Core.Messaging;

/// <summary>
/// Declares every worker queue and its bindings when a publishing process starts, exactly as the
/// worker's MassTransit endpoint declares them (durable quorum queue, fanout exchanges). Without this a
/// command published before any worker ever ran would reach an exchange with no queue and be dropped,
/// although the broker confirmed it. Publishing waits for <see cref="Ready"/>.
/// </summary>
public sealed class RabbitMqTopology(IConfiguration configuration, ILogger<RabbitMqTopology> logger) : BackgroundService
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Ready => _ready.Task;

    public static readonly IReadOnlyList<(string Queue, string MessageExchange)> Queues =
    [
        (QueueNames.TodoCommands, CommandEnvelope.MessageExchange(typeof(TodoCommand))),
        (QueueNames.ChatCommands, CommandEnvelope.MessageExchange(typeof(ChatCommand))),
    ];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var factory = new ConnectionFactory { Uri = new Uri(configuration.GetConnectionString("RabbitMQ")!) };
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await using var connection = await factory.CreateConnectionAsync(stoppingToken);
                await using var channel = await connection.CreateChannelAsync(cancellationToken: stoppingToken);
                foreach (var (queue, messageExchange) in Queues)
                {
                    await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false,
                        new Dictionary<string, object?> { ["x-queue-type"] = "quorum" }, cancellationToken: stoppingToken);
                    await channel.ExchangeDeclareAsync(queue, ExchangeType.Fanout, durable: true, cancellationToken: stoppingToken);
                    await channel.QueueBindAsync(queue, queue, "", cancellationToken: stoppingToken);
                    await channel.ExchangeDeclareAsync(messageExchange, ExchangeType.Fanout, durable: true, cancellationToken: stoppingToken);
                    await channel.ExchangeBindAsync(queue, messageExchange, "", cancellationToken: stoppingToken);
                }
                _ready.TrySetResult();
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Declaring the queues failed (attempt {Attempt}); retrying", attempt);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, 5)), stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }
}

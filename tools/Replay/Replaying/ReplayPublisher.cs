using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using TodoFunctions.Core.Messaging;
using TodoFunctions.Replay.Capturing;

namespace TodoFunctions.Replay.Replaying;

/// <summary>
/// Publishes commands as the HTTP functions do — to MassTransit's message-type exchange, persistent,
/// mandatory, and waiting for each broker confirm — at most <c>rate</c> per second. Up to
/// <see cref="Window"/> confirms are awaited at once, so a replay is not bound by the round trip.
/// </summary>
public sealed class ReplayPublisher(IConnection connection)
{
    private const int Window = 256;

    public sealed record Outcome(int Published, IReadOnlyList<(ReplayItem Item, string Reason)> Failures);

    /// <summary>Fails readably before anything is published when a queue the commands need is missing.</summary>
    public async Task CheckTopologyAsync(IEnumerable<ReplayItem> items, CancellationToken cancellationToken)
    {
        foreach (var type in items.Select(i => i.MessageType).Distinct())
        {
            await Broker.RequireExchangeAsync(connection, MassTransitEnvelope.MessageExchange(type), cancellationToken);
            await Broker.RequireQueueAsync(connection, type == nameof(ChatCommand) ? QueueNames.ChatCommands : QueueNames.TodoCommands, cancellationToken);
        }
    }

    public async Task<Outcome> PublishAsync(IReadOnlyList<ReplayItem> items, double? rate, Action<int, int> progress, CancellationToken cancellationToken)
    {
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        var failures = new List<(ReplayItem, string)>();
        var inFlight = new List<(ReplayItem Item, Task Confirm)>();
        var published = 0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < items.Count; i++)
        {
            if (rate is { } perSecond)
            {
                var due = TimeSpan.FromSeconds(i / perSecond) - clock.Elapsed;
                if (due > TimeSpan.Zero)
                {
                    await Task.Delay(due, cancellationToken);
                }
            }
            var item = items[i];
            var properties = new BasicProperties
            {
                ContentType = MassTransitEnvelope.ContentType,
                DeliveryMode = DeliveryModes.Persistent,
                MessageId = item.CommandId.ToString(),
            };
            var body = MassTransitEnvelope.Seal(item.Message, item.CommandId, item.Headers);
            inFlight.Add((item, channel.BasicPublishAsync(MassTransitEnvelope.MessageExchange(item.MessageType), "", mandatory: true,
                properties, body, cancellationToken).AsTask()));
            if (inFlight.Count >= Window || i == items.Count - 1)
            {
                published += await SettleAsync(inFlight, failures);
                progress(published, failures.Count);
            }
        }
        return new Outcome(published, failures);
    }

    private static async Task<int> SettleAsync(List<(ReplayItem Item, Task Confirm)> inFlight, List<(ReplayItem, string)> failures)
    {
        var confirmed = 0;
        foreach (var (item, confirm) in inFlight)
        {
            try
            {
                await confirm;
                confirmed++;
            }
            catch (PublishException ex)
            {
                failures.Add((item, ex.IsReturn ? "returned unroutable (no queue bound)" : "the broker refused it (nack)"));
            }
            catch (AlreadyClosedException ex)
            {
                failures.Add((item, "connection closed: " + ex.ShutdownReason?.ReplyText));
            }
        }
        inFlight.Clear();
        return confirmed;
    }
}

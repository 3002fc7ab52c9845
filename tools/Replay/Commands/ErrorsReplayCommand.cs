using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using TodoFunctions.Replay.Capturing;
using TodoFunctions.Replay.ErrorQueues;

namespace TodoFunctions.Replay.Commands;

/// <summary>
/// Moves selected messages from <c>&lt;queue&gt;_error</c> back to their queue: republished to the queue's
/// exchange without MassTransit's fault headers, and removed from the error queue only once the broker
/// confirmed the copy. A message replayed twice is still applied once (its command id is recorded).
/// </summary>
public sealed class ErrorsReplayCommand(IAnsiConsole console) : AsyncCommand<ErrorsReplaySettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ErrorsReplaySettings settings, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        var since = TimeArguments.Moment(settings.Since, "--since", now);
        var until = TimeArguments.Moment(settings.Until, "--until", now);
        await using var connection = await Broker.ConnectAsync(settings.Amqp, cancellationToken);
        await using var publish = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        int replayed = 0, failed = 0;
        foreach (var queue in settings.Queues)
        {
            await using var errors = await ErrorQueue.OpenAsync(connection, queue, cancellationToken);
            if (errors is null)
            {
                continue;
            }
            foreach (var message in await errors.BrowseAsync(settings.Limit, cancellationToken))
            {
                var selected = settings.All
                    || (settings.Id.Length > 0 && settings.Id.Any(message.Matches))
                    || (settings.Kind.Length > 0 && CommandKinds.Matches(message.Kind, settings.Kind))
                    || ((since ?? until) is not null && message.FaultedAt is { } at && !(at < since) && !(at >= until));
                if (!selected)
                {
                    continue;
                }
                try
                {
                    await publish.BasicPublishAsync(queue, "", mandatory: true, WithoutFault(message), message.Body, cancellationToken);
                    await errors.AckAsync(message, cancellationToken);
                    replayed++;
                    console.MarkupLineInterpolated($"Replayed {message.MessageId} ({message.Kind} {message.CommandId}) to {queue}");
                }
                catch (PublishException ex)
                {
                    failed++;
                    console.MarkupLineInterpolated($"[red]{message.MessageId} not replayed:[/] {(ex.IsReturn ? $"no queue bound to {queue}" : "the broker refused it")}; it stays in {errors.Name}.");
                }
            }
        }
        console.WriteLine($"replayed={replayed} failed={failed}");
        return failed == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }

    private static BasicProperties WithoutFault(ErrorMessage message)
    {
        var properties = new BasicProperties(message.Properties)
        {
            DeliveryMode = DeliveryModes.Persistent,
            Headers = (message.Properties.Headers ?? new Dictionary<string, object?>())
                .Where(h => !h.Key.StartsWith("MT-Fault-", StringComparison.Ordinal) && h.Key is not ("MT-Reason" or "MT-Redelivery-Count"))
                .ToDictionary(),
        };
        return properties;
    }
}

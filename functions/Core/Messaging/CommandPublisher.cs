using System.Diagnostics;
using TodoFunctions.Core.Contracts;
using TodoFunctions.Core.Telemetry;

namespace TodoFunctions.Core.Messaging;

/// <summary>
/// Publishes a command and waits for the broker's confirm. False means the broker did not confirm in
/// time (or refused it): the HTTP function answers 503 and the client retries with the same key.
/// </summary>
public sealed class CommandPublisher(ICommandSender sender, IOptions<MessagingOptions> options, ILogger<CommandPublisher> logger,
    RabbitMqTopology? topology = null)
{
    public async Task<bool> TryPublishAsync<T>(T message, CancellationToken cancellationToken) where T : class
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.PublishTimeout);
        try
        {
            if (topology is not null)
            {
                await topology.Ready.WaitAsync(timeout.Token);
            }
            var started = Stopwatch.GetTimestamp();
            await sender.SendAsync(message, timeout.Token);
            TodoMetrics.PublishConfirm.Observe(Stopwatch.GetElapsedTime(started).TotalSeconds);
            TodoMetrics.Accepted.WithLabels(CommandKinds.Of(message)).Inc();
            return true;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "The broker did not confirm a {MessageType}", typeof(T).Name);
            return false;
        }
    }
}

using System.Threading.Channels;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using TodoFunctions.Replay.Commands;

namespace TodoFunctions.Replay.Capturing;

/// <summary>
/// Records what flows to a worker queue without taking it from the workers: a private queue bound to the
/// same exchange gets a copy of every message. It is exclusive and auto-deleted, so the broker removes it
/// when this process ends however it ends; it is also deleted explicitly at the end.
/// </summary>
public static class QueueCapture
{
    public static async Task<CaptureSummary> RunAsync(CaptureSettings settings, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var duration = TimeArguments.Duration(settings.For, "--for");
        await using var connection = await Broker.ConnectAsync(settings.Amqp, cancellationToken);
        await Broker.RequireQueueAsync(connection, settings.Queue, cancellationToken);
        // MassTransit binds each queue to a fanout exchange of the same name; the message-type exchange feeds it.
        await Broker.RequireExchangeAsync(connection, settings.Queue, cancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        var captureQueue = $"replay-capture-{settings.Queue}-{Guid.NewGuid():N}"[..48];
        await channel.QueueDeclareAsync(captureQueue, durable: false, exclusive: true, autoDelete: true, cancellationToken: cancellationToken);
        await channel.QueueBindAsync(captureQueue, settings.Queue, "", cancellationToken: cancellationToken);

        var deliveries = Channel.CreateUnbounded<(byte[] Body, Dictionary<string, string> Headers)>();
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, e) =>
        {
            // The body's memory belongs to the client once this handler returns.
            deliveries.Writer.TryWrite((e.Body.ToArray(), Broker.Headers(e.BasicProperties)));
            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(captureQueue, autoAck: true, consumer, cancellationToken);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (duration is { } d)
        {
            stop.CancelAfter(d);
        }
        var until = duration is null && settings.Count is null ? "Ctrl+C to stop" : $"stops after {settings.For ?? $"{settings.Count} commands"}";
        console.MarkupLineInterpolated($"Capturing from {settings.Queue} into {settings.Out} (queue {captureQueue}); {until}.");
        var skipped = 0;
        string? skipReason = null;
        await using (var writer = await CaptureWriter.CreateAsync(settings.Out, $"queue:{settings.Queue}@{Broker.Display(Broker.ParseUri(settings.Amqp))}"))
        {
            try
            {
                while (settings.Count is not { } max || writer.Count < max)
                {
                    var (body, headers) = await deliveries.Reader.ReadAsync(stop.Token);
                    var command = MassTransitEnvelope.Open(body, out var envelopeHeaders, out var error);
                    foreach (var (key, value) in envelopeHeaders)
                    {
                        headers.TryAdd(key, value);
                    }
                    var captured = command is null ? null : CapturedCommand.From(command, headers);
                    if (captured is null || !CommandKinds.Matches(captured.Kind, settings.Kind))
                    {
                        skipped++;
                        skipReason = error ?? "kind not selected";
                        continue;
                    }
                    await writer.WriteAsync(captured);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // --for elapsed or Ctrl+C: what arrived so far is the capture.
            }
            await channel.QueueDeleteAsync(captureQueue, cancellationToken: CancellationToken.None);
            return new CaptureSummary(writer.Count, skipped, skipReason);
        }
    }
}

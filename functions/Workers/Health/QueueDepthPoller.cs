using RabbitMQ.Client;
using TodoFunctions.Core.Operations;
using TodoFunctions.Core.Telemetry;

namespace TodoFunctions.Workers.Health;

/// <summary>
/// Sets <c>todo_queue_messages</c> and <c>todo_queue_consumers</c> for the queues this worker consumes and
/// their <c>_error</c> queues, by AMQP passive declare on a connection of its own (MassTransit's is not
/// shared). Only with RabbitMQ; the in-memory transport has no queues to poll.
/// </summary>
public sealed class QueueDepthPoller(IConfiguration configuration, IOptions<WorkerHostOptions> options, WorkerQueueSelection selection,
    ILogger<QueueDepthPoller> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (configuration.GetConnectionString("RabbitMQ") is not { Length: > 0 } amqp || options.Value.QueuePollInterval <= TimeSpan.Zero)
        {
            return;
        }
        var names = selection.Queues.SelectMany(q => new[] { q, q + "_error" }).ToList();
        IConnection? connection = null;
        using var timer = new PeriodicTimer(options.Value.QueuePollInterval);
        try
        {
            do
            {
                try
                {
                    connection ??= await new ConnectionFactory { Uri = new Uri(amqp), ClientProvidedName = "todo-worker-queue-depth" }
                        .CreateConnectionAsync(stoppingToken);
                    using var probe = new QueueProbe(connection, new Uri(amqp), management: null);
                    foreach (var name in names)
                    {
                        var figures = await probe.ReadAsync(name, stoppingToken);
                        TodoMetrics.QueueMessages.WithLabels(name).Set(figures.Ready);
                        TodoMetrics.QueueConsumers.WithLabels(name).Set(figures.Consumers);
                    }
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    // The broker being away is the bus's problem to report; the gauges keep their last value.
                    logger.LogDebug(ex, "Could not poll queue depths");
                    if (connection is { IsOpen: false })
                    {
                        await connection.DisposeAsync();
                        connection = null;
                    }
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
        }
    }
}

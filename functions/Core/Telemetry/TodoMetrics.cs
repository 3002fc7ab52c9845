using Prometheus;

namespace TodoFunctions.Core.Telemetry;

/// <summary>
/// The Prometheus instruments every host records into (one process-wide registry; each host serves it at
/// <c>/metrics</c>). Names are a contract: the chart's dashboard and alerts query them, and
/// Observability.Tests checks every name they use against a real scrape. Labels are command kinds
/// (<c>todo.create</c> … <c>chat.turn</c>, as in <c>processed_commands."Kind"</c>), queue and tool names:
/// never a user, a todo or an id.
/// </summary>
public static class TodoMetrics
{
    /// <summary>.NET's own runtime meter (GC, heap, thread pool, exceptions), the instruments OpenTelemetry.Instrumentation.Runtime reads on .NET 9+.</summary>
    public const string RuntimeMeter = "System.Runtime";

    private static readonly double[] SecondsBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

    static TodoMetrics()
    {
        // Only the runtime's meter: MassTransit, Npgsql and ASP.NET Core meters record on every message and
        // request, and their figures already reach OTLP when that is configured. The event-counter adapter
        // would repeat the runtime figures under other names.
        Metrics.ConfigureMeterAdapter(options => options.InstrumentFilterPredicate = instrument => instrument.Meter.Name == RuntimeMeter);
        Metrics.SuppressDefaultMetrics(new SuppressDefaultMetricOptions { SuppressEventCounters = true, SuppressDebugMetrics = true });
    }

    public static readonly Counter Accepted = Metrics.CreateCounter("todo_commands_accepted_total",
        "Commands the HTTP functions published and the broker confirmed.", "kind");

    public static readonly Histogram PublishConfirm = Metrics.CreateHistogram("todo_publish_confirm_seconds",
        "Seconds from publishing a command to the broker's confirm (HTTP functions).", new HistogramConfiguration { Buckets = SecondsBuckets });

    public static readonly Counter Applied = Metrics.CreateCounter("todo_commands_applied_total",
        "Commands a worker committed as succeeded.", "kind");

    public static readonly Counter Failed = Metrics.CreateCounter("todo_commands_failed_total",
        "Commands a worker committed as failed: they can never succeed (validation, not found, conflict).", "kind");

    public static readonly Counter Retried = Metrics.CreateCounter("todo_commands_retried_total",
        "Deliveries of a command that had been delivered before (a retry or a redelivery after a crash).", "kind");

    public static readonly Histogram BatchSize = Metrics.CreateHistogram("todo_batch_size",
        "Todo commands per committed worker transaction.", new HistogramConfiguration { Buckets = [1, 2, 5, 10, 20, 50, 100, 200] });

    public static readonly Gauge QueueMessages = Metrics.CreateGauge("todo_queue_messages",
        "Messages ready in a queue (its _error queue included), polled by the workers that consume it.", "queue");

    public static readonly Gauge QueueConsumers = Metrics.CreateGauge("todo_queue_consumers",
        "Consumers of a queue, polled with its depth.", "queue");

    public static readonly Histogram ChatTurn = Metrics.CreateHistogram("todo_chat_turn_seconds",
        "Seconds a worker spent on one chat turn (the model's answer, its tool calls and the commit).", new HistogramConfiguration { Buckets = SecondsBuckets });

    public static readonly Counter ChatToolCalls = Metrics.CreateCounter("todo_chat_tool_calls_total",
        "Tool calls the chat agent made, by tool and whether they failed.", "tool", "outcome");

    /// <summary>
    /// Registers every instrument (running the static constructor) so a scrape before the first command
    /// already lists them, and the meter adapter is configured before the registry's first collection.
    /// </summary>
    public static void Register()
    {
    }

    /// <summary>Writes every metric of this process in the Prometheus text format 0.0.4.</summary>
    public static Task WriteAsync(Stream destination, CancellationToken cancellationToken) =>
        Metrics.DefaultRegistry.CollectAndExportAsTextAsync(destination, cancellationToken);

    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";
}

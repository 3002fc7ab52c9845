using System.Net;
using MassTransit;
using TodoFunctions.Core.Persistence;
using TodoFunctions.Core.Reliability;
using TodoFunctions.Core.Telemetry;
using TodoFunctions.Workers.Consumers;

namespace TodoFunctions.Workers.Health;

/// <summary>
/// A tiny HTTP endpoint for a queue-only process, so Kubernetes can probe it and operators can read it:
/// <c>/healthz</c> (alive), <c>/readyz</c> (the broker connection and the database answer),
/// <c>/metrics</c> (Prometheus) and <c>/stats</c> (JSON). HttpListener keeps ASP.NET Core's hosting out of
/// the worker's start-up.
/// </summary>
public sealed class WorkerHealthServer(
    IOptions<WorkerHostOptions> options,
    WorkerMetrics metrics,
    DatabaseAvailability database,
    IServiceScopeFactory scopes,
    WorkerQueueSelection queues,
    ILogger<WorkerHealthServer> logger,
    IBusControl? bus = null,
    RabbitMqTodoConsumer? todoConsumer = null) : BackgroundService
{
    private static readonly TimeSpan ReadinessTimeout = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var port = options.Value.HealthPort;
        if (port <= 0)
        {
            return;
        }
        using var listener = await StartListenerAsync($"http://{options.Value.ResolvedHealthHost}:{port}/", stoppingToken);
        logger.LogInformation("Health endpoint on port {Port}: /healthz /readyz /metrics /stats", port);
        await using var stopListening = stoppingToken.Register(listener.Stop);
        while (!stoppingToken.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            _ = Task.Run(() => AnswerAsync(context, stoppingToken), CancellationToken.None);
        }
    }

    // The managed HttpListener can throw ArgumentNullException from Start when a connection (a probe polling
    // /readyz) is accepted while its endpoint is still being constructed (a race inside System.Net); a fresh
    // listener a moment later starts fine, so the worker does not die for a probe's timing. The failed Start
    // has bound its socket already and drops it unregistered, so the next Start finds the port "in use" until
    // that socket's finalizer closes it: collect before retrying.
    private async Task<HttpListener> StartListenerAsync(string prefix, CancellationToken stoppingToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var listener = new HttpListener();
            listener.Prefixes.Add(prefix);
            try
            {
                listener.Start();
                return listener;
            }
            catch (Exception ex) when (attempt < 5 && (ex is ArgumentNullException || (ex is HttpListenerException && attempt > 1)))
            {
                listener.Close();
                GC.Collect();
                GC.WaitForPendingFinalizers();
                // A known, recovered race: one line without a stack trace, so operators are not sent hunting.
                logger.LogWarning("Health endpoint did not start (attempt {Attempt}: {Error}); retrying", attempt, ex.GetType().Name);
                await Task.Delay(100 * attempt, stoppingToken);
            }
        }
    }

    private async Task AnswerAsync(HttpListenerContext context, CancellationToken stoppingToken)
    {
        var response = context.Response;
        try
        {
            (int Status, string ContentType, string Body) answer = context.Request.Url?.AbsolutePath switch
            {
                "/healthz" => (200, "text/plain", "alive"),
                "/readyz" => await ReadinessAsync(stoppingToken),
                "/metrics" => (200, "text/plain; version=0.0.4", WorkerMetrics.ToPrometheus(Stats(), metrics.EndToEnd)),
                "/stats" => (200, "application/json", System.Text.Json.JsonSerializer.Serialize(Stats(), System.Text.Json.JsonSerializerOptions.Web)),
                _ => (404, "text/plain", "not found"),
            };
            response.StatusCode = answer.Status;
            response.ContentType = answer.ContentType;
            var bytes = System.Text.Encoding.UTF8.GetBytes(answer.Body);
            if (answer.Status == 200 && context.Request.Url?.AbsolutePath == "/metrics")
            {
                // The worker's own counters, then the process-wide registry (commands by kind, batch sizes,
                // queue depths, chat turns, .NET runtime).
                using var body = new MemoryStream();
                body.Write(bytes);
                await TodoMetrics.WriteAsync(body, stoppingToken);
                bytes = body.ToArray();
            }
            response.ContentLength64 = bytes.Length;
            await response.OutputStream.WriteAsync(bytes, stoppingToken);
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The prober went away or the process is stopping.
        }
        finally
        {
            response.Close();
        }
    }

    private WorkerStats Stats() => metrics.Snapshot(queues.Queues, database.IsAvailable);

    private async Task<(int, string, string)> ReadinessAsync(CancellationToken stoppingToken)
    {
        if (metrics.Draining)
        {
            return (503, "text/plain", "draining");
        }
        if (bus?.CheckHealth() is { Status: BusHealthStatus.Unhealthy } broker)
        {
            return (503, "text/plain", "broker: " + broker.Description);
        }
        if (todoConsumer is { IsConsuming: false })
        {
            return (503, "text/plain", $"broker: not consuming {QueueNames.TodoCommands}");
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(ReadinessTimeout);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TodoDbContext>();
            if (!await db.Database.CanConnectAsync(timeout.Token))
            {
                return (503, "text/plain", "database: not answering");
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            return (503, "text/plain", "database: " + ex.GetBaseException().Message);
        }
        return (200, "text/plain", "ready");
    }
}

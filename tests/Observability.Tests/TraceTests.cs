using OpenTelemetry.Trace;

namespace TodoFunctions.Observability.Tests;

/// <summary>
/// functions/Local on PostgreSQL + RabbitMQ (HTTP functions and workers in one process), with an in-memory
/// exporter added to the host's own OpenTelemetry registration: no registration, no spans. A caller's
/// traceparent starts the trace, so spans of other hosts in this process are told apart.
/// </summary>
public sealed class TraceTests
{
    [Fact]
    public async Task OneCommandsHttpSpanConsumeSpanBatchAndSqlShareATrace()
    {
        var spans = new List<Activity>();
        var settings = LocalApp.BaseSettings(LocalApp.TempDirectory());
        settings["ConnectionStrings:Todo"] = await PostgresDatabase.CreateAsync();
        settings["ConnectionStrings:RabbitMQ"] = await RabbitVhosts.NextAsync();
        settings["Telemetry:Traces"] = "true"; // what OTEL_EXPORTER_OTLP_ENDPOINT switches on, without a collector
        await using var local = new LocalApp(settings);
        await using var app = local.WithWebHostBuilder(host => host.ConfigureServices(services =>
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans))));
        using var api = new ApiClient(app.CreateClient());
        await api.SignUpAsync();
        // The caller's own trace, so this command's spans are told apart from other hosts' in this process.
        var traceId = ActivityTraceId.CreateRandom();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/todos") { Content = System.Net.Http.Json.JsonContent.Create(new { title = "traced" }) };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        var accepted = await api.AcceptAsync(request);
        await api.WaitAsync(accepted);

        Activity[] snapshot = [];
        await Backbone.EventuallyAsync(() =>
        {
            lock (spans)
            {
                snapshot = [.. spans];
            }
            // Spans are exported when they end, and the consume span ends after the batch it waits for.
            return Task.FromResult(snapshot.Any(s => s.TraceId == traceId && s.DisplayName == "apply todo batch")
                && snapshot.Any(s => s.TraceId == traceId && s.Source.Name == "TodoFunctions" && s.Kind == ActivityKind.Consumer));
        }, TimeSpan.FromSeconds(30), "the batch span and the consume span");

        var trace = snapshot.Where(s => s.TraceId == traceId).ToList();
        Assert.Single(trace, s => s.Kind == ActivityKind.Server && s.DisplayName.StartsWith("POST", StringComparison.Ordinal));
        // Publish and consume are RabbitMQ.Client's (Messaging:Publisher and Messaging:Consumer default to RabbitMQ):
        // both spans are ours, the consume span continues from the producer's, and the batch from the consume span.
        var producer = Assert.Single(trace, s => s.Source.Name == "TodoFunctions" && s.Kind == ActivityKind.Producer);
        var consumer = Assert.Single(trace, s => s.Source.Name == "TodoFunctions" && s.Kind == ActivityKind.Consumer);
        Assert.Equal(producer.SpanId, consumer.ParentSpanId);
        var batch = Assert.Single(trace, s => s.Source.Name == "TodoFunctions" && s.DisplayName == "apply todo batch");
        Assert.Equal(consumer.SpanId, batch.ParentSpanId);
        Assert.Contains(trace, s => s.Source.Name == "Npgsql" && s.ParentSpanId == batch.SpanId);
    }
}

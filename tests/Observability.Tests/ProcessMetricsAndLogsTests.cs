using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using TodoFunctions.Core.Contracts;
using TodoFunctions.Core.Messaging;

namespace TodoFunctions.Observability.Tests;

/// <summary>
/// The real processes as a deployment runs them: functions/Local as an HTTP-only host (<c>Workers__Queues=none</c>)
/// and a separate worker process, both on the test PostgreSQL + RabbitMQ with JSON logs at Information.
/// A known workload — N creates through the API, M invalid creates straight onto the queue, one chat
/// turn — must show exactly in their scraped <c>/metrics</c>, and their captured stdout must be JSON lines
/// holding no token, password, title, chat text or message body.
/// </summary>
public sealed class ProcessMetricsAndLogsTests
{
    private const int Creates = 12;
    private const int Invalid = 3;

    [Fact]
    public async Task AKnownWorkloadShowsExactlyInTheScrapesAndLeavesNoSecretsInTheJsonLogs()
    {
        await using var backbone = await Backbone.StartAsync();
        var json = new Dictionary<string, string>(backbone.Environment)
        {
            ["Logging__Format"] = "json",
            ["Logging__LogLevel__Default"] = "Information",
            // The consumers' per-command entry, to see the command id in its scope.
            ["Logging__LogLevel__TodoFunctions.Workers.Consumers"] = "Debug",
            ["Workers__QueuePollInterval"] = "00:00:01",
            // Tracing on without an exporter (what OTEL_EXPORTER_OTLP_ENDPOINT switches on): MassTransit carries the
            // trace context to the worker, so its entries share the HTTP request's trace id.
            ["Telemetry__Traces"] = "true",
        };
        await using var http = await LocalProcess.StartAsync(new Dictionary<string, string>(json)
        {
            ["Workers__Queues"] = "none",
            // ASP.NET Core's request entries (path and status, never headers or bodies), to see the trace id in scope.
            ["Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
        });
        var healthPort = FreePort();
        using var worker = WorkerProcess.Start(json, "--queues", $"{QueueNames.TodoCommands},{QueueNames.ChatCommands}", "--health-port", healthPort.ToString(CultureInfo.InvariantCulture));

        using var api = await new ApiClient(http.CreateClient()).SignUpAsync();
        var token = api.Http.DefaultRequestHeaders.Authorization!.Parameter!;
        var marker = Guid.NewGuid().ToString("N");
        var titles = Enumerable.Range(0, Creates).Select(i => $"Quokka-{i}-{marker}").ToList();
        var accepted = new List<JsonElement>();
        foreach (var title in titles)
        {
            accepted.Add(await api.CreateAsync(new { title }));
        }
        await backbone.PublishAsync(Enumerable.Range(0, Invalid).Select(_ => backbone.Command(TodoCommandKind.Create, Guid.NewGuid(), new TodoFields(""))).ToList());
        var chat = $"add Pangolin {marker} tomorrow";
        var turn = await api.AcceptAsync(new HttpRequestMessage(HttpMethod.Post, "/api/chat") { Content = JsonContent.Create(new { message = chat, timezone = "UTC" }) });
        foreach (var command in accepted)
        {
            Assert.Equal("succeeded", (await api.WaitAsync(command, 30_000)).GetProperty("status").GetString());
        }
        await api.WaitAsync(turn, 30_000);

        using var scraper = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{healthPort}") };
        var workerText = "";
        await Backbone.EventuallyAsync(async () =>
        {
            workerText = await scraper.GetStringAsync("/metrics", TestContext.Current.CancellationToken);
            return Value(workerText, "todo_commands_failed_total", "kind=\"todo.create\"") == Invalid
                && Value(workerText, "todo_queue_messages", $"queue=\"{QueueNames.TodoCommands}\"") == 0;
        }, TimeSpan.FromSeconds(30), $"{Invalid} failed creates and an empty queue in the worker's scrape");
        var httpText = await api.Http.GetStringAsync("/metrics", TestContext.Current.CancellationToken);

        // The HTTP host counts what the broker confirmed; the worker what it committed.
        Assert.Equal(Creates, Value(httpText, "todo_commands_accepted_total", "kind=\"todo.create\""));
        Assert.Equal(1, Value(httpText, "todo_commands_accepted_total", "kind=\"chat.turn\""));
        Assert.Equal(Creates + 1, Value(httpText, "todo_publish_confirm_seconds_count", null));
        // The chat turn's create is a todo.create of its own, applied by the chat worker in its transaction, not the batcher.
        Assert.Equal(Creates, Value(workerText, "todo_commands_applied_total", "kind=\"todo.create\""));
        Assert.Equal(Invalid, Value(workerText, "todo_commands_failed_total", "kind=\"todo.create\""));
        Assert.Equal(1, Value(workerText, "todo_commands_applied_total", "kind=\"chat.turn\""));
        Assert.Equal(1, Value(workerText, "todo_chat_turn_seconds_count", null));
        Assert.True(Value(workerText, "todo_chat_tool_calls_total", "outcome=\"ok\"") >= 1, workerText);
        Assert.Equal(Creates + Invalid, Value(workerText, "todo_batch_size_sum", null));
        Assert.Equal(Creates + Invalid, Value(workerText, "todo_worker_end_to_end_seconds_count", null));
        Assert.True(Value(workerText, "todo_queue_consumers", $"queue=\"{QueueNames.TodoCommands}\"") >= 1, workerText);
        // .NET runtime metrics: the runtime's own System.Runtime meter (what OpenTelemetry.Instrumentation.Runtime reads).
        Assert.Matches(@"(?m)^system_runtime_dotnet_gc_collections\{", workerText);
        Assert.Matches(@"(?m)^system_runtime_dotnet_gc_collections\{", httpText);

        // Logs: JSON lines from both processes, trace and command ids in scope, nothing private.
        var workerLines = WorkerProcess.Output.Where(l => l is not null && l.StartsWith($"[{worker.Id}] ", StringComparison.Ordinal))
            .Select(l => l![$"[{worker.Id}] ".Length..]).Where(l => l.Length > 0).ToList();
        var httpLines = http.Output.Where(l => l.Length > 0).ToList();
        var entries = workerLines.Concat(httpLines).Select(line =>
        {
            try
            {
                return JsonDocument.Parse(line).RootElement;
            }
            catch (JsonException)
            {
                throw new Xunit.Sdk.XunitException($"Not a JSON log line: {line}");
            }
        }).ToList();
        Assert.Contains(entries, e => e.GetProperty("LogLevel").GetString() == "Information");
        Assert.Contains(httpLines, l => l.Contains("\"TraceId\"", StringComparison.Ordinal));
        var httpTraces = httpLines.SelectMany(TraceIds).ToHashSet();
        var commandEntries = workerLines.Where(l => l.Contains("\"CommandId\"", StringComparison.Ordinal)).ToList();
        Assert.True(commandEntries.Count >= Creates, $"{commandEntries.Count} worker entries with a CommandId");
        Assert.Contains(commandEntries, l => TraceIds(l).Any(httpTraces.Contains)); // one trace id from the request to the commit
        await File.WriteAllLinesAsync(Path.Combine(Directory.CreateDirectory(Path.Combine(RepoPaths.Root, "TestResults")).FullName, "json-logs-sample.txt"),
            [.. workerLines.Where(l => l.Contains("\"CommandId\"", StringComparison.Ordinal)).Take(3), .. httpLines.Where(l => l.Contains("\"TraceId\"", StringComparison.Ordinal)).Take(3)],
            TestContext.Current.CancellationToken);
        string[] forbidden = [token, "correct horse battery", marker, "\"fields\"", "\"message\":"];
        foreach (var secret in forbidden)
        {
            var leak = workerLines.Concat(httpLines).FirstOrDefault(l => l.Contains(secret, StringComparison.Ordinal));
            Assert.True(leak is null, $"The logs hold \"{secret}\": {leak}");
        }
        // Every todo_* and runtime metric the chart's dashboard and alerts query is in these real scrapes.
        var chart = Path.Combine(RepoPaths.Root, "helm", "todo-functions");
        var queried = await File.ReadAllTextAsync(Path.Combine(chart, "dashboards", "todo-functions.json"), TestContext.Current.CancellationToken)
            + await File.ReadAllTextAsync(Path.Combine(chart, "templates", "prometheusrule.yaml"), TestContext.Current.CancellationToken);
        var names = Regex.Matches(queried, @"\b((?:todo|system_runtime_dotnet)_[a-z0-9_]+)\{").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.True(names.Count >= 10, string.Join(", ", names));
        foreach (var name in names)
        {
            Assert.True(Regex.IsMatch(workerText + httpText, $@"(?m)^(# TYPE )?{Regex.Escape(name)}[{{ ]"), $"The chart queries {name}, which no scrape holds");
        }
        // What the chart's dashboard and alerts may query (ChartMetricNamesTests reads the names from a real scrape too).
        var results = Directory.CreateDirectory(Path.Combine(RepoPaths.Root, "TestResults"));
        await File.WriteAllTextAsync(Path.Combine(results.FullName, "metrics-scrape.txt"), workerText + httpText, TestContext.Current.CancellationToken);
    }

    private static IEnumerable<string> TraceIds(string line) =>
        Regex.Matches(line, "\"TraceId\":\"([0-9a-f]{32})\"").Select(m => m.Groups[1].Value);

    /// <summary>The value of the one sample of <paramref name="name"/> whose labels contain <paramref name="label"/> (0 when absent).</summary>
    private static double Value(string text, string name, string? label)
    {
        var values = Regex.Matches(text, $@"(?m)^{Regex.Escape(name)}(\{{[^}}]*\}})? (\S+)$")
            .Where(m => label is null || m.Groups[1].Value.Contains(label, StringComparison.Ordinal))
            .Select(m => double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)).ToList();
        return values.Sum();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

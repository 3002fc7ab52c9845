using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using TodoFunctions.Core.Contracts;
using TodoFunctions.Core.Messaging;

namespace TodoFunctions.Observability.Tests;

/// <summary>The real worker's health port shows the counts of a known workload, end-to-end latency included.</summary>
public sealed class WorkerMetricsTests
{
    [Fact]
    public async Task TheWorkersMetricsCountAKnownWorkloadAndItsEndToEndLatency()
    {
        await using var backbone = await Backbone.StartAsync();
        var port = FreePort();
        using var worker = WorkerProcess.Start(backbone.Environment, "--queues", QueueNames.TodoCommands, "--health-port", port.ToString());
        var creates = Enumerable.Range(0, 40).Select(i => backbone.Command(TodoCommandKind.Create, Guid.NewGuid(), new TodoFields($"Measured {i}"))).ToList();
        var invalid = backbone.Command(TodoCommandKind.Create, Guid.NewGuid(), new TodoFields(""));
        await backbone.PublishAsync([.. creates, invalid]);

        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var text = "";
        await Backbone.EventuallyAsync(async () =>
        {
            try
            {
                text = await http.GetStringAsync("/metrics");
            }
            catch (HttpRequestException)
            {
                return false; // not listening yet
            }
            return text.Contains("todo_worker_end_to_end_seconds_count 41\n", StringComparison.Ordinal);
        }, TimeSpan.FromSeconds(60), "41 commands in the end-to-end histogram");

        Assert.Contains("todo_worker_commands_applied_total 40\n", text);
        Assert.Contains("todo_worker_commands_failed_total 1\n", text);
        Assert.Contains("todo_worker_end_to_end_seconds_bucket{le=\"+Inf\"} 41\n", text);
        var sum = double.Parse(Regex.Match(text, @"todo_worker_end_to_end_seconds_sum (\S+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(sum, 0.0001, 41 * 60);
        var buckets = Regex.Matches(text, @"todo_worker_end_to_end_seconds_bucket\{le=""[^""]+""\} (\d+)").Select(m => long.Parse(m.Groups[1].Value)).ToList();
        Assert.Equal(buckets.Order(), buckets); // cumulative
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

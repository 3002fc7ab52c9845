using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using System.Net;
using Microsoft.Extensions.Hosting;
using TodoFunctions.Core.Telemetry;

namespace TodoFunctions.Observability.Tests;

/// <summary>
/// The HTTP functions' scrape port (<c>Telemetry:MetricsPort</c>, what functions/Http/Program.cs registers): the
/// Functions host forwards only /api, so the worker process serves /metrics on a port of its own. Tested on a
/// plain generic host, as the Functions host is not available here.
/// </summary>
public sealed class MetricsPortTests
{
    [Fact]
    public async Task TheMetricsPortServesThePrometheusRegistryOnLoopback()
    {
        var port = FreePort();
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Telemetry:MetricsPort"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        builder.Services.AddMetricsPort(builder.Configuration);
        using var host = builder.Build();
        await host.StartAsync(TestContext.Current.CancellationToken);
        try
        {
            using var http = new HttpClient();
            using var response = await http.GetAsync($"http://127.0.0.1:{port}/metrics", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.Contains("# TYPE todo_commands_accepted_total counter", text);
            Assert.Contains("# TYPE todo_publish_confirm_seconds histogram", text);
        }
        finally
        {
            await host.StopAsync(TestContext.Current.CancellationToken);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

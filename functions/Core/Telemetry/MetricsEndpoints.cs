using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Prometheus;

namespace TodoFunctions.Core.Telemetry;

public static class MetricsEndpoints
{
    /// <summary>
    /// <c>GET /metrics</c> on an ASP.NET Core host (functions/Local): the Prometheus text format. Outside the
    /// <c>/api</c> prefix and not a function, so it is in neither functions.metadata nor the OpenAPI document.
    /// </summary>
    public static IEndpointConventionBuilder MapTodoMetrics(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/metrics", async context =>
        {
            context.Response.ContentType = TodoMetrics.ContentType;
            await TodoMetrics.WriteAsync(context.Response.Body, context.RequestAborted);
        });

    /// <summary>
    /// A scrape port of its own (<c>Telemetry:MetricsPort</c>, e.g. 9464) serving <c>/metrics</c>, for the
    /// HTTP functions on the Azure Functions host: the host forwards only function routes (all under
    /// <c>/api</c>) to this worker process, and metrics do not belong on the public API. Off when 0.
    /// </summary>
    public static IServiceCollection AddMetricsPort(this IServiceCollection services, IConfiguration configuration)
    {
        var port = configuration.GetValue<int>("Telemetry:MetricsPort");
        if (port > 0)
        {
            // Every interface inside a container (Prometheus scrapes the pod address), loopback elsewhere.
            var host = configuration["Telemetry:MetricsHost"]
                ?? (Environment.GetEnvironmentVariable("DOTNET_RUNNING_IN_CONTAINER") == "true" ? "*" : "127.0.0.1");
            services.AddHostedService(_ => new MetricsPortServer(new MetricServer(host, port, "metrics/")));
        }
        return services;
    }

    private sealed class MetricsPortServer(MetricServer server) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            TodoMetrics.Register();
            server.Start();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => server.StopAsync();
    }
}

using System.Reflection;
using Microsoft.AspNetCore.Http;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace TodoFunctions.Core.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>MassTransit's ActivitySource and Meter: publish, send, receive and consume spans, with the trace context in message headers.</summary>
    public const string MassTransitSource = "MassTransit";

    /// <summary>
    /// OpenTelemetry traces (HTTP request → publish → consume → PostgreSQL, from ASP.NET Core's, MassTransit's
    /// and Npgsql's own instrumentation) and metrics (MassTransit, Npgsql, .NET runtime). They are exported
    /// by OTLP only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set. Without it nothing is registered, so no
    /// span is even created on the write path, unless <c>Telemetry:Traces</c> is true (tests then add an
    /// in-memory exporter with <c>ConfigureOpenTelemetryTracerProvider</c>). The service name is
    /// the host's assembly (TodoFunctions.Http, TodoFunctions.Workers, TodoFunctions.Local) unless
    /// <c>OTEL_SERVICE_NAME</c> says otherwise.
    /// </summary>
    public static IServiceCollection AddTodoTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var exportOtlp = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        if (!exportOtlp && !configuration.GetValue<bool>("Telemetry:Traces"))
        {
            return services;
        }
        var serviceName = configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } named ? named : Assembly.GetEntryAssembly()?.GetName().Name ?? "TodoFunctions";
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing =>
            {
                tracing.AddSource(MassTransitSource, TodoActivities.SourceName).AddNpgsql()
                    // Probes and scrapes would drown the traces operators look for.
                    .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsProbe(context.Request.Path));
                if (exportOtlp)
                {
                    tracing.AddOtlpExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(MassTransitSource).AddNpgsqlInstrumentation().AddRuntimeInstrumentation();
                if (exportOtlp)
                {
                    metrics.AddOtlpExporter();
                }
            });
        return services;
    }

    private static bool IsProbe(PathString path) =>
        path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz") || path.StartsWithSegments("/metrics");
}

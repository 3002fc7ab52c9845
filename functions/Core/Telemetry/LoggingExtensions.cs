using System.Diagnostics;

namespace TodoFunctions.Core.Telemetry;

public static class LoggingExtensions
{
    /// <summary>
    /// Console logs as one JSON object per line when <c>Logging:Format</c> is <c>json</c> (the chart sets it),
    /// or when it is unset and the process runs in a container (<c>DOTNET_RUNNING_IN_CONTAINER=true</c>);
    /// the readable console format otherwise. Scopes are included, so every entry carries the current
    /// <c>TraceId</c>/<c>SpanId</c> and, inside a consumer, the <c>CommandId</c> and <c>Kind</c>.
    /// </summary>
    public static ILoggingBuilder AddTodoConsoleFormat(this ILoggingBuilder logging, IConfiguration configuration)
    {
        logging.Configure(options => options.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        if (!UsesJson(configuration))
        {
            return logging;
        }
        logging.AddJsonConsole(options =>
        {
            options.IncludeScopes = true;
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        return logging;
    }

    public static bool UsesJson(IConfiguration configuration) => configuration["Logging:Format"] is { Length: > 0 } format
        ? format.Equals("json", StringComparison.OrdinalIgnoreCase)
        : Environment.GetEnvironmentVariable("DOTNET_RUNNING_IN_CONTAINER") == "true";
}

using TodoFunctions.Core.Reliability;

namespace TodoFunctions.Http.Infrastructure;

/// <summary>
/// The last answer of both hosts for an exception no function handled. A dependency that is not answering
/// (the database during an outage) is a 503 with Retry-After and one line in the log for the whole outage;
/// anything else is a 500 without internals, logged with its stack trace.
/// </summary>
public static class UnhandledErrors
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    public static IActionResult ToResult(Exception error, HttpContext context, ILogger logger)
    {
        if (error is System.Reflection.TargetInvocationException { InnerException: { } inner })
        {
            error = inner;
        }
        if (TransientFailures.IsTransient(error))
        {
            context.RequestServices.GetRequiredService<DatabaseAvailability>().ReportFailure(error);
            return Problems.ServiceUnavailable("A service this request needs is not answering; try again shortly.", RetryAfter);
        }
        logger.LogError(error, "Unhandled error for {Method} {Path}", context.Request.Method, context.Request.Path);
        return Problems.InternalError();
    }
}

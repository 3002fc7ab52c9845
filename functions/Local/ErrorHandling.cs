using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.Abstractions;
using TodoFunctions.Http.Infrastructure;

namespace TodoFunctions.Local;

public static class ErrorHandling
{
    /// <summary>Unexpected exceptions become problem+json without internals: 503 for a dependency that is down, else 500.</summary>
    public static WebApplication UseProblemDetailsForErrors(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // UnhandledErrors logs what deserves it; the middleware's own per-request error log would repeat
            // every outage request with a stack trace.
            SuppressDiagnosticsCallback = _ => true,
            ExceptionHandler = async context =>
            {
                var error = context.Features.Get<IExceptionHandlerFeature>()?.Error ?? new InvalidOperationException("Unknown error");
                var result = UnhandledErrors.ToResult(error, context, app.Logger);
                await result.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
            },
        });
        return app;
    }
}

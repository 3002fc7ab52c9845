using System.Reflection;
using Microsoft.AspNetCore.Diagnostics;

namespace TodoFunctions.Local;

public static class ErrorHandling
{
    /// <summary>Unexpected exceptions become a 500 problem+json without internals.</summary>
    public static WebApplication UseProblemDetailsForErrors(this WebApplication app)
    {
        app.UseExceptionHandler(errorApp => errorApp.Run(async context =>
        {
            var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
            if (error is TargetInvocationException { InnerException: { } inner })
            {
                error = inner;
            }
            app.Logger.LogError(error, "Unhandled error for {Method} {Path}", context.Request.Method, context.Request.Path);
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            await context.Response.WriteAsJsonAsync(
                new ProblemDetails { Status = 500, Title = "Internal Server Error", Detail = "Something went wrong on our side." },
                options: null, contentType: "application/problem+json");
        }));
        return app;
    }
}

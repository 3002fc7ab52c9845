using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace TodoFunctions.Http.Infrastructure;

/// <summary>The Functions host's exception boundary; the local host calls <see cref="UnhandledErrors"/> from its own.</summary>
public sealed class UnhandledErrorMiddleware(ILogger<UnhandledErrorMiddleware> logger) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception ex) when (context.GetHttpContext() is { Response.HasStarted: false } http)
        {
            var result = UnhandledErrors.ToResult(ex, http, logger);
            await result.ExecuteResultAsync(new ActionContext(http, new RouteData(), new ActionDescriptor()));
        }
    }
}

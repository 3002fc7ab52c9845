using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Abstractions;
using TodoFunctions.Http.Mcp;

namespace TodoFunctions.Local;

public static class McpRoutes
{
    /// <summary>
    /// <c>/mcp</c> beside the function route <c>/api/mcp</c> (the Functions host can only serve under its route prefix):
    /// the same function, so the same token check. The tools call this host's API at the address it listens on.
    /// </summary>
    public static WebApplication MapMcpAlias(this WebApplication app)
    {
        app.MapPost("/mcp", async context =>
        {
            var function = ActivatorUtilities.CreateInstance<McpEndpoint>(context.RequestServices);
            var result = await function.Run(context.Request);
            await result.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
        });
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
            if (address is not null && Uri.TryCreate(address.Replace("://+", "://127.0.0.1").Replace("://*", "://127.0.0.1").Replace("://[::]", "://127.0.0.1").Replace("://0.0.0.0", "://127.0.0.1"), UriKind.Absolute, out var uri))
            {
                app.Services.GetRequiredService<McpApiBase>().SetListeningAddress(uri);
            }
        });
        return app;
    }
}

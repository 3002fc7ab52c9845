using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using TodoFunctions.Mcp;

namespace TodoFunctions.Http.Mcp;

/// <summary>
/// <c>POST /api/mcp</c>: the todo MCP server over streamable HTTP, as an HTTP-triggered function. The Functions
/// host only forwards requests for function routes to the worker, so ASP.NET Core middleware or <c>MapMcp</c> on
/// the worker would never see <c>/mcp</c>; a function is also what the route-prefix, the route table test and the
/// OpenAPI document already cover. The function authenticates the bearer token like every other protected
/// function (401 + WWW-Authenticate), then hands the request to the SDK's streamable HTTP handler
/// (<see cref="McpRequestHandler"/>), which runs stateless: no session affinity, any instance answers, and no GET
/// stream (the Functions host answers a GET with 404; MCP clients treat a missing stream as optional).
/// </summary>
public sealed class McpEndpoint(RequestGate gate, McpRequestHandler handler)
{
    public const string Route = "mcp";

    [Function("Mcp")]
    [ApiOperation("MCP", "Model Context Protocol (streamable HTTP)", NoDatabase = true, TextContent = "text/event-stream",
        Description = "The todo tools, the open/overdue todos resources and the plan_my_day prompt for an MCP client (protocol " +
                      "2025-06-18 and later), stateless: POST one JSON-RPC message with `Accept: application/json, text/event-stream`. " +
                      "The bearer token decides the user; the tools see only that user's todos. The per-user rate limit applies to the API " +
                      "calls the tools make (a limited tool call answers `isError` with the seconds to wait), not to the MCP request itself. " +
                      "See tools/Mcp/README.md.")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Route)] HttpRequest request)
    {
        // Authentication only: each API call a tool makes is rate limited (a limited tool answers isError "retry in N s"),
        // and counting the MCP request as well would halve an agent's budget.
        var caller = await gate.AuthenticateAsync(request);
        if (caller.Rejection is { } rejection)
        {
            return rejection;
        }
        var token = request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
        request.HttpContext.User = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, caller.UserId.ToString()), new Claim(PerCallerApiClients.TokenClaim, token)], "Bearer"));
        await handler.HandleAsync(request.HttpContext);
        return new EmptyResult();
    }
}

/// <summary>
/// The MCP SDK's streamable HTTP endpoints (<c>MapMcp</c>), captured once and invoked by <see cref="McpEndpoint"/>
/// instead of being routed: the function is the route.
/// </summary>
public sealed class McpRequestHandler(IServiceProvider services)
{
    private readonly Lazy<RequestDelegate> _post = new(() => Capture(services));

    public Task HandleAsync(HttpContext context) => _post.Value(context);

    private static RequestDelegate Capture(IServiceProvider services)
    {
        var endpoints = new CapturedEndpoints(services);
        endpoints.MapMcp("/mcp");
        return endpoints.DataSources.SelectMany(source => source.Endpoints).OfType<RouteEndpoint>()
                   .FirstOrDefault(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("POST") == true)?.RequestDelegate
               ?? throw new InvalidOperationException("MapMcp mapped no POST endpoint.");
    }

    private sealed class CapturedEndpoints(IServiceProvider services) : IEndpointRouteBuilder
    {
        public IServiceProvider ServiceProvider => services;
        public ICollection<EndpointDataSource> DataSources { get; } = [];
        public IApplicationBuilder CreateApplicationBuilder() => new ApplicationBuilder(services);
    }
}

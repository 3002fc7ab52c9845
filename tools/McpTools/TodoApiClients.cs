using System.Security.Claims;
using Microsoft.Extensions.Logging;

namespace TodoFunctions.Mcp;

/// <summary>Which API client serves a request: the stdio server has one user; the HTTP endpoint one per caller.</summary>
public interface ITodoApiClients
{
    /// <param name="user">The MCP request's user (HTTP transport: set by the endpoint from the bearer token); null over stdio.</param>
    TodoApiClient For(ClaimsPrincipal? user);
}

/// <summary>stdio: the one token given on the command line.</summary>
public sealed class SingleUserApiClients(TodoApiClient client) : ITodoApiClients
{
    public TodoApiClient For(ClaimsPrincipal? user) => client;
}

/// <summary>
/// HTTP: the caller's own bearer token (the claim <see cref="TokenClaim"/>, set after the endpoint validated it)
/// against <paramref name="apiBase"/>, so every tool call is that user's API call and sees only that user's todos.
/// </summary>
public sealed class PerCallerApiClients(Func<Uri> apiBase, ILoggerFactory loggers) : ITodoApiClients
{
    public const string TokenClaim = "todo_functions_access_token";

    public TodoApiClient For(ClaimsPrincipal? user)
    {
        var token = user?.FindFirst(TokenClaim)?.Value
                    ?? throw new TodoApiException("This MCP request carries no validated bearer token.");
        return new TodoApiClient(TodoApiClient.CreateHttpClient(apiBase(), token), loggers.CreateLogger<TodoApiClient>());
    }
}

using TodoFunctions.Core.Auth;

namespace TodoFunctions.Http.Infrastructure;

public sealed record GateResult(Guid UserId, IActionResult? Rejection);

/// <summary>
/// Authentication and the per-user rate limit, called at the top of every protected function. A plain
/// class rather than worker middleware, so the local host (no worker pipeline) behaves the same.
/// </summary>
public sealed class RequestGate(TokenService tokens, UserRateLimiter limiter)
{
    public async Task<GateResult> AuthorizeAsync(HttpRequest request)
    {
        var caller = await AuthenticateAsync(request);
        if (caller.Rejection is not null)
        {
            return caller;
        }
        if (limiter.TryAcquire(caller.UserId) is { } retryAfter)
        {
            return new(caller.UserId, Problems.TooManyRequests(retryAfter));
        }
        return caller;
    }

    /// <summary>The bearer token alone, no rate limit: for the MCP endpoint, whose tools' API calls are each rate limited.</summary>
    public async Task<GateResult> AuthenticateAsync(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return new(Guid.Empty, Problems.Unauthorized());
        }
        var userId = await tokens.ValidateAsync(header["Bearer ".Length..].Trim());
        if (userId is not { } id)
        {
            return new(Guid.Empty, Problems.Unauthorized("The token is invalid or expired."));
        }
        return new(id, null);
    }
}

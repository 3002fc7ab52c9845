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
        if (limiter.TryAcquire(id) is { } retryAfter)
        {
            return new(id, Problems.TooManyRequests(retryAfter));
        }
        return new(id, null);
    }
}

using System.Threading.RateLimiting;

namespace TodoFunctions.Http.Infrastructure;

/// <summary>
/// Limits sign-ups and sign-ins per client address and per email, so nobody can guess passwords at speed
/// or make the server burn PBKDF2 rounds for one account. In process: each HTTP replica limits on its own.
/// </summary>
public sealed class AuthRateLimiter : IDisposable
{
    private readonly RateLimitOptions _options;
    private readonly PartitionedRateLimiter<string> _limiter;

    public AuthRateLimiter(IOptions<RateLimitOptions> options)
    {
        _options = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ =>
        {
            var perMinute = Math.Max(1, key.StartsWith("email:", StringComparison.Ordinal) ? _options.AuthPerEmailPerMinute : _options.AuthPerAddressPerMinute);
            return new TokenBucketRateLimiterOptions
            {
                TokenLimit = perMinute,
                TokensPerPeriod = perMinute,
                ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            };
        }));
    }

    /// <returns>null when allowed, otherwise a 429 that says nothing about whether the email exists.</returns>
    public IActionResult? Check(HttpRequest request, string? email)
    {
        if (!_options.Enabled)
        {
            return null;
        }
        var address = request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        foreach (var key in email is null ? ["address:" + address] : new[] { "address:" + address, "email:" + email.Trim().ToLowerInvariant() })
        {
            using var lease = _limiter.AttemptAcquire(key);
            if (!lease.IsAcquired)
            {
                return Problems.TooManyRequests(lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(60));
            }
        }
        return null;
    }

    public void Dispose() => _limiter.Dispose();
}

using System.Threading.RateLimiting;

namespace TodoFunctions.Http.Infrastructure;

/// <summary>A token bucket per user, in process. Each HTTP replica limits on its own.</summary>
public sealed class UserRateLimiter : IDisposable
{
    private readonly RateLimitOptions _options;
    private readonly PartitionedRateLimiter<Guid> _limiter;

    public UserRateLimiter(IOptions<RateLimitOptions> options)
    {
        _options = options.Value;
        _limiter = PartitionedRateLimiter.Create<Guid, Guid>(user => RateLimitPartition.GetTokenBucketLimiter(user, _ =>
            new TokenBucketRateLimiterOptions
            {
                TokenLimit = Math.Max(1, _options.Burst),
                TokensPerPeriod = Math.Max(1, _options.PermitsPerSecond),
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    /// <returns>null when allowed, otherwise how long to wait.</returns>
    public TimeSpan? TryAcquire(Guid userId)
    {
        if (!_options.Enabled)
        {
            return null;
        }
        using var lease = _limiter.AttemptAcquire(userId);
        if (lease.IsAcquired)
        {
            return null;
        }
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
    }

    public void Dispose() => _limiter.Dispose();
}

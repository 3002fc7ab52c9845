using System.Collections.Concurrent;

namespace TodoFunctions.Core.Services;

/// <summary>
/// Bounds the requests that hold a connection open waiting for a command (<c>?waitMs=</c>): per user, so one
/// client cannot pin the host, and per process. Beyond either bound the caller gets 429 and polls later.
/// </summary>
public sealed class LongPollLimiter(IOptions<LongPollOptions> options)
{
    private readonly ConcurrentDictionary<Guid, int> _perUser = new();
    private int _total;

    /// <returns>a lease to dispose when the wait ends, or null when a bound is reached.</returns>
    public IDisposable? TryEnter(Guid userId)
    {
        if (Interlocked.Increment(ref _total) > options.Value.MaxWaitersPerProcess)
        {
            Interlocked.Decrement(ref _total);
            return null;
        }
        var mine = _perUser.AddOrUpdate(userId, 1, (_, n) => n + 1);
        if (mine > options.Value.MaxWaitersPerUser)
        {
            Leave(userId);
            return null;
        }
        return new Lease(this, userId);
    }

    private void Leave(Guid userId)
    {
        Interlocked.Decrement(ref _total);
        if (_perUser.AddOrUpdate(userId, 0, (_, n) => n - 1) <= 0)
        {
            _perUser.TryRemove(new KeyValuePair<Guid, int>(userId, 0));
        }
    }

    private sealed class Lease(LongPollLimiter limiter, Guid userId) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                limiter.Leave(userId);
            }
        }
    }
}

public sealed class LongPollOptions
{
    public int MaxWaitersPerUser { get; set; } = 16;
    public int MaxWaitersPerProcess { get; set; } = 2000;
}

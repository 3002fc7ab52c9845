
namespace TodoFunctions.Core.Reliability;

/// <summary>
/// What this process last saw of the database, and the one place that says so in the log: once when it
/// stops answering and once when it is back, never a stack trace per request or per retry.
/// </summary>
public sealed class DatabaseAvailability(TimeProvider clock, ILogger<DatabaseAvailability> logger)
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan LongestDelay = TimeSpan.FromSeconds(5);

    private readonly Lock _gate = new();
    private DateTimeOffset? _downSince;

    public bool IsAvailable
    {
        get
        {
            lock (_gate)
            {
                return _downSince is null;
            }
        }
    }

    public void ReportFailure(Exception exception)
    {
        lock (_gate)
        {
            if (_downSince is not null)
            {
                return;
            }
            _downSince = clock.GetUtcNow();
        }
        logger.LogWarning("The database is not answering ({Reason}); work that needs it waits and is retried until it is back",
            Describe(exception));
    }

    public void ReportSuccess()
    {
        DateTimeOffset since;
        lock (_gate)
        {
            if (_downSince is not { } down)
            {
                return;
            }
            since = down;
            _downSince = null;
        }
        logger.LogInformation("The database is answering again after {Seconds:F1} s", (clock.GetUtcNow() - since).TotalSeconds);
    }

    /// <summary>
    /// Runs <paramref name="operation"/> until it succeeds or fails for a reason of its own. While the
    /// database is unreachable it waits with backoff (at most 5 s apart) for as long as it takes; only
    /// <paramref name="cancellationToken"/> (shutdown) ends the wait.
    /// </summary>
    public async Task<T> RetryWhileUnavailableAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        var delay = FirstDelay;
        while (true)
        {
            try
            {
                var result = await operation(cancellationToken);
                ReportSuccess();
                return result;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && TransientFailures.IsTransient(ex))
            {
                ReportFailure(ex);
                await Task.Delay(delay, clock, cancellationToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, LongestDelay.Ticks));
            }
        }
    }

    public Task RetryWhileUnavailableAsync(Func<CancellationToken, Task> operation, CancellationToken cancellationToken) =>
        RetryWhileUnavailableAsync(async token =>
        {
            await operation(token);
            return true;
        }, cancellationToken);

    private static string Describe(Exception exception) => exception.GetBaseException().Message;
}

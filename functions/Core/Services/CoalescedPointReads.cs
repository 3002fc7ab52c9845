using System.Threading.Channels;

namespace TodoFunctions.Core.Services;

/// <summary>
/// Point reads of concurrent callers answered by shared queries: a caller's key waits while a query is in
/// flight, and the next query takes every key that gathered meanwhile (natural batching, as group commit does
/// for writes). One caller alone is read at once, without a timer; under load one round trip serves many.
/// A failed query fails every caller it was reading for.
/// </summary>
/// <param name="readAsync">Reads the distinct keys it is given; a key missing from the result has no value.</param>
public sealed class CoalescedPointReads<TKey, TValue>(
    Func<TKey[], CancellationToken, Task<Dictionary<TKey, TValue>>> readAsync, int maxKeysPerRead = 256, int concurrentReads = 2) : IAsyncDisposable
    where TKey : notnull
    where TValue : class
{
    private sealed record Waiting(TKey Key, TaskCompletionSource<TValue?> Answer);

    private readonly Channel<Waiting> _waiting = Channel.CreateUnbounded<Waiting>(new UnboundedChannelOptions { SingleWriter = false });
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private Task[]? _readers;

    public Task<TValue?> ReadAsync(TKey key, CancellationToken cancellationToken)
    {
        StartReaders();
        var waiting = new Waiting(key, new TaskCompletionSource<TValue?>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_waiting.Writer.TryWrite(waiting))
        {
            throw new ObjectDisposedException(nameof(CoalescedPointReads<TKey, TValue>));
        }
        return waiting.Answer.Task.WaitAsync(cancellationToken);
    }

    private void StartReaders()
    {
        if (Volatile.Read(ref _readers) is not null)
        {
            return;
        }
        lock (_gate)
        {
            _readers ??= [.. Enumerable.Range(0, Math.Max(1, concurrentReads)).Select(_ => Task.Run(ReadLoopAsync))];
        }
    }

    private async Task ReadLoopAsync()
    {
        var batch = new List<Waiting>(maxKeysPerRead);
        while (await _waiting.Reader.WaitToReadAsync(CancellationToken.None))
        {
            batch.Clear();
            while (batch.Count < maxKeysPerRead && _waiting.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }
            if (batch.Count == 0)
            {
                continue; // The other reader took them.
            }
            try
            {
                var found = await readAsync([.. batch.Select(w => w.Key).Distinct()], _stopping.Token);
                foreach (var waiting in batch)
                {
                    waiting.Answer.TrySetResult(found.GetValueOrDefault(waiting.Key));
                }
            }
            catch (Exception ex)
            {
                foreach (var waiting in batch)
                {
                    waiting.Answer.TrySetException(ex);
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _waiting.Writer.TryComplete();
        await _stopping.CancelAsync();
        if (_readers is { } readers)
        {
            await Task.WhenAll(readers);
        }
        _stopping.Dispose();
    }
}

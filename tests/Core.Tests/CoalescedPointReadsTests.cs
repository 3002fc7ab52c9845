using TodoFunctions.Core.Services;

namespace TodoFunctions.Core.Tests;

/// <summary>
/// Concurrent point reads share queries: keys that arrive while a query is in flight go together into the
/// next one, each caller gets its own key's value, and a failed query fails exactly the callers it read for.
/// </summary>
public sealed class CoalescedPointReadsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A read function whose queries wait for the test to release them, one gate per query.</summary>
    private sealed class GatedSource
    {
        public readonly List<int[]> Queries = [];
        public readonly List<TaskCompletionSource> Gates = [];
        public Exception? FailNext;

        public async Task<Dictionary<int, string>> ReadAsync(int[] keys, CancellationToken cancellationToken)
        {
            TaskCompletionSource gate;
            lock (Queries)
            {
                Queries.Add(keys);
                gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                Gates.Add(gate);
            }
            await gate.Task.WaitAsync(cancellationToken);
            if (Interlocked.Exchange(ref FailNext, null) is { } failure)
            {
                throw failure;
            }
            // Odd keys exist, even keys do not.
            return keys.Where(k => k % 2 == 1).ToDictionary(k => k, k => $"value {k}");
        }

        public async Task ReleaseAsync(int query)
        {
            await WaitUntilAsync(() => Gates.Count > query);
            lock (Queries)
            {
                Gates[query].SetResult();
            }
        }

        public static async Task WaitUntilAsync(Func<bool> condition)
        {
            for (var i = 0; i < 500 && !condition(); i++)
            {
                await Task.Delay(10, Ct);
            }
            Assert.True(condition());
        }
    }

    [Fact]
    public async Task KeysThatArriveWhileAQueryRunsShareTheNextQuery()
    {
        var source = new GatedSource();
        await using var reads = new CoalescedPointReads<int, string>(source.ReadAsync, concurrentReads: 1);

        var first = reads.ReadAsync(1, Ct);
        await GatedSource.WaitUntilAsync(() => source.Queries.Count == 1);
        var later = Enumerable.Range(2, 99).Select(k => reads.ReadAsync(k, Ct)).ToList();
        await source.ReleaseAsync(0);
        Assert.Equal("value 1", await first);
        await source.ReleaseAsync(1);
        var answers = await Task.WhenAll(later);

        Assert.Equal(2, source.Queries.Count);
        Assert.Equal([1], source.Queries[0]);
        Assert.Equal(Enumerable.Range(2, 99), source.Queries[1].Order());
        for (var i = 0; i < answers.Length; i++)
        {
            var key = i + 2;
            Assert.Equal(key % 2 == 1 ? $"value {key}" : null, answers[i]);
        }
    }

    [Fact]
    public async Task AQueryReadsNoMoreThanItsLimitAndEachKeyOnce()
    {
        var source = new GatedSource();
        await using var reads = new CoalescedPointReads<int, string>(source.ReadAsync, maxKeysPerRead: 10, concurrentReads: 1);

        var blocker = reads.ReadAsync(1, Ct);
        await GatedSource.WaitUntilAsync(() => source.Queries.Count == 1);
        // The same key asked by three callers, then 20 distinct keys.
        var repeated = Enumerable.Range(0, 3).Select(_ => reads.ReadAsync(7, Ct)).ToList();
        var others = Enumerable.Range(100, 20).Select(k => reads.ReadAsync(k, Ct)).ToList();
        for (var query = 0; query < 4; query++)
        {
            await source.ReleaseAsync(query);
        }
        await blocker;
        Assert.All(await Task.WhenAll(repeated), a => Assert.Equal("value 7", a));
        await Task.WhenAll(others);

        Assert.All(source.Queries, q => Assert.True(q.Length <= 10));
        Assert.All(source.Queries, q => Assert.Equal(q.Length, q.Distinct().Count()));
        Assert.Equal([7, .. Enumerable.Range(100, 20)], source.Queries.Skip(1).SelectMany(q => q).Order().Distinct());
    }

    [Fact]
    public async Task AFailedQueryFailsItsCallersAndTheNextQueryStillAnswers()
    {
        var source = new GatedSource();
        await using var reads = new CoalescedPointReads<int, string>(source.ReadAsync, concurrentReads: 1);

        var blocker = reads.ReadAsync(1, Ct);
        await GatedSource.WaitUntilAsync(() => source.Queries.Count == 1);
        var failing = Enumerable.Range(2, 5).Select(k => reads.ReadAsync(k, Ct)).ToList();
        await source.ReleaseAsync(0);
        await blocker;
        source.FailNext = new TimeoutException("the database did not answer");
        await source.ReleaseAsync(1);
        foreach (var call in failing)
        {
            await Assert.ThrowsAsync<TimeoutException>(() => call);
        }

        var after = reads.ReadAsync(9, Ct);
        await source.ReleaseAsync(2);
        Assert.Equal("value 9", await after);
    }

    [Fact]
    public async Task ACallerThatGivesUpDoesNotDisturbTheOthers()
    {
        var source = new GatedSource();
        await using var reads = new CoalescedPointReads<int, string>(source.ReadAsync, concurrentReads: 1);
        using var impatient = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var blocker = reads.ReadAsync(1, Ct);
        await GatedSource.WaitUntilAsync(() => source.Queries.Count == 1);
        var abandoned = reads.ReadAsync(3, impatient.Token);
        var patient = reads.ReadAsync(5, Ct);
        await impatient.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);

        await source.ReleaseAsync(0);
        await source.ReleaseAsync(1);
        await blocker;
        Assert.Equal("value 5", await patient);
    }
}

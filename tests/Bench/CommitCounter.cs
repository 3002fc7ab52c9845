using System.Diagnostics;

namespace TodoFunctions.Bench;

/// <summary>
/// Counts the command ids the worker announces on NOTIFY command_done from the moment it starts, so a phase can
/// wait for its backlog without reading a table. The count query it replaced scanned processed_commands every
/// 100 ms — about 50 ms of PostgreSQL CPU per poll at 150,000 rows, so up to half a core taken from the system
/// under test (and charged to it) while the bench waited for a drain. The figures themselves still come from one
/// processed_commands query at the end of the phase, after the CPU reading.
/// </summary>
public sealed class CommitCounter : IAsyncDisposable
{
    private long _count;
    private Database.Listener? _listener;

    public long Count => Interlocked.Read(ref _count);

    public static Task<CommitCounter> StartAsync(Database db, CancellationToken cancellationToken) => StartAsync(db, null, cancellationToken);

    /// <param name="onCommitted">Also told each id and its arrival timestamp (the end-to-end probes wait for theirs).</param>
    public static async Task<CommitCounter> StartAsync(Database db, Action<Guid, long>? onCommitted, CancellationToken cancellationToken)
    {
        var counter = new CommitCounter();
        counter._listener = await db.ListenAsync((id, at) =>
        {
            Interlocked.Increment(ref counter._count);
            onCommitted?.Invoke(id, at);
        }, cancellationToken);
        return counter;
    }

    /// <param name="check">Runs on every look (e.g. throws when the worker died), so a wait never outlives its cause.</param>
    /// <returns>false when <paramref name="timeout"/> passed first.</returns>
    public async Task<bool> WaitForAsync(long expected, TimeSpan timeout, Action? check, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (Count < expected)
        {
            if (clock.Elapsed >= timeout)
            {
                return false;
            }
            check?.Invoke();
            await Task.Delay(20, cancellationToken);
        }
        return true;
    }

    public ValueTask DisposeAsync() => _listener?.DisposeAsync() ?? ValueTask.CompletedTask;
}

using System.Collections.Concurrent;

namespace TodoFunctions.Core.Services;

/// <summary>
/// Wakes requests that long-poll a command (<c>GET /api/commands/{id}?waitMs=</c>) as soon as a worker
/// commits it: in-process after the commit, and from PostgreSQL NOTIFY when the worker runs elsewhere.
/// </summary>
public sealed class CommandCompletionSignal
{
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource> _waiters = new();

    /// <summary>Registers interest before the caller checks the database, so no commit is missed in between.</summary>
    public Task Register(Guid commandId) =>
        _waiters.GetOrAdd(commandId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Forget(Guid commandId, Task registration)
    {
        if (!registration.IsCompleted && _waiters.TryGetValue(commandId, out var source) && source.Task == registration)
        {
            _waiters.TryRemove(new KeyValuePair<Guid, TaskCompletionSource>(commandId, source));
        }
    }

    /// <summary>
    /// Wakes every waiter so each checks the database again: after the PostgreSQL listener (re)connects,
    /// notifications sent while it was away are lost, and waiters no longer poll.
    /// </summary>
    public void WakeAll()
    {
        foreach (var id in _waiters.Keys)
        {
            if (_waiters.TryRemove(id, out var source))
            {
                source.TrySetResult();
            }
        }
    }

    public void Notify(IEnumerable<Guid> commandIds)
    {
        foreach (var id in commandIds)
        {
            if (_waiters.TryRemove(id, out var source))
            {
                source.TrySetResult();
            }
        }
    }
}

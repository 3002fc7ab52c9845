using System.Collections.Concurrent;

namespace TodoFunctions.Core.Events;

/// <summary>
/// Wakes the live-update streams of users whose event log grew: fed by PostgreSQL NOTIFY on
/// <see cref="ChannelName"/> (sent in the committing transaction) and, in one process, by the write unit (<see cref="Services.TodoWriteUnit"/>).
/// A stream registers before it reads the log, so no commit falls between the read and the wait.
/// </summary>
public sealed class UserEventSignal
{
    public const string ChannelName = "user_events";

    private readonly ConcurrentDictionary<Guid, TaskCompletionSource> _waiters = new();

    public Task Register(Guid userId) =>
        _waiters.GetOrAdd(userId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Notify(IEnumerable<Guid> userIds)
    {
        foreach (var id in userIds)
        {
            if (_waiters.TryRemove(id, out var source))
            {
                source.TrySetResult();
            }
        }
    }

    /// <summary>After the listener (re)connects: what was sent meanwhile is lost, so everyone reads again.</summary>
    public void WakeAll() => Notify([.. _waiters.Keys]);
}

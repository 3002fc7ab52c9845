using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using TodoFunctions.Core.Persistence;

namespace TodoFunctions.Core.Events;

/// <summary>
/// One user's live updates as Server-Sent Events. Reads the user's log (<c>user_events</c>) after the last
/// id sent, then sleeps until <see cref="UserEventSignal"/> says the log grew (PostgreSQL NOTIFY), or the
/// heartbeat is due; it never polls per client between signals.
/// <list type="bullet">
/// <item><c>ready</c> (data <c>{"lastEventId": N}</c>) opens a fresh stream; its id is where a reconnect resumes.</item>
/// <item><c>command</c>: a command's outcome (a todo change by any client, chat or worker).</item>
/// <item><c>resync</c>: the <c>Last-Event-ID</c> is older than the retained log; reload, then follow on.</item>
/// <item><c>heartbeat</c> with no data (browsers ignore it) every <see cref="EventStreamOptions.Heartbeat"/>.</item>
/// </list>
/// </summary>
public sealed class UserEventStream(IServiceScopeFactory scopes, UserEventSignal signal, IOptions<EventStreamOptions> options)
{
    private const int PageSize = 500;

    public async IAsyncEnumerable<SseItem<string>> ReadAsync(Guid userId, long? lastEventId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var wake = signal.Register(userId);
        long last;
        if (lastEventId is { } from && from >= await TrimmedThroughAsync(userId, cancellationToken))
        {
            last = from;
        }
        else
        {
            last = await LastIdAsync(userId, cancellationToken);
            var type = lastEventId is null ? "ready" : "resync";
            yield return new SseItem<string>($$"""{"lastEventId":{{last}}}""", type) { EventId = last.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }
        while (!cancellationToken.IsCancellationRequested)
        {
            List<Domain.Events.UserEvent> page;
            do
            {
                page = await ReadAfterAsync(userId, last, cancellationToken);
                foreach (var entry in page)
                {
                    last = entry.Id;
                    yield return new SseItem<string>(entry.Data, entry.Type) { EventId = entry.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) };
                }
            }
            while (page.Count == PageSize);

            var beat = Task.Delay(options.Value.Heartbeat, cancellationToken);
            if (await Task.WhenAny(wake, beat) == beat)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    yield break;
                }
                yield return new SseItem<string>("", "heartbeat");
            }
            // Registered before the next read, so a commit between the read and the wait still wakes it.
            wake = signal.Register(userId);
        }
    }

    private async Task<List<Domain.Events.UserEvent>> ReadAfterAsync(Guid userId, long after, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TodoDbContext>();
        return await db.UserEvents.AsNoTracking().Where(e => e.UserId == userId && e.Id > after).OrderBy(e => e.Id).Take(PageSize).ToListAsync(cancellationToken);
    }

    private async Task<long> LastIdAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TodoDbContext>();
        var last = await db.UserEvents.Where(e => e.UserId == userId).MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
        return Math.Max(last, await TrimmedThroughAsync(userId, cancellationToken));
    }

    private async Task<long> TrimmedThroughAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TodoDbContext>();
        return await db.UserEventTrims.Where(t => t.UserId == userId).Select(t => (long?)t.TrimmedThrough).SingleOrDefaultAsync(cancellationToken) ?? 0;
    }
}

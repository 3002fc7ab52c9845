using Microsoft.Extensions.Hosting;
using TodoFunctions.Core.Persistence;

namespace TodoFunctions.Core.Events;

/// <summary>
/// Keeps the live-update log bounded: every minute, events older than <c>Events:Retention</c> are deleted and
/// each user's highest deleted id is kept (<c>user_event_trims</c>), so a reconnect from before it gets
/// "resync" instead of a silent gap. Runs in every HTTP host; concurrent runs are harmless.
/// </summary>
public sealed class UserEventTrimmer(IServiceScopeFactory scopes, IOptions<EventStreamOptions> options, TimeProvider clock, ILogger<UserEventTrimmer> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await TrimAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Trimming the event log failed ({Reason}); trying again later", ex.GetBaseException().Message);
            }
            await Task.Delay(Interval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public async Task TrimAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - options.Value.Retention;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TodoDbContext>();
        if (db.IsPostgres)
        {
            await db.Database.ExecuteSqlAsync($"""
                WITH gone AS (DELETE FROM user_events WHERE "CreatedAt" < {cutoff} RETURNING "UserId", "Id")
                INSERT INTO user_event_trims ("UserId", "TrimmedThrough")
                SELECT "UserId", max("Id") FROM gone GROUP BY "UserId"
                ON CONFLICT ("UserId") DO UPDATE SET "TrimmedThrough" = GREATEST(user_event_trims."TrimmedThrough", EXCLUDED."TrimmedThrough")
                """, cancellationToken);
            return;
        }
        // SQLite: one process, nothing races.
        var trimmed = await db.UserEvents.Where(e => e.CreatedAt < cutoff).GroupBy(e => e.UserId)
            .Select(g => new { UserId = g.Key, Through = g.Max(e => e.Id) }).ToListAsync(cancellationToken);
        foreach (var user in trimmed)
        {
            var trim = await db.UserEventTrims.FindAsync([user.UserId], cancellationToken);
            if (trim is null)
            {
                db.UserEventTrims.Add(new Domain.Events.UserEventTrim { UserId = user.UserId, TrimmedThrough = user.Through });
            }
            else
            {
                trim.TrimmedThrough = Math.Max(trim.TrimmedThrough, user.Through);
            }
            await db.UserEvents.Where(e => e.UserId == user.UserId && e.Id <= user.Through).ExecuteDeleteAsync(cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}

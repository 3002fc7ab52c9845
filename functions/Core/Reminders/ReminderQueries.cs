using TodoFunctions.Core.Domain.Reminders;

namespace TodoFunctions.Core.Reminders;

/// <summary>
/// What a user does with reminders directly: list the open ones, snooze, dismiss. A reminder's state is not a
/// todo field, so these are single conditional row updates rather than queued todo commands: repeating one
/// gives the same row, and an update racing the reminders function waits for its row lock.
/// </summary>
public sealed class ReminderQueries(TodoDbContext db)
{
    public const int MaxListed = 200;

    /// <summary>Pending (soonest first) and missed reminders of the user's todos.</summary>
    public async Task<IReadOnlyList<ReminderItem>> ListAsync(Guid userId, CancellationToken cancellationToken) =>
        await db.Reminders.AsNoTracking()
            .Where(r => r.UserId == userId && (r.State == ReminderStates.Pending || r.State == ReminderStates.Missed))
            .Join(db.Todos, r => r.TodoId, t => t.Id, (r, t) => new { r, t.Title })
            .OrderBy(x => x.r.FireAt).ThenBy(x => x.r.Id).Take(MaxListed)
            .Select(x => new ReminderItem(x.r.Id, x.r.TodoId, x.Title, x.r.State, x.r.Kind, x.r.At, x.r.Before, x.r.ScheduledAt, x.r.FireAt, x.r.FiredAt, x.r.SnoozedUntil))
            .ToListAsync(cancellationToken);

    /// <returns>null when the user has no such reminder.</returns>
    public async Task<ReminderItem?> SnoozeAsync(Guid userId, Guid reminderId, TimeSpan duration, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var until = nowUtc + duration;
        var changed = await db.Reminders.Where(r => r.Id == reminderId && r.UserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, ReminderStates.Pending).SetProperty(r => r.FireAt, until)
                .SetProperty(r => r.SnoozedUntil, until).SetProperty(r => r.UpdatedAt, nowUtc), cancellationToken);
        return changed == 0 ? null : await GetAsync(userId, reminderId, cancellationToken);
    }

    /// <returns>null when the user has no such reminder.</returns>
    public async Task<ReminderItem?> DismissAsync(Guid userId, Guid reminderId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var changed = await db.Reminders.Where(r => r.Id == reminderId && r.UserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, ReminderStates.Dismissed).SetProperty(r => r.UpdatedAt, nowUtc), cancellationToken);
        return changed == 0 ? null : await GetAsync(userId, reminderId, cancellationToken);
    }

    private Task<ReminderItem?> GetAsync(Guid userId, Guid reminderId, CancellationToken cancellationToken) =>
        db.Reminders.AsNoTracking().Where(r => r.Id == reminderId && r.UserId == userId)
            .Join(db.Todos, r => r.TodoId, t => t.Id, (r, t) => new ReminderItem(r.Id, r.TodoId, t.Title, r.State, r.Kind, r.At, r.Before, r.ScheduledAt, r.FireAt, r.FiredAt, r.SnoozedUntil))
            .FirstOrDefaultAsync(cancellationToken);
}

/// <summary>A reminder as <c>GET /api/reminders</c> shows it. <see cref="FireAt"/>: when it fires next (after a snooze, the snooze's end).</summary>
public sealed record ReminderItem(Guid Id, Guid TodoId, string Title, string State, string Kind, DateTime? At, string? Before,
    DateTime ScheduledAt, DateTime FireAt, DateTime? FiredAt, DateTime? SnoozedUntil);

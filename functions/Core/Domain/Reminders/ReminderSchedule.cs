using TodoFunctions.Core.Domain.Todos;

namespace TodoFunctions.Core.Domain.Reminders;

/// <summary>
/// Brings a todo's <see cref="Reminder"/> rows in line with the todo, idempotently: a pending reminder per
/// spec at the time the spec and the due give; none for a completed todo; a delivered one is left alone
/// unless its time moved (then it is armed again). Runs for every todo a batch touched.
/// </summary>
public static class ReminderSchedule
{
    public sealed record Changes(List<Reminder> Added, List<Reminder> Removed);

    public static Changes Sync(Todo todo, IReadOnlyList<Reminder> existing, DateTime nowUtc)
    {
        var added = new List<Reminder>();
        var removed = new List<Reminder>();
        var wanted = todo.Completed ? [] : todo.ReminderSpecs
            .Select(spec => (Spec: spec, Text: spec.ToText(), FireAt: spec.FireAt(todo.DueSortUtc)))
            .Where(w => w.FireAt is not null).ToDictionary(w => w.Text, w => (w.Spec, FireAt: w.FireAt!.Value));
        foreach (var row in existing)
        {
            if (!wanted.TryGetValue(row.Spec, out var want))
            {
                // Gone from the todo, or the todo is done: pending and missed ones disappear, history stays.
                if (row.State is ReminderStates.Pending or ReminderStates.Missed)
                {
                    removed.Add(row);
                }
                continue;
            }
            if (row.ScheduledAt != want.FireAt)
            {
                row.Reschedule(want.FireAt, nowUtc);
            }
        }
        var have = existing.Select(r => r.Spec).ToHashSet();
        foreach (var (text, want) in wanted)
        {
            if (!have.Contains(text))
            {
                added.Add(Reminder.Schedule(todo.Id, todo.UserId, want.Spec, want.FireAt, nowUtc));
            }
        }
        return new Changes(added, removed);
    }
}

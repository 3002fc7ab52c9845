using TodoFunctions.Chat;

namespace TodoFunctions.Core.Chat;

/// <summary>The list_tasks filters, read against the turn's local "now". Filters combine with AND.</summary>
public static class TaskListFilter
{
    public static IReadOnlyList<ChatTask> Apply(IEnumerable<ChatTask> tasks, DateTimeOffset now, string? status, string? due,
        string? tag, TaskPriority? priority, string? text, bool repeatingOnly = false)
    {
        var today = DateOnly.FromDateTime(now.DateTime);
        var query = (status?.ToLowerInvariant()) switch
        {
            "completed" or "done" => tasks.Where(t => t.Completed),
            "all" => tasks,
            _ => tasks.Where(t => !t.Completed),
        };
        if (!string.IsNullOrWhiteSpace(due))
        {
            var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
            Func<ChatTask, bool> match = due.Trim().ToLowerInvariant() switch
            {
                "today" => t => t.Due?.Date == today,
                "tomorrow" => t => t.Due?.Date == today.AddDays(1),
                "overdue" => t => !t.Completed && t.Due is { } d && (d.Time is { } time ? d.Date.ToDateTime(time) < now.DateTime : d.Date < today),
                "this_week" or "this week" => t => t.Due is { } d && d.Date >= today && d.Date <= monday.AddDays(6),
                "next_week" or "next week" => t => t.Due is { } d && d.Date >= monday.AddDays(7) && d.Date <= monday.AddDays(13),
                var other when DateOnly.TryParse(other, out var date) => t => t.Due?.Date == date,
                _ => throw new ChatToolException($"'{due}' is not a due filter (today, tomorrow, overdue, this_week, next_week, YYYY-MM-DD)."),
            };
            query = query.Where(match);
        }
        if (!string.IsNullOrWhiteSpace(tag))
        {
            var wanted = tag.Trim().TrimStart('#');
            query = query.Where(t => t.Tags.Contains(wanted, StringComparer.OrdinalIgnoreCase));
        }
        if (repeatingOnly)
        {
            query = query.Where(t => t.Recurrence is not null);
        }
        if (priority is { } p)
        {
            query = query.Where(t => t.Priority == p);
        }
        if (!string.IsNullOrWhiteSpace(text))
        {
            query = query.Where(t => t.Title.Contains(text, StringComparison.OrdinalIgnoreCase)
                || (t.Description?.Contains(text, StringComparison.OrdinalIgnoreCase) ?? false));
        }
        return [.. query];
    }
}

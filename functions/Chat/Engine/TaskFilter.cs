using TodoFunctions.Chat.Intents;
using TodoFunctions.Chat.Text;
using TodoFunctions.Chat.Time;

namespace TodoFunctions.Chat.Engine;

/// <summary>Applies a listing query; all filters combine with AND.</summary>
public static class TaskFilter
{
    public static bool Matches(ChatTask task, ListQuery query, LocalNow now)
    {
        var statusOk = query.Status switch
        {
            StatusFilter.Pending => !task.Completed,
            StatusFilter.Completed => task.Completed,
            _ => true,
        };
        if (!statusOk)
        {
            return false;
        }

        var dateOk = query.DateKind switch
        {
            DateFilterKind.Overdue => !task.Completed && task.Due is { } due
                && (due.Date < now.Today || (due.Date == now.Today && due.Time is { } time && time < now.Time)),
            DateFilterKind.OnDate or DateFilterKind.Range => task.Due is { } d && d.Date >= query.From && d.Date <= query.To,
            DateFilterKind.NoDate => task.Due is null,
            _ => true,
        };
        if (!dateOk)
        {
            return false;
        }

        if (query.RepeatingOnly && task.Recurrence is null)
        {
            return false;
        }

        if (query.WithRemindersOnly && task.Reminders is not { Count: > 0 })
        {
            return false;
        }

        if (query.Priority is { } priority && task.Priority != priority)
        {
            return false;
        }

        if (query.Tags.Any(tag => !task.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase)))
        {
            return false;
        }

        if (query.Words.Count > 0)
        {
            var words = WordMatcher.Tokens(task.Title + " " + (task.Description ?? "")).Select(WordMatcher.Stem).ToList();
            if (query.Words.Any(q => !words.Any(w => WordMatcher.Same(q, w))))
            {
                return false;
            }
        }

        return true;
    }

    public static string Describe(ListQuery query)
    {
        var parts = new List<string>();
        var status = query.Status switch
        {
            StatusFilter.Completed => "completed",
            StatusFilter.All => "",
            _ => query.DateKind == DateFilterKind.Overdue ? "" : "pending",
        };
        if (status.Length > 0)
        {
            parts.Add(status);
        }

        if (query.Priority is { } priority)
        {
            parts.Add(priority == TaskPriority.None ? "no-priority" : priority.ToString().ToLowerInvariant() + "-priority");
        }

        parts.Add(query.RepeatingOnly ? "repeating tasks" : "tasks");
        if (query.WithRemindersOnly)
        {
            parts.Add("with reminders");
        }
        if (query.Tags.Count > 0)
        {
            parts.Add("tagged " + string.Join(" and ", query.Tags.Select(t => "#" + t)));
        }

        if (query.Words.Count > 0)
        {
            parts.Add("matching \"" + string.Join(' ', query.Words) + "\"");
        }

        if (query.DateLabel is not null)
        {
            parts.Add(query.DateLabel);
        }

        if (query.Status == StatusFilter.All)
        {
            parts.Add("(including completed)");
        }

        return string.Join(' ', parts);
    }

    public static string Singular(string label) => label.Replace("tasks", "task", StringComparison.Ordinal);
}

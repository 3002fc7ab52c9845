using System.Globalization;
using System.Text;
using TodoFunctions.Chat.Time;

namespace TodoFunctions.Chat.Replies;

/// <summary>Renders tasks and due dates for replies; titles are always shown exactly as stored.</summary>
public static class TaskFormatter
{
    public static string Due(TaskDue due, LocalNow now)
    {
        var day = due.Date == now.Today ? "today"
            : due.Date == now.Today.AddDays(1) ? "tomorrow"
            : due.Date == now.Today.AddDays(-1) ? "yesterday"
            : due.Date.Year == now.Today.Year || (due.Date > now.Today && due.Date < now.Today.AddDays(180))
                ? due.Date.ToString("ddd d MMM", CultureInfo.InvariantCulture)
                : due.Date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);
        return due.Time is { } time ? $"{day} at {time.ToString("HH:mm", CultureInfo.InvariantCulture)}" : day;
    }

    public static string Line(int number, ChatTask task, LocalNow now, bool showStatus)
    {
        var line = new StringBuilder();
        line.Append(number.ToString(CultureInfo.InvariantCulture)).Append(". ").Append(task.Title);
        var details = new List<string>();
        if (task.Due is { } due)
        {
            var overdue = !task.Completed && (due.Date < now.Today || (due.Date == now.Today && due.Time is { } t && t < now.Time));
            details.Add((overdue ? "overdue, was due " : "due ") + Due(due, now));
        }

        if (task.Priority != TaskPriority.None)
        {
            details.Add(Priority(task.Priority) + " priority");
        }

        if (task.Tags.Count > 0)
        {
            details.Add(string.Join(' ', task.Tags.Select(t => "#" + t)));
        }

        if (task.Reminders is { Count: > 0 } reminders)
        {
            details.AddRange(reminders.Select(r => Intents.ReminderParser.Describe(r, now)));
        }

        if (task.Recurrence is { } rule)
        {
            details.Add("repeats " + RepeatSummary.Describe(rule));
        }

        if (showStatus && task.Completed)
        {
            details.Add("done");
        }

        if (details.Count > 0)
        {
            line.Append(" — ").Append(string.Join(" · ", details));
        }

        return line.ToString();
    }

    public static string Numbered(IReadOnlyList<ChatTask> tasks, LocalNow now, bool showStatus)
    {
        return string.Join('\n', tasks.Select((t, i) => Line(i + 1, t, now, showStatus)));
    }

    public static string Priority(TaskPriority priority) => priority.ToString().ToLowerInvariant();

    public static string Quote(ChatTask task) => $"\"{task.Title}\"";

    public static string QuoteAll(IReadOnlyList<ChatTask> tasks)
    {
        var quoted = tasks.Select(Quote).ToList();
        return quoted.Count switch
        {
            0 => "",
            1 => quoted[0],
            _ => string.Join(", ", quoted.Take(quoted.Count - 1)) + " and " + quoted[^1],
        };
    }
}

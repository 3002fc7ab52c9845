using TodoFunctions.Core.Telemetry;
using TodoFunctions.Core.Domain;
using System.ComponentModel;
using Microsoft.Extensions.AI;
using TodoFunctions.Chat;

namespace TodoFunctions.Core.Chat;

/// <summary>
/// The tools a chat model may call during a turn. Each acts only on the caller's tasks (the turn's
/// workspace); the changes commit together when the turn ends. The same tools are offered over MCP.
/// </summary>
public sealed class TodoChatTools(TurnWorkspace workspace, int maxListed = 100)
{
    public IList<AITool> All =>
    [
        AIFunctionFactory.Create(AddTask, "add_task"),
        AIFunctionFactory.Create(ListTasks, "list_tasks"),
        AIFunctionFactory.Create(CompleteTask, "complete_task"),
        AIFunctionFactory.Create(ReopenTask, "reopen_task"),
        AIFunctionFactory.Create(DeleteTask, "delete_task"),
        AIFunctionFactory.Create(UpdateTask, "update_task"),
    ];

    [Description("Adds a task. Returns the new task.")]
    public string AddTask(
        [Description("The title in the user's own words, without dates, priorities or tags.")] string title,
        [Description("Optional longer note.")] string? description = null,
        [Description("Optional due: local date YYYY-MM-DD, or local date and time YYYY-MM-DDTHH:MM in the user's time zone.")] string? due = null,
        [Description("none, low, medium or high.")] string? priority = null,
        [Description("Optional tags, without #.")] string[]? tags = null,
        [Description("Optional id (UUID) for the new task; leave it out to get a new one.")] string? id = null,
        [Description("Optional RFC 5545 rule for a repeating task, e.g. FREQ=WEEKLY;BYDAY=TH; the due is the first occurrence. Never put the repeat words in the title.")] string? repeat = null,
        [Description("Optional reminders: ISO-8601 durations before the due (PT1H; PT0S = at the due), or local date-times YYYY-MM-DDTHH:MM.")] string[]? reminders = null) =>
        Run("add_task", new() { ["title"] = title, ["description"] = description, ["due"] = due, ["priority"] = priority, ["tags"] = tags, ["id"] = id, ["repeat"] = repeat, ["reminders"] = reminders }, () =>
            Describe(workspace.Add(new AddTask(id is null ? Guid.CreateVersion7() : Id(id), title, description, Due(due), Priority(priority) ?? TaskPriority.None, tags ?? [], repeat,
                reminders is null ? null : [.. reminders.Select(Reminder)]))));

    [Description("Lists tasks, numbered from 1. Later turns refer to tasks by these numbers; use the ids shown to act on them.")]
    public string ListTasks(
        [Description("pending (default), completed or all.")] string? status = null,
        [Description("Optional: today, tomorrow, overdue, this_week, next_week or a date YYYY-MM-DD.")] string? due = null,
        [Description("Optional tag.")] string? tag = null,
        [Description("Optional priority: none, low, medium, high.")] string? priority = null,
        [Description("Optional words to find in the title or description.")] string? text = null,
        [Description("true for repeating tasks only.")] bool repeating = false) =>
        Run("list_tasks", new() { ["status"] = status, ["due"] = due, ["tag"] = tag, ["priority"] = priority, ["text"] = text, ["repeating"] = repeating }, () =>
        {
            var matching = TaskListFilter.Apply(workspace.Tasks, workspace.Now, status, due, tag, Priority(priority), text, repeating);
            var shown = matching.Take(maxListed).ToList();
            workspace.Listing = [.. shown.Select(t => t.Id)];
            var more = matching.Count - shown.Count;
            return shown.Count == 0
                ? "No tasks match."
                : string.Join('\n', shown.Select((t, i) => $"{i + 1}. {Describe(t)}"))
                  + (more > 0 ? $"\n…and {more} more not shown; narrow the filter to see them." : "");
        });

    [Description("Marks a pending task done.")]
    public string CompleteTask([Description("The task id.")] string id) =>
        Run("complete_task", new() { ["id"] = id }, () => Describe(workspace.SetCompleted(Id(id), completed: true)));

    [Description("Marks a completed task as not done.")]
    public string ReopenTask([Description("The task id.")] string id) =>
        Run("reopen_task", new() { ["id"] = id }, () => Describe(workspace.SetCompleted(Id(id), completed: false)));

    [Description("Deletes a task.")]
    public string DeleteTask([Description("The task id.")] string id) =>
        Run("delete_task", new() { ["id"] = id }, () => "Deleted: " + Describe(workspace.Delete(Id(id))));

    [Description("Changes a task. Only the fields given change.")]
    public string UpdateTask(
        [Description("The task id.")] string id,
        [Description("New title.")] string? title = null,
        [Description("New description.")] string? description = null,
        [Description("New due: YYYY-MM-DD or YYYY-MM-DDTHH:MM (local).")] string? due = null,
        [Description("true to remove the due date.")] bool clear_due = false,
        [Description("New priority: none, low, medium, high.")] string? priority = null,
        [Description("Tags to add.")] string[]? add_tags = null,
        [Description("Tags to remove.")] string[]? remove_tags = null,
        [Description("true to remove every tag.")] bool clear_tags = false,
        [Description("New RFC 5545 rule, e.g. FREQ=WEEKLY;BYDAY=MO,TH; applies from this occurrence on.")] string? repeat = null,
        [Description("true to stop the task repeating (this occurrence stays).")] bool stop_repeating = false,
        [Description("Reminders to add: ISO-8601 durations before the due (PT1H), or local date-times YYYY-MM-DDTHH:MM.")] string[]? add_reminders = null,
        [Description("true to remove every reminder (before adding any given).")] bool clear_reminders = false) =>
        Run("update_task", new()
        {
            ["id"] = id, ["title"] = title, ["description"] = description, ["due"] = due, ["clear_due"] = clear_due,
            ["priority"] = priority, ["add_tags"] = add_tags, ["remove_tags"] = remove_tags, ["clear_tags"] = clear_tags,
            ["repeat"] = repeat, ["stop_repeating"] = stop_repeating, ["add_reminders"] = add_reminders, ["clear_reminders"] = clear_reminders,
        }, () =>
        {
            DueChange? dueChange = clear_due ? new DueChange(null) : due is null ? null : new DueChange(Due(due));
            RecurrenceChange? repeatChange = stop_repeating ? new RecurrenceChange(null) : repeat is null ? null : new RecurrenceChange(repeat);
            ReminderChange? reminderChange = add_reminders is null && !clear_reminders ? null : new ReminderChange([.. (add_reminders ?? []).Select(Reminder)], clear_reminders);
            return Describe(workspace.Update(new TodoFunctions.Chat.UpdateTask(Id(id), title, description, dueChange, Priority(priority), add_tags, remove_tags, clear_tags, repeatChange, reminderChange)));
        });

    private string Run(string name, Dictionary<string, object?> arguments, Func<string> action)
    {
        try
        {
            var result = action();
            workspace.ToolCalls.Add(new ToolCallRecord(name, arguments, result, Failed: false));
            TodoMetrics.ChatToolCalls.WithLabels(name, "ok").Inc();
            return result;
        }
        catch (ChatToolException ex)
        {
            workspace.Fail(ex.Message);
            workspace.ToolCalls.Add(new ToolCallRecord(name, arguments, ex.Message, Failed: true));
            TodoMetrics.ChatToolCalls.WithLabels(name, "failed").Inc();
            return "Error: " + ex.Message;
        }
    }

    private string Describe(ChatTask task)
    {
        var parts = new List<string> { $"[{task.Id}] {task.Title}" };
        if (task.Due is { } due) parts.Add("due " + DueText.Format(due));
        if (task.Priority != TaskPriority.None) parts.Add(task.Priority.ToString().ToLowerInvariant() + " priority");
        if (task.Tags.Count > 0) parts.Add(string.Join(' ', task.Tags.Select(t => "#" + t)));
        if (task.Recurrence is { } rule) parts.Add("repeats " + TodoFunctions.Chat.Replies.RepeatSummary.Describe(rule));
        if (task.Reminders is { Count: > 0 } reminders) parts.Add(string.Join(", ", reminders.Select(r => r.At is { } at ? "reminder " + DueText.Format(at) : "reminder " + System.Xml.XmlConvert.ToString(r.Before ?? TimeSpan.Zero) + " before")));
        if (task.Completed) parts.Add("done");
        return string.Join(", ", parts);
    }

    private static Guid Id(string id) =>
        Guid.TryParse(id?.Trim().Trim('[', ']'), out var guid) ? guid : throw new ChatToolException($"'{id}' is not a task id; list the tasks to get ids.");

    private static TaskReminder Reminder(string text) =>
        text.StartsWith('P') || text.StartsWith('p')
            ? new TaskReminder(Before: Domain.Reminders.ReminderSpec.TryParseDuration(text, out var before) ? before : throw new ChatToolException($"'{text}' is not an ISO-8601 duration (PT1H)."))
            : new TaskReminder(At: Due(text) ?? throw new ChatToolException($"'{text}' is not a local date-time (YYYY-MM-DDTHH:MM)."));

    private static TaskDue? Due(string? due) =>
        due is null ? null : DueText.TryParse(due, out var parsed) ? parsed : throw new ChatToolException($"'{due}' is not a date (YYYY-MM-DD) or local date-time (YYYY-MM-DDTHH:MM).");

    private static TaskPriority? Priority(string? priority) =>
        priority is null ? null : StrictEnum.TryParse<TaskPriority>(priority, out var p)
            ? p : throw new ChatToolException($"'{priority}' is not a priority (none, low, medium, high).");
}

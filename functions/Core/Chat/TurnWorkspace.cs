using TodoFunctions.Chat;
using TodoFunctions.Core.Contracts;
using TodoFunctions.Core.Domain.Todos;
using TodoFunctions.Core.Services;

namespace TodoFunctions.Core.Chat;

/// <summary>
/// The caller's tasks during one chat turn. Tools change this copy and queue the matching todo commands;
/// the turn handler commits them all at the end of the turn, or none of them.
/// </summary>
public sealed class TurnWorkspace(ChatCommand turn, TimeZoneInfo zone, IEnumerable<ChatTask> tasks)
{
    private readonly List<ChatTask> _tasks = [.. tasks];
    private readonly List<TodoCommand> _commands = [];

    public ChatCommand Turn => turn;
    public TimeZoneInfo Zone => zone;
    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(turn.IssuedAt, zone);
    public IReadOnlyList<ChatTask> Tasks => _tasks;
    public IReadOnlyList<TodoCommand> Commands => _commands;
    /// <summary>The ids shown by the last listing in this turn, in order.</summary>
    public IReadOnlyList<Guid>? Listing { get; set; }
    /// <summary>What the offline engine wants back next turn (pending confirmation, last touched tasks).</summary>
    public string? State { get; set; }
    public List<ToolCallRecord> ToolCalls { get; } = [];
    /// <summary>Set when a tool refused a change; the turn then commits no change at all.</summary>
    public string? Failure { get; private set; }

    public static ChatTask ToChatTask(Todo todo, TimeZoneInfo zone) => new(
        todo.Id, todo.Title, todo.Description, DueText.FromStored(todo.Due, zone),
        (TaskPriority)(int)todo.Priority, todo.Tags, todo.Completed, todo.RecurrenceRule,
        todo.ReminderSpecs.Count == 0 ? null : [.. todo.ReminderSpecs.Select(r => ToChatReminder(r, zone))]);

    private static TaskReminder ToChatReminder(Domain.Reminders.ReminderSpec spec, TimeZoneInfo zone)
    {
        if (spec.At is not { } at)
        {
            return new TaskReminder(Before: spec.Before);
        }
        var local = TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)), zone);
        return new TaskReminder(At: new TaskDue(DateOnly.FromDateTime(local.DateTime), TimeOnly.FromDateTime(local.DateTime)));
    }

    // The API's reminder form: an ISO-8601 duration before the due, or a moment with the user's offset.
    private IReadOnlyList<ReminderFields?>? Reminders(IReadOnlyList<TaskReminder>? reminders) => reminders?.Select(r => (ReminderFields?)(r.At is { } at
        ? new ReminderFields(At: DueText.ToStored(at with { Time = at.Time ?? new TimeOnly(9, 0) }, zone))
        : new ReminderFields(Before: System.Xml.XmlConvert.ToString(r.Before ?? TimeSpan.Zero)))).ToList();

    public ChatTask? Find(Guid id) => _tasks.FirstOrDefault(t => t.Id == id);

    public ChatTask Add(AddTask add)
    {
        if (Find(add.Id) is not null)
        {
            throw new ChatToolException($"A task with id {add.Id} already exists.");
        }
        var task = new ChatTask(add.Id, add.Title.Trim(), add.Description, add.Due, add.Priority, [.. add.Tags.Select(NormalizeTag).Distinct()], false, add.Recurrence, add.Reminders);
        var recurrence = add.Recurrence is { } rule ? new RecurrenceFields(rule, zone.Id) : null;
        var fields = new TodoFields(task.Title, task.Description, Stored(task.Due), Priority(task.Priority), [.. task.Tags], recurrence, Reminders(task.Reminders));
        Validate(fields, isCreate: true);
        _tasks.Add(task);
        Queue(TodoCommandKind.Create, task.Id, fields);
        return task;
    }

    public ChatTask SetCompleted(Guid id, bool completed)
    {
        var task = Require(id);
        Replace(task with { Completed = completed });
        Queue(completed ? TodoCommandKind.Complete : TodoCommandKind.Reopen, id, null);
        return task with { Completed = completed };
    }

    public ChatTask Delete(Guid id)
    {
        var task = Require(id);
        _tasks.Remove(task);
        Queue(TodoCommandKind.Delete, id, null);
        return task;
    }

    public ChatTask Update(UpdateTask update)
    {
        var before = Require(update.Id);
        var after = ChatActionApplier.ApplyUpdate(before, update);
        after = after with { Tags = [.. after.Tags.Select(NormalizeTag).Distinct()] };
        var present = new List<string>();
        if (after.Title != before.Title) present.Add(TodoFieldNames.Title);
        if (after.Description != before.Description) present.Add(TodoFieldNames.Description);
        if (after.Due != before.Due) present.Add(TodoFieldNames.Due);
        if (after.Priority != before.Priority) present.Add(TodoFieldNames.Priority);
        if (!after.Tags.SequenceEqual(before.Tags)) present.Add(TodoFieldNames.Tags);
        if (after.Recurrence != before.Recurrence) present.Add(TodoFieldNames.Recurrence);
        if (!(after.Reminders ?? []).SequenceEqual(before.Reminders ?? [])) present.Add(TodoFieldNames.Reminders);
        if (present.Count == 0)
        {
            return after;
        }
        var recurrence = after.Recurrence is { } rule ? new RecurrenceFields(rule, zone.Id) : null;
        var fields = new TodoFields(after.Title, after.Description, Stored(after.Due), Priority(after.Priority), [.. after.Tags], recurrence, Reminders(after.Reminders) ?? []) { Present = present };
        Validate(fields, isCreate: false);
        Replace(after);
        Queue(TodoCommandKind.Update, after.Id, fields);
        return after;
    }

    public void Fail(string reason) => Failure ??= reason;

    private void Queue(TodoCommandKind kind, Guid todoId, TodoFields? fields) => _commands.Add(new TodoCommand
    {
        // Derived from the turn, so a redelivered turn can never apply a change twice.
        CommandId = DerivedIds.Derive(turn.CommandId, "chat-change", _commands.Count.ToString()),
        UserId = turn.UserId,
        TodoId = todoId,
        Kind = kind,
        IssuedAt = turn.IssuedAt,
        Fields = fields,
    });

    private ChatTask Require(Guid id) => Find(id) ?? throw new ChatToolException($"There is no task with id {id}.");

    private void Replace(ChatTask task) => _tasks[_tasks.FindIndex(t => t.Id == task.Id)] = task;

    private string? Stored(TaskDue? due) => due is null ? null : DueText.ToStored(due, zone);

    private static string Priority(TaskPriority priority) => priority.ToString().ToLowerInvariant();

    private static string NormalizeTag(string tag) => tag.Trim().TrimStart('#').ToLowerInvariant();

    private static void Validate(TodoFields fields, bool isCreate)
    {
        TodoRules.Validate(fields, isCreate, out var errors);
        if (errors.Count > 0)
        {
            throw new ChatToolException(string.Join(" ", errors.SelectMany(e => e.Value)));
        }
    }
}

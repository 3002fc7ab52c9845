namespace TodoFunctions.Chat;

public abstract record ChatAction;

/// <summary>Id is a new Guid chosen by the engine.</summary>
/// <param name="Recurrence">An RFC 5545 rule, read in the turn's time zone; null for a task that does not repeat.</param>
public sealed record AddTask(Guid Id, string Title, string? Description, TaskDue? Due, TaskPriority Priority, IReadOnlyList<string> Tags, string? Recurrence = null, IReadOnlyList<TaskReminder>? Reminders = null) : ChatAction;

public sealed record CompleteTask(Guid Id) : ChatAction;

public sealed record ReopenTask(Guid Id) : ChatAction;

public sealed record DeleteTask(Guid Id) : ChatAction;

public sealed record UpdateTask(
    Guid Id,
    string? Title = null,
    string? Description = null,
    DueChange? Due = null,
    TaskPriority? Priority = null,
    IReadOnlyList<string>? AddTags = null,
    IReadOnlyList<string>? RemoveTags = null,
    bool ClearTags = false,
    RecurrenceChange? Repeat = null,
    ReminderChange? Reminders = null) : ChatAction;

/// <summary>NewDue null removes the due date.</summary>
public sealed record DueChange(TaskDue? NewDue);

/// <summary>NewRule null stops the task repeating; otherwise the RFC 5545 rule that applies from this occurrence on.</summary>
public sealed record RecurrenceChange(string? NewRule);

/// <summary>Clear drops every reminder first; Add then adds these.</summary>
public sealed record ReminderChange(IReadOnlyList<TaskReminder> Add, bool Clear = false);

namespace TodoFunctions.Chat;

/// <param name="Recurrence">The task's RFC 5545 rule (read in the user's time zone) when it repeats.</param>
public sealed record ChatTask(Guid Id, string Title, string? Description, TaskDue? Due, TaskPriority Priority, IReadOnlyList<string> Tags, bool Completed, string? Recurrence = null, IReadOnlyList<TaskReminder>? Reminders = null);

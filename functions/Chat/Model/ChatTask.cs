namespace TodoFunctions.Chat;

public sealed record ChatTask(Guid Id, string Title, string? Description, TaskDue? Due, TaskPriority Priority, IReadOnlyList<string> Tags, bool Completed);

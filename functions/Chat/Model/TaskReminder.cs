namespace TodoFunctions.Chat;

/// <summary>A reminder on a task: <paramref name="Before"/> its due (TimeSpan.Zero = at the due), or <paramref name="At"/> a local moment.</summary>
public sealed record TaskReminder(TimeSpan? Before = null, TaskDue? At = null);

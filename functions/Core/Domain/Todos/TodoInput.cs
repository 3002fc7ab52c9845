namespace TodoFunctions.Core.Domain.Todos;

/// <summary>Validated values for a new todo or for the fields a patch names.</summary>
public sealed record TodoInput(
    string? Title,
    string? Description,
    TodoDue? Due,
    TodoPriority? Priority,
    IReadOnlyList<string>? Tags,
    IReadOnlySet<string> Present,
    Recurrence.TodoRecurrence? Recurrence = null,
    IReadOnlyList<Reminders.ReminderSpec>? Reminders = null)
{
    public bool Has(string field) => Present.Contains(field);
}

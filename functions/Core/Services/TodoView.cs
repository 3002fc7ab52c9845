using TodoFunctions.Core.Domain.Todos;
using TodoFunctions.Core.Domain.Recurrence;
using TodoFunctions.Core.Domain.Reminders;

namespace TodoFunctions.Core.Services;

/// <summary>The todo as the API shows it.</summary>
public sealed record TodoView(
    Guid Id,
    string Title,
    string? Description,
    string? Due,
    string Priority,
    IReadOnlyList<string> Tags,
    bool Completed,
    DateTime? CompletedAt,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    int Version,
    RecurrenceView? Recurrence = null,
    Guid? SeriesId = null,
    IReadOnlyList<ReminderView>? Reminders = null)
{
    /// <summary>In the outcome of a complete: the occurrence it created (null for a plain todo or an ended series).</summary>
    public NextOccurrenceView? Next { get; init; }

    public static TodoView From(Todo todo) => From(new TodoColumns(
        todo.Id, todo.Title, todo.Description, todo.DueDate, todo.DueTime, todo.DueOffsetMinutes, todo.DueSortUtc, todo.Priority,
        todo.Tags, todo.Completed, todo.CompletedAt, todo.CreatedAt, todo.UpdatedAt, todo.Version, todo.RecurrenceRule,
        todo.RecurrenceTimeZone, todo.SeriesId, todo.Reminders));

    /// <summary>The view of a row read without materialising a <see cref="Todo"/> (<see cref="PostgresPlainListing"/>).</summary>
    public static TodoView From(TodoColumns row) => new(
        row.Id,
        row.Title,
        row.Description,
        row.DueDate is { } date ? new TodoDue(date, row.DueTime, TimeSpan.FromMinutes(row.DueOffsetMinutes ?? 0)).ToString() : null,
        PriorityNames[(int)row.Priority],
        row.Tags,
        row.Completed,
        row.CompletedAt,
        row.CreatedAt,
        row.UpdatedAt,
        row.Version,
        row.RecurrenceRule is { } rule ? RecurrenceOf(new TodoRecurrence(rule, row.RecurrenceTimeZone ?? "UTC")) : null,
        row.SeriesId,
        [.. row.Reminders.Select(text => ReminderOf(ReminderSpec.FromText(text), row.DueSortUtc))]);

    private static readonly string[] PriorityNames = [.. Enum.GetValues<TodoPriority>().Select(p => p.ToString().ToLowerInvariant())];

    private static RecurrenceView RecurrenceOf(TodoRecurrence recurrence) => new(recurrence.Rule, recurrence.TimeZone, recurrence.Summary());

    private static ReminderView ReminderOf(ReminderSpec spec, DateTime? dueSortUtc) => new(spec.At, spec.BeforeText, spec.FireAt(dueSortUtc));
}

/// <summary><c>recurrence</c> in responses: the rule, its zone and a human summary ("every Thursday").</summary>
public sealed record RecurrenceView(string Rule, string TimeZone, string Summary);

/// <summary>
/// What completing an occurrence did to its series: the next occurrence, or that the series ended.
/// <see cref="Skipped"/> counts occurrences passed over because the completion came after them.
/// </summary>
public sealed record NextOccurrenceView(Guid? Id, string? Due, int Skipped, bool SeriesEnded);

/// <summary><c>reminders</c> in responses: <c>at</c> or <c>before</c> as given, and when it fires (null: relative, no due).</summary>
public sealed record ReminderView(DateTime? At, string? Before, DateTime? FiresAt);

/// <summary>The columns of a todo that its view is made of.</summary>
public readonly record struct TodoColumns(
    Guid Id,
    string Title,
    string? Description,
    DateOnly? DueDate,
    TimeOnly? DueTime,
    int? DueOffsetMinutes,
    DateTime? DueSortUtc,
    TodoPriority Priority,
    string[] Tags,
    bool Completed,
    DateTime? CompletedAt,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    int Version,
    string? RecurrenceRule,
    string? RecurrenceTimeZone,
    Guid? SeriesId,
    string[] Reminders);

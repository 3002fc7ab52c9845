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
        TodoDue.FromColumns(row.DueDate, row.DueTime, row.DueOffsetMinutes)?.ToString(),
        row.Priority.ToString().ToLowerInvariant(),
        row.Tags,
        row.Completed,
        row.CompletedAt,
        row.CreatedAt,
        row.UpdatedAt,
        row.Version,
        TodoRecurrence.FromColumns(row.RecurrenceRule, row.RecurrenceTimeZone) is { } recurrence
            ? new RecurrenceView(recurrence.Rule, recurrence.TimeZone, recurrence.Summary())
            : null,
        row.SeriesId,
        [.. row.Reminders.Select(ReminderSpec.FromText).Select(r => new ReminderView(r.At, r.BeforeText, r.FireAt(row.DueSortUtc)))]);
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

using TodoFunctions.Core.Domain.Todos;

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

    public static TodoView From(Todo todo) => new(
        todo.Id,
        todo.Title,
        todo.Description,
        todo.Due?.ToString(),
        todo.Priority.ToString().ToLowerInvariant(),
        todo.Tags,
        todo.Completed,
        todo.CompletedAt,
        todo.CreatedAt,
        todo.UpdatedAt,
        todo.Version,
        todo.Recurrence is { } recurrence ? new RecurrenceView(recurrence.Rule, recurrence.TimeZone, recurrence.Summary()) : null,
        todo.SeriesId,
        [.. todo.ReminderSpecs.Select(r => new ReminderView(r.At, r.BeforeText, r.FireAt(todo.DueSortUtc)))]);
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

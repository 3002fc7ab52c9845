using TodoFunctions.Core.Domain.Todos;

namespace TodoFunctions.Http.Todos;

public sealed record CreateTodoRequest(
    [ApiField(Description = "Choose the todo's id yourself (a non-empty UUID); omitted, the server picks one.", Example = "0197a5d2-3c4e-7b8f-9a01-23456789abcd")] Guid? Id,
    [ApiField(Required = true, MinLength = 1, MaxLength = TodoRules.MaxTitleLength, Description = "Trimmed; must not be blank.", Example = "Buy milk")] string? Title,
    [ApiField(MaxLength = TodoRules.MaxDescriptionLength, Nullable = true)] string? Description,
    [ApiField(DateOrDateTime = true, Nullable = true, Description = "A date (2026-12-24) or a date-time with offset (2026-12-24T18:00:00+01:00).", Example = "2026-12-24")] string? Due,
    [ApiField(Enum = typeof(TodoPriority), Nullable = true, Description = "Default none.", Example = "high")] string? Priority,
    [ApiField(MaxItems = TodoRules.MaxTags, ItemMaxLength = TodoRules.MaxTagLength, Nullable = true,
        Description = "Lower-cased, a leading # dropped, duplicates merged; each non-empty.", Example = "home")] List<string>? Tags,
    [ApiField(Nullable = true, Description = "Repeat the todo: an RFC 5545 rule and an IANA time zone (default UTC); null on PATCH stops the series.")] TodoFunctions.Core.Contracts.RecurrenceFields? Recurrence = null,
    [ApiField(MaxItems = TodoFunctions.Core.Domain.Reminders.ReminderSpec.MaxPerTodo, Nullable = true,
        Description = "Each exactly one of `at` (a date-time with offset) or `before` (an ISO-8601 duration before the due, e.g. PT1H); null or [] on PATCH removes them.")]
    List<TodoFunctions.Core.Contracts.ReminderFields?>? Reminders = null);

/// <summary>The patch body as documented; <see cref="UpdateTodo"/> reads the JSON object itself to tell null from absent.</summary>
public sealed record UpdateTodoRequest(
    [ApiField(MinLength = 1, MaxLength = TodoRules.MaxTitleLength, Example = "Buy oat milk")] string? Title,
    [ApiField(MaxLength = TodoRules.MaxDescriptionLength, Nullable = true)] string? Description,
    [ApiField(DateOrDateTime = true, Nullable = true, Description = "null removes the due date.")] string? Due,
    [ApiField(Enum = typeof(TodoPriority), Nullable = true, Description = "null resets to none.")] string? Priority,
    [ApiField(MaxItems = TodoRules.MaxTags, ItemMaxLength = TodoRules.MaxTagLength, Nullable = true)] List<string>? Tags,
    [ApiField(Nullable = true, Description = "Repeat the todo: an RFC 5545 rule and an IANA time zone (default UTC); null on PATCH stops the series.")] TodoFunctions.Core.Contracts.RecurrenceFields? Recurrence = null,
    [ApiField(MaxItems = TodoFunctions.Core.Domain.Reminders.ReminderSpec.MaxPerTodo, Nullable = true,
        Description = "Each exactly one of `at` (a date-time with offset) or `before` (an ISO-8601 duration before the due, e.g. PT1H); null or [] on PATCH removes them.")]
    List<TodoFunctions.Core.Contracts.ReminderFields?>? Reminders = null);

namespace TodoFunctions.Http.Todos;

public sealed record CreateTodoRequest(
    Guid? Id,
    string? Title,
    string? Description,
    string? Due,
    string? Priority,
    List<string>? Tags,
    TodoFunctions.Core.Contracts.RecurrenceFields? Recurrence = null);

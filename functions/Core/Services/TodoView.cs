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
    int Version)
{
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
        todo.Version);
}

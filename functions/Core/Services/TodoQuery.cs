using TodoFunctions.Core.Domain.Todos;

namespace TodoFunctions.Core.Services;

public enum TodoStatusFilter
{
    All,
    Pending,
    Completed,
}

public enum TodoSort
{
    Created,
    Due,
    Priority,
    Title,
    Updated,
}

/// <summary>Filters, sort and paging for <c>GET /api/todos</c>.</summary>
public sealed record TodoQuery
{
    public TodoStatusFilter Status { get; init; } = TodoStatusFilter.All;
    public DateTime? DueBeforeUtc { get; init; }
    public DateTime? DueAfterUtc { get; init; }
    public bool? Overdue { get; init; }
    public TodoPriority? Priority { get; init; }
    public string? Tag { get; init; }
    public string? Text { get; init; }
    public TodoSort Sort { get; init; } = TodoSort.Created;
    public bool Descending { get; init; }
    public int Skip { get; init; }
    public int Take { get; init; } = 50;
    /// <summary>Today for the caller, for all-day due dates in the overdue filter.</summary>
    public DateOnly Today { get; init; }
    public DateTime NowUtc { get; init; }
}

namespace TodoFunctions.Core.Domain.Todos;

public sealed class Todo
{
    private Todo()
    {
    }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public string Title { get; private set; } = "";
    public string? Description { get; private set; }
    public DateOnly? DueDate { get; private set; }
    public TimeOnly? DueTime { get; private set; }
    public int? DueOffsetMinutes { get; private set; }
    /// <summary>Instant for sorting and range filters (midnight UTC for an all-day due date).</summary>
    public DateTime? DueSortUtc { get; private set; }
    public TodoPriority Priority { get; private set; }
    public string[] Tags { get; private set; } = [];
    public bool Completed { get; private set; }
    public DateTime? CompletedAt { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public int Version { get; private set; }

    public TodoDue? Due => DueDate is { } date
        ? new TodoDue(date, DueTime, TimeSpan.FromMinutes(DueOffsetMinutes ?? 0))
        : null;

    public static Todo Create(Guid id, Guid userId, TodoInput input, DateTime nowUtc)
    {
        var todo = new Todo { Id = id, UserId = userId, CreatedAt = nowUtc, UpdatedAt = nowUtc, Version = 1 };
        todo.Title = input.Title ?? throw new TodoDomainException("validation", "The title is required.");
        todo.Description = input.Description;
        todo.SetDue(input.Due);
        todo.Priority = input.Priority ?? TodoPriority.None;
        todo.Tags = [.. input.Tags ?? []];
        return todo;
    }

    public void Update(TodoInput input, DateTime nowUtc)
    {
        if (input.Has(TodoFieldNames.Title))
        {
            Title = input.Title ?? throw new TodoDomainException("validation", "The title is required.");
        }
        if (input.Has(TodoFieldNames.Description))
        {
            Description = input.Description;
        }
        if (input.Has(TodoFieldNames.Due))
        {
            SetDue(input.Due);
        }
        if (input.Has(TodoFieldNames.Priority))
        {
            Priority = input.Priority ?? TodoPriority.None;
        }
        if (input.Has(TodoFieldNames.Tags))
        {
            Tags = [.. input.Tags ?? []];
        }
        Touch(nowUtc);
    }

    /// <returns>false when the todo was already completed, so nothing changed.</returns>
    public bool Complete(DateTime nowUtc)
    {
        if (Completed)
        {
            return false;
        }
        Completed = true;
        CompletedAt = nowUtc;
        Touch(nowUtc);
        return true;
    }

    /// <returns>false when the todo was not completed, so nothing changed.</returns>
    public bool Reopen(DateTime nowUtc)
    {
        if (!Completed)
        {
            return false;
        }
        Completed = false;
        CompletedAt = null;
        Touch(nowUtc);
        return true;
    }

    private void SetDue(TodoDue? due)
    {
        DueDate = due?.Date;
        DueTime = due?.Time;
        DueOffsetMinutes = due is { Time: not null } timed ? (int)timed.Offset.TotalMinutes : null;
        DueSortUtc = due?.SortKeyUtc;
    }

    private void Touch(DateTime nowUtc)
    {
        UpdatedAt = nowUtc;
        Version++;
    }
}

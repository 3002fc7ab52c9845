using TodoFunctions.Chat.Time;

namespace TodoFunctions.Chat.Intents;

public enum DueEdit { None, Set, Shift, Remove, RemoveTime }

/// <summary>A parsed change to existing tasks, before the reference is resolved.</summary>
public sealed record UpdateRequest(string Reference)
{
    public string? Title { get; init; }
    public string? Description { get; init; }
    public DueEdit DueEdit { get; init; }
    public DateExpression? NewDue { get; init; }
    public int ShiftDays { get; init; }
    public TaskPriority? Priority { get; init; }
    public IReadOnlyList<string> AddTags { get; init; } = [];
    public IReadOnlyList<string> RemoveTags { get; init; } = [];
    public bool ClearTags { get; init; }
    public bool NeedsNewTitle { get; init; }

    public bool HasChange => Title is not null || Description is not null || DueEdit != DueEdit.None || Priority is not null
        || AddTags.Count > 0 || RemoveTags.Count > 0 || ClearTags;
}

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
    /// <summary>"fix the spelling of X to Kevin": <see cref="Title"/> is one corrected word, not the whole new title.</summary>
    public bool SpellingFix { get; init; }
    /// <summary>A new rule, or a change whose NewRule is null to stop repeating.</summary>
    public RecurrenceChange? Repeat { get; init; }
    /// <summary>How the user said the new rule ("every Monday and Thursday"), for the reply.</summary>
    public string? RepeatPhrase { get; init; }
    public ReminderChange? Reminders { get; init; }

    public bool HasOtherChange => Title is not null || Description is not null || DueEdit != DueEdit.None || Priority is not null
        || AddTags.Count > 0 || RemoveTags.Count > 0 || ClearTags || Reminders is not null;

    public bool HasChange => Title is not null || Description is not null || DueEdit != DueEdit.None || Priority is not null
        || AddTags.Count > 0 || RemoveTags.Count > 0 || ClearTags || Repeat is not null || Reminders is not null;
}

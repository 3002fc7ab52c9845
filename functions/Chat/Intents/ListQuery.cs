namespace TodoFunctions.Chat.Intents;

public enum StatusFilter { Pending, Completed, All }

public enum DateFilterKind { None, Overdue, OnDate, Range, NoDate }

/// <summary>A listing request; every filter present must hold (AND).</summary>
public sealed record ListQuery(
    StatusFilter Status,
    DateFilterKind DateKind,
    DateOnly? From,
    DateOnly? To,
    string? DateLabel,
    TaskPriority? Priority,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Words)
{
    /// <summary>Only tasks that repeat ("what repeats?").</summary>
    public bool RepeatingOnly { get; init; }

    /// <summary>Only tasks with a reminder ("what reminders do I have?").</summary>
    public bool WithRemindersOnly { get; init; }

    public bool HasFilters => DateKind != DateFilterKind.None || Priority is not null || Tags.Count > 0 || Words.Count > 0 || RepeatingOnly || WithRemindersOnly;
}

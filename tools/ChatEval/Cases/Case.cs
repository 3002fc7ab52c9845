namespace TodoFunctions.ChatEval.Cases;

/// <summary>One line of a case file.</summary>
public sealed record Case(
    string Id,
    string Category,
    IReadOnlyList<SetupTask> Setup,
    string TimeZoneId,
    string? Now,
    IReadOnlyList<HistoryTurn> History,
    string Message,
    CaseExpect Expect);

public sealed record SetupTask(string Ref, string Title, string? Description, DueSpec? Due, string Priority, IReadOnlyList<string> Tags, bool Completed, RepeatSpec? Repeats = null);

/// <summary>Role "user" with Text, or "assistant_listing" with Refs.</summary>
public sealed record HistoryTurn(string Role, string? Text, IReadOnlyList<string> Refs);

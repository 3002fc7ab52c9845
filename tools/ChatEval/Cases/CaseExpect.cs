namespace TodoFunctions.ChatEval.Cases;

/// <summary>The expect block; an absent field sets no constraint (null here).</summary>
public sealed record CaseExpect
{
    public IReadOnlyList<TaskMatcher>? Created { get; init; }
    public IReadOnlyList<string>? Completed { get; init; }
    public IReadOnlyList<string>? Reopened { get; init; }
    public IReadOnlyList<string>? Deleted { get; init; }
    public IReadOnlyDictionary<string, TaskMatcher>? Updated { get; init; }
    public bool OthersUnchanged { get; init; } = true;
    public IReadOnlyList<string>? ReplyIncludes { get; init; }
    public IReadOnlyList<string>? ReplyExcludes { get; init; }
    public bool Clarify { get; init; }
}

/// <summary>Field matchers for a created or updated task. HasDue distinguishes "due": null (must be undated) from no due check.</summary>
public sealed record TaskMatcher
{
    public IReadOnlyList<string>? TitleIncludes { get; init; }
    public IReadOnlyList<string>? TitleExcludes { get; init; }
    public IReadOnlyList<string>? DescriptionIncludes { get; init; }
    public bool HasDue { get; init; }
    public DueSpec? Due { get; init; }
    public string? Priority { get; init; }
    public IReadOnlyList<string>? Tags { get; init; }
    /// <summary>HasRepeats distinguishes "repeats": null (must not repeat) from no check.</summary>
    public bool HasRepeats { get; init; }
    public RepeatSpec? Repeats { get; init; }

    public bool NamesTitle => TitleIncludes is not null || TitleExcludes is not null;
}

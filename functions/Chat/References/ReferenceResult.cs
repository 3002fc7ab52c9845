namespace TodoFunctions.Chat.References;

public enum ReferenceStatus { Found, Ambiguous, NotFound, NoListing, OutOfRange, NeedsTarget, WrongState }

/// <summary>Outcome of resolving a reference; Candidates holds the tied tasks when ambiguous.</summary>
public sealed record ReferenceResult(ReferenceStatus Status, IReadOnlyList<ChatTask> Tasks, IReadOnlyList<ChatTask> Candidates, string Detail)
{
    public static ReferenceResult Found(IReadOnlyList<ChatTask> tasks) => new(ReferenceStatus.Found, tasks, [], "");

    public static ReferenceResult Fail(ReferenceStatus status, string detail, IReadOnlyList<ChatTask>? candidates = null) =>
        new(status, [], candidates ?? [], detail);
}

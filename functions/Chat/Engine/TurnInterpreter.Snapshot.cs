namespace TodoFunctions.Chat.Engine;

/// <summary>Reading a clause on trial: what it did can be taken back when it turns out to be only context.</summary>
internal sealed partial class TurnInterpreter
{
    private readonly record struct Snapshot(int Actions, int Tasks, int Replies, int Problems, int Touched,
        IReadOnlyList<Guid>? LastTargets, string? Redo, IReadOnlyList<Guid>? ProblemListing);

    private Snapshot TakeSnapshot() =>
        new(_actions.Count, _tasks.Count, _replies.Count, _problems.Count, _touched.Count, _lastTargets, _redo, _problemListing);

    /// <summary>Since the snapshot, the clause only added tasks (and asked nothing).</summary>
    private bool AddedOnly(Snapshot s) =>
        _actions.Count > s.Actions && _problems.Count == s.Problems && _actions.Skip(s.Actions).All(a => a is AddTask);

    private void RollBack(Snapshot s)
    {
        _actions.RemoveRange(s.Actions, _actions.Count - s.Actions);
        _tasks.RemoveRange(s.Tasks, _tasks.Count - s.Tasks);
        _replies.RemoveRange(s.Replies, _replies.Count - s.Replies);
        _problems.RemoveRange(s.Problems, _problems.Count - s.Problems);
        _touched.RemoveRange(s.Touched, _touched.Count - s.Touched);
        (_lastTargets, _redo, _problemListing) = (s.LastTargets, s.Redo, s.ProblemListing);
    }
}

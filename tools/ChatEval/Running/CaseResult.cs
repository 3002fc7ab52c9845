using TodoFunctions.ChatEval.Cases;

namespace TodoFunctions.ChatEval.Running;

public sealed record CaseResult(Case Case, IReadOnlyList<string> Failures, string Reply, IReadOnlyList<TimeSpan> TurnLatencies)
{
    public bool Passed => Failures.Count == 0;
}

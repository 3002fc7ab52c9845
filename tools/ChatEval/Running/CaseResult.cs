using TodoFunctions.ChatEval.Cases;
using TodoFunctions.ChatEval.Checking;

namespace TodoFunctions.ChatEval.Running;

public sealed record CaseResult(Case Case, IReadOnlyList<string> Failures, string Reply, IReadOnlyList<TimeSpan> TurnLatencies, IReadOnlyList<TitleAudit.Finding> TitleFindings)
{
    public bool Passed => Failures.Count == 0;
}

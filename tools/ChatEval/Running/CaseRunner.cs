using TodoFunctions.ChatEval.Cases;
using TodoFunctions.ChatEval.Checking;
using TodoFunctions.ChatEval.Targets;

namespace TodoFunctions.ChatEval.Running;

/// <summary>Plays every case against a target at a fixed run date and checks the outcome.</summary>
public sealed class CaseRunner(ICaseTarget target)
{
    public async Task<RunReport> RunAsync(IReadOnlyList<Case> cases, DateOnly runDate, CancellationToken cancellationToken = default)
    {
        var results = new List<CaseResult>();
        foreach (var c in cases)
        {
            var now = CaseClock.NowFor(c, runDate);
            var setup = CaseSetup.Build(c, now);
            var outcome = await target.RunAsync(c, now, setup, cancellationToken).ConfigureAwait(false);
            var failures = outcome.Error is null
                ? CaseChecker.Check(c, setup, outcome.FinalTasks, outcome.Reply)
                : [outcome.Error];
            var titleFindings = outcome.Error is null ? TitleAudit.Audit(c, setup, outcome.FinalTasks) : [];
            results.Add(new CaseResult(c, failures, outcome.Reply, outcome.TurnLatencies, titleFindings));
        }

        return new RunReport(runDate, results);
    }
}

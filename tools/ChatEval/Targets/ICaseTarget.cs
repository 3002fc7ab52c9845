using TodoFunctions.ChatEval.Cases;

namespace TodoFunctions.ChatEval.Targets;

/// <summary>Something that can play a case: the in-process engine today, an HTTP endpoint or an LLM later.</summary>
public interface ICaseTarget
{
    string Name { get; }

    Task<CaseOutcome> RunAsync(Case c, DateTimeOffset now, CaseSetup setup, CancellationToken cancellationToken = default);
}

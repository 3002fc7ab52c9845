using TodoFunctions.Chat;

namespace TodoFunctions.ChatEval.Targets;

/// <summary>What a target produced for a case: the task list afterwards, the reply, and how long each turn took.</summary>
public sealed record CaseOutcome(IReadOnlyList<ChatTask> FinalTasks, string Reply, IReadOnlyList<TimeSpan> TurnLatencies, string? Error = null);

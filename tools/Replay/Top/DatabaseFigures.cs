namespace TodoFunctions.Replay.Top;

public sealed record RecentFailure(DateTime CompletedAt, string Kind, string ErrorCode, Guid CommandId);

/// <param name="RecordedTotal">Rows ever inserted into processed_commands (PostgreSQL's statistics): its rate is applied/s.</param>
public sealed record DatabaseFigures(long RecordedTotal, long ParkedNow, IReadOnlyList<RecentFailure> RecentFailures);

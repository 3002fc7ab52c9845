namespace TodoFunctions.Core.Operations;

/// <param name="RecordedTotal">Rows ever inserted into processed_commands (PostgreSQL's statistics): its rate is applied/s.</param>
public sealed record DatabaseFigures(long RecordedTotal, long ParkedNow, IReadOnlyList<RecentFailure> RecentFailures);

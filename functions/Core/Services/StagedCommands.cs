using TodoFunctions.Core.Domain.Commands;

namespace TodoFunctions.Core.Services;

/// <param name="Records">What each newly applied command did (succeeded or failed), in order.</param>
/// <param name="Parked">Commands that wait for their todo to be created; they hold no message and no consumer.</param>
public sealed record StagedCommands(IReadOnlyList<ProcessedCommand> Records, int Parked)
{
    public static readonly StagedCommands None = new([], 0);

    public int Failed => Records.Count(r => r.Status == CommandStatus.Failed);
}

using TodoFunctions.Core.Domain.Commands;

namespace TodoFunctions.Core.Services;

/// <param name="Records">What each newly applied command did (succeeded or failed), in order.</param>
/// <param name="Deferred">Commands waiting for their todo to be created; nothing was staged for them.</param>
public sealed record StagedCommands(IReadOnlyList<ProcessedCommand> Records, IReadOnlySet<Guid> Deferred);

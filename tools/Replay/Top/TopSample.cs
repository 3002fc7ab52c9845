using TodoFunctions.Core.Operations;

namespace TodoFunctions.Replay.Top;

public sealed record TopSample(DateTime At, IReadOnlyList<QueueFigures> Queues, DatabaseFigures? Database);

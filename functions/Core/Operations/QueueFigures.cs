namespace TodoFunctions.Core.Operations;

/// <summary>One queue at one moment. Rates and unacknowledged counts need the management API (null without).</summary>
public sealed record QueueFigures(string Name, bool Exists, long Ready, long Consumers, long? Unacked = null, double? PublishRate = null, double? DeliverRate = null);

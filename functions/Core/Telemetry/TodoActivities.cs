using System.Diagnostics;

namespace TodoFunctions.Core.Telemetry;

/// <summary>Spans of our own, where no library makes one: a worker's batch transaction.</summary>
public static class TodoActivities
{
    public const string SourceName = "TodoFunctions";

    public static readonly ActivitySource Source = new(SourceName);
}

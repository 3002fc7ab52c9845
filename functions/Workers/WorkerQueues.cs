namespace TodoFunctions.Workers;

/// <summary>
/// Which queues this process consumes: <c>--queues todo-commands</c> or <c>Workers__Queues</c>
/// (comma-separated); all of them when unset, none for <c>none</c> (an HTTP-only local host).
/// One Kubernetes Deployment runs one queue. <c>reminders</c> selects the reminders function, which polls
/// the <c>reminders</c> table instead of a queue.
/// </summary>
public static class WorkerQueues
{
    public static readonly Dictionary<string, string> SwitchMappings = new()
    {
        ["--queues"] = "Workers:Queues",
        ["--health-port"] = "Workers:HealthPort",
        ["--drain-timeout"] = "Workers:DrainTimeout",
        ["--exit-when-idle"] = "Workers:ExitWhenIdle",
    };

    /// <summary>Every name <c>--queues</c> accepts: the queues and the reminders function.</summary>
    public static readonly IReadOnlyList<string> All = [.. QueueNames.All, Reminders.ReminderFunction.Name];

    public static IReadOnlyList<string> From(IConfiguration configuration)
    {
        var text = configuration["Workers:Queues"];
        if (string.IsNullOrWhiteSpace(text))
        {
            return All;
        }
        if (text.Trim() == "none")
        {
            return [];
        }
        var queues = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = queues.Except(All).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown queue(s) {string.Join(", ", unknown)}; known: {string.Join(", ", All)}.");
        }
        return queues;
    }
}

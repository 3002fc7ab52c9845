namespace TodoFunctions.Workers;

/// <summary>
/// Which queues this process consumes: <c>--queues todo-commands</c> or <c>Workers__Queues</c>
/// (comma-separated); all of them when unset, none for <c>none</c> (an HTTP-only local host).
/// One Kubernetes Deployment runs one queue.
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

    public static IReadOnlyList<string> From(IConfiguration configuration)
    {
        var text = configuration["Workers:Queues"];
        if (string.IsNullOrWhiteSpace(text))
        {
            return QueueNames.All;
        }
        if (text.Trim() == "none")
        {
            return [];
        }
        var queues = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = queues.Except(QueueNames.All).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown queue(s) {string.Join(", ", unknown)}; known: {string.Join(", ", QueueNames.All)}.");
        }
        return queues;
    }
}

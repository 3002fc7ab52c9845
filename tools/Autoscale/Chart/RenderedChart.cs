namespace TodoFunctions.Autoscale.Chart;

/// <summary>The objects of a rendered chart the simulator reads: ScaledObjects and the Deployments' grace periods.</summary>
public sealed record RenderedChart(IReadOnlyList<ScaledObjectSpec> ScaledObjects, IReadOnlyDictionary<string, int> TerminationGracePeriods)
{
    /// <summary>The ScaledObject whose rabbitmq trigger watches <paramref name="queue"/>.</summary>
    public ScaledObjectSpec ForQueue(string queue)
    {
        var matches = ScaledObjects.Where(s => s.Trigger.QueueName == queue).ToList();
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new InvalidOperationException(
                $"No ScaledObject with a rabbitmq trigger on queue '{queue}' in the rendered chart (found: {string.Join(", ", ScaledObjects.Select(s => $"{s.Name} → {s.Trigger.QueueName}"))})."),
            _ => throw new InvalidOperationException($"More than one ScaledObject scales on queue '{queue}': {string.Join(", ", matches.Select(m => m.Name))}."),
        };
    }

    /// <summary>The Deployment's terminationGracePeriodSeconds; Kubernetes' default is 30.</summary>
    public int GracePeriodFor(string deployment) => TerminationGracePeriods.GetValueOrDefault(deployment, 30);
}

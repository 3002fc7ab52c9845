using YamlDotNet.RepresentationModel;

namespace TodoFunctions.Autoscale.Chart;

/// <summary>
/// Reads the multi-document YAML that <c>helm template</c> prints. Only the fields KEDA and the HPA act on
/// are read; a ScaledObject without a rabbitmq trigger is skipped (HTTP functions scale on CPU).
/// </summary>
public static class ScaledObjectReader
{
    public static RenderedChart Read(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var scaledObjects = new List<ScaledObjectSpec>();
        var gracePeriods = new Dictionary<string, int>();
        foreach (var document in stream.Documents)
        {
            if (document.RootNode is not YamlMappingNode root)
            {
                continue;
            }
            switch (Text(root, "kind"))
            {
                case "ScaledObject" when Text(root, "apiVersion") == "keda.sh/v1alpha1":
                    if (ReadScaledObject(root) is { } spec)
                    {
                        scaledObjects.Add(spec);
                    }
                    break;
                case "Deployment":
                    var name = Text(Map(root, "metadata"), "name") ?? "";
                    var podSpec = Map(Map(Map(root, "spec"), "template"), "spec");
                    gracePeriods[name] = Int(podSpec, "terminationGracePeriodSeconds") ?? 30;
                    break;
            }
        }
        return new RenderedChart(scaledObjects, gracePeriods);
    }

    private static ScaledObjectSpec? ReadScaledObject(YamlMappingNode root)
    {
        var metadata = Map(root, "metadata");
        var spec = Map(root, "spec") ?? throw new InvalidDataException("A ScaledObject without spec.");
        var name = Text(metadata, "name") ?? "(unnamed)";
        var trigger = Sequence(spec, "triggers")?.Children.OfType<YamlMappingNode>().FirstOrDefault(t => Text(t, "type") == "rabbitmq");
        if (trigger is null)
        {
            return null;
        }
        var hpaConfig = Map(Map(spec, "advanced"), "horizontalPodAutoscalerConfig");
        return new ScaledObjectSpec(
            name,
            Text(Map(spec, "scaleTargetRef"), "name") ?? throw new InvalidDataException($"ScaledObject {name}: scaleTargetRef.name is mandatory."),
            Int(spec, "pollingInterval") ?? ScaledObjectSpec.DefaultPollingInterval,
            Int(spec, "cooldownPeriod") ?? ScaledObjectSpec.DefaultCooldownPeriod,
            Int(spec, "initialCooldownPeriod") ?? 0,
            Int(spec, "idleReplicaCount"),
            Int(spec, "minReplicaCount") ?? 0,
            Int(spec, "maxReplicaCount") ?? ScaledObjectSpec.DefaultMaxReplicaCount,
            ReadFallback(Map(spec, "fallback")),
            ReadBehavior(Map(hpaConfig, "behavior")),
            ReadTrigger(name, Map(trigger, "metadata")));
    }

    private static RabbitTrigger ReadTrigger(string scaledObject, YamlMappingNode? metadata)
    {
        var queue = Text(metadata, "queueName") ?? throw new InvalidDataException($"ScaledObject {scaledObject}: the rabbitmq trigger has no queueName.");
        // The deprecated queueLength key still works in KEDA 2.x; mode + value replace it.
        var mode = Text(metadata, "mode") ?? (Text(metadata, "queueLength") is not null ? "QueueLength" : null)
            ?? throw new InvalidDataException($"ScaledObject {scaledObject}: the rabbitmq trigger needs mode (QueueLength).");
        if (mode != "QueueLength")
        {
            throw new NotSupportedException($"ScaledObject {scaledObject}: mode {mode} is not simulated; only QueueLength is.");
        }
        var value = Number(metadata, "value") ?? Number(metadata, "queueLength") ?? 20;
        return new RabbitTrigger(queue, mode, value, Number(metadata, "activationValue") ?? 0,
            Text(metadata, "protocol") ?? "auto", Text(metadata, "excludeUnacknowledged") == "true");
    }

    private static FallbackSpec? ReadFallback(YamlMappingNode? fallback) => fallback is null
        ? null
        : new FallbackSpec(Int(fallback, "failureThreshold") ?? 3, Int(fallback, "replicas") ?? 0, Text(fallback, "behavior") ?? "static");

    private static HpaBehavior? ReadBehavior(YamlMappingNode? behavior) => behavior is null
        ? null
        : new HpaBehavior(ReadRules(Map(behavior, "scaleUp"), HpaBehavior.DefaultScaleUp), ReadRules(Map(behavior, "scaleDown"), HpaBehavior.DefaultScaleDown));

    // Field by field, like copyHPAScalingRules in Kubernetes: what is set wins, the rest is the default.
    private static ScalingRules ReadRules(YamlMappingNode? rules, ScalingRules defaults)
    {
        if (rules is null)
        {
            return defaults;
        }
        var policies = Sequence(rules, "policies")?.Children.OfType<YamlMappingNode>()
            .Select(p => new ScalingPolicy(Text(p, "type") ?? "Pods", Int(p, "value") ?? 0, Int(p, "periodSeconds") ?? 15))
            .ToList();
        return new ScalingRules(
            Int(rules, "stabilizationWindowSeconds") ?? defaults.StabilizationWindowSeconds,
            Text(rules, "selectPolicy") ?? defaults.SelectPolicy,
            policies ?? defaults.Policies,
            Number(rules, "tolerance") ?? defaults.Tolerance);
    }

    private static YamlMappingNode? Map(YamlMappingNode? node, string key) =>
        node is not null && node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child as YamlMappingNode : null;

    private static YamlSequenceNode? Sequence(YamlMappingNode? node, string key) =>
        node is not null && node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child as YamlSequenceNode : null;

    private static string? Text(YamlMappingNode? node, string key) =>
        node is not null && node.Children.TryGetValue(new YamlScalarNode(key), out var child) && child is YamlScalarNode scalar
            && scalar.Value is { Length: > 0 } value && value != "null" && value != "~" ? value : null;

    private static double? Number(YamlMappingNode? node, string key) =>
        Text(node, key) is { } text ? double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) : null;

    private static int? Int(YamlMappingNode? node, string key) =>
        Text(node, key) is { } text ? int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture) : null;
}

using TodoFunctions.Autoscale;

namespace TodoFunctions.Autoscale.Tests;

public sealed class ChartReadingTests
{
    [Fact]
    public async Task TheScaledObjectIsReadFromWhatHelmTemplateRendersWithTheGivenValues()
    {
        var arguments = AutoscaleArguments.Parse(["--chart", ChartUnderTest.Directory, .. ChartUnderTest.ValuesArguments,
            "--set", ChartUnderTest.Scaling + "maxReplicaCount=7", "--rabbitmq", "amqp://unused/", "--until-idle"]);

        var chart = await AutoscaleRun.LoadChartAsync(arguments, TestContext.Current.CancellationToken);
        var spec = chart.ForQueue(ChartUnderTest.Queue);

        Assert.Equal("todo-todo-functions-worker-todo-commands", spec.TargetName);
        Assert.Equal(7, spec.MaxReplicaCount); // from --set, so the numbers really come from helm
        Assert.Equal(0, spec.MinReplicaCount);
        Assert.Equal(1, spec.PollingIntervalSeconds);
        Assert.Equal(4, spec.CooldownPeriodSeconds);
        Assert.Equal(new RabbitTrigger("todo-commands", "QueueLength", 1000, 0, "amqp", false), spec.Trigger);
        Assert.Equal(new FallbackSpec(3, 1, "static"), spec.Fallback);
        Assert.Equal(3, spec.Behavior!.ScaleDown.StabilizationWindowSeconds);
        Assert.Equal([new ScalingPolicy("Pods", 1, 2)], spec.Behavior.ScaleDown.Policies);
        Assert.Equal([new ScalingPolicy("Pods", 2, 2)], spec.Behavior.ScaleUp.Policies);
        Assert.Single(chart.ScaledObjects, s => s.Trigger.QueueName == "chat-commands"); // the other worker, read too
    }

    [Fact]
    public void AbsentFieldsTakeKedaAndKubernetesDefaults()
    {
        var chart = ScaledObjectReader.Read("""
            apiVersion: keda.sh/v1alpha1
            kind: ScaledObject
            metadata:
              name: minimal
            spec:
              scaleTargetRef:
                name: worker
              advanced:
                horizontalPodAutoscalerConfig:
                  behavior:
                    scaleDown:
                      policies:
                        - type: Pods
                          value: 1
                          periodSeconds: 60
              triggers:
                - type: rabbitmq
                  metadata:
                    queueName: q
                    mode: QueueLength
                    value: "50"
            """);

        var spec = chart.ForQueue("q");
        Assert.Equal((30, 300, 0, 100), (spec.PollingIntervalSeconds, spec.CooldownPeriodSeconds, spec.MinReplicaCount, spec.MaxReplicaCount));
        Assert.Equal("auto", spec.Trigger.Protocol);
        Assert.Equal(0, spec.Trigger.ActivationValue);
        Assert.Null(spec.Fallback);
        Assert.Equal(HpaBehavior.DefaultScaleUp, spec.Behavior!.ScaleUp);
        Assert.Null(spec.Behavior.ScaleDown.StabilizationWindowSeconds); // the controller's 5 min flag applies
        Assert.Equal([new ScalingPolicy("Pods", 1, 60)], spec.Behavior.ScaleDown.Policies);
        Assert.Equal(30, chart.GracePeriodFor("worker"));
    }

    [Fact]
    public void AQueueNoScaledObjectWatchesIsAnError()
    {
        var chart = ScaledObjectReader.Read("kind: ConfigMap\napiVersion: v1\n");
        Assert.Throws<InvalidOperationException>(() => chart.ForQueue("todo-commands"));
    }
}

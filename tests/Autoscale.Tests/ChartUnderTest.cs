namespace TodoFunctions.Autoscale.Tests;

/// <summary>
/// The chart the tests render: the project's keda/ chart alone, with the app's values file (its one
/// <c>workers:</c> map) and test-values.yaml, which shortens every interval.
/// </summary>
public static class ChartUnderTest
{
    public static string Directory => Path.Combine(RepoPaths.Root, "keda");

    public static IReadOnlyList<string> ValuesArguments =>
    [
        "--values", Path.Combine(RepoPaths.Root, "helm", "todo-functions", "values.yaml"),
        "--values", Path.Combine(RepoPaths.Root, "tests", "Autoscale.Tests", "test-values.yaml"),
    ];

    public const string Queue = "todo-commands";

    /// <summary>The --set prefix of this worker's scaling keys in the app's workers: map.</summary>
    public const string Scaling = "workers.todo-commands.scaling.";
}

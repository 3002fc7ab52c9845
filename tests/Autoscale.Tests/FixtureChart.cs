namespace TodoFunctions.Autoscale.Tests;

/// <summary>
/// The chart the tests render. Until keda/ lands this is Fixtures/keda-fixture, a chart that renders
/// ScaledObjects by the KEDA v2 spec; the test values shorten every interval.
/// </summary>
public static class FixtureChart
{
    public static string Directory => Path.Combine(RepoPaths.Root, "tests", "Autoscale.Tests", "Fixtures", "keda-fixture");

    public static string TestValues => Path.Combine(RepoPaths.Root, "tests", "Autoscale.Tests", "Fixtures", "test-values.yaml");

    public const string Queue = "todo-commands";
}

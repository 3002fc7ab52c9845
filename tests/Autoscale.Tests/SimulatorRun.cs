using Spectre.Console;
using TodoFunctions.Autoscale;

namespace TodoFunctions.Autoscale.Tests;

/// <summary>Runs the simulator in the test process against the keda/ chart, with its output kept for the test log.</summary>
public static class SimulatorRun
{
    public static async Task<SimulationResult> RunAsync(ScalingEnvironment environment, IEnumerable<string> extra, Action<Simulator>? observe = null)
    {
        var record = Path.Combine(Path.GetTempPath(), $"autoscale-{Guid.NewGuid():N}.json");
        string[] arguments =
        [
            "--chart", ChartUnderTest.Directory, .. ChartUnderTest.ValuesArguments, "--queue", ChartUnderTest.Queue,
            "--rabbitmq", environment.RabbitMq, "--postgres", environment.Postgres,
            "--hpa-sync-period", "1", "--sample-interval", "0.5", "--until-idle", "--duration", "150",
            // keda/ alone renders no Deployment: this is workerDefaults.terminationGracePeriodSeconds of the app chart.
            "--termination-grace-period", "40",
            "--record", record,
            .. extra,
        ];
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        try
        {
            var result = await AutoscaleRun.RunAsync(AutoscaleArguments.Parse(arguments), console, observe, TestContext.Current.CancellationToken);
            Assert.True(File.Exists(record), "--record wrote nothing");
            return result;
        }
        finally
        {
            TestContext.Current.TestOutputHelper?.WriteLine(output.ToString());
            File.Delete(record);
        }
    }
}

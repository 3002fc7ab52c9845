using Spectre.Console;
using TodoFunctions.Autoscale.Chart;
using TodoFunctions.Autoscale.Cluster;
using TodoFunctions.Autoscale.Observing;
using TodoFunctions.Autoscale.Reporting;
using TodoFunctions.Autoscale.Scaling;

namespace TodoFunctions.Autoscale;

/// <summary>One simulator run from parsed arguments: render the chart, start the loops, report. Tests call this too.</summary>
public static class AutoscaleRun
{
    public static async Task<RenderedChart> LoadChartAsync(AutoscaleArguments arguments, CancellationToken cancellationToken)
    {
        var yaml = arguments.Manifest is not null
            ? await File.ReadAllTextAsync(arguments.Manifest, cancellationToken)
            : await HelmTemplate.RenderAsync(await HelmTemplate.LocateAsync(RepositoryRoot, cancellationToken), arguments.Chart!,
                arguments.Values, arguments.Sets, arguments.Release, cancellationToken);
        return ScaledObjectReader.Read(yaml);
    }

    public static async Task<SimulationResult> RunAsync(AutoscaleArguments arguments, IAnsiConsole console,
        Action<Simulator>? observe, CancellationToken cancellationToken)
    {
        var chart = await LoadChartAsync(arguments, cancellationToken);
        var spec = chart.ForQueue(arguments.Queue);
        var grace = TimeSpan.FromSeconds(arguments.TerminationGracePeriodSeconds ?? chart.GracePeriodFor(spec.TargetName));
        if (arguments.WorkerLogs is not null)
        {
            Directory.CreateDirectory(arguments.WorkerLogs);
        }
        await using var probe = new QueueProbe(arguments.RabbitMq!, arguments.Queue, arguments.Management);
        await using var applied = arguments.Postgres is null ? null : new AppliedCounter(arguments.Postgres);
        using var deployment = new WorkerDeployment(WorkerLaunch(arguments), grace);
        var options = new SimulatorOptions(arguments.Hpa, arguments.SampleInterval, arguments.Duration, arguments.UntilIdle, arguments.IdleFor, arguments.InitialReplicas);
        var simulator = new Simulator(spec, options, probe, deployment, applied, TimeProvider.System);
        var view = new LiveView(spec, simulator.Protocol, console);
        simulator.Sampled += view.OnSampled;
        simulator.Scaled += view.OnScaled;
        observe?.Invoke(simulator);

        var result = arguments.Quiet
            ? await simulator.RunAsync(cancellationToken)
            : await view.RunAsync(simulator.RunAsync(cancellationToken));
        if (!arguments.Quiet)
        {
            Summary.Write(console, result);
        }
        if (arguments.Record is not null)
        {
            await TimelineRecorder.WriteAsync(arguments.Record, result);
        }
        if (arguments.Svg is not null)
        {
            await File.WriteAllTextAsync(arguments.Svg, SvgChart.Render(result), CancellationToken.None); // also after Ctrl+C
        }
        foreach (var line in deployment.EndedOutput)
        {
            console.WriteLine(line);
        }
        return result;
    }

    /// <summary>What the Deployment's container runs: the worker for this one queue, with the broker and database.</summary>
    public static WorkerLaunch WorkerLaunch(AutoscaleArguments arguments)
    {
        var assembly = arguments.WorkerAssembly ?? Path.Combine(RepositoryRoot, "functions", "Workers", "bin", BuildConfiguration, "net10.0", "TodoFunctions.Workers.dll");
        if (!File.Exists(assembly))
        {
            throw new FileNotFoundException($"The worker is not built: {assembly} (dotnet build functions/Workers -c {BuildConfiguration}, or pass --workers).");
        }
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__RabbitMQ"] = arguments.RabbitMq!,
            ["Logging__LogLevel__Default"] = "Warning",
        };
        if (arguments.Postgres is not null)
        {
            environment["ConnectionStrings__Todo"] = arguments.Postgres;
        }
        foreach (var (key, value) in arguments.WorkerEnvironment)
        {
            environment[key] = value;
        }
        return new WorkerLaunch("dotnet", [assembly, "--queues", arguments.Queue], environment, arguments.WorkerLogs);
    }

    /// <summary>The folder holding Functions.sln, above the tool's binaries or the current folder.</summary>
    public static string RepositoryRoot { get; } =
        FindRoot(AppContext.BaseDirectory) ?? FindRoot(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory();

    /// <summary>Debug or Release: the workers are taken from the same configuration the tool was built in.</summary>
    public static string BuildConfiguration { get; } =
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";

    private static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Functions.sln")))
            {
                return dir.FullName;
            }
        }
        return null;
    }
}

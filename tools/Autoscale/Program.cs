using Spectre.Console;

namespace TodoFunctions.Autoscale;

// Not top-level statements: the local host's global Program must stay the only one tests see.
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        // Ctrl+C stops the loops; the workers then get SIGTERM and their grace period, as in a cluster.
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        AutoscaleArguments arguments;
        try
        {
            arguments = AutoscaleArguments.Parse(args);
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message + " See tools/Autoscale/README.md.");
            return 2;
        }
        await AutoscaleRun.RunAsync(arguments, AnsiConsole.Console, observe: null, stop.Token);
        return 0;
    }
}

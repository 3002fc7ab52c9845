using TodoFunctions.Replay.Capturing;
using TodoFunctions.Replay.Commands;

namespace TodoFunctions.Replay;

// Not top-level statements: the local host's global Program must stay the only one tests see.
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        if (Console.IsOutputRedirected)
        {
            // Piped to a file or another program: whole table rows (ids are 36 characters) beat 80 columns.
            AnsiConsole.Profile.Width = 200;
        }
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("replay");
            config.AddCommand<CaptureCommand>("capture").WithDescription("Record the commands flowing to a queue, or export applied ones from the database.");
            config.AddCommand<InspectCommand>("inspect").WithDescription("Counts, first and last commands, and validation of a capture file.");
            config.AddCommand<ReplayCommand>("replay").WithDescription("Publish a capture file's commands to a broker.");
            config.AddCommand<TopCommand>("top").WithDescription("Live view of the queues, error queues, applied/s and recent failures.");
            config.AddBranch("errors", errors =>
            {
                errors.SetDescription("The _error queues: list, show, replay or purge what failed.");
                errors.AddCommand<ErrorsListCommand>("list");
                errors.AddCommand<ErrorsShowCommand>("show");
                errors.AddCommand<ErrorsReplayCommand>("replay");
                errors.AddCommand<ErrorsPurgeCommand>("purge");
            });
            config.SetExceptionHandler((exception, _) => Fail(exception));
        });
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        return await app.RunAsync(args, stop.Token);
    }

    private static int Fail(Exception exception)
    {
        var (message, code) = exception switch
        {
            ToolException tool => (tool.Message, tool.ExitCode),
            CaptureFormatException format => (format.Message, ExitCodes.Failed),
            CommandAppException cli => (cli.Message, ExitCodes.Usage),
            OperationCanceledException => ("Stopped.", ExitCodes.Failed),
            _ => (exception.ToString(), ExitCodes.Failed),
        };
        AnsiConsole.Console.MarkupLineInterpolated($"[red]{message}[/]");
        return code;
    }
}

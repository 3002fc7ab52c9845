using TodoFunctions.Replay.Capturing;

namespace TodoFunctions.Replay.Commands;

public sealed class CaptureCommand(IAnsiConsole console) : AsyncCommand<CaptureSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, CaptureSettings settings, CancellationToken cancellationToken)
    {
        var summary = settings.FromDb
            ? await DatabaseCapture.RunAsync(settings, console, cancellationToken)
            : await QueueCapture.RunAsync(settings, console, cancellationToken);
        var skipped = summary.Skipped > 0 ? $" ({summary.Skipped} skipped: {summary.SkipReason})" : "";
        console.MarkupLineInterpolated($"Captured [green]{summary.Written}[/] commands into {settings.Out}{skipped}");
        return ExitCodes.Ok;
    }
}

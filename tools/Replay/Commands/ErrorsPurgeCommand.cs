using TodoFunctions.Replay.ErrorQueues;

namespace TodoFunctions.Replay.Commands;

public sealed class ErrorsPurgeCommand(IAnsiConsole console) : AsyncCommand<ErrorsPurgeSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ErrorsPurgeSettings settings, CancellationToken cancellationToken)
    {
        await using var connection = await Broker.ConnectAsync(settings.Amqp, cancellationToken);
        foreach (var queue in settings.Queues)
        {
            await using var errors = await ErrorQueue.OpenAsync(connection, queue, cancellationToken);
            if (errors is null)
            {
                continue;
            }
            var count = await errors.CountAsync(cancellationToken);
            if (count == 0)
            {
                console.MarkupLineInterpolated($"{errors.Name}: empty");
                continue;
            }
            if (!settings.Yes)
            {
                if (!console.Profile.Capabilities.Interactive)
                {
                    throw new ToolException($"Purging {count} message(s) from {errors.Name} needs confirmation: run interactively or pass --yes.", ExitCodes.Usage);
                }
                if (!await console.ConfirmAsync($"Delete {count} message(s) from {errors.Name} for good?", defaultValue: false, cancellationToken))
                {
                    continue;
                }
            }
            console.MarkupLineInterpolated($"{errors.Name}: purged {await errors.PurgeAsync(cancellationToken)} message(s)");
        }
        return ExitCodes.Ok;
    }
}

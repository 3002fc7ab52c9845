using TodoFunctions.Replay.Capturing;
using TodoFunctions.Replay.ErrorQueues;

namespace TodoFunctions.Replay.Commands;

public sealed class ErrorsShowCommand(IAnsiConsole console) : AsyncCommand<ErrorsShowSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ErrorsShowSettings settings, CancellationToken cancellationToken)
    {
        await using var connection = await Broker.ConnectAsync(settings.Amqp, cancellationToken);
        foreach (var queue in settings.Queues)
        {
            await using var errors = await ErrorQueue.OpenAsync(connection, queue, cancellationToken);
            if (errors is null || (await errors.BrowseAsync(settings.Limit, cancellationToken)).FirstOrDefault(m => m.Matches(settings.Id)) is not { } found)
            {
                continue;
            }
            var grid = new Grid().AddColumns(2);
            grid.AddRow("Queue", errors.Name);
            grid.AddRow("Message id", Markup.Escape(found.MessageId));
            grid.AddRow("Command", $"{found.CommandId} ({found.Kind}) for user {found.UserId}");
            grid.AddRow("Reason", Markup.Escape(found.Reason));
            grid.AddRow("Exception", Markup.Escape($"{found.ExceptionType}: {found.ExceptionMessage}"));
            grid.AddRow("Attempts", found.Attempts?.ToString(CultureInfo.InvariantCulture) ?? "?");
            grid.AddRow("Failed at", found.FaultedAt?.ToString("O", CultureInfo.InvariantCulture) ?? "?");
            foreach (var (key, value) in found.Headers.Where(h => h.Key != "MT-Fault-StackTrace").OrderBy(h => h.Key, StringComparer.Ordinal))
            {
                grid.AddRow(Markup.Escape(key), Markup.Escape(ErrorsListCommand.Shorten(value, 200)));
            }
            console.Write(grid);
            console.WriteLine();
            console.WriteLine(found.Command is null ? Encoding.UTF8.GetString(found.Body) : JsonSerializer.Serialize(found.Command, found.Command.GetType(),
                new JsonSerializerOptions(ReplayJson.Options) { WriteIndented = true }));
            if (found.StackTrace.Length > 0)
            {
                console.WriteLine();
                console.WriteLine(found.StackTrace);
            }
            return ExitCodes.Ok;
        }
        console.MarkupLineInterpolated($"[red]No message {settings.Id} in {string.Join(", ", settings.Queues.Select(ErrorQueue.NameOf))}.[/]");
        return ExitCodes.Failed;
    }
}

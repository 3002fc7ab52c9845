using TodoFunctions.Replay.ErrorQueues;

namespace TodoFunctions.Replay.Commands;

public sealed class ErrorsListCommand(IAnsiConsole console) : AsyncCommand<ErrorsSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ErrorsSettings settings, CancellationToken cancellationToken)
    {
        await using var connection = await Broker.ConnectAsync(settings.Amqp, cancellationToken);
        var now = DateTimeOffset.UtcNow;
        foreach (var queue in settings.Queues)
        {
            await using var errors = await ErrorQueue.OpenAsync(connection, queue, cancellationToken);
            if (errors is null)
            {
                console.MarkupLineInterpolated($"{ErrorQueue.NameOf(queue)}: does not exist (nothing has failed there)");
                continue;
            }
            var messages = await errors.BrowseAsync(settings.Limit, cancellationToken);
            console.MarkupLineInterpolated($"{errors.Name}: [{(messages.Count > 0 ? "red" : "green")}]{messages.Count}[/] message(s)");
            if (messages.Count == 0)
            {
                continue;
            }
            var table = new Table().AddColumns("Message", "Command", "Kind", "Reason", "Exception", "Attempts", "Age");
            foreach (var m in messages)
            {
                table.AddRow(Markup.Escape(m.MessageId), m.CommandId?.ToString() ?? "?", m.Kind, Markup.Escape(m.Reason),
                    Markup.Escape(Shorten($"{m.ExceptionType}: {m.ExceptionMessage}", 120)),
                    m.Attempts?.ToString(CultureInfo.InvariantCulture) ?? "?", m.FaultedAt is { } at ? Age(now - at) : "?");
            }
            console.Write(table);
        }
        return ExitCodes.Ok;
    }

    internal static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    internal static string Age(TimeSpan age) =>
        age.TotalMinutes < 1 ? $"{age.TotalSeconds:0}s" : age.TotalHours < 1 ? $"{age.TotalMinutes:0}m" : age.TotalDays < 1 ? $"{age.TotalHours:0.#}h" : $"{age.TotalDays:0.#}d";
}

using TodoFunctions.Replay.Capturing;

namespace TodoFunctions.Replay.Commands;

/// <summary>Counts by kind, user and minute, the first and last commands, and every invalid line.</summary>
public sealed class InspectCommand(IAnsiConsole console) : AsyncCommand<InspectSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, InspectSettings settings, CancellationToken cancellationToken)
    {
        var file = await CaptureFile.ReadAsync(settings.File, cancellationToken);
        var commands = file.Valid.Select(l => l.Command!).ToList();
        var invalid = file.Invalid.ToList();
        console.MarkupLineInterpolated($"{settings.File}: format {file.Header.Format} v{file.Header.Version}, from {file.Header.Source}, captured {file.Header.CapturedAt:u}");
        console.MarkupLineInterpolated($"[green]{commands.Count}[/] valid commands, [{(invalid.Count > 0 ? "red" : "green")}]{invalid.Count}[/] invalid lines");
        if (commands.Count > 0)
        {
            console.Write(Counts("Kind", commands.GroupBy(c => c.Kind), int.MaxValue));
            console.Write(Counts("User", commands.GroupBy(c => c.UserId.ToString()), settings.Top));
            console.Write(Counts("Minute (UTC)", commands.GroupBy(c => c.IssuedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)), settings.Top));
            var ordered = commands.OrderBy(c => c.IssuedAt).ToList();
            var ends = new Table().AddColumns("", "Issued at", "Kind", "Command", "User");
            ends.AddRow("first", ordered[0].IssuedAt.ToString("O", CultureInfo.InvariantCulture), ordered[0].Kind, ordered[0].CommandId.ToString(), ordered[0].UserId.ToString());
            ends.AddRow("last", ordered[^1].IssuedAt.ToString("O", CultureInfo.InvariantCulture), ordered[^1].Kind, ordered[^1].CommandId.ToString(), ordered[^1].UserId.ToString());
            console.Write(ends);
        }
        foreach (var line in invalid)
        {
            console.MarkupLineInterpolated($"[red]{settings.File}:{line.Number}:[/] {line.Error}");
        }
        return invalid.Count == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }

    private static Table Counts(string what, IEnumerable<IGrouping<string, CapturedCommand>> groups, int top)
    {
        var table = new Table().AddColumns(what, "Commands");
        var sorted = what.StartsWith("Minute", StringComparison.Ordinal)
            ? groups.OrderBy(g => g.Key, StringComparer.Ordinal)
            : groups.OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in sorted.Take(top))
        {
            table.AddRow(Markup.Escape(group.Key), group.Count().ToString(CultureInfo.InvariantCulture));
        }
        return table;
    }
}

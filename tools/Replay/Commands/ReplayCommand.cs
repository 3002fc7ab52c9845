using TodoFunctions.Replay.Capturing;
using TodoFunctions.Replay.Replaying;

namespace TodoFunctions.Replay.Commands;

public sealed class ReplayCommand(IAnsiConsole console) : AsyncCommand<ReplaySettings>
{
    private const int ErrorsShown = 20;

    public override async Task<int> ExecuteAsync(CommandContext context, ReplaySettings settings, CancellationToken cancellationToken)
    {
        var file = await CaptureFile.ReadAsync(settings.File, cancellationToken);
        var invalid = file.Invalid.ToList();
        foreach (var line in invalid.Take(ErrorsShown))
        {
            console.MarkupLineInterpolated($"[red]{settings.File}:{line.Number}:[/] {line.Error}");
        }
        if (invalid.Count > ErrorsShown)
        {
            console.MarkupLineInterpolated($"[red]… and {invalid.Count - ErrorsShown} more invalid lines.[/]");
        }
        if (invalid.Count > 0 && !settings.SkipInvalid)
        {
            console.MarkupLineInterpolated($"[red]Nothing published:[/] {invalid.Count} invalid line(s). Fix them, or pass --skip-invalid to publish the rest.");
            return ExitCodes.Failed;
        }

        var now = DateTimeOffset.UtcNow;
        var filters = new ReplayPlan.Filters(settings.Kind, settings.User,
            TimeArguments.Moment(settings.Since, "--since", now), TimeArguments.Moment(settings.Until, "--until", now));
        var users = await UserMap.ReadAsync(settings.RemapUsers, cancellationToken);
        var plan = ReplayPlan.Build(file, filters, users, settings.AsNew ? settings.Seed : null);
        if (settings.DryRun)
        {
            console.Write(PlanTable(plan, "Dry run: would publish"));
            console.MarkupLineInterpolated($"[yellow]Dry run:[/] nothing published ({plan.Items.Count} would be, {plan.Filtered} filtered out, {plan.Invalid} invalid).");
            return ExitCodes.Ok;
        }

        await using var connection = await Broker.ConnectAsync(settings.Target, cancellationToken);
        var publisher = new ReplayPublisher(connection);
        await publisher.CheckTopologyAsync(plan.Items, cancellationToken);
        var clock = Stopwatch.StartNew();
        var outcome = await WithProgressAsync(plan.Items.Count, clock,
            report => publisher.PublishAsync(plan.Items, settings.Rate, report, cancellationToken));
        clock.Stop();

        foreach (var (item, reason) in outcome.Failures.Take(ErrorsShown))
        {
            console.MarkupLineInterpolated($"[red]{settings.File}:{item.Line}:[/] {item.CommandId} not published: {reason}");
        }
        var summary = new Table().AddColumns("Published", "Skipped (filters)", "Skipped (invalid)", "Failed", "Seconds", "Per second");
        summary.AddRow(outcome.Published.ToString(CultureInfo.InvariantCulture), plan.Filtered.ToString(CultureInfo.InvariantCulture),
            plan.Invalid.ToString(CultureInfo.InvariantCulture), outcome.Failures.Count.ToString(CultureInfo.InvariantCulture),
            clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture),
            (outcome.Published / Math.Max(clock.Elapsed.TotalSeconds, 0.001)).ToString("0", CultureInfo.InvariantCulture));
        console.Write(summary);
        console.WriteLine($"published={outcome.Published} skipped={plan.Filtered + plan.Invalid} failed={outcome.Failures.Count}");
        return outcome.Failures.Count == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }

    private async Task<ReplayPublisher.Outcome> WithProgressAsync(int total, Stopwatch clock,
        Func<Action<int, int>, Task<ReplayPublisher.Outcome>> publish)
    {
        if (!console.Profile.Capabilities.Interactive)
        {
            return await publish((_, _) => { });
        }
        return await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask("Publishing", maxValue: Math.Max(total, 1));
                return await publish((published, failed) =>
                {
                    task.Value = published + failed;
                    task.Description = $"Published {published:N0}/{total:N0}, failed {failed:N0}, {published / Math.Max(clock.Elapsed.TotalSeconds, 0.001):N0}/s";
                });
            });
    }

    internal static Table PlanTable(ReplayPlan plan, string title)
    {
        var table = new Table().Title(title).AddColumns("Kind", "Commands");
        foreach (var group in plan.Items.GroupBy(i => i.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            table.AddRow(group.Key, group.Count().ToString(CultureInfo.InvariantCulture));
        }
        return table;
    }
}

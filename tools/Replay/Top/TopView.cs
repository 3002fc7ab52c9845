using TodoFunctions.Core.Operations;

namespace TodoFunctions.Replay.Top;

/// <summary>Renders two consecutive samples: depths from the newer, rates from the difference.</summary>
public static class TopView
{
    public static Rows Render(TopSample? previous, TopSample current)
    {
        var queues = new Table().Title($"Queues at {current.At:HH:mm:ss} UTC")
            .AddColumns("Queue", "Ready", "Unacked", "Consumers", "Publish/s", "Deliver/s");
        foreach (var q in current.Queues)
        {
            var isError = q.Name.EndsWith("_error", StringComparison.Ordinal);
            var ready = !q.Exists ? "[grey]absent[/]" : isError && q.Ready > 0 ? $"[red]{q.Ready}[/]" : q.Ready.ToString(CultureInfo.InvariantCulture);
            queues.AddRow(Markup.Escape(q.Name), ready, Figure(q.Unacked), q.Exists ? q.Consumers.ToString(CultureInfo.InvariantCulture) : "",
                Rate(q.PublishRate), Rate(q.DeliverRate));
        }
        var parts = new List<Spectre.Console.Rendering.IRenderable> { queues };
        if (current.Database is { } db)
        {
            var seconds = previous is null ? 0 : (current.At - previous.At).TotalSeconds;
            var applied = previous?.Database is { } before && seconds > 0 ? (db.RecordedTotal - before.RecordedTotal) / seconds : (double?)null;
            parts.Add(new Markup($"Applied/s (processed_commands): [green]{Rate(applied)}[/]   recorded in total: {db.RecordedTotal}   parked now: {db.ParkedNow}"));
            var failures = new Table().Title("Failures, last 15 min").AddColumns("Completed", "Kind", "Error", "Command");
            foreach (var f in db.RecentFailures)
            {
                failures.AddRow(f.CompletedAt.ToString("HH:mm:ss", CultureInfo.InvariantCulture), Markup.Escape(f.Kind), Markup.Escape(f.ErrorCode), f.CommandId.ToString());
            }
            parts.Add(db.RecentFailures.Count == 0 ? new Markup("Failures, last 15 min: none") : failures);
        }
        return new Rows(parts);
    }

    private static string Figure(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "[grey]n/a[/]";

    private static string Rate(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "[grey]n/a[/]";
}

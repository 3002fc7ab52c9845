using System.Text.RegularExpressions;

namespace TodoFunctions.Reminders.Tests;

/// <summary>The chart's KEDA postgresql trigger query, run against the real schema: it counts what the function is about to fire.</summary>
public sealed partial class KedaQueryTests(ReminderBackbone fixture) : IClassFixture<ReminderBackbone>
{
    [Fact]
    public async Task TheChartsScalerQueryCountsPendingRemindersDueWithinTheNextMinute()
    {
        var values = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "helm", "todo-functions", "values.yaml"), TestContext.Current.CancellationToken);
        var query = ScalerQuery().Match(values) is { Success: true } match ? match.Groups["query"].Value.Trim() : null;
        Assert.False(query is null, "no reminders scaling.postgresql.query in helm/todo-functions/values.yaml");

        var before = await CountAsync(query!);
        var soon = DateTimeOffset.UtcNow.AddSeconds(30).ToString("yyyy-MM-dd'T'HH:mm:ssK");
        var later = DateTimeOffset.UtcNow.AddMinutes(5).ToString("yyyy-MM-dd'T'HH:mm:ssK");
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        await fixture.ApplyAsync(
            fixture.Create(a, "Soon", null, [new ReminderFields(At: soon), new ReminderFields(At: later)]),
            fixture.Create(b, "Soon too", null, [new ReminderFields(At: soon)]));
        Assert.Equal(before + 2, await CountAsync(query!));

        // Completed: its reminders are gone, so the scaler no longer counts them.
        await fixture.ApplyAsync(fixture.Backbone.Command(TodoCommandKind.Complete, b));
        Assert.Equal(before + 1, await CountAsync(query!));
    }

    private async Task<long> CountAsync(string query)
    {
        await using var db = fixture.Backbone.Db();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = query;
        return Convert.ToInt64(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken));
    }

    // The `reminders:` worker's folded `query: >-` block.
    [GeneratedRegex(@"^  reminders:\n(?:    .*\n|\s*\n)*?\s+query: >-\n\s+(?<query>SELECT[^\n]+)", RegexOptions.Multiline)]
    private static partial Regex ScalerQuery();
}

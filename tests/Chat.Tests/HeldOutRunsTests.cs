using System.Globalization;
using TodoFunctions.ChatEval.Cases;
using TodoFunctions.ChatEval.Running;
using TodoFunctions.ChatEval.Targets;

namespace TodoFunctions.Chat.Tests;

/// <summary>
/// What <see cref="HeldOutTests"/> relies on: one engine shared by every row gives the same answers as a fresh engine per
/// file (the engine keeps no state between turns), and the run-date matrix covers what its summary says.
/// </summary>
public sealed class HeldOutRunsTests
{
    [Fact]
    public async Task An_engine_that_already_answered_other_cases_answers_like_a_fresh_one()
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, HeldOutRuns.HeldOut), "batch-*.jsonl").Order(StringComparer.Ordinal).ToList();
        var (first, last) = (Path.Combine(HeldOutRuns.HeldOut, Path.GetFileName(files[0])), Path.Combine(HeldOutRuns.HeldOut, Path.GetFileName(files[^1])));
        const string date = "2026-11-29";
        var fresh = await HeldOutRuns.RunOnFreshEngineAsync(last, date);

        // The same engine first answers another batch, then this one's cases in reverse order, so every case follows turns
        // (with other users' tasks, listings and pending questions) that it never followed on the fresh engine.
        var used = new InProcessTarget();
        var runDate = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        await new CaseRunner(used).RunAsync(CaseFile.Load(Path.Combine(AppContext.BaseDirectory, first)), runDate, TestContext.Current.CancellationToken);
        var reversed = CaseFile.Load(Path.Combine(AppContext.BaseDirectory, last)).Reverse().ToList();
        var afterOthers = await new CaseRunner(used).RunAsync(reversed, runDate, TestContext.Current.CancellationToken);

        var freshReplies = fresh.Results.ToDictionary(r => r.Case.Id, r => (r.Reply, r.Passed));
        var differing = afterOthers.Results.Where(r => freshReplies[r.Case.Id] != (r.Reply, r.Passed))
            .Select(r => $"{r.Case.Id}: fresh \"{freshReplies[r.Case.Id].Reply}\" / after others \"{r.Reply}\"").ToList();
        Assert.True(fresh.Results.Count >= 150, $"{last}: only {fresh.Results.Count} cases");
        Assert.Empty(differing);
    }

    [Fact]
    public void Every_held_out_batch_runs_on_one_date_and_all_five_dates_are_covered()
    {
        var rows = Rows(HeldOutRuns.Matrix(HeldOutRuns.HeldOut, 0, allDates: false))
            .Concat(Rows(HeldOutRuns.Matrix(HeldOutRuns.HeldOut, 1, allDates: false))).ToList();
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, HeldOutRuns.HeldOut), "*.jsonl").Select(Path.GetFileName).ToList();

        Assert.Equal(files.Order(), rows.Select(r => r.File).Distinct().Order());
        Assert.All(rows.GroupBy(r => r.File), byFile => Assert.Single(byFile));
        Assert.Equal(HeldOutRuns.RunDates.Order(), rows.Select(r => r.Date).Distinct().Order());
    }

    [Fact]
    public void With_all_dates_every_held_out_batch_runs_on_all_five()
    {
        var rows = Rows(HeldOutRuns.Matrix(HeldOutRuns.HeldOut, 0, allDates: true))
            .Concat(Rows(HeldOutRuns.Matrix(HeldOutRuns.HeldOut, 1, allDates: true))).ToList();

        Assert.All(rows.GroupBy(r => r.File), byFile => Assert.Equal(HeldOutRuns.RunDates.Order(), byFile.Select(r => r.Date).Order()));
    }

    private static IEnumerable<(string File, string Date)> Rows(TheoryData<string, string> data) =>
        data.Select(row => (row.Data.Item1, row.Data.Item2));
}

using System.Globalization;
using TodoFunctions.ChatEval.Cases;
using TodoFunctions.ChatEval.Running;
using TodoFunctions.ChatEval.Targets;

namespace TodoFunctions.Chat.Tests;

/// <summary>
/// Held-out batches folded into development (first-sight figures: functions/Chat/FIRST-SIGHT.md) stay at ≥ 95 %,
/// and the example cases written for issue #17's failure classes all pass, on several run dates. The files are dealt
/// alternately to this class and <see cref="HeldOutTestsSecondHalf"/>: xUnit runs the two classes side by side, one per
/// core, where one class would run its rows one after another.
/// Class examples run on all five run dates. A held-out batch runs on the reference date and one other, taken in turn by
/// file, so every date is covered by a fifth of the batches each run; each batch was checked on all five when it was
/// folded in (functions/Chat/README.md, "Measuring a new held-out batch"), and <c>CHAT_HELDOUT_ALL_DATES=1</c> runs every batch
/// on every date. Five dates for every batch had become the largest part of the suite.
/// </summary>
public sealed class HeldOutTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(HeldOutRuns.Matrix), HeldOutRuns.HeldOut, 0, MemberType = typeof(HeldOutRuns))]
    public Task Folded_in_held_out_batch_passes_at_least_95_percent(string file, string date) => HeldOutRuns.AssertBatchAsync(output, file, date);

    [Theory]
    [MemberData(nameof(HeldOutRuns.Matrix), HeldOutRuns.Cases, 0, MemberType = typeof(HeldOutRuns))]
    public Task Failure_class_examples_all_pass(string file, string date) => HeldOutRuns.AssertClassExamplesAsync(output, file, date);
}

/// <summary>The other half of <see cref="HeldOutTests"/>' files.</summary>
public sealed class HeldOutTestsSecondHalf(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(HeldOutRuns.Matrix), HeldOutRuns.HeldOut, 1, MemberType = typeof(HeldOutRuns))]
    public Task Folded_in_held_out_batch_passes_at_least_95_percent(string file, string date) => HeldOutRuns.AssertBatchAsync(output, file, date);

    [Theory]
    [MemberData(nameof(HeldOutRuns.Matrix), HeldOutRuns.Cases, 1, MemberType = typeof(HeldOutRuns))]
    public Task Failure_class_examples_all_pass(string file, string date) => HeldOutRuns.AssertClassExamplesAsync(output, file, date);
}

public static class HeldOutRuns
{
    public const string HeldOut = "heldout";
    public const string Cases = "cases";

    public static readonly string[] RunDates = ["2026-11-27", "2026-11-29", "2026-03-29", "2026-12-31", "2028-02-29"];

    /// <summary>
    /// One engine for every row of both classes, as a host has one: the engine keeps no state between turns, so sharing it
    /// also checks that no turn leaks into the next. A target per row spent about as many interpretations warming up as
    /// the rows themselves ran.
    /// </summary>
    private static readonly InProcessTarget SharedTarget = new();

    public static async Task AssertBatchAsync(ITestOutputHelper output, string file, string date)
    {
        var report = await RunAsync(output, Path.Combine(HeldOut, file), date);
        // Issue #17's batches are ≥ 150 cases; the repeating-task batches of issue #14 cover one feature and are smaller.
        var minimum = file.StartsWith("recur-", StringComparison.Ordinal) ? 60 : 150;
        Assert.True(report.Results.Count >= minimum, $"{file}: only {report.Results.Count} cases");
        Assert.True(report.PassRate >= 0.95, $"{file} at {date}: {report.PassRate:P1}\n{report.Format()}");
    }

    public static async Task AssertClassExamplesAsync(ITestOutputHelper output, string file, string date)
    {
        var report = await RunAsync(output, Path.Combine(Cases, file), date);
        Assert.True(report.PassRate >= 1.0, $"{file} at {date}: {report.PassRate:P1}\n{report.Format()}");
    }

    /// <summary>Every file of <paramref name="folder"/> whose place in name order has the parity <paramref name="half"/>, on its run dates.</summary>
    public static TheoryData<string, string> Matrix(string folder, int half) =>
        Matrix(folder, half, folder == Cases || Environment.GetEnvironmentVariable("CHAT_HELDOUT_ALL_DATES") == "1");

    /// <summary>The same, with every file on all five run dates or on one of them, each date in turn (a fold's sweep runs all five).</summary>
    public static TheoryData<string, string> Matrix(string folder, int half, bool allDates)
    {
        var data = new TheoryData<string, string>();
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, folder), "*.jsonl").Order(StringComparer.Ordinal).ToList();
        for (var index = half; index < files.Count; index += 2)
        {
            var dates = allDates ? RunDates : [RunDates[index % RunDates.Length]];
            foreach (var date in dates)
            {
                data.Add(Path.GetFileName(files[index]), date);
            }
        }

        return data;
    }

    /// <summary>Every case of a file on a fresh engine of its own, with no turn before it that it could inherit anything from.</summary>
    public static Task<RunReport> RunOnFreshEngineAsync(string relativePath, string date) =>
        new CaseRunner(new InProcessTarget()).RunAsync(CaseFile.Load(Path.Combine(AppContext.BaseDirectory, relativePath)),
            DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture), TestContext.Current.CancellationToken);

    private static async Task<RunReport> RunAsync(ITestOutputHelper output, string relativePath, string date)
    {
        var cases = CaseFile.Load(Path.Combine(AppContext.BaseDirectory, relativePath));
        var report = await new CaseRunner(SharedTarget)
            .RunAsync(cases, DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture), TestContext.Current.CancellationToken);
        output.WriteLine(report.FormatSummary());
        return report;
    }
}

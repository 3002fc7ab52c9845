using System.Globalization;
using TodoFunctions.ChatEval.Cases;
using TodoFunctions.ChatEval.Running;
using TodoFunctions.ChatEval.Targets;

namespace TodoFunctions.Chat.Tests;

public sealed class DevSetTests(ITestOutputHelper output)
{
    public static TheoryData<string> RunDates()
    {
        var data = new TheoryData<string>
        {
            "2026-03-08", // US DST starts
            "2026-03-29", // EU DST starts
            "2026-10-25", // EU DST ends
            "2026-11-01", // US DST ends
            "2026-11-27", // a Friday
            "2026-11-29", // a Sunday
            "2026-01-31", // month end
            "2026-12-31", // year end
            "2028-02-29", // leap day
        };
        data.Add(DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return data;
    }

    [Theory]
    [MemberData(nameof(RunDates))]
    public async Task Dev_set_passes_completely(string date)
    {
        var cases = CaseFile.Load(CaseFileLocator.Find());
        Assert.True(cases.Count >= 100, $"only {cases.Count} cases loaded");

        var report = await new CaseRunner(new InProcessTarget()).RunAsync(cases, DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture), TestContext.Current.CancellationToken);

        output.WriteLine(report.Format());
        Assert.True(report.PassRate >= 1.0, $"pass rate {report.PassRate:P1} at {date}\n{report.Format()}");
    }
}

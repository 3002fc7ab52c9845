using TodoFunctions.ChatEval.Cases;
using TodoFunctions.ChatEval.Running;
using TodoFunctions.ChatEval.Targets;

namespace TodoFunctions.Chat.Tests;

[CollectionDefinition(nameof(LatencyTests), DisableParallelization = true)]
public sealed class LatencyCollection;

/// <summary>
/// The engine's p99 per turn stays within 20 ms (issue #17). Runs alone (no parallel tests) over every folded-in
/// held-out case, after a warm-up over every seventh of them; the first pass within the bound ends it, else the best of
/// three counts, because the CI machine is shared and a single pass measures the neighbours as much as the engine.
/// (Four full passes took ≈ 50 s of the suite with the other core idle.)
/// </summary>
[Collection(nameof(LatencyTests))]
public sealed class LatencyTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Engine_p99_per_turn_is_within_20_ms_once_warm()
    {
        var cases = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "heldout"), "*.jsonl").SelectMany(CaseFile.Load).ToList();
        var runner = new CaseRunner(new InProcessTarget());
        var date = DateOnly.FromDateTime(DateTime.Today);
        var warmUp = cases.Where((_, index) => index % 7 == 0).ToList();
        await runner.RunAsync(warmUp, date, TestContext.Current.CancellationToken); // JIT and regex construction

        var bound = TimeSpan.FromMilliseconds(20);
        var best = TimeSpan.MaxValue;
        for (var pass = 0; pass < 3 && best > bound; pass++)
        {
            var report = await runner.RunAsync(cases, date, TestContext.Current.CancellationToken);
            var p99 = report.LatencyPercentile(0.99);
            output.WriteLine($"pass {pass + 1}: {report.Results.Count} cases, p50 {report.LatencyPercentile(0.5).TotalMilliseconds:F2} ms, p99 {p99.TotalMilliseconds:F2} ms");
            best = p99 < best ? p99 : best;
        }

        Assert.True(best <= bound, $"best p99 {best.TotalMilliseconds:F2} ms");
    }
}

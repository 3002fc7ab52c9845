using TodoFunctions.ChatEval.Cases;
using TodoFunctions.ChatEval.Running;
using TodoFunctions.ChatEval.Targets;

namespace TodoFunctions.Http.Tests;

/// <summary>The team's dev set, played through the public API (offline engine), as the eval runner does.</summary>
public sealed class ChatEvalTests(ITestOutputHelper output)
{
    public static TheoryData<string> Modes => ["embedded", "servers"];

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task TheOfflineEnginePassesTheDevSetThroughTheApi(string mode)
    {
        void Testing(Dictionary<string, string?> s) => s["Testing:Enabled"] = "true";
        await using var app = mode == "embedded" ? await LocalApp.EmbeddedAsync(Testing) : await LocalApp.ServersAsync(Testing);
        var cases = CaseFile.Load(RepoPaths.ChatDevCases);
        var report = await new CaseRunner(new HttpTarget(app.CreateClient())).RunAsync(cases, DateOnly.FromDateTime(DateTime.Today), TestContext.Current.CancellationToken);
        output.WriteLine(report.Format());
        Assert.True(report.PassRate >= 0.95, report.Format(showPassingReplies: false));
    }
}

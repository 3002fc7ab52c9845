namespace TodoFunctions.Bench;

/// <summary>
/// Sustained committed commands/s: closed-loop creates through the HTTP host while one worker applies them,
/// measured until the backlog has drained: committed ÷ (load start → the worker's last commit). A system that
/// accepts faster than it commits cannot look better than its worker this way.
/// </summary>
public static class Sustained
{
    public sealed record Result(ClosedLoop.Result Load, long Committed, TimeSpan? LoadStartToLastCommit, double CommittedDuringLoad, CpuMeter.Usage Cpu)
    {
        public double CommittedPerSecond => LoadStartToLastCommit is { } t && t > TimeSpan.Zero ? Committed / t.TotalSeconds : double.NaN;
    }

    public static async Task<Result> RunAsync(Api api, Database db, CpuMeter cpu, int clients, TimeSpan duration, CancellationToken cancellationToken)
    {
        await using var commits = await CommitCounter.StartAsync(db, cancellationToken);
        var startedUtc = DateTime.UtcNow;
        var cpuStart = cpu.Take();
        var load = await ClosedLoop.CreatesAsync(api, clients, duration, null, "sustained", cancellationToken);
        var duringLoad = commits.Count;
        Progress.Say($"  sustained: {load.OkPerSecond:N0} accepted/s, {duringLoad / load.Duration.TotalSeconds:N0} committed/s during the load; waiting for the worker to drain");
        var timeout = TimeSpan.FromSeconds(60 + load.Ok / 500.0);
        await using (Progress.Ticker("sustained drain", () => $"{commits.Count:N0} of {load.Ok:N0} committed"))
        {
            await commits.WaitForAsync(load.Ok, timeout, null, cancellationToken);
        }
        var usage = CpuMeter.Between(cpuStart, cpu.Take());
        var applied = await db.AppliedSinceAsync(startedUtc, cancellationToken);
        var drained = applied.Count >= load.Ok && applied.Last is { } last ? last - startedUtc : (TimeSpan?)null;
        return new Result(load, applied.Count, drained, duringLoad / load.Duration.TotalSeconds, usage);
    }
}

namespace TodoFunctions.Autoscale.Chart;

/// <summary>Runs <c>helm template</c> on a chart folder, as CI and operators render it.</summary>
public static class HelmTemplate
{
    public static async Task<string> RenderAsync(string helm, string chart, IEnumerable<string> valuesFiles, IEnumerable<string> sets,
        string release, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(helm) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["template", release, chart])
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var file in valuesFiles)
        {
            start.ArgumentList.Add("--values");
            start.ArgumentList.Add(file);
        }
        foreach (var set in sets)
        {
            start.ArgumentList.Add("--set");
            start.ArgumentList.Add(set);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {helm}.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"helm template {chart} failed ({process.ExitCode}): {await stderr}");
        }
        return await stdout;
    }

    /// <summary>
    /// HELM if set, else the helm that tools/Autoscale/ensure-helm.sh finds or fetches into .tools/.
    /// </summary>
    public static async Task<string> LocateAsync(string repositoryRoot, CancellationToken cancellationToken)
    {
        if (Environment.GetEnvironmentVariable("HELM") is { Length: > 0 } given)
        {
            return given;
        }
        var script = Path.Combine(repositoryRoot, "tools", "Autoscale", "ensure-helm.sh");
        var start = new ProcessStartInfo(script) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot run {script}.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} failed: {await stderr}");
        }
        return (await stdout).Trim();
    }
}

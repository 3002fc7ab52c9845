using System.Runtime.InteropServices;

namespace TodoFunctions.Bench;

/// <summary>What the figures were measured on.</summary>
public sealed record Machine(int Cores, string Cpu, string Memory, string Os, string DotnetSdk, string Runtime)
{
    public static async Task<Machine> DescribeAsync()
    {
        string sdk;
        try
        {
            sdk = await Shell.RunAsync("dotnet", ["--version"], timeout: TimeSpan.FromSeconds(30));
        }
        catch (Exception e)
        {
            sdk = "unknown (" + e.Message + ")";
        }
        return new Machine(Environment.ProcessorCount, ProcField("/proc/cpuinfo", "model name"),
            ProcField("/proc/meminfo", "MemTotal"), RuntimeInformation.OSDescription, sdk, RuntimeInformation.FrameworkDescription);
    }

    /// <summary>The 1/5/15-minute load averages: the machine is shared, so other work competes for the cores.</summary>
    public static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static string ProcField(string path, string name)
    {
        try
        {
            var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal));
            return line?[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim() ?? "unknown";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}

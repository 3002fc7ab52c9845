using System.Diagnostics;

namespace TodoFunctions.ChatBench;

/// <summary>A throwaway PostgreSQL through tests/servers/postgres.sh, with durability on.</summary>
public static class Postgres
{
    public static async Task<string> StartAsync(string script, string folder)
    {
        Directory.CreateDirectory(folder);
        var start = new ProcessStartInfo(script) { ArgumentList = { "start", folder }, RedirectStandardOutput = true };
        start.Environment["POSTGRES_FSYNC"] = "on";
        start.Environment["POSTGRES_SYNCHRONOUS_COMMIT"] = "on";
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? output.Trim() : throw new InvalidOperationException("postgres.sh start failed");
    }

    public static async Task StopAsync(string script, string folder)
    {
        using var process = Process.Start(new ProcessStartInfo(script) { ArgumentList = { "stop", folder } })!;
        await process.WaitForExitAsync();
        Directory.Delete(folder, recursive: true);
    }
}

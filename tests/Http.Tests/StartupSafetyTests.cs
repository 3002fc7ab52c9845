using System.Diagnostics;

namespace TodoFunctions.Http.Tests;

/// <summary>Settings that would expose a deployment, and secrets on disk: refused or protected at start.</summary>
public sealed class StartupSafetyTests
{
    [Fact]
    public async Task TestingEnabledInProductionRefusesToStart()
    {
        // The real process, as an operator would start it: the environment comes from ASPNETCORE_ENVIRONMENT.
        var start = new ProcessStartInfo("dotnet", [RepoPaths.ProjectOutput("Local", "TodoFunctions.Local.dll"), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = LocalApp.TempDirectory(),
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Testing__Enabled"] = "true";
        start.Environment["Storage__DataDirectory"] = Path.Combine(start.WorkingDirectory, ".data");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("The host kept running with Testing enabled in Production.");
        }
        Assert.NotEqual(0, process.ExitCode);
        Assert.Contains("refused in the Production environment", await output + await errors);
    }

    [Fact]
    public async Task AnUnknownAiProviderRefusesToStart()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => LocalApp.EmbeddedAsync(s => s["AI:Provider"] = "openia"));
        Assert.Contains("AI:Provider must be", Flatten(error));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task TheGeneratedSigningKeyAndTheDatabaseAreOwnerOnlyInAnOwnerOnlyFolder()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "Unix file modes");
        var data = Path.Combine(LocalApp.TempDirectory(), "fresh", ".data");
        await using (var app = await LocalApp.EmbeddedAsync(s =>
        {
            s.Remove("Auth:SigningKey");
            s["Storage:DataDirectory"] = data;
        }))
        {
            using var api = await app.Api().SignUpAsync();
        }
        const UnixFileMode ownerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        Assert.Equal(ownerOnlyFile | UnixFileMode.UserExecute, File.GetUnixFileMode(data));
        Assert.Equal(ownerOnlyFile, File.GetUnixFileMode(Path.Combine(data, "signing-key")));
        Assert.Equal(ownerOnlyFile, File.GetUnixFileMode(Path.Combine(data, "todo.db")));
        Assert.True(new FileInfo(Path.Combine(data, "signing-key")).Length >= 64, "a generated key of 48 random bytes, base64");
    }

    private static string Flatten(Exception error)
    {
        var messages = new List<string>();
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            messages.Add(e.Message);
        }
        return string.Join(" | ", messages);
    }
}

namespace TodoFunctions.Reliability.Tests;

/// <summary>A PostgreSQL server of the test's own, which it may stop and start (the shared one serves other tests).</summary>
public sealed class OwnPostgres : IAsyncLifetime
{
    private readonly string _directory = LocalApp.TempDirectory();
    private readonly string _script = Path.Combine(RepoPaths.Servers, "postgres.sh");

    public string Server { get; private set; } = "";

    public async ValueTask InitializeAsync() => Server = await Shell.RunAsync(_script, "start", _directory);

    public Task PauseAsync() => Shell.RunAsync(_script, "pause", _directory);

    public Task ResumeAsync() => Shell.RunAsync(_script, "resume", _directory);

    public async ValueTask DisposeAsync()
    {
        await Shell.RunAsync(_script, "stop", _directory);
        Directory.Delete(_directory, recursive: true);
    }
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TodoFunctions.Testing;

/// <summary>functions/Local in a test server, configured through the same settings a user would set.</summary>
public sealed class LocalApp(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    public const string SigningKey = "test-signing-key-that-is-long-enough-for-hs256!";

    /// <summary>Settings every test host shares; password hashing is cheap here only to keep tests fast.</summary>
    public static Dictionary<string, string?> BaseSettings(string dataDirectory) => new()
    {
        ["Auth:SigningKey"] = SigningKey,
        ["Auth:PasswordIterations"] = "1000",
        ["Storage:DataDirectory"] = dataDirectory,
        ["RateLimit:PermitsPerSecond"] = "10000",
        ["RateLimit:Burst"] = "10000",
        ["RateLimit:AuthPerAddressPerMinute"] = "100000",
        ["RateLimit:AuthPerEmailPerMinute"] = "100000",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    public static async Task<LocalApp> EmbeddedAsync(Action<Dictionary<string, string?>>? configure = null)
    {
        var settings = BaseSettings(TempDirectory());
        configure?.Invoke(settings);
        return await StartAsync(settings);
    }

    public static async Task<LocalApp> ServersAsync(Action<Dictionary<string, string?>>? configure = null)
    {
        var settings = BaseSettings(TempDirectory());
        settings["ConnectionStrings:Todo"] = await PostgresDatabase.CreateAsync();
        settings["ConnectionStrings:RabbitMQ"] = await RabbitVhosts.NextAsync();
        configure?.Invoke(settings);
        return await StartAsync(settings);
    }

    public IReadOnlyDictionary<string, string?> Settings => settings;

    public ApiClient Api() => new(CreateClient());

    private Task<ApiContract>? _contract;

    /// <summary>The OpenAPI document this host serves, read once.</summary>
    public Task<ApiContract> ContractAsync() => _contract ??= ApiContract.FetchAsync(base.CreateClient(), new Uri("http://localhost"));

    /// <summary>
    /// A client whose every /api response is checked against the served OpenAPI document: a response the
    /// document does not allow throws <see cref="ContractViolationException"/> in the test that made the call.
    /// Hides the factory's CreateClient so every test client is checked.
    /// </summary>
    public new HttpClient CreateClient() => CreateDefaultClient(new ContractCheckingHandler(ContractAsync));

    /// <summary>A client without the contract check: for tests that send what no client should.</summary>
    public HttpClient CreateUncheckedClient() => base.CreateClient();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    private static async Task<LocalApp> StartAsync(Dictionary<string, string?> settings)
    {
        var app = new LocalApp(settings);
        using var client = app.CreateUncheckedClient();
        (await client.GetAsync("/api/health")).EnsureSuccessStatusCode();
        return app;
    }

    public static string TempDirectory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "todo-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}

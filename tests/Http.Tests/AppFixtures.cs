namespace TodoFunctions.Http.Tests;

/// <summary>The embedded default: SQLite and the in-memory transport.</summary>
public sealed class EmbeddedAppFixture : IAsyncLifetime
{
    public LocalApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync() => App = await LocalApp.EmbeddedAsync();

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}

/// <summary>PostgreSQL and RabbitMQ: the real servers of the test run (own database, own vhost).</summary>
public sealed class ServersAppFixture : IAsyncLifetime
{
    public LocalApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync() => App = await LocalApp.ServersAsync();

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}

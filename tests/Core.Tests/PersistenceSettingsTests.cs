using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TodoFunctions.Core.Persistence;

namespace TodoFunctions.Core.Tests;

/// <summary>
/// The PostgreSQL data source skips the pool's reset on close and the server's type catalogue unless the connection string names
/// the option (either spelling).
/// </summary>
public sealed class PersistenceSettingsTests
{
    [Theory]
    [InlineData("Host=127.0.0.1;Username=u", true)]
    [InlineData("Host=127.0.0.1;Username=u;No Reset On Close=false", false)]
    [InlineData("Host=127.0.0.1;Username=u;noresetonclose=False", false)]
    public void ThePoolSkipsItsResetUnlessTheConnectionStringSaysOtherwise(string connectionString, bool expected)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Todo"] = connectionString }).Build();
        using var services = new ServiceCollection().AddLogging().AddTodoPersistence(configuration).BuildServiceProvider();
        var dataSource = services.GetRequiredService<NpgsqlDataSource>();
        Assert.Equal(expected, new NpgsqlConnectionStringBuilder(dataSource.ConnectionString).NoResetOnClose);
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Username=u", false)]
    [InlineData("Host=127.0.0.1;Username=u;Server Compatibility Mode=None", true)]
    [InlineData("Host=127.0.0.1;Username=u;servercompatibilitymode=None", true)]
    public void TheTypeCatalogueIsReadOnlyWhenTheConnectionStringAsks(string connectionString, bool expected) =>
        Assert.Equal(expected, PersistenceExtensions.LoadsTypeCatalogue(connectionString));
}

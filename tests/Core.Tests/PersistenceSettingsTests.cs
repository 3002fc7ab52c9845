using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TodoFunctions.Core.Persistence;

namespace TodoFunctions.Core.Tests;

/// <summary>The PostgreSQL pool skips its reset on close unless the connection string names the option (either spelling).</summary>
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
}

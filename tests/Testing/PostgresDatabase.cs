namespace TodoFunctions.Testing;

public static class PostgresDatabase
{
    /// <summary>Creates an empty database on the test server and returns its connection string.</summary>
    /// <param name="server">Another server's connection string; the shared test server when null.</param>
    public static async Task<string> CreateAsync(string? server = null)
    {
        server ??= await TestServers.PostgresAsync();
        var name = "t_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }
}

using Npgsql;

namespace TodoFunctions.Autoscale.Observing;

/// <summary>
/// Commands applied so far: rows in <c>processed_commands</c>, which a worker writes in the same transaction
/// as the change it makes, so the count is exactly what has been committed.
/// </summary>
public sealed class AppliedCounter(string connectionString) : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    public async Task<long?> CountAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var command = _dataSource.CreateCommand("SELECT count(*) FROM processed_commands");
            return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }
        catch (NpgsqlException)
        {
            return null; // not migrated yet, or the database is restarting: shown as unknown
        }
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}

using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using TodoFunctions.Core.Reliability;

namespace TodoFunctions.Reliability.Tests;

/// <summary>
/// What a worker sees when PostgreSQL goes away in the middle of its transaction: every failure that
/// follows, including Npgsql's "transaction is already completed" on the next command, must count as
/// the database not answering — never as the command's own fault, which would dead-letter it.
/// </summary>
public sealed class BrokenConnectionTests
{
    [Fact]
    public async Task EveryFailureAfterTheServerEndsTheConnectionMidTransactionIsTransient()
    {
        var ct = TestContext.Current.CancellationToken;
        var server = await TestServers.PostgresAsync();
        await using var backbone = await Backbone.StartAsync(server);
        await using var db = backbone.Db();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var pid = await db.Database.SqlQuery<int>($"SELECT pg_backend_pid() AS \"Value\"").SingleAsync(ct);

        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync(ct);
            await using var terminate = new NpgsqlCommand($"SELECT pg_terminate_backend({pid})", admin);
            await terminate.ExecuteScalarAsync(ct);
        }

        var failures = new List<Exception>();
        for (var rawAttempt = 0; rawAttempt < 2; rawAttempt++)
        {
            try
            {
                // What the bulk insert does: a command of its own on the context's connection and transaction.
                var connection = (NpgsqlConnection)db.Database.GetDbConnection();
                await using var raw = new NpgsqlCommand("SELECT 1", connection, (NpgsqlTransaction)transaction.GetDbTransaction());
                await raw.ExecuteScalarAsync(ct);
            }
            catch (Exception ex)
            {
                failures.Add(ex);
            }
        }
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                await db.ProcessedCommands.CountAsync(ct);
            }
            catch (Exception ex)
            {
                failures.Add(ex);
            }
        }
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (Exception ex)
        {
            failures.Add(ex);
        }

        Assert.NotEmpty(failures);
        Assert.Contains(failures, f => f.Message == "Transaction is already completed");
        Assert.All(failures, f => Assert.True(TransientFailures.IsTransient(f), $"Not transient: {f.GetType().Name}: {f.Message}"));
    }
}

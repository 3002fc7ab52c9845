using TodoFunctions.Core.Domain.Commands;
using TodoFunctions.Core.Services;

namespace TodoFunctions.Workers.Batching;

/// <summary>
/// Builds EF Core's model and compiles the write path's first queries while the worker is still connecting to
/// the broker, instead of when the first batch arrives: in a published worker's cold start (≈ 730 ms from process
/// start to the first commit) the first batch spent ≈ 250 ms building the model and ≈ 150 ms compiling queries.
/// It stages one create for a throwaway id in a transaction it rolls back, so nothing is written. Nothing waits
/// for it: a batch that arrives first simply does the same work, and a failure (the database not answering yet)
/// is left to that batch.
/// </summary>
public sealed class WritePathWarmUp(IServiceScopeFactory scopes, TimeProvider clock, ILogger<WritePathWarmUp> logger) : BackgroundService
{
    // On a thread-pool thread from the first line: the model build is synchronous CPU work and must not hold up the host's start.
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() => WarmUpAsync(stoppingToken), CancellationToken.None);

    private async Task WarmUpAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await using var unit = scope.ServiceProvider.GetRequiredService<TodoWriteUnit>();
            await unit.BeginAsync(stoppingToken);
            var probe = new TodoCommand
            {
                CommandId = Guid.NewGuid(),
                UserId = Guid.NewGuid(),
                TodoId = Guid.NewGuid(),
                Kind = TodoCommandKind.Create,
                IssuedAt = clock.GetUtcNow(),
                Fields = new TodoFields("warm-up"),
            };
            await unit.StageAsync([probe], allowParking: false, stoppingToken);
            await unit.RollbackAsync(stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogDebug(ex, "The write path's warm-up did not finish; the first batch will do its work");
        }
        catch (Exception) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping before it finished: nothing to warm any more.
        }
    }
}

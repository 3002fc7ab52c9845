namespace TodoFunctions.Core.Persistence;

/// <summary>Whether the database answers now, for readiness probes: never throws, a failure is just "no".</summary>
public sealed class DatabaseReadiness(TodoDbContext db)
{
    public async Task<bool> CanConnectAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken);
        }
        catch (Exception)
        {
            return false;
        }
    }
}

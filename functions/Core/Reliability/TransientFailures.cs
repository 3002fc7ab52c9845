using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace TodoFunctions.Core.Reliability;

/// <summary>
/// Tells an infrastructure failure (the database or the network is not answering right now) from a
/// failure of the command itself. Only the second kind may ever fail a command or dead-letter a message:
/// the first kind pauses the work and retries it, however long the outage lasts.
/// </summary>
public static class TransientFailures
{
    public static bool IsTransient(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException postgres:
                    return IsTransientState(postgres.SqlState);
                case NpgsqlException npgsql when npgsql.IsTransient:
                case SocketException:
                case TimeoutException:
                case IOException:
                case SqliteException { SqliteErrorCode: 5 or 6 }: // SQLITE_BUSY, SQLITE_LOCKED
                    return true;
                case AggregateException aggregate when aggregate.InnerExceptions.Count > 0:
                    return aggregate.InnerExceptions.All(IsTransient);
                case InvalidOperationException invalid when IsBrokenConnectionState(invalid):
                    return true;
            }
        }
        return false;
    }

    /// <summary>
    /// When the server goes away mid-transaction Npgsql marks the connection broken and the transaction
    /// completed; the next command on them fails with these rather than with a network error. They say
    /// nothing about the command, only that the connection it ran on is gone.
    /// </summary>
    private static bool IsBrokenConnectionState(InvalidOperationException exception) =>
        exception.Source == "Npgsql"
        && exception.Message is "Transaction is already completed" or "Connection is not open"
            or "This NpgsqlTransaction has completed; it is no longer usable.";

    /// <summary>Connection problems, shutdowns, resource exhaustion, serialization conflicts and deadlocks.</summary>
    private static bool IsTransientState(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal)       // connection exception
        || sqlState.StartsWith("53", StringComparison.Ordinal)    // insufficient resources
        || sqlState.StartsWith("57P", StringComparison.Ordinal)   // admin/crash shutdown, cannot connect now
        || sqlState is PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected
            or PostgresErrorCodes.LockNotAvailable or PostgresErrorCodes.QueryCanceled;
}

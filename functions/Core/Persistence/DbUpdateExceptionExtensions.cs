using Microsoft.Data.Sqlite;
using Npgsql;

namespace TodoFunctions.Core.Persistence;

public static class DbUpdateExceptionExtensions
{
    /// <summary>True when the save failed on a unique key, on either provider.</summary>
    public static bool IsUniqueViolation(this DbUpdateException exception) => exception.InnerException switch
    {
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => true,
        SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 } => true,
        _ => false,
    };
}

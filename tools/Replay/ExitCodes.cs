namespace TodoFunctions.Replay;

public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>Some commands failed to publish, or the file has invalid lines.</summary>
    public const int Failed = 1;
    public const int Usage = 2;
    /// <summary>The broker or database is unreachable, or a queue or exchange is missing.</summary>
    public const int Unavailable = 3;
}

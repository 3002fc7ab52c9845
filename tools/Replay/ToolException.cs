namespace TodoFunctions.Replay;

/// <summary>A failure the user can act on: printed as one readable line, exit code <see cref="ExitCode"/>.</summary>
public sealed class ToolException(string message, int exitCode = ExitCodes.Unavailable) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}

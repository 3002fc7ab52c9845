namespace TodoFunctions.Core.Domain.Todos;

/// <summary>A command that can never succeed (bad input, unknown todo): recorded as failed, never retried.</summary>
public sealed class TodoDomainException(string code, string message, IDictionary<string, string[]>? errors = null)
    : Exception(message)
{
    public string Code { get; } = code;
    public IDictionary<string, string[]>? Errors { get; } = errors;
}

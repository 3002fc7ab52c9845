namespace TodoFunctions.Core.Auth;

/// <summary>Roles come from configuration (<see cref="AuthOptions.Operators"/>), never from sign-up or the database.</summary>
public sealed class Roles(IOptionsMonitor<AuthOptions> options)
{
    public const string Operator = "operator";

    public bool IsOperator(Guid userId, string email)
    {
        var granted = (options.CurrentValue.Operators ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return granted.Any(entry => Guid.TryParse(entry, out var id) ? id == userId : string.Equals(entry, email, StringComparison.OrdinalIgnoreCase));
    }

    public IReadOnlyList<string> Of(Guid userId, string email) => IsOperator(userId, email) ? [Operator] : [];
}

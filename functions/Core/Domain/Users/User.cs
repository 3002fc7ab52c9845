namespace TodoFunctions.Core.Domain.Users;

public sealed class User
{
    private User()
    {
    }

    public Guid Id { get; private set; }
    /// <summary>Lower-cased, trimmed; unique.</summary>
    public string Email { get; private set; } = "";
    public string DisplayName { get; private set; } = "";
    public string PasswordHash { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    public static User Create(string email, string displayName, string passwordHash, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        Email = NormalizeEmail(email),
        DisplayName = displayName,
        PasswordHash = passwordHash,
        CreatedAt = nowUtc,
    };

    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();
}

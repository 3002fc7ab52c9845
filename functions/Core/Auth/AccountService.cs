using System.Net.Mail;
using TodoFunctions.Core.Domain.Users;

namespace TodoFunctions.Core.Auth;

public sealed class AccountService(TodoDbContext db, PasswordHasher hasher, TokenService tokens, TimeProvider clock)
{
    public const int MinPasswordLength = 8;
    public const int MaxPasswordLength = 128;

    public static Dictionary<string, string[]> ValidateRegistration(string? email, string? password, string? displayName)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(email) || email.Length > 320 || !MailAddress.TryCreate(email.Trim(), out var parsed) || parsed.Address != email.Trim())
        {
            errors["email"] = ["A valid email address is required."];
        }
        if (password is null || password.Length < MinPasswordLength || password.Length > MaxPasswordLength)
        {
            errors["password"] = [$"The password must be {MinPasswordLength} to {MaxPasswordLength} characters."];
        }
        if (displayName is { Length: > 100 })
        {
            errors["displayName"] = ["The display name must be at most 100 characters."];
        }
        return errors;
    }

    /// <returns>null when the email is already registered.</returns>
    public async Task<(User User, IssuedToken Token)?> RegisterAsync(string email, string password, string? displayName, CancellationToken cancellationToken)
    {
        var normalized = User.NormalizeEmail(email);
        if (await db.Users.AnyAsync(u => u.Email == normalized, cancellationToken))
        {
            return null;
        }
        var name = string.IsNullOrWhiteSpace(displayName) ? normalized.Split('@')[0] : displayName.Trim();
        var user = User.Create(normalized, name, hasher.Hash(password), clock.GetUtcNow().UtcDateTime);
        db.Users.Add(user);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return null;
        }
        return (user, tokens.Issue(user));
    }

    /// <returns>null for an unknown email or a wrong password (the caller cannot tell which).</returns>
    public async Task<(User User, IssuedToken Token)?> LoginAsync(string email, string password, CancellationToken cancellationToken)
    {
        var normalized = User.NormalizeEmail(email);
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Email == normalized, cancellationToken);
        // An unknown email costs the same hashing as a wrong password, so timing does not tell which emails exist.
        if (!hasher.Verify(password, user?.PasswordHash ?? hasher.DummyHash) || user is null)
        {
            return null;
        }
        return (user, tokens.Issue(user));
    }

    public Task<User?> FindAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
}

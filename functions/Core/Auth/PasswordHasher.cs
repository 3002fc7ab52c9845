using System.Security.Cryptography;

namespace TodoFunctions.Core.Auth;

/// <summary>PBKDF2-SHA256 with a per-password random salt; the iteration count is stored in the hash.</summary>
public sealed class PasswordHasher(IOptions<AuthOptions> options)
{
    private const string Scheme = "pbkdf2-sha256";
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    private readonly Lazy<string> _dummy = new(() => HashWith(options.Value.PasswordIterations, Guid.NewGuid().ToString()));

    /// <summary>A hash of nothing anyone knows, at the current cost: verified against when an email is unknown.</summary>
    public string DummyHash => _dummy.Value;

    public string Hash(string password) => HashWith(options.Value.PasswordIterations, password);

    private static string HashWith(int iterations, string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, HashBytes);
        return $"{Scheme}${iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
    }

    public bool Verify(string password, string stored)
    {
        var parts = stored.Split('$');
        if (parts is not [Scheme, var iterationText, var saltText, var hashText] || !int.TryParse(iterationText, out var iterations))
        {
            return false;
        }
        var expected = Convert.FromBase64String(hashText);
        var actual = Rfc2898DeriveBytes.Pbkdf2(password, Convert.FromBase64String(saltText), iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}

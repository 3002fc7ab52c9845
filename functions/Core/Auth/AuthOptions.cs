namespace TodoFunctions.Core.Auth;

public sealed class AuthOptions
{
    /// <summary>HMAC-SHA256 key, at least 32 bytes (Auth__SigningKey). Required outside the embedded host.</summary>
    public string? SigningKey { get; set; }
    public string Issuer { get; set; } = "todo-functions";
    public string Audience { get; set; } = "todo-functions";
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(12);
    /// <summary>PBKDF2-SHA256 iterations for new password hashes (OWASP 2023: 600,000).</summary>
    public int PasswordIterations { get; set; } = 600_000;

    /// <summary>
    /// Users with the <c>operator</c> role (the operator view): ids or e-mail addresses, comma-separated
    /// (<c>Auth__Operators</c>). Granted by configuration only; no API can change it.
    /// </summary>
    public string? Operators { get; set; }
}

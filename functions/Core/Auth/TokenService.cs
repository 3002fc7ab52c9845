using System.Collections.Concurrent;
using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TodoFunctions.Core.Domain.Users;

namespace TodoFunctions.Core.Auth;

/// <summary>Issues and checks HS256 access tokens. Only HS256 with our key is accepted (no "alg": "none").</summary>
public sealed class TokenService
{
    private readonly AuthOptions _options;
    private readonly TimeProvider _clock;
    private readonly SymmetricSecurityKey _key;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly TokenValidationParameters _validation;
    // Tokens whose signature was already verified: a client sends the same token with every request, and
    // verifying it (parse, HMAC, claims) is the largest fixed cost of a request. Expiry is still checked.
    private readonly ConcurrentDictionary<string, (Guid UserId, DateTime ExpiresUtc)> _verified = new(StringComparer.Ordinal);
    private const int MaxVerified = 50_000;

    public TokenService(IOptions<AuthOptions> options, TimeProvider clock)
    {
        _options = options.Value;
        _clock = clock;
        var keyBytes = Encoding.UTF8.GetBytes(_options.SigningKey ?? "");
        if (keyBytes.Length < 32)
        {
            throw new InvalidOperationException("Auth:SigningKey (Auth__SigningKey) must be set to at least 32 bytes.");
        }
        _key = new SymmetricSecurityKey(keyBytes);
        _validation = new TokenValidationParameters
        {
            ValidIssuer = _options.Issuer,
            ValidAudience = _options.Audience,
            IssuerSigningKey = _key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ClockSkew = TimeSpan.FromSeconds(30),
            LifetimeValidator = (notBefore, expires, _, _) => IsWithinLifetime(notBefore, expires),
        };
    }

    public IssuedToken Issue(User user)
    {
        var now = _clock.GetUtcNow();
        var expires = now + _options.TokenLifetime;
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = _options.Issuer,
            Audience = _options.Audience,
            Subject = new ClaimsIdentity([new Claim(JwtRegisteredClaimNames.Sub, user.Id.ToString()), new Claim(JwtRegisteredClaimNames.Email, user.Email)]),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256),
        });
        return new IssuedToken(token, expires);
    }

    /// <returns>The user id, or null when the token is missing, malformed, tampered, expired or not ours.</returns>
    public async Task<Guid?> ValidateAsync(string token)
    {
        if (_verified.TryGetValue(token, out var known))
        {
            if (_clock.GetUtcNow().UtcDateTime < known.ExpiresUtc + _validation.ClockSkew)
            {
                return known.UserId;
            }
            _verified.TryRemove(token, out _);
        }
        var result = await _handler.ValidateTokenAsync(token, _validation);
        if (!result.IsValid || !result.Claims.TryGetValue(JwtRegisteredClaimNames.Sub, out var sub) || !Guid.TryParse(sub as string, out var id))
        {
            return null;
        }
        if (_verified.Count >= MaxVerified)
        {
            _verified.Clear();
        }
        _verified[token] = (id, result.SecurityToken.ValidTo);
        return id;
    }

    // Checked against TimeProvider rather than the wall clock, so tests can move time.
    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        var skew = _validation.ClockSkew;
        return expires is { } e && now < e + skew && (notBefore is not { } nb || now >= nb - skew);
    }
}

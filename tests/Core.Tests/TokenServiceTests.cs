using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TodoFunctions.Core.Auth;
using TodoFunctions.Core.Domain.Users;

namespace TodoFunctions.Core.Tests;

public sealed class TokenServiceTests
{
    private const string Key = "a-signing-key-of-at-least-thirty-two-bytes";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero));
    private readonly User _user = User.Create("Someone@Example.com", "someone", "hash", DateTime.UtcNow);

    private TokenService Tokens(string key = Key) =>
        new(Options.Create(new AuthOptions { SigningKey = key }), _clock);

    [Fact]
    public async Task AnIssuedTokenNamesItsUser()
    {
        var tokens = Tokens();
        Assert.Equal(_user.Id, await tokens.ValidateAsync(tokens.Issue(_user).AccessToken));
    }

    [Fact]
    public async Task ATamperedPayloadIsRejected()
    {
        var tokens = Tokens();
        var parts = tokens.Issue(_user).AccessToken.Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlDecode(parts[1])).Replace(_user.Id.ToString(), Guid.NewGuid().ToString());
        var forged = $"{parts[0]}.{Base64UrlEncode(Encoding.UTF8.GetBytes(payload))}.{parts[2]}";
        Assert.Null(await tokens.ValidateAsync(forged));
    }

    [Fact]
    public async Task AnUnsignedTokenIsRejected()
    {
        var tokens = Tokens();
        var payload = tokens.Issue(_user).AccessToken.Split('.')[1];
        var header = Base64UrlEncode("{\"alg\":\"none\",\"typ\":\"JWT\"}"u8.ToArray());
        Assert.Null(await tokens.ValidateAsync($"{header}.{payload}."));
    }

    [Fact]
    public async Task ATokenSignedWithAnotherKeyIsRejected()
    {
        var foreign = Tokens("another-signing-key-of-at-least-thirty-two-bytes").Issue(_user).AccessToken;
        Assert.Null(await Tokens().ValidateAsync(foreign));
    }

    [Fact]
    public async Task AnExpiredTokenIsRejected()
    {
        var tokens = Tokens();
        var token = tokens.Issue(_user).AccessToken;
        _clock.Advance(TimeSpan.FromHours(12) + TimeSpan.FromMinutes(1));
        Assert.Null(await tokens.ValidateAsync(token));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-jwt")]
    [InlineData("a.b.c")]
    public async Task GarbageIsRejected(string token) => Assert.Null(await Tokens().ValidateAsync(token));

    [Fact]
    public void AShortKeyStopsStartup() => Assert.Throws<InvalidOperationException>(() => Tokens("short"));

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] Base64UrlDecode(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + (4 - s.Length % 4) % 4, '='));
    }
}

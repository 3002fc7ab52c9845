using Microsoft.Extensions.Options;
using TodoFunctions.Core.Auth;

namespace TodoFunctions.Core.Tests;

public sealed class PasswordHasherTests
{
    private readonly PasswordHasher _hasher = new(Options.Create(new AuthOptions { PasswordIterations = 10_000 }));

    [Fact]
    public void TheRightPasswordVerifies() => Assert.True(_hasher.Verify("correct horse", _hasher.Hash("correct horse")));

    [Fact]
    public void AWrongPasswordDoesNot() => Assert.False(_hasher.Verify("correct hors", _hasher.Hash("correct horse")));

    [Fact]
    public void EveryHashHasItsOwnSalt() => Assert.NotEqual(_hasher.Hash("same"), _hasher.Hash("same"));

    [Fact]
    public void TheDefaultCostIsSlow() => Assert.StartsWith("pbkdf2-sha256$600000$", new PasswordHasher(Options.Create(new AuthOptions())).Hash("x"));

    [Fact]
    public void AMalformedStoredHashNeverVerifies() => Assert.False(_hasher.Verify("x", "md5$abc"));
}

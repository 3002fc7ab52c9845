namespace TodoFunctions.Core.Auth;

public sealed record IssuedToken(string AccessToken, DateTimeOffset ExpiresAt);

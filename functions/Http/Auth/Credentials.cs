namespace TodoFunctions.Http.Auth;

public sealed record Credentials(string? Email, string? Password, string? DisplayName);

public sealed record UserView(Guid Id, string Email, string DisplayName);

public sealed record TokenResponse(string AccessToken, DateTimeOffset ExpiresAt, UserView User);

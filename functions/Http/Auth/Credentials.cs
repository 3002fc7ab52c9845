using TodoFunctions.Core.Auth;

namespace TodoFunctions.Http.Auth;

public sealed record Credentials(
    [ApiField(Required = true, Description = "An email address.", Example = "ada@example.com")] string? Email,
    [ApiField(Required = true, MinLength = AccountService.MinPasswordLength, MaxLength = AccountService.MaxPasswordLength, Example = "correct horse battery")] string? Password,
    [ApiField(MaxLength = 100, Nullable = true, Description = "Register only.", Example = "Ada")] string? DisplayName);

/// <param name="Roles">"operator" for users configured in Auth__Operators; empty otherwise.</param>
public sealed record UserView(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles);

public sealed record TokenResponse(string AccessToken, DateTimeOffset ExpiresAt, UserView User);

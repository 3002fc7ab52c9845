using TodoFunctions.Core.Auth;

namespace TodoFunctions.Http.Auth;

public sealed class Login(AccountService accounts, AuthRateLimiter limiter, Roles roles)
{
    [Function(nameof(Login))]
    [ApiOperation("Auth", "Sign in and get a token", Anonymous = true, Body = typeof(Credentials), Returns = typeof(TokenResponse),
        Problems = [StatusCodes.Status401Unauthorized, StatusCodes.Status429TooManyRequests])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/login")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (limiter.Check(request, email: null) is { } tooMany)
        {
            return tooMany;
        }
        var body = await JsonBody.ReadAsync<Credentials>(request, cancellationToken);
        if (body.Rejection is { } invalid)
        {
            return invalid;
        }
        var credentials = body.Value!;
        if (limiter.Check(request, credentials.Email) is { } limited)
        {
            return limited;
        }
        if (string.IsNullOrWhiteSpace(credentials.Email) || string.IsNullOrEmpty(credentials.Password))
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["credentials"] = ["Email and password are required."] });
        }
        if (credentials.Password.Length > AccountService.MaxPasswordLength)
        {
            return Problems.Unauthorized("Wrong email or password.");
        }
        var signedIn = await accounts.LoginAsync(credentials.Email, credentials.Password, cancellationToken);
        if (signedIn is not var (user, token))
        {
            return Problems.Unauthorized("Wrong email or password.");
        }
        return ApiResults.Ok(new TokenResponse(token.AccessToken, token.ExpiresAt, new UserView(user.Id, user.Email, user.DisplayName, roles.Of(user.Id, user.Email))));
    }
}

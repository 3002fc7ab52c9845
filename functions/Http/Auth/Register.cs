using TodoFunctions.Core.Auth;

namespace TodoFunctions.Http.Auth;

public sealed class Register(AccountService accounts, AuthRateLimiter limiter, Roles roles)
{
    [Function(nameof(Register))]
    [ApiOperation("Auth", "Create an account and get a token", Anonymous = true, Body = typeof(Credentials), SuccessStatus = StatusCodes.Status201Created,
        Returns = typeof(TokenResponse), Problems = [StatusCodes.Status409Conflict, StatusCodes.Status429TooManyRequests])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/register")] HttpRequest request,
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
        var errors = AccountService.ValidateRegistration(credentials.Email, credentials.Password, credentials.DisplayName);
        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }
        var registered = await accounts.RegisterAsync(credentials.Email!, credentials.Password!, credentials.DisplayName, cancellationToken);
        if (registered is not var (user, token))
        {
            return Problems.Conflict("That email is already registered.");
        }
        return ApiResults.Created(new TokenResponse(token.AccessToken, token.ExpiresAt, new UserView(user.Id, user.Email, user.DisplayName, roles.Of(user.Id, user.Email))));
    }
}

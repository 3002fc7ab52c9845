using TodoFunctions.Core.Auth;

namespace TodoFunctions.Http.Auth;

public sealed class GetMe(RequestGate gate, AccountService accounts, Roles roles)
{
    [Function(nameof(GetMe))]
    [ApiOperation("Auth", "The signed-in user", Returns = typeof(UserView))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var caller = await gate.AuthorizeAsync(request);
        if (caller.Rejection is { } rejection)
        {
            return rejection;
        }
        var user = await accounts.FindAsync(caller.UserId, cancellationToken);
        return user is null
            ? Problems.Unauthorized("The account no longer exists.")
            : ApiResults.Ok(new UserView(user.Id, user.Email, user.DisplayName, roles.Of(user.Id, user.Email)));
    }
}

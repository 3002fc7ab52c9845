using TodoFunctions.Core.Auth;

namespace TodoFunctions.Http.Operations;

/// <summary>The operator view's figures: operators only (Auth__Operators); every other signed-in user gets 403.</summary>
public sealed class GetOpsOverview(RequestGate gate, AccountService accounts, Roles roles, OpsOverviewReader reader)
{
    [Function(nameof(GetOpsOverview))]
    [ApiOperation("Operations", "Queues, applied/s, recent failures and worker replicas (operators only)",
        Description = "For users granted the `operator` role by configuration (`Auth__Operators`). Queue figures come from the RabbitMQ management API when `Operations__ManagementUri` is set (rates, unacked), otherwise from AMQP; database figures from PostgreSQL's statistics; worker Deployments from the Kubernetes API when `Operations__Kubernetes` is on.",
        Returns = typeof(OpsOverview), Problems = [StatusCodes.Status403Forbidden])]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "ops/overview")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var caller = await gate.AuthorizeAsync(request);
        if (caller.Rejection is { } rejection)
        {
            return rejection;
        }
        var user = await accounts.FindAsync(caller.UserId, cancellationToken);
        if (user is null)
        {
            return Problems.Unauthorized("The account no longer exists.");
        }
        if (!roles.IsOperator(user.Id, user.Email))
        {
            return Problems.Forbidden("The operator view is for operators only.");
        }
        return ApiResults.Ok(await reader.ReadAsync(cancellationToken));
    }
}

namespace TodoFunctions.Bench;

/// <summary>
/// <c>--compare URL</c>: the same closed-loop create and list loads, same clients and duration, first against
/// this run's HTTP host and then against a second base URL, so their ratio comes from one run on one machine.
/// </summary>
public static class Compare
{
    public sealed record Side(ClosedLoop.Result Creates, ClosedLoop.Result Lists);

    public sealed record Result(Uri Other, Side This, Side Compared);

    public static async Task<Result> RunAsync(Api local, string localListToken, Options options, CancellationToken cancellationToken)
    {
        var other = options.Compare!;
        using var remote = new Api(other);
        string remoteListToken;
        if (options.CompareToken is { } token)
        {
            remote.Tokens.Add(token);
            remoteListToken = token;
        }
        else
        {
            Progress.Say($"compare: registering {Options.Users} users and a list user at {new Uri(other, options.CompareRegister)}");
            await remote.RegisterUsersAsync(Options.Users, options.CompareRegister, cancellationToken);
            remoteListToken = await remote.RegisterAsync(options.CompareRegister, cancellationToken);
        }
        await remote.EnsureTodosAsync(remoteListToken, Options.ListItems, TimeSpan.FromSeconds(60), cancellationToken);

        var duration = TimeSpan.FromSeconds(Options.CompareSeconds);
        Progress.Say($"compare: warming up {other} (3 s of each load, not measured)");
        await ClosedLoop.CreatesAsync(remote, options.Clients, TimeSpan.FromSeconds(3), null, "compare warm-up", cancellationToken);
        await ClosedLoop.ListsAsync(remote, remoteListToken, options.Clients, TimeSpan.FromSeconds(3), "compare warm-up", cancellationToken);

        async Task<Side> RunSideAsync(Api api, string listToken, string name)
        {
            var creates = await ClosedLoop.CreatesAsync(api, options.Clients, duration, null, $"compare creates ({name})", cancellationToken);
            var lists = await ClosedLoop.ListsAsync(api, listToken, options.Clients, duration, $"compare lists ({name})", cancellationToken);
            return new Side(creates, lists);
        }
        Progress.Say($"compare: {options.Clients} clients, {duration.TotalSeconds:F0} s each: creates then lists, this host then {other}");
        var mine = await RunSideAsync(local, localListToken, "this host");
        var theirs = await RunSideAsync(remote, remoteListToken, other.ToString());
        return new Result(other, mine, theirs);
    }
}

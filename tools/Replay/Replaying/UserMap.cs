namespace TodoFunctions.Replay.Replaying;

/// <summary>
/// <c>--remap-users MAP.json</c>: <c>{ "old-user-id": "new-user-id", … }</c>, so commands captured in one
/// environment land on users that exist in another. Users not in the map keep their id.
/// </summary>
public sealed class UserMap(IReadOnlyDictionary<Guid, Guid> map)
{
    public static readonly UserMap None = new(new Dictionary<Guid, Guid>());

    public int Count => map.Count;

    public Guid Map(Guid userId) => map.GetValueOrDefault(userId, userId);

    public bool Has(Guid userId) => map.ContainsKey(userId);

    public static async Task<UserMap> ReadAsync(string? path, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return None;
        }
        if (!File.Exists(path))
        {
            throw new ToolException($"--remap-users: {path}: no such file.", ExitCodes.Usage);
        }
        try
        {
            var raw = JsonSerializer.Deserialize<Dictionary<string, string>>(await File.ReadAllTextAsync(path, cancellationToken)) ?? [];
            var map = new Dictionary<Guid, Guid>();
            foreach (var (from, to) in raw)
            {
                map[Guid.TryParse(from, out var f) ? f : throw new ToolException($"--remap-users: {path}: \"{from}\" is not a user id.", ExitCodes.Usage)] =
                    Guid.TryParse(to, out var t) ? t : throw new ToolException($"--remap-users: {path}: \"{to}\" is not a user id.", ExitCodes.Usage);
            }
            return new UserMap(map);
        }
        catch (JsonException ex)
        {
            throw new ToolException($"--remap-users: {path}: expected {{\"old-user-id\": \"new-user-id\", …}} ({ex.Message}).", ExitCodes.Usage);
        }
    }
}

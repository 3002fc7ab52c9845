using TodoFunctions.Replay.Capturing;

namespace TodoFunctions.Replay.Replaying;

/// <summary>What a replay will publish: the valid lines that pass the filters, remapped and renamed.</summary>
public sealed record ReplayPlan(IReadOnlyList<ReplayItem> Items, int Filtered, int Invalid)
{
    public sealed record Filters(IReadOnlyCollection<string> Kinds, IReadOnlyCollection<Guid> Users, DateTimeOffset? Since, DateTimeOffset? Until);

    /// <param name="asNewSeed">Non-null: give every command (and the todo or conversation it creates) a derived id.</param>
    public static ReplayPlan Build(CaptureFile file, Filters filters, UserMap users, string? asNewSeed)
    {
        var items = new List<ReplayItem>();
        var filtered = 0;
        // In the order the HTTP functions accepted them, which is what the workers' ordering rules expect.
        foreach (var line in file.Valid.OrderBy(l => l.Command!.IssuedAt))
        {
            var command = line.Command!;
            if (!CommandKinds.Matches(command.Kind, filters.Kinds)
                || (filters.Users.Count > 0 && !filters.Users.Contains(command.UserId))
                || command.IssuedAt < filters.Since || command.IssuedAt >= filters.Until)
            {
                filtered++;
                continue;
            }
            // A replayed copy must not carry the original's trace or activity ids.
            var headers = command.Headers.Where(h => !h.Key.StartsWith("MT-Activity", StringComparison.OrdinalIgnoreCase)
                && h.Key is not ("traceparent" or "tracestate")).ToDictionary();
            items.Add(new ReplayItem(line.Number, command.Kind, Transform(line.Message!, users, asNewSeed), headers));
        }
        return new ReplayPlan(items, filtered, file.Invalid.Count());
    }

    private static object Transform(object message, UserMap users, string? seed) => message switch
    {
        TodoCommand todo => todo with
        {
            UserId = users.Map(todo.UserId),
            CommandId = seed is null ? todo.CommandId : DerivedIds.From(todo.CommandId, seed),
            TodoId = seed is null ? todo.TodoId : DerivedIds.From(todo.TodoId, seed),
        },
        ChatCommand chat => chat with
        {
            UserId = users.Map(chat.UserId),
            CommandId = seed is null ? chat.CommandId : DerivedIds.From(chat.CommandId, seed),
            ConversationId = seed is null ? chat.ConversationId : DerivedIds.From(chat.ConversationId, seed),
        },
        _ => message,
    };
}

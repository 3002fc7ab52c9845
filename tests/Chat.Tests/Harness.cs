using TodoFunctions.ChatEval.Cases;

namespace TodoFunctions.Chat.Tests;

/// <summary>Builds contexts at a given local wall time and runs the engine.</summary>
internal static class Harness
{
    public static readonly OfflineLanguageEngine Engine = new();

    public static ChatContext Context(string zoneId, DateTime local, IReadOnlyList<ChatTask>? tasks = null, IReadOnlyList<ChatTurn>? history = null)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        return new ChatContext(CaseClock.ToInstant(local, zone), zone, tasks ?? [], history ?? []);
    }

    public static ChatPlan Run(string message, ChatContext context) => Engine.Interpret(message, context);

    public static AddTask SingleAdd(ChatPlan plan)
    {
        var adds = plan.Actions.OfType<AddTask>().ToList();
        Assert.True(adds.Count == 1, $"expected one AddTask, got {plan.Actions.Count} action(s); reply: {plan.Reply}");
        return adds[0];
    }

    public static ChatTask Task(string title, TaskDue? due = null, TaskPriority priority = TaskPriority.None, bool completed = false, string? description = null, params string[] tags) =>
        new(Guid.NewGuid(), title, description, due, priority, tags, completed);

    public static ChatTurn Listing(params ChatTask[] tasks) =>
        new("assistant", string.Join('\n', tasks.Select((t, i) => $"{i + 1}. {t.Title}")), tasks.Select(t => t.Id).ToList());
}

using TodoFunctions.Chat;

namespace TodoFunctions.ChatEval.Cases;

/// <summary>A case's setup made concrete for one run: real tasks with Guids, the ref→Guid map, and the user's local today.</summary>
public sealed record CaseSetup(IReadOnlyList<ChatTask> Tasks, IReadOnlyDictionary<string, Guid> RefToId, DateOnly Today, TimeZoneInfo TimeZone)
{
    public static CaseSetup Build(Case c, DateTimeOffset now)
    {
        var zone = CaseClock.FindZone(c.TimeZoneId);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var map = new Dictionary<string, Guid>();
        var tasks = new List<ChatTask>();
        var seed = 1;
        foreach (var s in c.Setup)
        {
            // Stable ids keep runs reproducible.
            var id = new Guid(seed++, 0, 0, [0, 0, 0, 0, 0, 0, 0, 1]);
            map[s.Ref] = id;
            tasks.Add(new ChatTask(id, s.Title, s.Description, s.Due?.ToTaskDue(today), ParsePriority(s.Priority), s.Tags.ToList(), s.Completed, s.Repeats?.ToRule()));
        }

        return new CaseSetup(tasks, map, today, zone);
    }

    public static TaskPriority ParsePriority(string? text) => text?.ToLowerInvariant() switch
    {
        "high" => TaskPriority.High,
        "medium" => TaskPriority.Medium,
        "low" => TaskPriority.Low,
        _ => TaskPriority.None,
    };
}

using System.Text.RegularExpressions;
using TodoFunctions.Chat;
using TodoFunctions.ChatEval.Cases;

namespace TodoFunctions.ChatEval.Checking;

/// <summary>Checks a case's expectations against the final task list and the reply; returns one message per failed rule.</summary>
public static class CaseChecker
{
    public static IReadOnlyList<string> Check(Case c, CaseSetup setup, IReadOnlyList<ChatTask> final, string reply)
    {
        var failures = new List<string>();
        var expect = c.Expect;
        var today = setup.Today;
        var before = setup.Tasks.ToDictionary(t => t.Id);
        var after = final.ToDictionary(t => t.Id);
        var created = final.Where(t => !before.ContainsKey(t.Id)).ToList();
        var deleted = setup.Tasks.Where(t => !after.ContainsKey(t.Id)).Select(t => t.Id).ToHashSet();
        var idToRef = setup.RefToId.ToDictionary(p => p.Value, p => p.Key);

        if (string.IsNullOrWhiteSpace(reply))
        {
            failures.Add("reply is empty");
        }

        if (expect.Created is { } expectedCreated)
        {
            CheckCreated(expectedCreated, created, today, failures);
        }

        foreach (var r in expect.Completed ?? [])
        {
            CheckState(r, setup, after, completed: true, "completed", failures);
        }

        foreach (var r in expect.Reopened ?? [])
        {
            CheckState(r, setup, after, completed: false, "reopened", failures);
        }

        foreach (var r in expect.Deleted ?? [])
        {
            if (!setup.RefToId.TryGetValue(r, out var id))
            {
                failures.Add($"deleted: unknown ref '{r}'");
            }
            else if (after.ContainsKey(id))
            {
                failures.Add($"deleted: '{r}' ({before[id].Title}) still exists");
            }
        }

        foreach (var (r, matcher) in expect.Updated ?? new Dictionary<string, TaskMatcher>())
        {
            if (!setup.RefToId.TryGetValue(r, out var id))
            {
                failures.Add($"updated: unknown ref '{r}'");
                continue;
            }

            if (!after.TryGetValue(id, out var task))
            {
                failures.Add($"updated: '{r}' was deleted");
                continue;
            }

            foreach (var problem in Match(matcher, task, today))
            {
                failures.Add($"updated '{r}': {problem}");
            }

            foreach (var problem in UnnamedFieldsKept(matcher, before[id], task, expect, r))
            {
                failures.Add($"updated '{r}': {problem}");
            }
        }

        if (expect.OthersUnchanged)
        {
            var named = NamedRefs(expect).Where(setup.RefToId.ContainsKey).Select(r => setup.RefToId[r]).ToHashSet();
            foreach (var task in setup.Tasks.Where(t => !named.Contains(t.Id)))
            {
                if (!after.TryGetValue(task.Id, out var now))
                {
                    failures.Add($"others_unchanged: '{idToRef[task.Id]}' ({task.Title}) was deleted");
                }
                else if (!Same(task, now))
                {
                    failures.Add($"others_unchanged: '{idToRef[task.Id]}' ({task.Title}) changed: {Diff(task, now)}");
                }
            }

            var allowed = expect.Created?.Count ?? 0;
            if (created.Count > allowed)
            {
                failures.Add($"others_unchanged: {created.Count} task(s) created, expected {allowed}: {string.Join(", ", created.Select(t => $"\"{t.Title}\""))}");
            }
        }

        foreach (var text in expect.ReplyIncludes ?? [])
        {
            if (!reply.Contains(text, StringComparison.OrdinalIgnoreCase))
            {
                failures.Add($"reply_includes: \"{text}\" missing");
            }
        }

        foreach (var text in expect.ReplyExcludes ?? [])
        {
            if (reply.Contains(text, StringComparison.OrdinalIgnoreCase))
            {
                failures.Add($"reply_excludes: \"{text}\" present");
            }
        }

        if (expect.Clarify)
        {
            var unchanged = created.Count == 0 && deleted.Count == 0 && setup.Tasks.All(t => Same(t, after[t.Id]));
            if (!unchanged)
            {
                failures.Add("clarify: state changed");
            }

            if (!reply.Contains('?'))
            {
                failures.Add("clarify: reply has no question mark");
            }
        }

        return failures;
    }

    public static IEnumerable<string> Match(TaskMatcher matcher, ChatTask task, DateOnly today)
    {
        foreach (var text in matcher.TitleIncludes ?? [])
        {
            if (!task.Title.Contains(text, StringComparison.OrdinalIgnoreCase))
            {
                yield return $"title \"{task.Title}\" lacks \"{text}\"";
            }
        }

        foreach (var text in matcher.TitleExcludes ?? [])
        {
            if (ContainsWholePhrase(task.Title, text))
            {
                yield return $"title \"{task.Title}\" contains \"{text}\"";
            }
        }

        foreach (var text in matcher.DescriptionIncludes ?? [])
        {
            if (task.Description is null || !task.Description.Contains(text, StringComparison.OrdinalIgnoreCase))
            {
                yield return $"description \"{task.Description}\" lacks \"{text}\"";
            }
        }

        if (matcher.HasDue)
        {
            if (matcher.Due is null)
            {
                if (task.Due is not null)
                {
                    yield return $"due {Show(task.Due)}, expected none";
                }
            }
            else if (!matcher.Due.Matches(task.Due, today))
            {
                yield return $"due {Show(task.Due)}, expected {matcher.Due.Describe(today)}";
            }
        }

        if (matcher.Priority is { } priority && CaseSetup.ParsePriority(priority) != task.Priority)
        {
            yield return $"priority {task.Priority}, expected {priority}";
        }

        if (matcher.Tags is { } tags)
        {
            var expected = tags.Select(t => t.ToLowerInvariant()).ToHashSet();
            var actual = task.Tags.Select(t => t.ToLowerInvariant()).ToHashSet();
            if (!expected.SetEquals(actual))
            {
                yield return $"tags [{string.Join(", ", actual)}], expected [{string.Join(", ", expected)}]";
            }
        }

        if (matcher.HasRepeats && (matcher.Repeats is null ? task.Recurrence is not null : !matcher.Repeats.Matches(task.Recurrence)))
        {
            yield return $"repeats {task.Recurrence ?? "never"}, expected {matcher.Repeats?.ToRule() ?? "never"}";
        }
    }

    /// <summary>Whole word or phrase, any case: "add" does not match "address".</summary>
    public static bool ContainsWholePhrase(string text, string phrase)
    {
        var pattern = @"(?<![\p{L}\p{N}])" + Regex.Escape(phrase.Trim()) + @"(?![\p{L}\p{N}])";
        return Regex.IsMatch(text, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    private static void CheckCreated(IReadOnlyList<TaskMatcher> expected, List<ChatTask> created, DateOnly today, List<string> failures)
    {
        if (created.Count != expected.Count)
        {
            failures.Add($"created: {created.Count} task(s) [{string.Join(", ", created.Select(t => $"\"{t.Title}\""))}], expected {expected.Count}");
        }

        // One-to-one in any order: try every assignment (case sizes are tiny).
        var fits = expected.Select(m => created.Select(t => !Match(m, t, today).Any()).ToArray()).ToArray();
        if (Assign(fits, 0, new bool[created.Count]))
        {
            return;
        }

        for (var i = 0; i < expected.Count; i++)
        {
            if (!fits[i].Any(f => f))
            {
                var closest = created.Select(t => Match(expected[i], t, today).ToList()).OrderBy(p => p.Count).FirstOrDefault();
                failures.Add($"created[{i}]: no matching task" + (closest is null ? "" : ": " + string.Join("; ", closest)));
            }
        }

        if (failures.Count == 0 || !failures.Any(f => f.StartsWith("created", StringComparison.Ordinal)))
        {
            failures.Add("created: tasks cannot be matched one-to-one");
        }
    }

    private static bool Assign(bool[][] fits, int row, bool[] used)
    {
        if (row == fits.Length)
        {
            return true;
        }

        for (var col = 0; col < used.Length; col++)
        {
            if (fits[row][col] && !used[col])
            {
                used[col] = true;
                if (Assign(fits, row + 1, used))
                {
                    return true;
                }

                used[col] = false;
            }
        }

        return false;
    }

    private static void CheckState(string r, CaseSetup setup, Dictionary<Guid, ChatTask> after, bool completed, string key, List<string> failures)
    {
        if (!setup.RefToId.TryGetValue(r, out var id))
        {
            failures.Add($"{key}: unknown ref '{r}'");
        }
        else if (!after.TryGetValue(id, out var task))
        {
            failures.Add($"{key}: '{r}' was deleted");
        }
        else if (task.Completed != completed)
        {
            failures.Add($"{key}: '{r}' ({task.Title}) is {(task.Completed ? "completed" : "pending")}");
        }
    }

    private static IEnumerable<string> UnnamedFieldsKept(TaskMatcher matcher, ChatTask before, ChatTask after, CaseExpect expect, string r)
    {
        if (!matcher.NamesTitle && before.Title != after.Title)
        {
            yield return $"title changed to \"{after.Title}\"";
        }

        if (matcher.DescriptionIncludes is null && before.Description != after.Description)
        {
            yield return "description changed";
        }

        if (!matcher.HasDue && before.Due != after.Due)
        {
            yield return $"due changed to {Show(after.Due)}";
        }

        if (matcher.Priority is null && before.Priority != after.Priority)
        {
            yield return $"priority changed to {after.Priority}";
        }

        if (matcher.Tags is null && !before.Tags.SequenceEqual(after.Tags))
        {
            yield return $"tags changed to [{string.Join(", ", after.Tags)}]";
        }

        if (!matcher.HasRepeats && before.Recurrence != after.Recurrence)
        {
            yield return $"repeat changed to {after.Recurrence ?? "never"}";
        }

        var statusNamed = (expect.Completed?.Contains(r) ?? false) || (expect.Reopened?.Contains(r) ?? false);
        if (!statusNamed && before.Completed != after.Completed)
        {
            yield return "completion changed";
        }
    }

    private static IEnumerable<string> NamedRefs(CaseExpect expect) =>
        (expect.Completed ?? []).Concat(expect.Reopened ?? []).Concat(expect.Deleted ?? []).Concat(expect.Updated?.Keys ?? Enumerable.Empty<string>());

    public static bool Same(ChatTask a, ChatTask b) =>
        a.Title == b.Title && a.Description == b.Description && a.Due == b.Due && a.Priority == b.Priority
        && a.Completed == b.Completed && a.Tags.SequenceEqual(b.Tags) && a.Recurrence == b.Recurrence;

    private static string Diff(ChatTask a, ChatTask b)
    {
        var parts = new List<string>();
        if (a.Title != b.Title) { parts.Add($"title \"{b.Title}\""); }
        if (a.Description != b.Description) { parts.Add("description"); }
        if (a.Due != b.Due) { parts.Add($"due {Show(b.Due)}"); }
        if (a.Priority != b.Priority) { parts.Add($"priority {b.Priority}"); }
        if (a.Completed != b.Completed) { parts.Add(b.Completed ? "completed" : "reopened"); }
        if (!a.Tags.SequenceEqual(b.Tags)) { parts.Add($"tags [{string.Join(", ", b.Tags)}]"); }
        if (a.Recurrence != b.Recurrence) { parts.Add($"repeats {b.Recurrence ?? "never"}"); }
        return string.Join(", ", parts);
    }

    private static string Show(TaskDue? due) =>
        due is null ? "none" : due.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + (due.Time is { } t ? " " + t.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "");
}

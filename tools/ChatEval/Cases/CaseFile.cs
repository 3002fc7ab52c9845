using System.Globalization;
using System.Text.Json;

namespace TodoFunctions.ChatEval.Cases;

/// <summary>Reads JSON Lines case files (see CONVENTIONS.md, "Reading a case").</summary>
public static class CaseFile
{
    public static IReadOnlyList<Case> Load(string path) => Parse(File.ReadLines(path));

    public static IReadOnlyList<Case> Parse(IEnumerable<string> lines)
    {
        var cases = new List<Case>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(line);
                cases.Add(ParseCase(doc.RootElement));
            }
            catch (Exception e) when (e is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
            {
                throw new FormatException($"Case file line {number}: {e.Message}", e);
            }
        }

        return cases;
    }

    public static Case ParseCase(JsonElement root)
    {
        var setup = root.TryGetProperty("setup", out var s) && s.ValueKind == JsonValueKind.Array
            ? s.EnumerateArray().Select(ParseSetupTask).ToList()
            : [];
        var history = root.TryGetProperty("history", out var h) && h.ValueKind == JsonValueKind.Array
            ? h.EnumerateArray().Select(ParseHistory).ToList()
            : [];
        return new Case(
            root.GetProperty("id").GetString() ?? "",
            String(root, "category") ?? "uncategorised",
            setup,
            String(root, "timezone") ?? "UTC",
            String(root, "now"),
            history,
            String(root, "message") ?? "",
            root.TryGetProperty("expect", out var e) ? ParseExpect(e) : new CaseExpect());
    }

    private static SetupTask ParseSetupTask(JsonElement e) => new(
        String(e, "ref") ?? throw new FormatException("setup task without ref"),
        String(e, "title") ?? "",
        String(e, "description"),
        e.TryGetProperty("due", out var due) ? ParseDue(due) : null,
        String(e, "priority") ?? "none",
        Strings(e, "tags") ?? [],
        e.TryGetProperty("completed", out var c) && c.ValueKind == JsonValueKind.True,
        e.TryGetProperty("repeats", out var r) ? RepeatSpec.Parse(r) : null);

    private static HistoryTurn ParseHistory(JsonElement e) => new(
        String(e, "role") ?? "user",
        String(e, "text"),
        Strings(e, "refs") ?? []);

    private static CaseExpect ParseExpect(JsonElement e)
    {
        Dictionary<string, TaskMatcher>? updated = null;
        if (e.TryGetProperty("updated", out var u) && u.ValueKind == JsonValueKind.Object)
        {
            updated = u.EnumerateObject().ToDictionary(p => p.Name, p => ParseMatcher(p.Value));
        }

        return new CaseExpect
        {
            Created = e.TryGetProperty("created", out var c) && c.ValueKind == JsonValueKind.Array ? c.EnumerateArray().Select(ParseMatcher).ToList() : null,
            Completed = Strings(e, "completed"),
            Reopened = Strings(e, "reopened"),
            Deleted = Strings(e, "deleted"),
            Updated = updated,
            OthersUnchanged = !e.TryGetProperty("others_unchanged", out var o) || o.ValueKind != JsonValueKind.False,
            ReplyIncludes = Strings(e, "reply_includes"),
            ReplyExcludes = Strings(e, "reply_excludes"),
            Clarify = e.TryGetProperty("clarify", out var cl) && cl.ValueKind == JsonValueKind.True,
        };
    }

    private static TaskMatcher ParseMatcher(JsonElement e) => new()
    {
        TitleIncludes = Strings(e, "title_includes"),
        TitleExcludes = Strings(e, "title_excludes"),
        DescriptionIncludes = Strings(e, "description_includes"),
        HasDue = e.TryGetProperty("due", out _),
        Due = e.TryGetProperty("due", out var due) ? ParseDue(due) : null,
        Priority = String(e, "priority"),
        Tags = Strings(e, "tags"),
        HasRepeats = e.TryGetProperty("repeats", out _),
        Repeats = e.TryGetProperty("repeats", out var repeats) ? RepeatSpec.Parse(repeats) : null,
    };

    public static DueSpec? ParseDue(JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        TimeOnly? time = e.TryGetProperty("time", out var t) && t.ValueKind == JsonValueKind.String
            ? TimeOnly.ParseExact(t.GetString()!, "HH:mm", CultureInfo.InvariantCulture)
            : null;
        if (e.TryGetProperty("days", out var days))
        {
            return new DueSpec(DueKind.Days, days.GetInt32(), default, default, 0, 0, time);
        }

        if (e.TryGetProperty("weekday", out var weekday))
        {
            return new DueSpec(DueKind.Weekday, 0, DueSpec.ParseWeekday(weekday.GetString() ?? ""), default, 0, 0, time);
        }

        if (e.TryGetProperty("date", out var date))
        {
            return new DueSpec(DueKind.Date, 0, default, DateOnly.ParseExact(date.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture), 0, 0, time);
        }

        if (e.TryGetProperty("month_day", out var md))
        {
            var parts = (md.GetString() ?? "").Split('-');
            return new DueSpec(DueKind.MonthDay, 0, default, default, int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture), time);
        }

        throw new FormatException($"Unknown due form {e}");
    }

    private static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static IReadOnlyList<string>? Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Select(x => x.GetString() ?? "").ToList()
            : null;
}

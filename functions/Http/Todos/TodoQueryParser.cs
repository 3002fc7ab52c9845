using TodoFunctions.Core.Domain;
using TodoFunctions.Core.Domain.Todos;
using TodoFunctions.Core.Services;

namespace TodoFunctions.Http.Todos;

/// <summary>
/// Reads <c>GET /api/todos</c> query parameters: status, dueBefore, dueAfter, overdue, priority, tag, q,
/// sort (created|due|priority|title|updated), order (asc|desc), tz (IANA, for "today"), offset, limit.
/// </summary>
public static class TodoQueryParser
{
    public const int MaxLimit = 200;

    public static TodoQuery Parse(IQueryCollection query, DateTimeOffset now, Dictionary<string, string[]> errors)
    {
        var result = new TodoQuery { NowUtc = now.UtcDateTime };
        var zone = TimeZoneInfo.Utc;
        if (Value(query, "tz") is { } tz && !TimeZoneInfo.TryFindSystemTimeZoneById(tz, out zone!))
        {
            errors["tz"] = ["Unknown time zone; use an IANA name such as Europe/Berlin."];
            zone = TimeZoneInfo.Utc;
        }
        result = result with { Today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime) };

        if (Value(query, "status") is { } status)
        {
            result = status.ToLowerInvariant() switch
            {
                "pending" or "open" => result with { Status = TodoStatusFilter.Pending },
                "completed" or "done" => result with { Status = TodoStatusFilter.Completed },
                "all" => result,
                _ => Fail(result, errors, "status", "Use pending, completed or all."),
            };
        }
        result = result with
        {
            DueBeforeUtc = Due(query, "dueBefore", errors),
            DueAfterUtc = Due(query, "dueAfter", errors),
            Tag = Value(query, "tag"),
            Text = Value(query, "q") ?? Value(query, "text"),
        };
        if (Value(query, "overdue") is { } overdue)
        {
            result = bool.TryParse(overdue, out var flag) ? result with { Overdue = flag } : Fail(result, errors, "overdue", "Use true or false.");
        }
        if (Value(query, "priority") is { } priority)
        {
            result = StrictEnum.TryParse<TodoPriority>(priority, out var p)
                ? result with { Priority = p }
                : Fail(result, errors, "priority", "Use none, low, medium or high.");
        }
        if (Value(query, "sort") is { } sort)
        {
            result = StrictEnum.TryParse<TodoSort>(sort, out var s)
                ? result with { Sort = s }
                : Fail(result, errors, "sort", "Use created, due, priority, title or updated.");
        }
        if (Value(query, "order") is { } order)
        {
            result = order.ToLowerInvariant() switch
            {
                "asc" => result with { Descending = false },
                "desc" => result with { Descending = true },
                _ => Fail(result, errors, "order", "Use asc or desc."),
            };
        }
        return result with
        {
            Skip = Number(query, "offset", 0, 0, int.MaxValue, errors),
            Take = Number(query, "limit", 50, 1, MaxLimit, errors),
        };
    }

    private static string? Value(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) && !string.IsNullOrWhiteSpace(values.ToString()) ? values.ToString().Trim() : null;

    private static DateTime? Due(IQueryCollection query, string name, Dictionary<string, string[]> errors)
    {
        if (Value(query, name) is not { } text)
        {
            return null;
        }
        if (TodoDue.TryParse(text, out var due))
        {
            return due.SortKeyUtc;
        }
        errors[name] = ["Use a date (2026-12-24) or a date-time with offset."];
        return null;
    }

    private static int Number(IQueryCollection query, string name, int fallback, int min, int max, Dictionary<string, string[]> errors)
    {
        if (Value(query, name) is not { } text)
        {
            return fallback;
        }
        if (int.TryParse(text, out var number) && number >= min && number <= max)
        {
            return number;
        }
        errors[name] = [$"Use a whole number from {min} to {max}."];
        return fallback;
    }

    private static TodoQuery Fail(TodoQuery query, Dictionary<string, string[]> errors, string name, string message)
    {
        errors[name] = [message];
        return query;
    }
}

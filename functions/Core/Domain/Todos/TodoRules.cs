using TodoFunctions.Core.Contracts;

namespace TodoFunctions.Core.Domain.Todos;

/// <summary>
/// The one place todo input is checked. The HTTP functions call it to answer 400 before anything is
/// queued, and the worker calls it again because a queued (or replayed) message is input too.
/// </summary>
public static class TodoRules
{
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 4000;
    public const int MaxTags = 10;
    public const int MaxTagLength = 32;

    // PostgreSQL text cannot hold U+0000; refused here so it never reaches (and poisons) a batch.
    public const string NulMessage = "Must not contain the NUL character (\\u0000).";

    public static TodoInput Validate(TodoFields fields, bool isCreate, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var present = isCreate ? TodoFieldNames.All : fields.Present.ToHashSet(StringComparer.Ordinal);

        var title = fields.Title?.Trim();
        if (title?.Contains('\0') == true)
        {
            errors[TodoFieldNames.Title] = [NulMessage];
        }
        else if ((isCreate || present.Contains(TodoFieldNames.Title)) && string.IsNullOrEmpty(title))
        {
            errors[TodoFieldNames.Title] = ["The title is required."];
        }
        else if (title is { Length: > MaxTitleLength })
        {
            errors[TodoFieldNames.Title] = [$"The title must be at most {MaxTitleLength} characters."];
        }

        var description = string.IsNullOrWhiteSpace(fields.Description) ? null : fields.Description.Trim();
        if (description?.Contains('\0') == true)
        {
            errors[TodoFieldNames.Description] = [NulMessage];
        }
        else if (description is { Length: > MaxDescriptionLength })
        {
            errors[TodoFieldNames.Description] = [$"The description must be at most {MaxDescriptionLength} characters."];
        }

        TodoDue? due = null;
        if (fields.Due is not null)
        {
            if (TodoDue.TryParse(fields.Due, out var parsed))
            {
                due = parsed;
            }
            else
            {
                errors[TodoFieldNames.Due] = ["Use a date (2026-12-24) or a date-time with offset (2026-12-24T18:00:00+01:00)."];
            }
        }

        TodoPriority? priority = isCreate ? TodoPriority.None : null;
        if (fields.Priority is not null)
        {
            if (StrictEnum.TryParse<TodoPriority>(fields.Priority, out var parsed))
            {
                priority = parsed;
            }
            else
            {
                errors[TodoFieldNames.Priority] = ["Use one of: none, low, medium, high."];
            }
        }
        else if (present.Contains(TodoFieldNames.Priority) && !isCreate)
        {
            priority = TodoPriority.None;
        }

        var tags = NormalizeTags(fields.Tags, errors);
        if (isCreate)
        {
            tags ??= [];
        }
        else if (present.Contains(TodoFieldNames.Tags))
        {
            tags ??= [];
        }

        var recurrence = fields.Recurrence is { } repeat ? Recurrence.TodoRecurrence.Parse(repeat.Rule, repeat.TimeZone, errors) : null;

        var reminders = Reminders.ReminderSpec.Parse(fields.Reminders, TodoFieldNames.Reminders, errors);
        if (isCreate && due is null && recurrence is null && reminders?.Any(r => r.Before is not null) == true)
        {
            errors[TodoFieldNames.Reminders] = ["A reminder before the due needs a due."];
        }
        if (isCreate)
        {
            reminders ??= [];
        }
        else if (present.Contains(TodoFieldNames.Reminders))
        {
            reminders ??= [];
        }

        return new TodoInput(title, description, due, priority, tags, present, recurrence, reminders);
    }

    private static List<string>? NormalizeTags(IReadOnlyList<string>? raw, Dictionary<string, string[]> errors)
    {
        if (raw is null)
        {
            return null;
        }
        var tags = new List<string>();
        foreach (var item in raw)
        {
            var tag = item?.Trim().TrimStart('#').ToLowerInvariant();
            if (string.IsNullOrEmpty(tag))
            {
                errors[TodoFieldNames.Tags] = ["Tags must not be empty."];
                return null;
            }
            if (tag.Contains('\0'))
            {
                errors[TodoFieldNames.Tags] = [NulMessage];
                return null;
            }
            if (tag.Length > MaxTagLength)
            {
                errors[TodoFieldNames.Tags] = [$"Each tag must be at most {MaxTagLength} characters."];
                return null;
            }
            if (!tags.Contains(tag))
            {
                tags.Add(tag);
            }
        }
        if (tags.Count > MaxTags)
        {
            errors[TodoFieldNames.Tags] = [$"At most {MaxTags} tags."];
            return null;
        }
        return tags;
    }
}

using System.Text.Json.Nodes;
using TodoFunctions.Core.Contracts;
using TodoFunctions.Core.Domain.Todos;

namespace TodoFunctions.Http.Todos;

/// <summary>JSON merge patch: a field that is present changes; <c>"due": null</c> removes the due date.</summary>
public sealed class UpdateTodo(RequestGate gate, TodoCommandSubmitter submitter)
{
    [Function(nameof(UpdateTodo))]
    [ApiOperation("Todos", "Change a todo (JSON merge patch)", Command = true, Conditional = true, Body = typeof(UpdateTodoRequest), SuccessStatus = StatusCodes.Status202Accepted,
        Returns = typeof(CommandAccepted), Description = "A field that is present changes; `\"due\": null` removes the due date.")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "todos/{id}")] HttpRequest request,
        string id, CancellationToken cancellationToken)
    {
        var caller = await gate.AuthorizeAsync(request);
        if (caller.Rejection is { } rejection)
        {
            return rejection;
        }
        if (!Guid.TryParse(id, out var todoId))
        {
            return Problems.NotFound();
        }
        var body = await JsonBody.ReadObjectAsync(request, cancellationToken);
        if (body.Rejection is { } invalid)
        {
            return invalid;
        }
        var errors = new Dictionary<string, string[]>();
        var fields = ReadFields(body.Value!, errors);
        if (errors.Count == 0)
        {
            TodoRules.Validate(fields, isCreate: false, out errors);
        }
        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }
        return await submitter.SubmitAsync(request, caller.UserId, TodoCommandKind.Update, todoId, fields, cancellationToken);
    }

    private static TodoFields ReadFields(JsonObject body, Dictionary<string, string[]> errors)
    {
        var present = new List<string>();
        foreach (var (name, _) in body)
        {
            if (TodoFieldNames.All.Contains(name))
            {
                present.Add(name);
            }
            else if (name != "id")
            {
                errors[name] = ["Unknown field."];
            }
        }
        if (present.Count == 0 && errors.Count == 0)
        {
            errors["body"] = ["Name at least one of: title, description, due, priority, tags, recurrence, reminders."];
        }
        // A null inside the array is left to TodoRules, which reports empty tags.
        List<string>? tags = null;
        if (body[TodoFieldNames.Tags] is JsonArray array)
        {
            if (array.All(t => t is null || t.GetValueKind() == JsonValueKind.String))
            {
                tags = [.. array.Select(t => t?.GetValue<string>()!)];
            }
            else
            {
                errors[TodoFieldNames.Tags] = ["Tags must be an array of strings."];
            }
        }
        else if (body[TodoFieldNames.Tags] is not null)
        {
            errors[TodoFieldNames.Tags] = ["Tags must be an array of strings."];
        }
        var fields = new TodoFields(
            Text(body, TodoFieldNames.Title, errors), Text(body, TodoFieldNames.Description, errors), Text(body, TodoFieldNames.Due, errors),
            Text(body, TodoFieldNames.Priority, errors), tags, ReadRecurrence(body, errors), ReadReminders(body, errors)) { Present = present };
        return errors.Count > 0 ? new TodoFields() : fields;
    }

    /// <summary>The field's string, or null; anything else is an error that names the field.</summary>
    private static string? Text(JsonObject body, string name, Dictionary<string, string[]> errors, string? errorKey = null)
    {
        var node = body[name];
        if (node is null)
        {
            return null;
        }
        if (node.GetValueKind() == JsonValueKind.String)
        {
            return node.GetValue<string>();
        }
        errors[errorKey ?? name] = ["Must be a string."];
        return null;
    }

    // "recurrence": null stops the series; an object replaces the rule from this occurrence on.
    private static RecurrenceFields? ReadRecurrence(JsonObject body, Dictionary<string, string[]> errors)
    {
        switch (body[TodoFieldNames.Recurrence])
        {
            case null:
                return null;
            case JsonObject recurrence:
                foreach (var (name, _) in recurrence)
                {
                    if (name is not ("rule" or "timeZone"))
                    {
                        errors[$"{TodoFieldNames.Recurrence}.{name}"] = ["Unknown field; use rule and timeZone."];
                    }
                }
                return new RecurrenceFields(Text(recurrence, "rule", errors, $"{TodoFieldNames.Recurrence}.rule"), Text(recurrence, "timeZone", errors, $"{TodoFieldNames.Recurrence}.timeZone"));
            default:
                errors[TodoFieldNames.Recurrence] = ["Use an object {\"rule\": \"FREQ=WEEKLY;BYDAY=TH\", \"timeZone\": \"Europe/Berlin\"} or null."];
                return null;
        }
    }

    // "reminders": null or [] removes them all; an array replaces them.
    private static List<ReminderFields?>? ReadReminders(JsonObject body, Dictionary<string, string[]> errors)
    {
        switch (body[TodoFieldNames.Reminders])
        {
            case null:
                return null;
            case JsonArray array:
                var reminders = new List<ReminderFields?>();
                for (var i = 0; i < array.Count; i++)
                {
                    var name = $"{TodoFieldNames.Reminders}[{i}]";
                    if (array[i] is not JsonObject item)
                    {
                        errors[name] = ["Use an object {\"at\": \"2026-12-05T17:00:00Z\"} or {\"before\": \"PT1H\"}."];
                        continue;
                    }
                    foreach (var (field, _) in item)
                    {
                        if (field is not ("at" or "before"))
                        {
                            errors[$"{name}.{field}"] = ["Unknown field; use at or before."];
                        }
                    }
                    reminders.Add(new ReminderFields(Text(item, "at", errors, $"{name}.at"), Text(item, "before", errors, $"{name}.before")));
                }
                return reminders;
            default:
                errors[TodoFieldNames.Reminders] = ["Use an array of reminders or null."];
                return null;
        }
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TodoFunctions.Mcp;

/// <summary>
/// Checks a tool call's arguments against the tool's input schema (the subset of JSON Schema the API contract
/// uses: type, required, enum, oneOf with null, min/maxLength, maxItems, items, uuid, minimum/maximum) and says
/// what is wrong per field: "title is required", "priority must be one of none, low, medium, high".
/// </summary>
public static class ToolArguments
{
    public static IReadOnlyList<string> Check(JsonObject inputSchema, IReadOnlyDictionary<string, JsonElement>? arguments)
    {
        var problems = new List<string>();
        var given = arguments ?? new Dictionary<string, JsonElement>();
        var properties = inputSchema["properties"]?.AsObject() ?? [];
        foreach (var required in inputSchema["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? [])
        {
            if (!given.TryGetValue(required, out var value) || value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
            {
                problems.Add($"{required} is required");
            }
        }
        foreach (var (name, value) in given)
        {
            if (properties[name] is not JsonObject schema)
            {
                problems.Add($"{name} is not a parameter of this tool (it takes {string.Join(", ", properties.Select(p => p.Key))})");
                continue;
            }
            if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
            {
                continue; // null means "not given" for an optional argument; a required one was reported above
            }
            CheckValue(name, schema, value, problems);
        }
        return problems;
    }

    private static void CheckValue(string name, JsonObject schema, JsonElement value, List<string> problems)
    {
        if (schema["oneOf"] is JsonArray branches)
        {
            // The contract's nullable enums: oneOf [{enum…}, {type: null}]. A non-null value must match the non-null branch.
            var branch = branches.OfType<JsonObject>().FirstOrDefault(b => b["type"]?.ToString() != "null");
            if (branch is not null)
            {
                CheckValue(name, branch, value, problems);
            }
            return;
        }
        var types = schema["type"] switch
        {
            JsonArray list => list.Select(t => t!.GetValue<string>()).Where(t => t != "null").ToArray(),
            JsonValue single => [single.GetValue<string>()],
            _ => [],
        };
        var type = types.FirstOrDefault();
        switch (type)
        {
            case "string" when value.ValueKind != JsonValueKind.String:
                problems.Add($"{name} must be a string");
                return;
            case "boolean" when value.ValueKind is not (JsonValueKind.True or JsonValueKind.False):
                problems.Add($"{name} must be true or false");
                return;
            case "integer" when value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out _):
                problems.Add($"{name} must be a whole number");
                return;
            case "array" when value.ValueKind != JsonValueKind.Array:
                problems.Add($"{name} must be a list");
                return;
        }
        if (schema["enum"] is JsonArray allowed && !allowed.Any(a => a?.ToJsonString() == value.GetRawText()))
        {
            problems.Add($"{name} must be one of {string.Join(", ", allowed.Select(a => a!.ToString()))}");
            return;
        }
        if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString()!;
            if (Int(schema, "minLength") is { } min && text.Length < min)
            {
                problems.Add(min == 1 ? $"{name} must not be empty" : $"{name} must be at least {min} characters");
            }
            if (Int(schema, "maxLength") is { } max && text.Length > max)
            {
                problems.Add($"{name} must be at most {max} characters (it has {text.Length})");
            }
            if (schema["format"]?.GetValue<string>() == "uuid" && !Guid.TryParse(text, out _))
            {
                problems.Add($"{name} must be a UUID such as 0197a5d2-3c4e-7b8f-9a01-23456789abcd (call list_tasks to find a task's id)");
            }
        }
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
        {
            var minimum = Int(schema, "minimum");
            var maximum = Int(schema, "maximum");
            if ((minimum is { } lo && number < lo) || (maximum is { } hi && number > hi))
            {
                problems.Add(maximum is { } top && top < int.MaxValue
                    ? $"{name} must be between {minimum ?? long.MinValue} and {top}"
                    : $"{name} must be at least {minimum}");
            }
        }
        if (value.ValueKind == JsonValueKind.Array)
        {
            var count = value.GetArrayLength();
            if (Int(schema, "maxItems") is { } maxItems && count > maxItems)
            {
                problems.Add($"{name} must have at most {maxItems} items (it has {count})");
            }
            if (schema["items"] is JsonObject items)
            {
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    CheckValue($"{name}[{index++}]", items, item, problems);
                }
            }
        }
    }

    private static long? Int(JsonObject schema, string keyword) =>
        schema[keyword] is JsonValue v && long.TryParse(v.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
}

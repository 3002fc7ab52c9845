using System.Collections;
using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace TodoFunctions.Http.OpenApi;

/// <summary>
/// JSON Schema (2020-12, as OpenAPI 3.1 uses it) for the request and response records, read from the
/// records themselves: property names as <see cref="ApiJson.Options"/> writes them, nullability from the
/// compiler's annotations, limits from <see cref="ApiFieldAttribute"/>. Each record becomes one component.
/// </summary>
public sealed class ApiSchemas(OpenApiDocument document)
{
    private readonly NullabilityInfoContext _nullability = new();
    private readonly Dictionary<Type, string> _names = [];

    public IDictionary<string, IOpenApiSchema> Components { get; } = new SortedDictionary<string, IOpenApiSchema>(StringComparer.Ordinal);

    /// <summary>A response record: every property is always written (nulls included), so every one is required.</summary>
    public IOpenApiSchema Response(Type type) => Reference(type, request: false);

    /// <summary>A request record: a property is required only when its <see cref="ApiFieldAttribute"/> says so.</summary>
    public IOpenApiSchema Request(Type type) => Reference(type, request: true);

    private IOpenApiSchema Reference(Type type, bool request)
    {
        if (!_names.TryGetValue(type, out var name))
        {
            name = type.Name;
            _names[type] = name;
            Components[name] = Describe(type, request);
        }
        return new OpenApiSchemaReference(name, document);
    }

    private OpenApiSchema Describe(Type type, bool request)
    {
        var schema = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Properties = new Dictionary<string, IOpenApiSchema>(),
            Required = new HashSet<string>(),
        };
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = ApiJson.Options.PropertyNamingPolicy!.ConvertName(property.Name);
            var field = FieldOf(type, property);
            var nullable = _nullability.Create(property).ReadState == NullabilityState.Nullable;
            var propertySchema = Property(property.PropertyType, request ? field?.Nullable == true : nullable, request, field);
            schema.Properties[name] = propertySchema;
            if (request ? field?.Required == true : true)
            {
                schema.Required.Add(name);
            }
        }
        return schema;
    }

    /// <summary>A positional record's attributes sit on its constructor parameter unless written with <c>property:</c>.</summary>
    private static ApiFieldAttribute? FieldOf(Type type, PropertyInfo property) =>
        property.GetCustomAttribute<ApiFieldAttribute>()
        ?? type.GetConstructors().SelectMany(c => c.GetParameters())
            .FirstOrDefault(p => p.Name == property.Name)?.GetCustomAttribute<ApiFieldAttribute>();

    private IOpenApiSchema Property(Type type, bool nullable, bool request, ApiFieldAttribute? field)
    {
        var underlying = System.Nullable.GetUnderlyingType(type) ?? type;
        var schema = Scalar(underlying, request);
        if (schema is OpenApiSchema inline)
        {
            Refine(inline, field);
            if (nullable && inline.Enum is { Count: > 0 })
            {
                // An enum lists no null, so a nullable one is "one of the values, or null".
                return new OpenApiSchema { Description = inline.Description, OneOf = [inline, new OpenApiSchema { Type = JsonSchemaType.Null }] };
            }
            if (nullable && inline.Type is { } kind)
            {
                inline.Type = kind | JsonSchemaType.Null;
            }
            return inline;
        }
        // A nested record: a reference, made nullable with oneOf when it may be null.
        return nullable
            ? new OpenApiSchema { OneOf = [schema, new OpenApiSchema { Type = JsonSchemaType.Null }] }
            : schema;
    }

    private IOpenApiSchema Scalar(Type type, bool request)
    {
        if (type == typeof(string))
        {
            return new OpenApiSchema { Type = JsonSchemaType.String };
        }
        if (type == typeof(Guid))
        {
            return new OpenApiSchema { Type = JsonSchemaType.String, Format = "uuid" };
        }
        if (type == typeof(DateTime) || type == typeof(DateTimeOffset))
        {
            return new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" };
        }
        if (type == typeof(bool))
        {
            return new OpenApiSchema { Type = JsonSchemaType.Boolean };
        }
        if (type == typeof(int) || type == typeof(long))
        {
            return new OpenApiSchema { Type = JsonSchemaType.Integer, Format = type == typeof(int) ? "int32" : "int64" };
        }
        if (type == typeof(double))
        {
            return new OpenApiSchema { Type = JsonSchemaType.Number, Format = "double" };
        }
        if (type == typeof(JsonElement) || type == typeof(JsonNode) || type == typeof(object))
        {
            // Free-form JSON (a command's result, a tool call): any value.
            return new OpenApiSchema();
        }
        if (type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(IDictionary<,>) || definition == typeof(Dictionary<,>) || definition == typeof(IReadOnlyDictionary<,>)))
        {
            return new OpenApiSchema { Type = JsonSchemaType.Object, AdditionalProperties = Property(type.GetGenericArguments()[1], false, request, null) };
        }
        if (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type))
        {
            var item = type.IsArray ? type.GetElementType()! : type.GetGenericArguments().Single();
            return new OpenApiSchema { Type = JsonSchemaType.Array, Items = Property(item, false, request, null) };
        }
        if (type.IsClass)
        {
            return Reference(type, request);
        }
        throw new NotSupportedException($"No JSON schema mapping for {type}.");
    }

    private static void Refine(OpenApiSchema schema, ApiFieldAttribute? field)
    {
        if (field is null)
        {
            return;
        }
        schema.Description = field.Description;
        var target = schema.Type == JsonSchemaType.Array && schema.Items is OpenApiSchema items ? items : schema;
        if (field.MinLength >= 0)
        {
            target.MinLength = field.MinLength;
        }
        if (field.MaxLength >= 0)
        {
            target.MaxLength = field.MaxLength;
        }
        if (field.ItemMaxLength >= 0)
        {
            target.MaxLength = field.ItemMaxLength;
        }
        if (field.MaxItems >= 0)
        {
            schema.MaxItems = field.MaxItems;
        }
        if (EnumValues(field.Enum, field.Values) is { Count: > 0 } values)
        {
            target.Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v)!)];
        }
        if (field.DateOrDateTime)
        {
            // Either of two formats: said in words (a union of formats would type as `{}` in generated clients).
            target.Description = (target.Description is null ? "" : target.Description + " ") + "Format: a date (RFC 3339 full-date) or a date-time with offset.";
        }
        if (field.Example is { } example)
        {
            schema.Examples = [schema.Type == JsonSchemaType.Array ? new JsonArray(JsonValue.Create(example)) : JsonValue.Create(example)];
        }
    }

    /// <summary>Enum names as the API spells them: lower case (see StrictEnum).</summary>
    public static IReadOnlyList<string> EnumValues(Type? enumType, string[] values) =>
        enumType is null ? values : [.. System.Enum.GetNames(enumType).Select(n => n.ToLowerInvariant())];
}

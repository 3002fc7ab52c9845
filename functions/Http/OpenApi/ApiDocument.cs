using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace TodoFunctions.Http.OpenApi;

/// <summary>
/// Builds the OpenAPI 3.1 document from the HTTP functions themselves (<see cref="HttpOperation.Discover"/>):
/// no hand-kept JSON file that could drift from the code.
/// </summary>
public static class ApiDocument
{
    public const string ProblemJson = "application/problem+json";
    public const string Json = "application/json";
    public const string BearerScheme = "bearer";

    /// <summary>The build's version, as the document's <c>info.version</c>.</summary>
    public static string Version { get; } =
        typeof(ApiDocument).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(ApiDocument).Assembly.GetName().Version?.ToString() ?? "0.0.0";

    /// <param name="routePrefix">The host's route prefix without slashes ("api").</param>
    /// <param name="includeTestSupport">List the /test/* routes: only where <c>Testing:Enabled</c> opens them.</param>
    public static OpenApiDocument Build(string routePrefix, bool includeTestSupport)
    {
        var document = new OpenApiDocument
        {
            Info = new OpenApiInfo
            {
                Title = "Todo Functions API",
                Version = Version,
                Description = "Todos and a chat assistant. Writes are commands: they answer 202 with a command id and a Location to poll " +
                              "(`GET /api/commands/{id}?waitMs=`). Send `Idempotency-Key` to make a write safe to retry. Errors are " +
                              "RFC 9457 problem details; a 400 names each invalid field in `errors`. The guide to the concepts is docs/API.md.",
                License = new OpenApiLicense { Name = "MIT", Identifier = "MIT" },
            },
            Servers = [new OpenApiServer { Url = "/", Description = "This host" }],
            Paths = [],
            Components = new OpenApiComponents
            {
                SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
                {
                    [BearerScheme] = new OpenApiSecurityScheme
                    {
                        Type = SecuritySchemeType.Http,
                        Scheme = "bearer",
                        BearerFormat = "JWT",
                        Description = "The accessToken from POST /api/auth/register or /api/auth/login.",
                    },
                },
            },
        };
        var schemas = new ApiSchemas(document);
        var problem = ProblemSchema(document, schemas);
        var operations = HttpOperation.Discover().Where(o => includeTestSupport || !o.Api.TestSupport).ToList();
        var tags = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            var path = $"/{routePrefix.Trim('/')}/{operation.Route}";
            if (!document.Paths.TryGetValue(path, out var item))
            {
                item = new OpenApiPathItem();
                document.Paths[path] = item;
            }
            ((OpenApiPathItem)item).AddOperation(new HttpMethod(operation.Method), Describe(operation, document, schemas, problem));
            tags.Add(operation.Api.Tag);
        }
        document.Tags = new HashSet<OpenApiTag>(tags.Select(t => new OpenApiTag { Name = t, Description = TagDescription(t) }));
        document.Components.Schemas = schemas.Components;
        return document;
    }

    /// <summary>The document as served: JSON and a strong ETag over its bytes.</summary>
    public static async Task<(byte[] Json, string ETag)> SerializeAsync(OpenApiDocument document)
    {
        var json = await document.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1);
        var bytes = System.Text.Encoding.UTF8.GetBytes(json);
        return (bytes, $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..32]}\"");
    }

    private static string TagDescription(string tag) => tag switch
    {
        "Todos" => "Read todos; write them through queued commands.",
        "Commands" => "The outcome of a queued command.",
        "Auth" => "Accounts and bearer tokens.",
        "Chat" => "The assistant: queued chat turns and their conversations.",
        "Health" => "Liveness and readiness probes.",
        "Contract" => "This document.",
        "Testing" => "Test support, only where Testing:Enabled is on.",
        _ => tag,
    };

    private static OpenApiOperation Describe(HttpOperation operation, OpenApiDocument document, ApiSchemas schemas, IOpenApiSchema problem)
    {
        var api = operation.Api;
        var result = new OpenApiOperation
        {
            OperationId = operation.Name,
            Summary = api.Summary,
            Description = api.Description,
            Tags = new HashSet<OpenApiTagReference> { new(api.Tag, document) },
            Parameters = [],
            Responses = [],
        };
        foreach (var name in operation.RouteParameters)
        {
            result.Parameters.Add(new OpenApiParameter
            {
                Name = name,
                In = ParameterLocation.Path,
                Required = true,
                Description = name == "id" ? "A UUID; anything else is answered 404." : null,
                Schema = name == "id" ? new OpenApiSchema { Type = JsonSchemaType.String, Format = "uuid" } : new OpenApiSchema { Type = JsonSchemaType.String },
                Example = JsonValue.Create(name == "id" ? "0197a5d2-3c4e-7b8f-9a01-23456789abcd" : "scalar.js"),
            });
        }
        foreach (var query in operation.Query)
        {
            result.Parameters.Add(QueryParameter(query));
        }
        if (api.Command)
        {
            result.Parameters.Add(new OpenApiParameter
            {
                Name = IdempotencyKeys.HeaderName,
                In = ParameterLocation.Header,
                Description = $"Makes the write safe to retry: the same key (1 to {IdempotencyKeys.MaxLength} printable characters) with the same body " +
                              "answers the same command; with another body, 422.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = IdempotencyKeys.MaxLength },
                Example = JsonValue.Create("7d0e1f52-create-groceries"),
            });
        }
        if (api.Cacheable)
        {
            result.Parameters.Add(new OpenApiParameter
            {
                Name = "If-None-Match",
                In = ParameterLocation.Header,
                Description = "The ETag of the copy you hold: 304 while it is current.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }
        if (api.Conditional)
        {
            result.Parameters.Add(new OpenApiParameter
            {
                Name = "If-Match",
                In = ParameterLocation.Header,
                Description = "The todo's ETag from GET /api/todos/{id}: the write is refused with 412 if the todo changed since. If another " +
                              "write lands after admission, the command fails with `precondition_failed`. Omit it (or send `*`) for an unconditional write.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                Example = JsonValue.Create("\"3\""),
            });
        }
        if (api.Body is { } body)
        {
            result.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = $"JSON, at most {JsonBody.MaxBytes} bytes.",
                Content = new Dictionary<string, IOpenApiMediaType> { [Json] = new OpenApiMediaType { Schema = schemas.Request(body) } },
            };
        }
        if (!api.Anonymous)
        {
            result.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] }];
        }
        else
        {
            // An empty requirement list overrides nothing at document level, but says plainly: no token needed.
            result.Security = [];
        }

        var success = new OpenApiResponse
        {
            Description = api.Command ? "Accepted: the command is queued. Poll Location for its outcome." : ReasonPhrase(api.SuccessStatus),
            Headers = new Dictionary<string, IOpenApiHeader>(),
        };
        if (api.Returns is { } returns)
        {
            success.Content = new Dictionary<string, IOpenApiMediaType> { [Json] = new OpenApiMediaType { Schema = schemas.Response(returns) } };
        }
        if (api.TextContent is { } text)
        {
            success.Content = new Dictionary<string, IOpenApiMediaType> { [text] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } } };
        }
        if (api.Command)
        {
            success.Headers["Location"] = Header("The command's status URL (GET it, optionally with ?waitMs=).", required: true);
        }
        if (api.Cacheable)
        {
            success.Headers["ETag"] = Header("A strong validator of this representation.", required: true);
        }
        result.Responses[api.SuccessStatus.ToString()] = success;
        foreach (var status in api.AlsoStatuses)
        {
            result.Responses[status.ToString()] = status == StatusCodes.Status304NotModified
                ? new OpenApiResponse { Description = "Not Modified: your copy (If-None-Match) is current.", Headers = new Dictionary<string, IOpenApiHeader> { ["ETag"] = Header("The current ETag.", required: true) } }
                : new OpenApiResponse { Description = ReasonPhrase(status), Content = success.Content };
        }

        foreach (var status in ProblemStatuses(operation).Order())
        {
            var response = new OpenApiResponse
            {
                Description = ProblemDescription(status, operation),
                Content = new Dictionary<string, IOpenApiMediaType> { [ProblemJson] = new OpenApiMediaType { Schema = problem } },
                Headers = new Dictionary<string, IOpenApiHeader>(),
            };
            if (status == StatusCodes.Status401Unauthorized)
            {
                response.Headers["WWW-Authenticate"] = Header("Always `Bearer`.", required: true);
            }
            if (status is StatusCodes.Status429TooManyRequests or StatusCodes.Status503ServiceUnavailable)
            {
                response.Headers["Retry-After"] = Header("Seconds to wait before retrying.", required: true, integer: true);
            }
            result.Responses[status.ToString()] = response;
        }
        return result;
    }

    /// <summary>Every problem status the operation can answer, from what its code path does.</summary>
    public static ISet<int> ProblemStatuses(HttpOperation operation)
    {
        var api = operation.Api;
        var statuses = new HashSet<int>(api.Problems);
        if (!api.Anonymous)
        {
            statuses.UnionWith([StatusCodes.Status401Unauthorized, StatusCodes.Status429TooManyRequests]);
        }
        if (api.Body is not null)
        {
            statuses.UnionWith([StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType]);
        }
        if (operation.Query.Count > 0)
        {
            statuses.Add(StatusCodes.Status400BadRequest);
        }
        if (operation.RouteParameters.Any())
        {
            statuses.Add(StatusCodes.Status404NotFound);
        }
        if (api.Command)
        {
            statuses.UnionWith([StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity, StatusCodes.Status503ServiceUnavailable]);
        }
        if (api.TestSupport)
        {
            statuses.Add(StatusCodes.Status404NotFound);
        }
        if (api.Conditional)
        {
            statuses.Add(StatusCodes.Status412PreconditionFailed);
        }
        if (!api.NoDatabase)
        {
            // A read or write while the database is not answering (UnhandledErrors): 503 with Retry-After, never 500.
            statuses.Add(StatusCodes.Status503ServiceUnavailable);
        }
        return statuses;
    }

    private static string ProblemDescription(int status, HttpOperation operation) => status switch
    {
        400 => "A field is invalid: `errors` maps each field (or header) name to its messages.",
        401 => "No bearer token, or an invalid or expired one.",
        403 => "The signed-in user lacks the role this operation needs (operator).",
        404 => operation.Api.Command ? "No such todo for this user (another user's todo is not found either)." : "Not found.",
        409 => "Conflict: the resource already exists.",
        412 => "If-Match does not name the todo's current ETag: someone changed it since you read it. GET it again and retry.",
        413 => $"The body is larger than {JsonBody.MaxBytes} bytes.",
        415 => "The body is not application/json.",
        422 => "The Idempotency-Key was already used for a different request.",
        429 => "Too many requests; wait Retry-After seconds.",
        503 => operation.Api.Command
            ? "The queue did not confirm, or the database is not answering; retry after Retry-After with the same Idempotency-Key."
            : "The database is not answering; retry after Retry-After.",
        _ => ReasonPhrase(status),
    };

    private static string ReasonPhrase(int status) => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : status.ToString();

    private static OpenApiHeader Header(string description, bool required, bool integer = false) => new()
    {
        Description = description,
        Required = required,
        Schema = new OpenApiSchema { Type = integer ? JsonSchemaType.Integer : JsonSchemaType.String },
    };

    private static OpenApiParameter QueryParameter(ApiQueryAttribute query)
    {
        var schema = new OpenApiSchema
        {
            Type = query.Integer ? JsonSchemaType.Integer : query.Boolean ? JsonSchemaType.Boolean : JsonSchemaType.String,
            Format = query.Format,
        };
        if (query.Minimum != long.MinValue)
        {
            schema.Minimum = query.Minimum.ToString();
        }
        if (query.Maximum != long.MaxValue)
        {
            schema.Maximum = query.Maximum.ToString();
        }
        if (ApiSchemas.EnumValues(query.Enum, query.Values) is { Count: > 0 } values)
        {
            schema.Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v)!)];
        }
        return new OpenApiParameter
        {
            Name = query.Name,
            In = ParameterLocation.Query,
            Description = query.Description,
            Schema = schema,
            Example = query.Example is not { } example ? null : query.Integer ? JsonValue.Create(long.Parse(example)) : JsonValue.Create(example),
        };
    }

    private static IOpenApiSchema ProblemSchema(OpenApiDocument document, ApiSchemas schemas)
    {
        schemas.Components["Problem"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "RFC 9457 problem details.",
            Required = new HashSet<string> { "type", "title", "status", "detail" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri" },
                ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
                ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["errors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = "400 only: each invalid field (or header) name and its messages.",
                    AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                    Examples = [JsonNode.Parse("""{"title":["The title is required."]}""")!],
                },
            },
        };
        return new OpenApiSchemaReference("Problem", document);
    }
}

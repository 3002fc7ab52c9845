namespace TodoFunctions.Http.OpenApi;

/// <summary>
/// What the OpenAPI document says about one HTTP function beyond its trigger: the route and verb come
/// from <see cref="HttpTriggerAttribute"/>, the operationId from <see cref="FunctionAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ApiOperationAttribute(string tag, string summary) : Attribute
{
    public string Tag => tag;
    public string Summary => summary;
    public string? Description { get; init; }

    /// <summary>The JSON request body record (its properties carry <see cref="ApiFieldAttribute"/> limits).</summary>
    public Type? Body { get; init; }

    public int SuccessStatus { get; init; } = StatusCodes.Status200OK;

    /// <summary>The success body record; null for none.</summary>
    public Type? Returns { get; init; }

    /// <summary>A text media type answered instead of JSON (the reference page and its script).</summary>
    public string? TextContent { get; init; }

    /// <summary>No bearer token needed (no 401 or per-user 429).</summary>
    public bool Anonymous { get; init; }

    /// <summary>A queued command: Idempotency-Key, 202 with Location, 422 for a reused key, 503 when the queue does not confirm.</summary>
    public bool Command { get; init; }

    /// <summary>A /api/test/* route: listed only where <c>Testing:Enabled</c> is on.</summary>
    public bool TestSupport { get; init; }

    /// <summary>Never reads the database (or handles its failure itself): no 503 for a database outage.</summary>
    public bool NoDatabase { get; init; }

    /// <summary>A write to an existing todo that honours If-Match (412 when stale, at admission or from the worker).</summary>
    public bool Conditional { get; init; }

    /// <summary>Answers with a strong ETag and 304 for a matching If-None-Match.</summary>
    public bool Cacheable { get; init; }

    /// <summary>Other statuses answered with the same body as the success (readiness: 503 "not ready").</summary>
    public int[] AlsoStatuses { get; init; } = [];

    /// <summary>Problem statuses beyond those implied by the flags above (e.g. 404, 409).</summary>
    public int[] Problems { get; init; } = [];
}

/// <summary>One query parameter of an operation, with the limits its parser enforces.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ApiQueryAttribute(string name, string description) : Attribute
{
    public string Name => name;
    public string Description => description;

    /// <summary>An enum whose lower-case names are the accepted values.</summary>
    public Type? Enum { get; init; }

    /// <summary>Accepted values when they are not an enum's names.</summary>
    public string[] Values { get; init; } = [];

    public bool Integer { get; init; }
    public bool Boolean { get; init; }
    public long Minimum { get; init; } = long.MinValue;
    public long Maximum { get; init; } = long.MaxValue;
    public string? Format { get; init; }
    public string? Example { get; init; }
}

/// <summary>
/// The limits a validator enforces on one request field, written next to the field so the document
/// and the validator read the same constants (e.g. <c>TodoRules.MaxTitleLength</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ApiFieldAttribute : Attribute
{
    public string? Description { get; init; }
    public bool Required { get; init; }

    /// <summary>JSON null is accepted (it clears the field in a patch).</summary>
    public bool Nullable { get; init; }

    public int MinLength { get; init; } = -1;
    public int MaxLength { get; init; } = -1;
    public int MaxItems { get; init; } = -1;
    public int ItemMaxLength { get; init; } = -1;
    public Type? Enum { get; init; }
    public string[] Values { get; init; } = [];

    /// <summary>A date (<c>2026-12-24</c>) or a date-time with offset.</summary>
    public bool DateOrDateTime { get; init; }

    public string? Example { get; init; }
}

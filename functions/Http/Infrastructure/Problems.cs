using Microsoft.AspNetCore.WebUtilities;

namespace TodoFunctions.Http.Infrastructure;

/// <summary>RFC 9457 problem details, written as <c>application/problem+json</c> by both hosts.</summary>
public static class Problems
{
    private const string ContentType = "application/problem+json";

    public static JsonActionResult Validation(IDictionary<string, string[]> errors) =>
        Create(StatusCodes.Status400BadRequest, "One or more fields are invalid.", errors: errors);

    public static JsonActionResult BadRequest(string detail) => Create(StatusCodes.Status400BadRequest, detail);

    public static JsonActionResult Unauthorized(string detail = "A valid bearer token is required.") =>
        Create(StatusCodes.Status401Unauthorized, detail).WithHeader("WWW-Authenticate", "Bearer");

    public static JsonActionResult Forbidden(string detail) => Create(StatusCodes.Status403Forbidden, detail);

    public static JsonActionResult NotFound(string detail = "Not found.") => Create(StatusCodes.Status404NotFound, detail);

    public static JsonActionResult PreconditionFailed(string detail) => Create(StatusCodes.Status412PreconditionFailed, detail);

    public static JsonActionResult Conflict(string detail) => Create(StatusCodes.Status409Conflict, detail);

    public static JsonActionResult IdempotencyKeyReused() => Create(StatusCodes.Status422UnprocessableEntity,
        "This Idempotency-Key was already used for a different request; use a new key for a new request.");

    public static JsonActionResult PayloadTooLarge(int limit) =>
        Create(StatusCodes.Status413PayloadTooLarge, $"The request body must be at most {limit} bytes.");

    public static JsonActionResult UnsupportedMediaType() =>
        Create(StatusCodes.Status415UnsupportedMediaType, "Send the body as application/json.");

    public static JsonActionResult TooManyRequests(TimeSpan retryAfter) =>
        Create(StatusCodes.Status429TooManyRequests, "Too many requests; slow down.")
            .WithHeader("Retry-After", Seconds(retryAfter));

    public static JsonActionResult InternalError() => Create(StatusCodes.Status500InternalServerError, "Something went wrong on our side.");

    public static JsonActionResult ServiceUnavailable(string detail, TimeSpan retryAfter) =>
        Create(StatusCodes.Status503ServiceUnavailable, detail).WithHeader("Retry-After", Seconds(retryAfter));

    private static JsonActionResult Create(int status, string detail, IDictionary<string, string[]>? errors = null)
    {
        var problem = new ProblemDetails
        {
            Type = $"https://httpstatuses.io/{status}",
            Title = ReasonPhrases.GetReasonPhrase(status),
            Status = status,
            Detail = detail,
        };
        if (errors is not null)
        {
            problem.Extensions["errors"] = errors;
        }
        return new JsonActionResult(status, problem, ContentType);
    }

    private static string Seconds(TimeSpan span) => Math.Max(1, (int)Math.Ceiling(span.TotalSeconds)).ToString();
}

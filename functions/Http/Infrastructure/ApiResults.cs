namespace TodoFunctions.Http.Infrastructure;

public static class ApiResults
{
    public static JsonActionResult Ok(object value) => new(StatusCodes.Status200OK, value);

    public static JsonActionResult Created(object value) => new(StatusCodes.Status201Created, value);

    public static JsonActionResult Accepted(object value, string location) =>
        new JsonActionResult(StatusCodes.Status202Accepted, value).WithHeader("Location", location);
}

using System.Reflection;

namespace TodoFunctions.Http.OpenApi;

/// <summary>One HTTP function as its attributes describe it: what the Functions host routes to, and what the document says.</summary>
public sealed record HttpOperation(string Name, string Method, string Route, MethodInfo Function, ApiOperationAttribute Api, IReadOnlyList<ApiQueryAttribute> Query)
{
    /// <summary>Every <c>[Function]</c> with an <c>[HttpTrigger]</c> in the HTTP functions assembly, by name.</summary>
    public static IReadOnlyList<HttpOperation> Discover() =>
    [
        .. from type in typeof(HttpOperation).Assembly.GetExportedTypes()
           from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
           let function = method.GetCustomAttribute<FunctionAttribute>()
           where function is not null
           let trigger = method.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).FirstOrDefault(a => a is not null)
           where trigger is not null
           from verb in trigger.Methods ?? []
           orderby function.Name
           select new HttpOperation(
               function.Name,
               verb.ToUpperInvariant(),
               trigger.Route ?? function.Name,
               method,
               method.GetCustomAttribute<ApiOperationAttribute>()
                   ?? throw new InvalidOperationException($"{function.Name} has no [ApiOperation]: every HTTP function is described in the OpenAPI document."),
               [.. method.GetCustomAttributes<ApiQueryAttribute>()]),
    ];

    public IEnumerable<string> RouteParameters =>
        Route.Split('/').Where(s => s.StartsWith('{') && s.EndsWith('}')).Select(s => s[1..^1].TrimEnd('?'));
}

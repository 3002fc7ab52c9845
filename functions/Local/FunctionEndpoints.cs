using Microsoft.AspNetCore.Mvc.Abstractions;

namespace TodoFunctions.Local;

public static class FunctionEndpoints
{
    /// <summary>
    /// Maps every HTTP function of <paramref name="assembly"/> to the route and verbs the Functions host
    /// gives it, binding the same parameters: HttpRequest, CancellationToken and route values by name.
    /// </summary>
    public static IEndpointRouteBuilder MapHttpFunctions(this IEndpointRouteBuilder endpoints, Assembly assembly, string routePrefix)
    {
        foreach (var route in FunctionRoute.Discover(assembly))
        {
            var invoke = CreateInvoker(route);
            endpoints.MapMethods($"{routePrefix}/{route.Route}", route.Methods, invoke).WithName(route.Name);
        }
        return endpoints;
    }

    private static RequestDelegate CreateInvoker(FunctionRoute route)
    {
        var factory = ActivatorUtilities.CreateFactory(route.Type, Type.EmptyTypes);
        var binders = route.Method.GetParameters().Select(CreateBinder).ToArray();
        return async context =>
        {
            var instance = route.Method.IsStatic ? null : factory(context.RequestServices, null);
            var arguments = binders.Select(bind => bind(context)).ToArray();
            var returned = route.Method.Invoke(instance, arguments);
            var result = returned switch
            {
                Task<IActionResult> task => await task,
                IActionResult actionResult => actionResult,
                _ => throw new InvalidOperationException($"{route.Name} must return IActionResult or Task<IActionResult>."),
            };
            await result.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
        };
    }

    private static Func<HttpContext, object?> CreateBinder(ParameterInfo parameter)
    {
        if (parameter.ParameterType == typeof(HttpRequest))
        {
            return context => context.Request;
        }
        if (parameter.ParameterType == typeof(CancellationToken))
        {
            return context => context.RequestAborted;
        }
        if (parameter.ParameterType == typeof(string))
        {
            var name = parameter.Name!;
            return context => context.GetRouteValue(name)?.ToString();
        }
        throw new NotSupportedException($"The local host cannot bind parameter '{parameter.Name}' of type {parameter.ParameterType}.");
    }
}

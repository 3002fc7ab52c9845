namespace TodoFunctions.Local;

/// <summary>One <c>[Function]</c> method with an <c>[HttpTrigger]</c>: what the Functions host would route to it.</summary>
public sealed record FunctionRoute(string Name, IReadOnlyList<string> Methods, string Route, Type Type, MethodInfo Method)
{
    public static IReadOnlyList<FunctionRoute> Discover(Assembly assembly) =>
    [
        .. from type in assembly.GetExportedTypes()
           from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
           let function = method.GetCustomAttribute<FunctionAttribute>()
           where function is not null
           let trigger = method.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).FirstOrDefault(a => a is not null)
           where trigger is not null
           orderby function.Name
           select new FunctionRoute(function.Name, [.. (trigger.Methods ?? []).Select(m => m.ToUpperInvariant())], trigger.Route ?? function.Name, type, method),
    ];
}

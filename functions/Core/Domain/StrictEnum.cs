namespace TodoFunctions.Core.Domain;

/// <summary>
/// Enum parsing that accepts only a member's name (any case). <see cref="Enum.TryParse{TEnum}(string?, bool, out TEnum)"/>
/// also takes numbers and comma lists as flags, so "low,medium" would silently become another value.
/// </summary>
public static class StrictEnum
{
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        foreach (var name in Enum.GetNames<T>())
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                value = Enum.Parse<T>(name);
                return true;
            }
        }
        value = default;
        return false;
    }
}

using Microsoft.Net.Http.Headers;

namespace TodoFunctions.Http.Todos;

/// <summary>
/// A todo's strong ETag is its version (<c>"3"</c>), which every write increments. GET sends it and answers 304
/// for a matching If-None-Match; a write's If-Match names the version it was based on (see <see cref="TodoCommandSubmitter"/>).
/// </summary>
public static class TodoETags
{
    public static string For(int version) => $"\"{version}\"";

    /// <summary>If-None-Match lists this version (or <c>*</c>); weak tags compare weakly, as RFC 9110 says for GET.</summary>
    public static bool IsCurrent(HttpRequest request, int version) =>
        EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch.ToArray()!, out var tags)
        && tags!.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Tag == For(version));

    /// <summary>
    /// The version an If-Match names. Absent or <c>*</c> (any current todo): no precondition, null. One strong
    /// tag <c>"N"</c>: N. Anything else (a weak tag, a tag this API never sent, a list): <paramref name="unmatchable"/>
    /// is true, because strong comparison can never match it (412).
    /// </summary>
    public static int? ExpectedVersion(HttpRequest request, out bool unmatchable)
    {
        unmatchable = false;
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0 || header == "*")
        {
            return null;
        }
        if (EntityTagHeaderValue.TryParseStrictList(request.Headers.IfMatch.ToArray()!, out var tags) && tags!.Count == 1 && !tags[0].IsWeak
            && int.TryParse(tags[0].Tag.AsSpan(1, tags[0].Tag.Length - 2), System.Globalization.NumberStyles.None, null, out var version) && version > 0)
        {
            return version;
        }
        unmatchable = true;
        return null;
    }
}

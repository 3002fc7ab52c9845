namespace TodoFunctions.Mcp;

/// <summary>Where the API is and whose token to use: <c>--token</c>/<c>--api</c>, else TODO_API_TOKEN/TODO_API_URL.</summary>
public sealed record ServerSettings(string Token, Uri ApiBase)
{
    public const string DefaultApi = "http://127.0.0.1:7071";

    public const string Usage =
        "usage: TodoFunctions.Mcp --token <accessToken> [--api http://127.0.0.1:7071]\n" +
        "       (or set TODO_API_TOKEN and TODO_API_URL). Get a token with POST /api/auth/login.";

    public static bool TryParse(string[] args, Func<string, string?> environment, out ServerSettings? settings, out string? problem)
    {
        settings = null;
        problem = null;
        string? token = null;
        string? api = null;
        for (var i = 0; i < args.Length; i++)
        {
            var (name, inline) = Split(args[i]);
            if (name is "--help" or "-h")
            {
                problem = "help requested.";
                return false;
            }
            if (name is not ("--token" or "--api"))
            {
                problem = $"unknown argument '{args[i]}'.";
                return false;
            }
            var value = inline ?? (i + 1 < args.Length ? args[++i] : null);
            if (string.IsNullOrWhiteSpace(value))
            {
                problem = $"{name} needs a value.";
                return false;
            }
            if (name == "--token")
            {
                token = value.Trim();
            }
            else
            {
                api = value.Trim();
            }
        }

        token ??= NonEmpty(environment("TODO_API_TOKEN"));
        api ??= NonEmpty(environment("TODO_API_URL")) ?? DefaultApi;
        if (token is null)
        {
            problem = "no access token: pass --token <accessToken> or set TODO_API_TOKEN.";
            return false;
        }
        if (!Uri.TryCreate(api, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            problem = $"'{api}' is not an http(s) URL for --api / TODO_API_URL.";
            return false;
        }
        settings = new ServerSettings(token, Normalize(uri));
        return true;
    }

    /// <summary>Accepts http://host:7071, http://host:7071/ or http://host:7071/api; yields ".../" so "api/todos" resolves under it.</summary>
    private static Uri Normalize(Uri uri)
    {
        var path = uri.AbsolutePath.TrimEnd('/');
        if (path.EndsWith("/api", StringComparison.OrdinalIgnoreCase))
        {
            path = path[..^"/api".Length];
        }
        return new UriBuilder(uri) { Path = path + "/", Query = "", Fragment = "" }.Uri;
    }

    private static (string Name, string? Inline) Split(string arg)
    {
        var equals = arg.IndexOf('=');
        return arg.StartsWith("--", StringComparison.Ordinal) && equals > 0 ? (arg[..equals], arg[(equals + 1)..]) : (arg, null);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

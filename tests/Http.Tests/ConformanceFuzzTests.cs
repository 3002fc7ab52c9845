using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;

namespace TodoFunctions.Http.Tests;

/// <summary>
/// Property-based conformance fuzzing (CsCheck) against the real servers (PostgreSQL, RabbitMQ). Every call
/// goes through the contract-checking client, so each response is also held to the OpenAPI document (status
/// documented, media type, schema, headers). Limits come from the served document, not from constants here.
/// FUZZ_SEED reproduces a run: a failure prints its seed and the shrunk case or sequence.
/// </summary>
public sealed class ConformanceFuzzTests(ServersAppFixture fixture) : IClassFixture<ServersAppFixture>
{
    private static readonly string? Seed = Environment.GetEnvironmentVariable("FUZZ_SEED") is { Length: > 0 } s ? s : null;

    private sealed record Limits(int Title, int Description, int Tags, int Tag, string[] Priorities)
    {
        public static Limits From(JsonObject document)
        {
            var create = document["components"]!["schemas"]!["CreateTodoRequest"]!["properties"]!;
            return new(
                create["title"]!["maxLength"]!.GetValue<int>(),
                create["description"]!["maxLength"]!.GetValue<int>(),
                create["tags"]!["maxItems"]!.GetValue<int>(),
                create["tags"]!["items"]!["maxLength"]!.GetValue<int>(),
                [.. create["priority"]!["oneOf"]![0]!["enum"]!.AsArray().Select(v => v!.GetValue<string>())]);
        }
    }

    /// <summary>One request: what it sends, and what the document says it must get.</summary>
    private sealed record Probe(string Name, HttpMethod Method, string Path, string? Body, string ContentType, string Auth, int[] Expected, string? Field)
    {
        public override string ToString() => $"{Name}: {Method} {Path} auth={Auth} {ContentType} {(Body is { Length: > 300 } ? Body[..300] + "…" : Body)} → expect {string.Join('/', Expected)}{(Field is null ? "" : $" naming '{Field}'")}";
    }

    // Whole UTF-16 characters only: a generator picking single chars would split a surrogate pair into invalid text.
    private const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_éßü日本";

    private static Gen<string> Text(int min, int max) =>
        Gen.Char[Letters].Array[min, max].Select(a => new string(a)).Where(t => t.Trim().Length >= min);

    private static Gen<JsonObject> ValidTodo(Limits limits) =>
        Gen.Select(
            Text(1, Math.Min(limits.Title, 60)),
            Gen.Frequency((3, Gen.Const((string?)null)), (1, Text(0, 80).Select(t => (string?)t))),
            Gen.OneOf(limits.Priorities.Select(Gen.Const).ToArray()),
            Gen.Char["abcdefghij"].Array[1, limits.Tag].Select(a => new string(a)).Array[0, limits.Tags],
            Gen.Frequency((1, Gen.Const((string?)null)), (1, Gen.DateOnly.Select(d => (string?)d.ToString("yyyy-MM-dd")))),
            (title, description, priority, tags, due) =>
            {
                var body = new JsonObject { ["title"] = title, ["priority"] = priority, ["tags"] = new JsonArray([.. tags.Distinct().Select(t => JsonValue.Create(t))]) };
                if (description is not null) body["description"] = description;
                if (due is not null) body["due"] = due;
                return body;
            });

    /// <summary>A valid body with exactly one field broken, and the field a 400 must name.</summary>
    private static Gen<(JsonObject Body, string Field, string How)> BrokenField(Limits limits, bool patch)
    {
        var breakers = new List<Gen<(Action<JsonObject> Break, string Field, string How)>>
        {
            Gen.Const<(Action<JsonObject>, string, string)>((b => b["title"] = "   ", "title", "blank")),
            Gen.Int[limits.Title + 1, limits.Title + 40].Select(n => ((Action<JsonObject>)(b => b["title"] = new string('x', n)), "title", $"{n} characters")),
            Gen.Int[limits.Description + 1, limits.Description + 40].Select(n => ((Action<JsonObject>)(b => b["description"] = new string('d', n)), "description", $"{n} characters")),
            Gen.Const<(Action<JsonObject>, string, string)>((b => b["priority"] = "urgent", "priority", "not in the enum")),
            Gen.Const<(Action<JsonObject>, string, string)>((b => b["tags"] = new JsonArray([.. Enumerable.Range(0, limits.Tags + 1).Select(i => JsonValue.Create($"t{i}"))]), "tags", "one tag too many")),
            Gen.Const<(Action<JsonObject>, string, string)>((b => b["tags"] = new JsonArray(JsonValue.Create(new string('t', limits.Tag + 1))), "tags", "a tag too long")),
            Gen.Const<(Action<JsonObject>, string, string)>((b => b["tags"] = new JsonArray(JsonValue.Create("")), "tags", "an empty tag")),
            Gen.OneOf(Gen.Const("tomorrow"), Gen.Const("2026-13-45"), Gen.Const("24.12.2026"))
                .Select(d => ((Action<JsonObject>)(b => b["due"] = d), "due", $"malformed date {d}")),
            Gen.Const<(Action<JsonObject>, string, string)>((b => b["title"] = 42, "title", "a number")),
            Gen.Const<(Action<JsonObject>, string, string)>((b => b["tags"] = "home", "tags", "not an array")),
        };
        if (patch)
        {
            breakers.Add(Gen.Const<(Action<JsonObject>, string, string)>((b => b["colour"] = "red", "colour", "unknown field")));
        }
        else
        {
            breakers.Add(Gen.Const<(Action<JsonObject>, string, string)>((b => b.Remove("title"), "title", "missing")));
            breakers.Add(Gen.Const<(Action<JsonObject>, string, string)>((b => b["id"] = "not-a-uuid", "id", "a malformed uuid")));
        }
        return Gen.Select(ValidTodo(limits), Gen.OneOf(breakers.ToArray()), (body, breaker) =>
        {
            breaker.Break(body);
            return (body, breaker.Field, breaker.How);
        });
    }

    private static Gen<(string Query, string Field)> BrokenQuery() => Gen.OneOf(
        Gen.Const(("sort=colour", "sort")), Gen.Const(("order=up", "order")), Gen.Const(("limit=0", "limit")),
        Gen.Int[201, 100_000].Select(n => ($"limit={n}", "limit")), Gen.Const(("offset=-1", "offset")),
        Gen.Const(("overdue=maybe", "overdue")), Gen.Const(("tz=Mars/Olympus", "tz")), Gen.Const(("priority=urgent", "priority")),
        Gen.Const(("status=someday", "status")), Gen.Const(("dueBefore=yesterday", "dueBefore")), Gen.Const(("dueAfter=2026-02-30", "dueAfter")));

    private static Gen<string> ValidQuery(Limits limits) =>
        Gen.Select(Gen.OneOf(Gen.Const("pending"), Gen.Const("completed"), Gen.Const("all")),
            Gen.OneOf(Gen.Const("created"), Gen.Const("due"), Gen.Const("priority"), Gen.Const("title"), Gen.Const("updated")),
            Gen.OneOf(Gen.Const("asc"), Gen.Const("desc")), Gen.Int[1, 200], Gen.OneOf(limits.Priorities.Select(Gen.Const).ToArray()),
            (status, sort, order, limit, priority) => $"status={status}&sort={sort}&order={order}&limit={limit}&priority={priority}&tz=Europe/Berlin");

    private async Task<(ApiClient Owner, ApiClient Other, Guid OwnedTodo, Limits Limits)> SetUpAsync()
    {
        var owner = await new ApiClient(fixture.App.CreateClient()).SignUpAsync();
        var other = await new ApiClient(fixture.App.CreateClient()).SignUpAsync();
        var todo = await owner.CreateAndWaitAsync(new { title = "Owned by the first user" });
        var limits = Limits.From((await fixture.App.ContractAsync()).Document);
        return (owner, other, todo.GetProperty("id").GetGuid(), limits);
    }

    [Fact]
    public async Task ValidAndOneFieldBrokenRequestsGetDocumentedAnswersThatNameTheField()
    {
        var (owner, other, owned, limits) = await SetUpAsync();
        var todoPath = $"/api/todos/{owned}";
        var probes = Gen.Frequency(
            (3, ValidTodo(limits).Select(b => new Probe("valid create", HttpMethod.Post, "/api/todos", b.ToJsonString(), "application/json", "user", [202], null))),
            (4, BrokenField(limits, patch: false).Select(x => new Probe($"create, {x.Field} {x.How}", HttpMethod.Post, "/api/todos", x.Body.ToJsonString(), "application/json", "user", [400], x.Field))),
            (2, ValidTodo(limits).Select(b => new Probe("valid patch", HttpMethod.Patch, todoPath, b.ToJsonString(), "application/json", "user", [202], null))),
            (4, BrokenField(limits, patch: true).Select(x => new Probe($"patch, {x.Field} {x.How}", HttpMethod.Patch, todoPath, x.Body.ToJsonString(), "application/json", "user", [400], x.Field))),
            (2, ValidQuery(limits).Select(q => new Probe("valid list", HttpMethod.Get, "/api/todos?" + q, null, "", "user", [200], null))),
            (3, BrokenQuery().Select(x => new Probe($"list, bad {x.Field}", HttpMethod.Get, "/api/todos?" + x.Query, null, "", "user", [400], x.Field))),
            (1, ValidTodo(limits).Select(b => new Probe("create as text/plain", HttpMethod.Post, "/api/todos", b.ToJsonString(), "text/plain", "user", [415], null))),
            (1, Gen.Int[65 * 1024, 80 * 1024].Select(n => new Probe($"create of {n} bytes", HttpMethod.Post, "/api/todos", $"{{\"title\":\"{new string('x', n)}\"}}", "application/json", "user", [413], null))),
            (1, Gen.OneOf(Gen.Const("none"), Gen.Const("garbage"), Gen.Const("expired")).Select(a => new Probe($"list with {a} token", HttpMethod.Get, "/api/todos", null, "", a, [401], null))),
            (1, ValidTodo(limits).Select(b => new Probe("another user's patch", HttpMethod.Patch, todoPath, b.ToJsonString(), "application/json", "other", [404], null))),
            (1, Gen.OneOf(Gen.Const(""), Gen.Const("/complete"), Gen.Const("/reopen")).Select(s => new Probe($"another user's {(s == "" ? "get" : s[1..])}", s == "" ? HttpMethod.Get : HttpMethod.Post, todoPath + s, null, "", "other", [404], null))),
            (1, Gen.OneOf(Gen.Const("not-a-uuid"), Gen.Const("123"), Gen.Guid.Select(g => g.ToString())).Select(id => new Probe($"get of unknown id {id}", HttpMethod.Get, $"/api/todos/{id}", null, "", "user", [404], null))));

        var requests = 0;
        var stopwatch = Stopwatch.StartNew();
        using var anonymous = fixture.App.CreateClient();
        await probes.SampleAsync(async probe =>
        {
            Interlocked.Increment(ref requests);
            var client = probe.Auth switch { "other" => other.Http, "user" => owner.Http, _ => anonymous };
            using var request = new HttpRequestMessage(probe.Method, probe.Path);
            if (probe.Body is not null)
            {
                request.Content = new StringContent(probe.Body, Encoding.UTF8);
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(probe.ContentType);
            }
            request.Headers.Authorization = probe.Auth switch
            {
                "none" => null,
                "garbage" => new AuthenticationHeaderValue("Bearer", "not.a.token"),
                "expired" => new AuthenticationHeaderValue("Bearer", ExpiredToken()),
                _ => client.DefaultRequestHeaders.Authorization,
            };
            // The contract-checking client throws here for any response the document does not allow.
            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            Assert.True(status < 500, $"{probe} → {status}");
            Assert.True(probe.Expected.Contains(status), $"{probe} → {status}: {await response.Content.ReadAsStringAsync()}");
            if (status >= 400)
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
            if (probe.Field is { } field)
            {
                var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
                var named = (problem.TryGetProperty("errors", out var errors) && errors.EnumerateObject().Any(e => e.Name == field))
                    || (problem.TryGetProperty("detail", out var detail) && detail.GetString()!.Contains(field, StringComparison.OrdinalIgnoreCase));
                Assert.True(named, $"{probe}: the problem does not name '{field}': {problem}");
            }
        }, seed: Seed, iter: 3000, threads: 1, print: p => p.ToString());
        TestContext.Current.TestOutputHelper?.WriteLine($"conformance fuzz: {requests} single requests in {stopwatch.Elapsed.TotalSeconds:F1} s (seed {Seed ?? "random"})");
    }

    private enum Action { Create, Get, Rename, StaleRename, Complete, Reopen, Delete, List }

    private sealed record Step(int User, Action Action, int Target, string Title)
    {
        public override string ToString() => $"user{User} {Action}{(Action is Action.Create or Action.List ? "" : $" #{Target}")}{(Action is Action.Create or Action.Rename or Action.StaleRename ? $" '{Title}'" : "")}";
    }

    private sealed class ModelTodo(int owner, string title)
    {
        public int Owner { get; } = owner;
        public string Title { get; set; } = title;
        public bool Completed { get; set; }
        public bool Deleted { get; set; }
        public Guid Id { get; set; }
    }

    [Fact]
    public async Task InterleavedSequencesOfTwoUsersMatchAModelAndNeverLeak()
    {
        var step = Gen.Select(Gen.Int[0, 1], Gen.Enum<Action>(), Gen.Int[0, 7], Text(1, 30), (u, a, t, title) => new Step(u, a, t, title));
        var sequences = step.Array[3, 14];
        var count = 0;
        var requests = 0;
        var stopwatch = Stopwatch.StartNew();
        await sequences.SampleAsync(async steps =>
        {
            Interlocked.Increment(ref count);
            ApiClient[] users = [await new ApiClient(fixture.App.CreateClient()).SignUpAsync(), await new ApiClient(fixture.App.CreateClient()).SignUpAsync()];
            var model = new List<ModelTodo>();
            foreach (var s in steps)
            {
                requests++;
                var api = users[s.User];
                var target = model.Count == 0 ? null : model[s.Target % model.Count];
                var mine = target is { Deleted: false } && target.Owner == s.User;
                switch (s.Action)
                {
                    case Action.Create:
                    {
                        var result = await api.CreateAndWaitAsync(new { title = s.Title });
                        model.Add(new ModelTodo(s.User, s.Title.Trim()) { Id = result.GetProperty("id").GetGuid() });
                        requests++;
                        break;
                    }
                    case Action.Get when target is not null:
                    {
                        var response = await api.Http.GetAsync($"/api/todos/{target.Id}");
                        Assert.Equal(mine ? HttpStatusCode.OK : HttpStatusCode.NotFound, response.StatusCode);
                        if (mine)
                        {
                            var todo = await response.Content.ReadFromJsonAsync<JsonElement>();
                            Assert.Equal(target.Title, todo.GetProperty("title").GetString());
                            Assert.Equal(target.Completed, todo.GetProperty("completed").GetBoolean());
                        }
                        break;
                    }
                    case Action.StaleRename when target is not null:
                    {
                        // A version the todo is not at: refused at admission for its owner, not found for anyone else.
                        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/todos/{target.Id}") { Content = JsonContent.Create(new { title = s.Title }) };
                        request.Headers.TryAddWithoutValidation("If-Match", "\"999999\"");
                        var response = await api.Http.SendAsync(request);
                        if (mine)
                        {
                            Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
                        }
                        else if (response.StatusCode == HttpStatusCode.Accepted)
                        {
                            Assert.True(target.Deleted, $"{s}: accepted for another user's live todo");
                            requests++;
                            Assert.Equal("failed", (await api.WaitAsync(await response.Content.ReadFromJsonAsync<JsonElement>())).GetProperty("status").GetString());
                        }
                        else
                        {
                            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
                        }
                        break;
                    }
                    case Action.Rename or Action.Complete or Action.Reopen or Action.Delete when target is not null:
                    {
                        // The owner writes with the ETag it just read (If-Match), as a careful client does.
                        string? etag = null;
                        if (mine)
                        {
                            using var read = await api.Http.GetAsync($"/api/todos/{target.Id}");
                            requests++;
                            etag = read.Headers.ETag?.Tag;
                            Assert.NotNull(etag);
                        }
                        var request = s.Action switch
                        {
                            Action.Rename => new HttpRequestMessage(HttpMethod.Patch, $"/api/todos/{target.Id}") { Content = JsonContent.Create(new { title = s.Title }) },
                            Action.Complete => new HttpRequestMessage(HttpMethod.Post, $"/api/todos/{target.Id}/complete"),
                            Action.Reopen => new HttpRequestMessage(HttpMethod.Post, $"/api/todos/{target.Id}/reopen"),
                            _ => new HttpRequestMessage(HttpMethod.Delete, $"/api/todos/{target.Id}"),
                        };
                        if (etag is not null)
                        {
                            request.Headers.TryAddWithoutValidation("If-Match", etag);
                        }
                        var response = await api.Http.SendAsync(request);
                        if (!mine)
                        {
                            // Another user's live todo is not found. A deleted todo no longer exists for anyone: refused
                            // now, or accepted and then failed by the worker, the same for both users (nothing leaks).
                            if (!target.Deleted)
                            {
                                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
                            }
                            else if (response.StatusCode == HttpStatusCode.Accepted)
                            {
                                var failed = await api.WaitAsync(await response.Content.ReadFromJsonAsync<JsonElement>());
                                requests++;
                                Assert.Equal("failed", failed.GetProperty("status").GetString());
                            }
                            else
                            {
                                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
                            }
                            break;
                        }
                        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
                        var status = await api.WaitAsync(await response.Content.ReadFromJsonAsync<JsonElement>());
                        requests++;
                        Assert.Equal("succeeded", status.GetProperty("status").GetString());
                        switch (s.Action)
                        {
                            case Action.Rename: target.Title = s.Title.Trim(); break;
                            case Action.Complete: target.Completed = true; break;
                            case Action.Reopen: target.Completed = false; break;
                            default: target.Deleted = true; break;
                        }
                        break;
                    }
                    default:
                    {
                        var page = await api.GetJsonAsync("/api/todos?limit=200");
                        var seen = page.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).Order().ToList();
                        var expected = model.Where(t => t.Owner == s.User && !t.Deleted).Select(t => t.Id).Order().ToList();
                        Assert.Equal(expected, seen);
                        break;
                    }
                }
            }
        }, seed: Seed, iter: 40, threads: 1, print: steps => string.Join(" → ", steps.Select(s => s.ToString())));
        TestContext.Current.TestOutputHelper?.WriteLine($"conformance fuzz: {count} sequences, {requests} requests in {stopwatch.Elapsed.TotalSeconds:F1} s (seed {Seed ?? "random"})");
    }

    /// <summary>A token signed with the host's key whose expiry has passed.</summary>
    private static string ExpiredToken()
    {
        var handler = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler();
        var key = new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(Encoding.UTF8.GetBytes(LocalApp.SigningKey));
        return handler.CreateToken(new Microsoft.IdentityModel.Tokens.SecurityTokenDescriptor
        {
            Subject = new System.Security.Claims.ClaimsIdentity([new System.Security.Claims.Claim("sub", Guid.NewGuid().ToString())]),
            NotBefore = DateTime.UtcNow.AddHours(-2),
            Expires = DateTime.UtcNow.AddHours(-1),
            IssuedAt = DateTime.UtcNow.AddHours(-2),
            SigningCredentials = new Microsoft.IdentityModel.Tokens.SigningCredentials(key, Microsoft.IdentityModel.Tokens.SecurityAlgorithms.HmacSha256),
        });
    }
}

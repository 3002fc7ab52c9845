using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

// Reminder delivery and SSE fan-out on the Local host (functions/Local, Release build) over its own
// PostgreSQL (durability on) and the in-memory transport: the reminders function and the HTTP functions
// in one process, as `dotnet run --project functions/Local` runs them. See README.md.
var options = Args.Parse(args);
var root = RepoRoot();
var work = Directory.CreateTempSubdirectory("todo-reminders-bench-").FullName;
// postgres.sh runs the server as the postgres user, which must reach its data folder.
if (!OperatingSystem.IsWindows())
{
    File.SetUnixFileMode(work, (UnixFileMode)0b111_101_101);
}
var pgFolder = Path.Combine(work, "postgres");
var servers = Path.Combine(root, "tests", "servers", "postgres.sh");
Process? host = null;
try
{
    Console.Error.WriteLine("starting PostgreSQL");
    var server = await StartPostgresAsync(servers, pgFolder);
    var database = $"bench_{Guid.NewGuid():N}";
    await using (var admin = new NpgsqlConnection(server))
    {
        await admin.OpenAsync();
        await new NpgsqlCommand($"CREATE DATABASE {database}", admin).ExecuteNonQueryAsync();
    }
    var connection = new NpgsqlConnectionStringBuilder(server) { Database = database, MaxPoolSize = 50 }.ToString();

    var port = FreePort();
    var baseUrl = new Uri($"http://127.0.0.1:{port}");
    Console.Error.WriteLine($"starting functions/Local on {baseUrl}");
    host = StartHost(root, port, connection, work);
    using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan, MaxConnectionsPerServer = 4000 })
    { BaseAddress = baseUrl, Timeout = Timeout.InfiniteTimeSpan };
    await WaitReadyAsync(http, host);

    var rows = new List<(string, string)>();
    // ---- 1. Reminder delivery: N reminders due within the same minute, one SSE stream per user.
    Console.Error.WriteLine($"registering {options.ReminderUsers} users, opening their streams");
    var users = await RegisterAsync(http, options.ReminderUsers, "r");
    var received = new ConcurrentDictionary<Guid, (DateTime FireAt, DateTime At, bool Missed)>();
    using var stopStreams = new CancellationTokenSource();
    var streams = users.Select(u => FollowAsync(http, u.Token, stopStreams.Token, (type, data, at) =>
    {
        if (type == "reminder-fired")
        {
            var json = JsonDocument.Parse(data).RootElement;
            received.TryAdd(json.GetProperty("reminderId").GetGuid(), (json.GetProperty("fireAt").GetDateTime(), at, json.GetProperty("missed").GetBoolean()));
        }
    })).ToList();
    await Task.Delay(2000);
    var firstDue = DateTime.UtcNow.AddSeconds(15);
    Console.Error.WriteLine($"inserting {options.Reminders} reminders due between {firstDue:HH:mm:ss} and {firstDue.AddMinutes(1):HH:mm:ss} UTC");
    await InsertRemindersAsync(connection, users.Select(u => u.Id).ToList(), options.Reminders, firstDue);
    var deadline = firstDue.AddMinutes(1).AddSeconds(60);
    while (received.Count < options.Reminders && DateTime.UtcNow < deadline)
    {
        await Task.Delay(500);
    }
    var latencies = received.Values.Select(r => (r.At - r.FireAt).TotalMilliseconds).ToList();
    rows.Add(($"reminders delivered (of {options.Reminders}, due within one minute)", $"{received.Count} ({received.Values.Count(r => r.Missed)} marked missed)"));
    rows.Add(("reminder due → on the SSE client, ms (p50 / p99 / max)", Percentiles(latencies)));
    stopStreams.Cancel();
    await Task.WhenAll(streams.Select(s => s.ContinueWith(_ => { })));

    // ---- 2. SSE fan-out: 1,000 open streams, then one change per stream's user.
    Console.Error.WriteLine($"registering {options.Streams} users for the fan-out");
    var fanUsers = await RegisterAsync(http, options.Streams, "s");
    await Task.Delay(3000);
    var rssBefore = Rss(host);
    var delivered = new ConcurrentDictionary<Guid, double>();
    var ready = new CountdownEvent(fanUsers.Count);
    using var stopFan = new CancellationTokenSource();
    var fan = fanUsers.Select(u => FollowAsync(http, u.Token, stopFan.Token, (type, data, at) =>
    {
        if (type == "ready")
        {
            ready.Signal();
        }
        else if (type == "command")
        {
            var json = JsonDocument.Parse(data).RootElement;
            if (json.GetProperty("result").ValueKind == JsonValueKind.Object)
            {
                var committed = json.GetProperty("result").GetProperty("updatedAt").GetDateTime();
                delivered.TryAdd(u.Id, (at - committed).TotalMilliseconds);
            }
        }
    })).ToList();
    if (!ready.Wait(TimeSpan.FromSeconds(60)))
    {
        throw new InvalidOperationException($"only {fanUsers.Count - ready.CurrentCount} of {fanUsers.Count} streams opened");
    }
    await Task.Delay(5000);
    var rssOpen = Rss(host);
    rows.Add(($"open SSE streams on the Local host", $"{fanUsers.Count}"));
    rows.Add(("memory per idle stream (host RSS delta / streams)", $"{(rssOpen - rssBefore) / 1024.0 / fanUsers.Count:F1} KiB (RSS {rssBefore / 1048576} → {rssOpen / 1048576} MiB)"));
    Console.Error.WriteLine("one change per user, 100 at a time");
    var sent = Stopwatch.StartNew();
    await Parallel.ForEachAsync(fanUsers, new ParallelOptions { MaxDegreeOfParallelism = 100 }, async (u, ct) =>
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/todos") { Content = JsonContent.Create(new { title = "fan-out" }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", u.Token);
        using var response = await http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
    });
    var sendSeconds = sent.Elapsed.TotalSeconds;
    var fanDeadline = DateTime.UtcNow.AddSeconds(60);
    while (delivered.Count < fanUsers.Count && DateTime.UtcNow < fanDeadline)
    {
        await Task.Delay(200);
    }
    rows.Add(($"changes delivered to their stream (of {fanUsers.Count}, sent in {sendSeconds:F1} s)", $"{delivered.Count}"));
    rows.Add(("change committed → on the SSE client, ms (p50 / p99 / max)", Percentiles([.. delivered.Values])));
    stopFan.Cancel();
    await Task.WhenAll(fan.Select(s => s.ContinueWith(_ => { })));

    Console.WriteLine($"Reminders bench — {Environment.ProcessorCount} cores, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} at the end");
    foreach (var (name, value) in rows)
    {
        Console.WriteLine($"  {name,-64} {value}");
    }
    return 0;
}
finally
{
    if (host is { HasExited: false })
    {
        host.Kill(entireProcessTree: true);
        await host.WaitForExitAsync();
    }
    using (var stop = Process.Start(new ProcessStartInfo(servers) { ArgumentList = { "stop", pgFolder } })!)
    {
        await stop.WaitForExitAsync();
    }
    Directory.Delete(work, recursive: true);
}

static string Percentiles(List<double> samples)
{
    if (samples.Count == 0)
    {
        return "no samples";
    }
    samples.Sort();
    double At(double p) => samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(p * samples.Count) - 1)];
    return $"{At(0.50):F0} / {At(0.99):F0} / {samples[^1]:F0}";
}

static long Rss(Process process) =>
    long.Parse(File.ReadLines($"/proc/{process.Id}/status").First(l => l.StartsWith("VmRSS:")).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;

static async Task<List<(Guid Id, string Token)>> RegisterAsync(HttpClient http, int count, string prefix)
{
    var users = new ConcurrentBag<(Guid, string)>();
    await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
    {
        using var response = await http.PostAsJsonAsync("/api/auth/register", new { email = $"{prefix}{i}-{Guid.NewGuid():N}@example.com", password = "bench password 123" }, ct);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        users.Add((body.GetProperty("user").GetProperty("id").GetGuid(), body.GetProperty("accessToken").GetString()!));
    });
    return [.. users];
}

// One GET /api/events stream, parsed as the EventSource spec says; each event is stamped when its blank line arrives.
static async Task FollowAsync(HttpClient http, string token, CancellationToken stop, Action<string, string, DateTime> onEvent)
{
    using var request = new HttpRequestMessage(HttpMethod.Get, "/api/events");
    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, stop);
    response.EnsureSuccessStatusCode();
    using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(stop));
    string type = "message";
    var data = new List<string>();
    while (await reader.ReadLineAsync(stop) is { } line)
    {
        if (line.Length == 0)
        {
            onEvent(type, string.Join('\n', data), DateTime.UtcNow);
            type = "message";
            data.Clear();
        }
        else if (line.StartsWith("event: ", StringComparison.Ordinal))
        {
            type = line[7..];
        }
        else if (line.StartsWith("data: ", StringComparison.Ordinal))
        {
            data.Add(line[6..]);
        }
    }
}

// Todos and reminders written directly (the applier's path is measured elsewhere): one todo per reminder,
// spread over the users, due evenly across one minute from firstDue.
static async Task InsertRemindersAsync(string connection, List<Guid> users, int count, DateTime firstDue)
{
    await using var db = new NpgsqlConnection(connection);
    await db.OpenAsync();
    var now = DateTime.UtcNow;
    var todoIds = Enumerable.Range(0, count).Select(_ => Guid.CreateVersion7()).ToArray();
    await using (var copy = await db.BeginBinaryImportAsync("""COPY todos ("Id", "UserId", "Title", "Priority", "Tags", "Completed", "CreatedAt", "UpdatedAt", "Version", "TitleIssuedAt", "DescriptionIssuedAt", "DueIssuedAt", "PriorityIssuedAt", "TagsIssuedAt", "CompletedIssuedAt", "RecurrenceIssuedAt", "Reminders", "RemindersIssuedAt") FROM STDIN (FORMAT BINARY)"""))
    {
        for (var i = 0; i < count; i++)
        {
            var fireAt = firstDue.AddMilliseconds(60_000.0 * i / count);
            await copy.StartRowAsync();
            await copy.WriteAsync(todoIds[i], NpgsqlDbType.Uuid);
            await copy.WriteAsync(users[i % users.Count], NpgsqlDbType.Uuid);
            await copy.WriteAsync($"Reminder {i}", NpgsqlDbType.Varchar);
            await copy.WriteAsync("None", NpgsqlDbType.Varchar);
            await copy.WriteAsync(Array.Empty<string>(), NpgsqlDbType.Array | NpgsqlDbType.Text);
            await copy.WriteAsync(false, NpgsqlDbType.Boolean);
            for (var k = 0; k < 2; k++)
            {
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
            }
            await copy.WriteAsync(1, NpgsqlDbType.Integer);
            for (var k = 0; k < 7; k++)
            {
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
            }
            await copy.WriteAsync(new[] { $"at:{fireAt:yyyy-MM-dd'T'HH:mm:ss'Z'}" }, NpgsqlDbType.Array | NpgsqlDbType.Text);
            await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
        }
        await copy.CompleteAsync();
    }
    await using (var copy = await db.BeginBinaryImportAsync("""COPY reminders ("Id", "TodoId", "UserId", "Kind", "Spec", "At", "ScheduledAt", "FireAt", "State", "CreatedAt", "UpdatedAt") FROM STDIN (FORMAT BINARY)"""))
    {
        for (var i = 0; i < count; i++)
        {
            var fireAt = firstDue.AddMilliseconds(60_000.0 * i / count);
            await copy.StartRowAsync();
            await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
            await copy.WriteAsync(todoIds[i], NpgsqlDbType.Uuid);
            await copy.WriteAsync(users[i % users.Count], NpgsqlDbType.Uuid);
            await copy.WriteAsync("at", NpgsqlDbType.Varchar);
            await copy.WriteAsync($"at:{fireAt:yyyy-MM-dd'T'HH:mm:ss'Z'}", NpgsqlDbType.Varchar);
            for (var k = 0; k < 3; k++)
            {
                await copy.WriteAsync(fireAt, NpgsqlDbType.TimestampTz);
            }
            await copy.WriteAsync("pending", NpgsqlDbType.Varchar);
            await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
            await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
        }
        await copy.CompleteAsync();
    }
}

static Process StartHost(string root, int port, string connection, string work)
{
    var dll = Path.Combine(root, "functions", "Local", "bin", "Release", "net10.0", "TodoFunctions.Local.dll");
    if (!File.Exists(dll))
    {
        throw new InvalidOperationException($"{dll} is missing: dotnet build functions/Local -c Release first.");
    }
    var start = new ProcessStartInfo("dotnet") { ArgumentList = { dll, "--urls", $"http://127.0.0.1:{port}" }, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(dll)! };
    start.Environment["ConnectionStrings__Todo"] = connection;
    start.Environment["Storage__DataDirectory"] = Path.Combine(work, "data");
    start.Environment["Auth__SigningKey"] = "reminders-bench-signing-key-long-enough-0123456789";
    start.Environment["Auth__PasswordIterations"] = "1000";
    start.Environment["RateLimit__Enabled"] = "false";
    start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
    start.Environment["Logging__LogLevel__Default"] = "Warning";
    // One stream per user here; the per-process cap is what the fan-out measures against.
    start.Environment["Events__MaxStreamsPerUser"] = "8";
    var process = Process.Start(start)!;
    process.OutputDataReceived += (_, _) => { };
    process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) { Console.Error.WriteLine("  host: " + line); } };
    process.BeginOutputReadLine();
    process.BeginErrorReadLine();
    return process;
}

static async Task WaitReadyAsync(HttpClient http, Process host)
{
    for (var i = 0; i < 240; i++)
    {
        if (host.HasExited)
        {
            throw new InvalidOperationException($"the host exited with {host.ExitCode}");
        }
        try
        {
            using var response = await http.GetAsync("/api/health");
            if (response.IsSuccessStatusCode)
            {
                return;
            }
        }
        catch (HttpRequestException)
        {
        }
        await Task.Delay(500);
    }
    throw new TimeoutException("the host did not become ready");
}

static async Task<string> StartPostgresAsync(string script, string folder)
{
    Directory.CreateDirectory(folder);
    var start = new ProcessStartInfo(script) { ArgumentList = { "start", folder }, RedirectStandardOutput = true };
    start.Environment["POSTGRES_FSYNC"] = "on";
    start.Environment["POSTGRES_SYNCHRONOUS_COMMIT"] = "on";
    using var process = Process.Start(start)!;
    var output = await process.StandardOutput.ReadToEndAsync();
    await process.WaitForExitAsync();
    return process.ExitCode == 0 ? output.Trim() : throw new InvalidOperationException("postgres.sh start failed");
}

static int FreePort()
{
    using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
    listener.Start();
    return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
}

static string RepoRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Functions.sln")))
        {
            return dir.FullName;
        }
    }
    throw new InvalidOperationException("Run from inside the repository.");
}

sealed record Args(int Reminders, int ReminderUsers, int Streams)
{
    public static Args Parse(string[] args)
    {
        int Value(string name, int fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1]) : fallback;
        return new Args(Value("--reminders", 10_000), Value("--reminder-users", 100), Value("--streams", 1_000));
    }
}

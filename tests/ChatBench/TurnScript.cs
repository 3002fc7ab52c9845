using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using TodoFunctions.Chat;
using TodoFunctions.Core.Chat;
using TodoFunctions.Core.Contracts;
using TodoFunctions.Core.Domain.Todos;
using TodoFunctions.Core.Domain.Users;
using TodoFunctions.Core.Persistence;

namespace TodoFunctions.ChatBench;

/// <summary>A user with a realistic list and a rotating mix of messages: adds, listings, references, updates.</summary>
public sealed class TurnScript(IServiceProvider services)
{
    private static readonly string[] Messages =
    [
        "add call the plumber tomorrow at 9am #home",
        "what's on my list?",
        "mark the second one done",
        "what's due this week?",
        "push the dentist to friday 3pm",
        "add buy milk, eggs and bread",
        "show my #work tasks",
        "reopen the second one",
        "delete the milk one",
        "anything overdue?",
        "make the report high priority",
        "hello!",
    ];

    private readonly OfflineLanguageEngine _engine = new();
    private Guid _userId;
    private Guid _conversationId = Guid.CreateVersion7();

    public async Task SeedAsync()
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TodoDbContext>();
        var user = User.Create($"bench-{Guid.NewGuid():N}@example.com", "bench", "unused", DateTime.UtcNow);
        db.Users.Add(user);
        _userId = user.Id;
        string[] titles = ["Finish quarterly report", "Book dentist appointment", "Renew passport", "Pay electricity bill", "Water the plants"];
        for (var i = 0; i < 30; i++)
        {
            var fields = new TodoFields($"{titles[i % titles.Length]} {i}", Due: DateTime.UtcNow.AddDays(i % 9 - 2).ToString("yyyy-MM-dd"),
                Priority: (i % 4) switch { 0 => "high", 1 => "low", _ => "none" }, Tags: i % 3 == 0 ? ["work"] : ["home"]);
            db.Todos.Add(Todo.Create(Guid.CreateVersion7(), user.Id, TodoRules.Validate(fields, true, out _), DateTime.UtcNow, DateTime.UtcNow));
        }
        await db.SaveChangesAsync();
    }

    public async Task<(List<double> Handler, List<double> Engine)> RunAsync(int turns, bool measure)
    {
        var handlerTimes = new List<double>();
        var engineTimes = new List<double>();
        for (var i = 0; i < turns; i++)
        {
            if (i % 100 == 0)
            {
                _conversationId = Guid.CreateVersion7(); // keep the list and the history at a realistic size
                await SeedTopUpAsync();
            }
            var command = new ChatCommand
            {
                CommandId = Guid.CreateVersion7(), UserId = _userId, ConversationId = _conversationId,
                Message = Messages[i % Messages.Length], TimeZone = "Europe/Berlin", IssuedAt = DateTimeOffset.UtcNow,
            };
            await using var scope = services.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetRequiredService<ChatTurnHandler>();
            var watch = Stopwatch.StartNew();
            await handler.HandleAsync(command, CancellationToken.None);
            handlerTimes.Add(watch.Elapsed.TotalMilliseconds);
            if (measure)
            {
                engineTimes.Add(await TimeEngineAsync(scope.ServiceProvider, command));
            }
        }
        return (handlerTimes, engineTimes);
    }

    private async Task<double> TimeEngineAsync(IServiceProvider scoped, ChatCommand command)
    {
        var db = scoped.GetRequiredService<TodoDbContext>();
        var zone = TimeZoneInfo.FindSystemTimeZoneById(command.TimeZone);
        var todos = await db.Todos.AsNoTracking().Where(t => t.UserId == _userId).ToListAsync();
        var tasks = todos.Select(t => TurnWorkspace.ToChatTask(t, zone)).ToList();
        var context = new ChatContext(TimeZoneInfo.ConvertTime(command.IssuedAt, zone), zone, tasks, []);
        var watch = Stopwatch.StartNew();
        _engine.Interpret(command.Message, context);
        return watch.Elapsed.TotalMilliseconds;
    }

    private async Task SeedTopUpAsync()
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TodoDbContext>();
        var count = await db.Todos.CountAsync(t => t.UserId == _userId);
        for (var i = count; i < 30; i++)
        {
            var fields = new TodoFields($"Refill task {i}", Due: DateTime.UtcNow.AddDays(i % 5).ToString("yyyy-MM-dd"));
            db.Todos.Add(Todo.Create(Guid.CreateVersion7(), _userId, TodoRules.Validate(fields, true, out _), DateTime.UtcNow, DateTime.UtcNow));
        }
        await db.SaveChangesAsync();
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using TodoFunctions.Core.Contracts;
using TodoFunctions.Core.Domain.Todos;
using TodoFunctions.Core.Reminders;
using TodoFunctions.Core.Services;

namespace TodoFunctions.Core.Tests;

/// <summary>
/// <see cref="CoreJson.Options"/> serializes the write path's types with source-generated metadata. What it writes is
/// recorded (command bodies, results, request hashes) and compared later, so it must be what reflection wrote before.
/// </summary>
public sealed class CoreJsonTests
{
    private static readonly JsonSerializerOptions ReflectionOnly = new(CoreJson.Options) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    private static readonly TodoCommand FullCommand = new()
    {
        CommandId = Guid.NewGuid(),
        UserId = Guid.NewGuid(),
        TodoId = Guid.NewGuid(),
        Kind = TodoCommandKind.Update,
        IssuedAt = new DateTimeOffset(2026, 12, 5, 9, 30, 0, TimeSpan.FromHours(1)),
        Fields = new TodoFields("Pay the ESB «bill» & <gas>", "Before the 20th\nline two", "2026-12-20T09:00+01:00", "high", ["home", "bills"],
            new RecurrenceFields("FREQ=MONTHLY;BYMONTHDAY=20", "Europe/Dublin"), [new ReminderFields(Before: "PT1H"), null, new ReminderFields(At: "2026-12-19T18:00:00Z")])
        {
            Present = [TodoFieldNames.Title, TodoFieldNames.Due],
        },
        Series = true,
        RequestHash = "abc123",
        ExpectedVersion = 4,
    };

    public static TheoryData<string, object> Values() => new()
    {
        { "a full command", FullCommand },
        { "a bare create", new TodoCommand { CommandId = Guid.Empty, UserId = Guid.Empty, TodoId = Guid.Empty, Kind = TodoCommandKind.Create, IssuedAt = default } },
        { "a chat command", new ChatCommand { CommandId = Guid.NewGuid(), UserId = Guid.NewGuid(), ConversationId = Guid.NewGuid(), Message = "add \"milk\" 🥛", TimeZone = "Europe/Madrid", IssuedAt = DateTimeOffset.UnixEpoch, RequestHash = null } },
        { "a todo view", new TodoView(Guid.NewGuid(), "Dose the calves", null, "2026-12-06", "none", [], true, new DateTime(2026, 12, 5, 8, 0, 0, DateTimeKind.Utc),
            DateTime.UnixEpoch, DateTime.UnixEpoch, 3, new RecurrenceView("FREQ=WEEKLY", "UTC", "every week"), Guid.NewGuid(),
            [new ReminderView(null, "PT30M", new DateTime(2026, 12, 6, 7, 30, 0, DateTimeKind.Utc))]) { Next = new NextOccurrenceView(Guid.NewGuid(), "2026-12-13", 1, false) } },
        { "validation errors", new Dictionary<string, string[]> { ["title"] = ["Title is required."], ["due"] = ["Not a date: 'tmrw'", "second"] } },
        { "a fired reminder", new ReminderFiredEvent(Guid.NewGuid(), Guid.NewGuid(), "Ring Mam", false, "fired", "before", null, "PT15M", DateTime.UnixEpoch, DateTime.UnixEpoch, null) },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void WritesWhatReflectionWrote(string what, object value)
    {
        var type = value is IDictionary<string, string[]> ? typeof(IDictionary<string, string[]>) : value.GetType();

        var expected = JsonSerializer.Serialize(value, type, ReflectionOnly);
        var written = JsonSerializer.Serialize(value, type, CoreJson.Options);

        Assert.True(expected == written, $"{what}: wrote {written}, reflection wrote {expected}");
        Assert.Equal(JsonSerializer.Serialize(value, ReflectionOnly), JsonSerializer.Serialize(value, CoreJson.Options));
    }

    [Fact]
    public void ACommandReadsBackAsItWasWritten()
    {
        var read = JsonSerializer.Deserialize<TodoCommand>(JsonSerializer.Serialize(FullCommand, CoreJson.Options), CoreJson.Options)!;

        Assert.Equal(JsonSerializer.Serialize(FullCommand, ReflectionOnly), JsonSerializer.Serialize(read, ReflectionOnly));
        Assert.Equal(FullCommand.Fields!.Present, read.Fields!.Present);
    }

    [Theory]
    [InlineData(typeof(TodoCommand))]
    [InlineData(typeof(TodoView))]
    [InlineData(typeof(ChatCommand))]
    [InlineData(typeof(ReminderFiredEvent))]
    [InlineData(typeof(IDictionary<string, string[]>))]
    public void TheWritePathTypesUseGeneratedMetadata(Type type)
    {
        var info = CoreJson.Options.GetTypeInfo(type);

        Assert.IsAssignableFrom<JsonSerializerContext>(info.OriginatingResolver);
    }
}

using TodoFunctions.Core.Domain.Todos;

namespace TodoFunctions.Core.Tests;

public sealed class TodoDueTests
{
    [Theory]
    [InlineData("2026-12-24", "2026-12-24")]
    [InlineData("2026-12-24T18:00:00+01:00", "2026-12-24T18:00:00+01:00")]
    [InlineData("2026-12-24T18:00+05:30", "2026-12-24T18:00:00+05:30")]
    [InlineData("2026-12-24T18:00:00Z", "2026-12-24T18:00:00+00:00")]
    [InlineData(" 2027-02-28 ", "2027-02-28")]
    public void ADueIsKeptAsGiven(string text, string expected)
    {
        Assert.True(TodoDue.TryParse(text, out var due));
        Assert.Equal(expected, due.ToString());
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("2026-02-30")]
    [InlineData("2026-12-24T18:00:00")]
    [InlineData("tomorrow")]
    [InlineData("24.12.2026")]
    [InlineData("")]
    public void AnythingElseIsRejected(string text) => Assert.False(TodoDue.TryParse(text, out _));

    [Fact]
    public void ATimedDueSortsByItsInstant()
    {
        TodoDue.TryParse("2026-12-24T18:00:00+01:00", out var due);
        Assert.Equal(new DateTime(2026, 12, 24, 17, 0, 0, DateTimeKind.Utc), due.SortKeyUtc);
        Assert.False(due.IsAllDay);
    }

    [Fact]
    public void AnAllDayDueSortsAtMidnightUtc()
    {
        TodoDue.TryParse("2026-12-24", out var due);
        Assert.Equal(new DateTime(2026, 12, 24, 0, 0, 0, DateTimeKind.Utc), due.SortKeyUtc);
        Assert.True(due.IsAllDay);
    }
}

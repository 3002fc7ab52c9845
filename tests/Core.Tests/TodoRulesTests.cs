using TodoFunctions.Core.Contracts;
using TodoFunctions.Core.Domain.Todos;

namespace TodoFunctions.Core.Tests;

public sealed class TodoRulesTests
{
    [Fact]
    public void AValidTodoIsNormalised()
    {
        var input = TodoRules.Validate(new TodoFields("  Buy milk ", " 2 litres ", "2026-12-24", "HIGH", ["#Home", "home", " Errands "]), true, out var errors);
        Assert.Empty(errors);
        Assert.Equal("Buy milk", input.Title);
        Assert.Equal("2 litres", input.Description);
        Assert.Equal(TodoPriority.High, input.Priority);
        Assert.Equal(["home", "errands"], input.Tags);
    }

    [Theory]
    [InlineData(null, "title")]
    [InlineData("   ", "title")]
    public void ATitleIsRequired(string? title, string field)
    {
        TodoRules.Validate(new TodoFields(title), true, out var errors);
        Assert.Contains(field, errors.Keys);
    }

    [Fact]
    public void LimitsAreEnforced()
    {
        var fields = new TodoFields(new string('t', 201), new string('d', 4001), "soon", "urgent",
            [.. Enumerable.Range(0, 11).Select(i => "tag" + i)]);
        TodoRules.Validate(fields, true, out var errors);
        Assert.Equal(["description", "due", "priority", "tags", "title"], errors.Keys.Order());
    }

    [Theory]
    [InlineData("1")]
    [InlineData("")]
    [InlineData("p1")]
    public void OnlyNamedPrioritiesAreAccepted(string priority)
    {
        TodoRules.Validate(new TodoFields("x", Priority: priority), true, out var errors);
        Assert.Contains("priority", errors.Keys);
    }

    [Fact]
    public void ATagLongerThan32CharactersIsRejected()
    {
        TodoRules.Validate(new TodoFields("x", Tags: [new string('a', 33)]), true, out var errors);
        Assert.Contains("tags", errors.Keys);
    }

    [Fact]
    public void APatchOnlyTouchesTheFieldsItNames()
    {
        var input = TodoRules.Validate(new TodoFields(Due: null) { Present = ["due"] }, false, out var errors);
        Assert.Empty(errors);
        Assert.True(input.Has("due"));
        Assert.Null(input.Due);
        Assert.False(input.Has("title"));
    }

    [Fact]
    public void APatchCannotBlankTheTitle()
    {
        TodoRules.Validate(new TodoFields(Title: " ") { Present = ["title"] }, false, out var errors);
        Assert.Contains("title", errors.Keys);
    }
}

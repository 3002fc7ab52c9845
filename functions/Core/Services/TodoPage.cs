namespace TodoFunctions.Core.Services;

public sealed record TodoPage(IReadOnlyList<TodoView> Items, int Total, int Skip, int Take);

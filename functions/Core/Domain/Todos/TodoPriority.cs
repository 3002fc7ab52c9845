namespace TodoFunctions.Core.Domain.Todos;

public enum TodoPriority
{
    None,
    Low,
    Medium,
    High,
}

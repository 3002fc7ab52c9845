namespace TodoFunctions.Core.Domain.Todos;

public static class TodoFieldNames
{
    public const string Title = "title";
    public const string Description = "description";
    public const string Due = "due";
    public const string Priority = "priority";
    public const string Tags = "tags";
    public const string Recurrence = "recurrence";
    public const string Reminders = "reminders";

    public static readonly IReadOnlySet<string> All = new HashSet<string>([Title, Description, Due, Priority, Tags, Recurrence, Reminders]);
}

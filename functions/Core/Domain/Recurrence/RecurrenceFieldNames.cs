namespace TodoFunctions.Core.Domain.Recurrence;

/// <summary>Error keys for the parts of a todo's <c>recurrence</c> object.</summary>
public static class RecurrenceFieldNames
{
    public const string Rule = "recurrence.rule";
    public const string TimeZone = "recurrence.timeZone";
}

namespace TodoFunctions.Core.Reminders;

/// <summary><c>Reminders:*</c> settings of the reminders function.</summary>
public sealed class ReminderOptions
{
    /// <summary>A reminder delivered more than this after it was due is marked <c>missed</c> (still delivered, saying so).</summary>
    public TimeSpan MissedAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Reminders claimed per transaction.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>How long the function sleeps when nothing is due; a full batch is followed at once by the next.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
}

using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TodoFunctions.Core.Domain.Todos;
using TodoFunctions.Core.Domain.Users;

namespace TodoFunctions.Core.Persistence.Configurations;

internal sealed class TodoEntityTypeConfiguration : IEntityTypeConfiguration<Todo>
{
    public void Configure(EntityTypeBuilder<Todo> builder)
    {
        builder.ToTable("todos");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.HasOne<User>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(t => t.Title).HasMaxLength(TodoRules.MaxTitleLength).IsRequired();
        builder.Property(t => t.Description).HasMaxLength(TodoRules.MaxDescriptionLength);
        builder.Property(t => t.Priority).HasConversion<string>().HasMaxLength(16);
        builder.PrimitiveCollection(t => t.Tags);
        builder.PrimitiveCollection(t => t.Reminders);
        builder.Ignore(t => t.ReminderSpecs);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Ignore(t => t.Due);
        builder.Ignore(t => t.Recurrence);
        builder.Property(t => t.RecurrenceRule).HasMaxLength(Domain.Recurrence.TodoRecurrence.MaxRuleLength);
        builder.Property(t => t.RecurrenceTimeZone).HasMaxLength(Domain.Recurrence.TodoRecurrence.MaxTimeZoneLength);
        builder.Property(t => t.SeriesStart).HasMaxLength(19);
        // Only recurring todos have a series; a partial index is not written for the others (one index entry fewer
        // per plain todo) and serves the series-member lookup of a series delete, which does not filter by user.
        builder.HasIndex(t => t.SeriesId).HasFilter("\"SeriesId\" IS NOT NULL").HasDatabaseName("IX_todos_series");
        builder.HasIndex(t => new { t.UserId, t.Completed, t.DueSortUtc });
        builder.HasIndex(t => new { t.UserId, t.CreatedAt });
    }
}

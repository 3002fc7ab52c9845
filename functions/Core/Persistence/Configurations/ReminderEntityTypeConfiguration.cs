using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TodoFunctions.Core.Domain.Reminders;
using TodoFunctions.Core.Domain.Todos;

namespace TodoFunctions.Core.Persistence.Configurations;

internal sealed class ReminderEntityTypeConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        builder.ToTable("reminders");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        // Deleting a todo deletes its reminders with it.
        builder.HasOne<Todo>().WithMany().HasForeignKey(r => r.TodoId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.Kind).HasMaxLength(8).IsRequired();
        builder.Property(r => r.Spec).HasMaxLength(64).IsRequired();
        builder.Property(r => r.Before).HasMaxLength(32);
        builder.Property(r => r.State).HasMaxLength(16).IsRequired();
        // What the reminders function (and the KEDA scaler) polls: pending rows by when they fire.
        builder.HasIndex(r => r.FireAt).HasFilter("\"State\" = 'pending'").HasDatabaseName("IX_reminders_pending_FireAt");
        builder.HasIndex(r => r.TodoId);
        builder.HasIndex(r => new { r.UserId, r.State });
    }
}

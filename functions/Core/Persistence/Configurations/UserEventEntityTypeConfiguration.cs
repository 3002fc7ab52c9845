using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TodoFunctions.Core.Domain.Events;

namespace TodoFunctions.Core.Persistence.Configurations;

internal sealed class UserEventEntityTypeConfiguration : IEntityTypeConfiguration<UserEvent>
{
    public void Configure(EntityTypeBuilder<UserEvent> builder)
    {
        builder.ToTable("user_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.Property(e => e.Type).HasMaxLength(32).IsRequired();
        builder.Property(e => e.Data).IsRequired();
        builder.HasIndex(e => new { e.UserId, e.Id });
        builder.HasIndex(e => e.CreatedAt);
    }
}

internal sealed class UserEventTrimEntityTypeConfiguration : IEntityTypeConfiguration<UserEventTrim>
{
    public void Configure(EntityTypeBuilder<UserEventTrim> builder)
    {
        builder.ToTable("user_event_trims");
        builder.HasKey(e => e.UserId);
    }
}

using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TodoFunctions.Core.Domain.Commands;

namespace TodoFunctions.Core.Persistence.Configurations;

internal sealed class ProcessedCommandEntityTypeConfiguration : IEntityTypeConfiguration<ProcessedCommand>
{
    public void Configure(EntityTypeBuilder<ProcessedCommand> builder)
    {
        builder.ToTable("processed_commands");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Kind).HasMaxLength(32).IsRequired();
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.ErrorCode).HasMaxLength(32);
        builder.Property(c => c.Error).HasMaxLength(4000);
        builder.Property(c => c.RequestHash).HasMaxLength(64);
        builder.HasIndex(c => new { c.UserId, c.CompletedAt });
    }
}

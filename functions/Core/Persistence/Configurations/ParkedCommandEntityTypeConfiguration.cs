using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TodoFunctions.Core.Domain.Commands;

namespace TodoFunctions.Core.Persistence.Configurations;

internal sealed class ParkedCommandEntityTypeConfiguration : IEntityTypeConfiguration<ParkedCommand>
{
    public void Configure(EntityTypeBuilder<ParkedCommand> builder)
    {
        builder.ToTable("parked_commands");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Body).IsRequired();
        builder.HasIndex(c => c.TodoId);
        builder.HasIndex(c => c.IssuedAt);
    }
}

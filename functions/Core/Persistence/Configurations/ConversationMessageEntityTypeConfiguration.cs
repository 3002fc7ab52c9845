using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TodoFunctions.Core.Domain.Conversations;

namespace TodoFunctions.Core.Persistence.Configurations;

internal sealed class ConversationMessageEntityTypeConfiguration : IEntityTypeConfiguration<ConversationMessage>
{
    public void Configure(EntityTypeBuilder<ConversationMessage> builder)
    {
        builder.ToTable("messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.HasOne<Conversation>().WithMany().HasForeignKey(m => m.ConversationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(m => m.Role).HasMaxLength(16).IsRequired();
        builder.Property(m => m.Text).IsRequired();
        builder.PrimitiveCollection(m => m.Listing);
        builder.HasIndex(m => new { m.ConversationId, m.Sequence }).IsUnique();
    }
}

using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TodoFunctions.Core.Domain.Conversations;
using TodoFunctions.Core.Domain.Users;

namespace TodoFunctions.Core.Persistence.Configurations;

internal sealed class ConversationEntityTypeConfiguration : IEntityTypeConfiguration<Conversation>
{
    public void Configure(EntityTypeBuilder<Conversation> builder)
    {
        builder.ToTable("conversations");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasOne<User>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.Title).HasMaxLength(Conversation.MaxTitleLength).IsRequired();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.UserId, c.UpdatedAt });
    }
}

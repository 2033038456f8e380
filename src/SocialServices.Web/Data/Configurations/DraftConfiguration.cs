using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialServices.Domain.Drafts;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Data.Configurations;

/// <summary>Unsaved text of long notes, one row per user and key.</summary>
internal sealed class TextDraftConfiguration : IEntityTypeConfiguration<TextDraft>
{
    public void Configure(EntityTypeBuilder<TextDraft> builder)
    {
        builder.ToTable("text_drafts");
        builder.Property(d => d.UserId).HasMaxLength(450);
        builder.Property(d => d.Key).HasMaxLength(TextDraft.KeyMaxLength);
        builder.Property(d => d.Text).HasMaxLength(TextDraft.TextMaxLength);
        builder.HasIndex(d => new { d.UserId, d.Key }).IsUnique();
        builder.HasIndex(d => d.UpdatedAt);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

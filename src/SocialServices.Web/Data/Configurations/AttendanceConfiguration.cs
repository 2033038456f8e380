using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialServices.Domain.Attendance;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Clients;
using SocialServices.Domain.Groups;
using SocialServices.Domain.Organisations;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Data.Configurations;

internal sealed class AttendanceRecordConfiguration : IEntityTypeConfiguration<AttendanceRecord>
{
    public void Configure(EntityTypeBuilder<AttendanceRecord> builder)
    {
        builder.ToTable("attendance_records");
        builder.Property<uint>("Version").IsRowVersion();
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Reason).HasMaxLength(AttendanceRecord.MaxReasonLength);
        builder.Property(a => a.Note).HasMaxLength(AttendanceRecord.MaxNoteLength);
        builder.Ignore(a => a.Attended);
        builder.HasIndex(a => new { a.SessionId, a.ClientId }).IsUnique();
        builder.HasIndex(a => a.ClientId);
        builder.HasOne<GroupSession>().WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Client>().WithMany().HasForeignKey(a => a.ClientId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    public void Configure(EntityTypeBuilder<Appointment> builder)
    {
        builder.ToTable("appointments");
        builder.Property<uint>("Version").IsRowVersion();
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Note).HasMaxLength(Appointment.MaxNoteLength);
        builder.HasIndex(a => new { a.ClientId, a.StartsAt });
        builder.HasIndex(a => new { a.SpecialistId, a.StartsAt });
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Client>().WithMany().HasForeignKey(a => a.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Service>().WithMany().HasForeignKey(a => a.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(a => a.CaseFileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.SpecialistId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AttendanceChangeConfiguration : IEntityTypeConfiguration<AttendanceChange>
{
    public void Configure(EntityTypeBuilder<AttendanceChange> builder)
    {
        builder.ToTable("attendance_changes");
        builder.Property(c => c.Field).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Before).HasMaxLength(AttendanceChange.MaxValueLength);
        builder.Property(c => c.After).HasMaxLength(AttendanceChange.MaxValueLength);
        builder.Property(c => c.ChangedByName).HasMaxLength(256);
        builder.HasIndex(c => new { c.SessionId, c.ChangedAt });
        builder.HasIndex(c => c.ClientId);
        builder.HasOne<GroupSession>().WithMany().HasForeignKey(c => c.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Client>().WithMany().HasForeignKey(c => c.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.ChangedById).OnDelete(DeleteBehavior.Restrict);
    }
}

using SocialServices.Domain.Staff;

namespace SocialServices.Domain.Tests.Staff;

public sealed class StaffMemberTests
{
    private static StaffMember Member() => new(1, new StaffDetails(" Marta ", "Kalniņa", null, 2, new DateOnly(2021, 9, 1), null, true, null));

    [Theory]
    [InlineData("2635 01", true, "2635 01")]
    [InlineData("263501", true, "2635 01")]
    [InlineData("3412", true, "3412")]
    [InlineData("34120", false, null)]
    [InlineData("2635-01", false, null)]
    [InlineData("", false, null)]
    public void Profession_codes_have_four_or_six_digits(string code, bool valid, string? normalised)
    {
        Assert.Equal(valid, ProfessionCodes.IsValid(code));
        if (valid)
        {
            Assert.Equal(normalised, ProfessionCodes.Normalise(code));
        }
    }

    [Fact]
    public void The_common_positions_carry_valid_codes()
    {
        Assert.All(ProfessionCodes.Common, p => Assert.True(ProfessionCodes.IsValid(p.Code), p.Name));
        Assert.Contains(ProfessionCodes.Common, p => p.Code == "2635 01" && p.Category == PositionCategory.SocialWorker && p.SocialWorkSpecialist);
        Assert.Contains(ProfessionCodes.Common, p => p.Code == "2634 01" && !p.SocialWorkSpecialist);
    }

    [Fact]
    public void Employment_cannot_end_before_it_starts()
    {
        var member = Member();

        Assert.Throws<ArgumentException>(() => member.Change(new StaffDetails("Marta", "Kalniņa", null, 2, new DateOnly(2021, 9, 1), new DateOnly(2021, 8, 31), true, null)));
        Assert.Equal("Marta Kalniņa", member.FullName);
    }

    [Fact]
    public void A_withdrawn_entry_stays_with_its_reason()
    {
        var member = Member();
        var training = member.AddTraining(new DateOnly(2026, 3, 1), "Supervīzijas pamati", null, 8);

        training.Withdraw("Ievadīts divreiz", "Ilze Bērziņa", DateTimeOffset.UnixEpoch);

        Assert.True(training.Withdrawn);
        Assert.Equal("Ievadīts divreiz", training.WithdrawReason);
        Assert.Single(member.Trainings);
        Assert.Throws<InvalidOperationException>(() => training.Withdraw("vēlreiz", "Ilze Bērziņa", DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public void Entries_check_their_values()
    {
        var member = Member();

        Assert.Throws<ArgumentOutOfRangeException>(() => member.AddSupervision(new DateOnly(2026, 3, 1), "Inga Saulīte", SupervisionForm.Group, 0));
        Assert.Throws<ArgumentException>(() => member.AddCertificate(CertificateKind.ChildRightsProtection, "BTA", null, new DateOnly(2026, 3, 1), new DateOnly(2026, 2, 28)));
        Assert.Throws<ArgumentException>(() => member.AddEducation(EducationLevel.Master, " ", "Psihologs", null));
    }

    [Fact]
    public void A_certificate_is_valid_from_issue_to_its_last_day_unless_withdrawn()
    {
        var certificate = Member().AddCertificate(CertificateKind.ChildRightsProtection, "BTA", null, new DateOnly(2021, 4, 1), new DateOnly(2026, 3, 31));

        Assert.False(certificate.ValidOn(new DateOnly(2021, 3, 31)));
        Assert.True(certificate.ValidOn(new DateOnly(2026, 3, 31)));
        Assert.False(certificate.ValidOn(new DateOnly(2026, 4, 1)));
        certificate.Withdraw("kļūda", "Ilze Bērziņa", DateTimeOffset.UnixEpoch);
        Assert.False(certificate.ValidOn(new DateOnly(2025, 1, 1)));
    }
}

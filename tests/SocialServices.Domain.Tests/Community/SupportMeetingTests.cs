using SocialServices.Domain.Community;

namespace SocialServices.Domain.Tests.Community;

public sealed class SupportMeetingTests
{
    [Theory]
    [InlineData(60, 1.0)]
    [InlineData(90, 1.5)]
    [InlineData(50, 0.83)]
    public void Meeting_minutes_become_hours(int minutes, double hours) =>
        Assert.Equal((decimal)hours, new SupportMeeting(1, new DateOnly(2026, 11, 20), minutes, "Budžeta plānošana", null, "u1", DateTimeOffset.UnixEpoch).Hours);

    [Fact]
    public void A_support_person_is_staff_or_external_not_both() =>
        Assert.Throws<ArgumentException>(() => new SupportAssignment(1, 1, "u1", "Ilze Ozola", SupportIntensity.Low, "Mērķi", new DateOnly(2026, 11, 1), "u1", DateTimeOffset.UnixEpoch));
}

using SocialServices.Domain.Cases;

namespace SocialServices.Domain.Tests.Cases;

public sealed class ServiceEpisodeTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static ServiceEpisode Episode(DateOnly startOn, DateOnly? plannedEnd = null) =>
        new(caseFileId: 5, clientId: 10, serviceId: 20, applicationId: 7, startOn, plannedEnd, "  Dienas centrs \"Saulīte\" ");

    [Fact]
    public void A_new_episode_is_active_with_its_provider_trimmed()
    {
        var episode = Episode(D(2026, 12, 1), D(2027, 5, 31));

        Assert.True(episode.IsActive);
        Assert.Equal("Dienas centrs \"Saulīte\"", episode.Provider);
        Assert.Equal(D(2027, 5, 31), episode.PlannedEnd);
        Assert.Null(episode.EndedOn);
    }

    [Fact]
    public void The_planned_end_cannot_be_before_the_start_and_a_provider_is_required()
    {
        Assert.Throws<ArgumentException>(() => Episode(D(2026, 12, 1), D(2026, 11, 30)));
        Assert.Throws<ArgumentException>(() => new ServiceEpisode(5, 10, 20, null, D(2026, 12, 1), null, " "));
        Assert.Equal(D(2026, 12, 1), Episode(D(2026, 12, 1), D(2026, 12, 1)).PlannedEnd); // a one-day service
    }

    [Fact]
    public void Ending_records_the_day_and_the_reason()
    {
        var episode = Episode(D(2026, 12, 1), D(2027, 5, 31));

        episode.End(D(2027, 3, 15), "  Mērķis sasniegts ");

        Assert.False(episode.IsActive);
        Assert.Equal(D(2027, 3, 15), episode.EndedOn);
        Assert.Equal("Mērķis sasniegts", episode.EndReason);
        Assert.Equal(D(2027, 5, 31), episode.PlannedEnd); // the plan is kept as it was
    }

    [Fact]
    public void An_episode_may_end_after_its_planned_end()
    {
        var episode = Episode(D(2026, 12, 1), D(2027, 5, 31));

        episode.End(D(2027, 6, 30), "Pakalpojums pagarināts līdz vasarai");

        Assert.Equal(D(2027, 6, 30), episode.EndedOn);
    }

    [Fact]
    public void An_episode_ended_before_it_started_ends_on_its_start_day()
    {
        // E.g. the grant is revoked before the service was to start.
        var episode = Episode(D(2026, 12, 1));

        episode.End(D(2026, 11, 25), "Lēmums atcelts");

        Assert.Equal(D(2026, 12, 1), episode.EndedOn);
        Assert.False(episode.IsActive);
    }

    [Fact]
    public void Ending_needs_a_reason_and_happens_once()
    {
        var episode = Episode(D(2026, 12, 1));

        Assert.Throws<ArgumentException>(() => episode.End(D(2027, 1, 1), "  "));
        Assert.True(episode.IsActive);

        episode.End(D(2027, 1, 1), "Klients atteicās");

        Assert.Throws<InvalidOperationException>(() => episode.End(D(2027, 2, 1), "Vēlreiz"));
        Assert.Equal(D(2027, 1, 1), episode.EndedOn);
        Assert.Equal("Klients atteicās", episode.EndReason);
    }
}

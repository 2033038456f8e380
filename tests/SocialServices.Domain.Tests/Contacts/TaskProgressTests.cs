using SocialServices.Domain.Cases;
using SocialServices.Domain.Contacts;

namespace SocialServices.Domain.Tests.Contacts;

public sealed class TaskProgressTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Budget = Guid.NewGuid();
    private static readonly Guid School = Guid.NewGuid();

    [Fact]
    public void The_latest_contact_by_when_it_took_place_decides_the_status()
    {
        var facts = new[]
        {
            new TaskOutcomeFact(Budget, TaskOutcome.Done, Monday.AddDays(-1), Monday, 3),
            new TaskOutcomeFact(Budget, TaskOutcome.Partly, Monday.AddDays(-10), Monday.AddDays(-10), 1),
            new TaskOutcomeFact(School, TaskOutcome.NotDone, Monday.AddDays(-5), Monday.AddDays(-5), 2),
        };

        var latest = TaskProgress.Latest(facts);

        Assert.Equal(TaskOutcome.Done, latest[Budget].Outcome);
        Assert.Equal(TaskOutcome.NotDone, latest[School].Outcome);
    }

    [Fact]
    public void A_contact_recorded_late_about_an_earlier_day_does_not_override_a_later_one()
    {
        var facts = new[]
        {
            new TaskOutcomeFact(Budget, TaskOutcome.Done, Monday.AddDays(-2), Monday.AddDays(-2), 1),
            new TaskOutcomeFact(Budget, TaskOutcome.Partly, Monday.AddDays(-4), Monday, 2),
        };

        Assert.Equal(TaskOutcome.Done, TaskProgress.Latest(facts)[Budget].Outcome);
    }

    [Fact]
    public void Two_contacts_at_the_same_time_are_ordered_by_when_they_were_recorded()
    {
        var facts = new[]
        {
            new TaskOutcomeFact(Budget, TaskOutcome.NotDone, Monday, Monday.AddHours(2), 2),
            new TaskOutcomeFact(Budget, TaskOutcome.Partly, Monday, Monday.AddHours(1), 1),
        };

        Assert.Equal(TaskOutcome.NotDone, TaskProgress.Latest(facts)[Budget].Outcome);
    }

    [Theory]
    [InlineData(-1, null, true)]
    [InlineData(-1, TaskOutcome.Partly, true)]
    [InlineData(-1, TaskOutcome.NotDone, true)]
    [InlineData(-1, TaskOutcome.Done, false)]
    [InlineData(0, null, false)]
    [InlineData(3, TaskOutcome.NotDone, false)]
    public void A_task_is_overdue_when_its_deadline_has_passed_and_it_is_not_done(int deadlineFromToday, TaskOutcome? latest, bool overdue)
    {
        var today = new DateOnly(2026, 11, 23);

        Assert.Equal(overdue, TaskProgress.IsOverdue(today.AddDays(deadlineFromToday), latest, today));
    }

    [Fact]
    public void A_contact_record_keeps_its_tasks_and_refuses_bad_input()
    {
        var by = new Actor("worker-1", "Anna Bērziņa");
        var details = new ContactDetails
        {
            OccurredAt = Monday,
            DurationMinutes = 45,
            Kind = ContactKind.HomeVisit,
            Participants = " Klients, meita ",
            Notes = "  ",
            PlanId = 7,
            PlanRevisionNumber = 2,
            Tasks = [new TaskOutcomeInput(Budget, TaskOutcome.Partly, "Sastādīt budžetu")],
        };

        var record = new ContactRecord(1, 2, 3, details, by, Monday);

        Assert.Equal("Klients, meita", record.Participants);
        Assert.Null(record.Notes);
        Assert.Equal((Budget, TaskOutcome.Partly), (record.Tasks[0].TaskKey, record.Tasks[0].Outcome));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ContactRecord(1, 2, 3, details with { DurationMinutes = 0 }, by, Monday));
        Assert.Throws<ArgumentException>(() => new ContactRecord(1, 2, 3, details with { Participants = " " }, by, Monday));
        Assert.Throws<ArgumentException>(() => new ContactRecord(1, 2, 3, details with { PlanId = null }, by, Monday));
        Assert.Throws<ArgumentException>(() => new ContactRecord(1, 2, 3, details with { Tasks = [.. details.Tasks, .. details.Tasks] }, by, Monday));
    }
}

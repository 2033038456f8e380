using SocialServices.Domain.Cases;
using SocialServices.Domain.Plans;
using static SocialServices.Domain.Tests.Plans.PlanTestData;

namespace SocialServices.Domain.Tests.Plans;

public sealed class CasePlanTests
{
    private static CasePlan TwoGoalPlan() => Plan(Content(
        D(2026, 11, 23),
        new GoalInput(null, "Sakārtot ģimenes finanses", [Task("Sastādīt budžetu", D(2026, 12, 15)), Task("Vienoties par parāda atmaksu", D(2027, 1, 31))]),
        new GoalInput(null, "Bērns regulāri apmeklē skolu", [Task("Tikšanās ar klases audzinātāju", D(2026, 12, 5), kind: ResponsibleKind.Institution, name: "Jelgavas 4. vidusskola")])));

    [Fact]
    public void The_first_revision_is_number_one_with_its_author_and_no_reason()
    {
        var plan = TwoGoalPlan();

        var revision = Assert.Single(plan.Revisions);
        Assert.Equal(1, revision.Number);
        Assert.Equal(1, plan.CurrentRevisionNumber);
        Assert.Null(revision.Reason);
        Assert.Equal("Anna Bērziņa", revision.AuthorName);
        Assert.True(revision.IsCurrent);
        Assert.Equal([1, 2], revision.Goals.Select(g => g.Position));
        Assert.Equal(3, revision.Tasks.Count());
        Assert.All(revision.Tasks, t => Assert.NotEqual(Guid.Empty, t.Key));
    }

    [Fact]
    public void A_revision_keeps_the_earlier_one_unchanged_and_needs_a_reason()
    {
        var plan = TwoGoalPlan();
        var first = plan.Current;
        var content = first.ToContent() with { RevisedOn = D(2027, 1, 10), Problems = ["Parādi par komunālajiem maksājumiem"] };

        Assert.Throws<ArgumentException>(() => plan.Revise(content, " ", ReviewIntervals.Default, Worker, At.AddDays(48)));
        var second = plan.Revise(content, "Izvērtēšanas rezultāts", ReviewIntervals.Default, new Actor("worker-2", "Ilze Ozola"), At.AddDays(48));

        Assert.Equal(2, second.Number);
        Assert.Equal(2, plan.CurrentRevisionNumber);
        Assert.Equal("Izvērtēšanas rezultāts", second.Reason);
        Assert.Equal("Ilze Ozola", second.AuthorName);
        Assert.False(first.IsCurrent);
        Assert.Equal(2, first.Problems.Count);
        Assert.Single(second.Problems);
        Assert.Equal(first.Goals.Select(g => g.Key), second.Goals.Select(g => g.Key));
        Assert.Equal(first.Tasks.Select(t => t.Key), second.Tasks.Select(t => t.Key));
        Assert.Same(second, plan.Current);
        Assert.Same(first, plan.Revision(1));
    }

    [Fact]
    public void A_revision_is_not_dated_before_the_one_it_replaces()
    {
        var plan = TwoGoalPlan();

        Assert.Throws<ArgumentException>(() => plan.Revise(plan.Current.ToContent() with { RevisedOn = D(2026, 11, 22) }, "Labojums", ReviewIntervals.Default, Worker, At));
    }

    [Fact]
    public void Goals_and_tasks_need_their_texts_and_a_worker_task_needs_a_user()
    {
        Assert.Throws<ArgumentException>(() => Plan(Content(D(2026, 11, 23), new GoalInput(null, " ", []))));
        Assert.Throws<ArgumentException>(() => Plan(Content(D(2026, 11, 23), new GoalInput(null, "Mērķis", [Task(" ", D(2026, 12, 1))]))));
        Assert.Throws<ArgumentException>(() => Plan(Content(D(2026, 11, 23), new GoalInput(null, "Mērķis", [Task("Pasākums", D(2026, 12, 1), kind: ResponsibleKind.Worker, name: "Anna")]))));

        var plan = Plan(Content(D(2026, 11, 23), new GoalInput(null, "Mērķis", [Task("Pasākums", D(2026, 12, 1), kind: ResponsibleKind.Worker, name: "Anna Bērziņa", userId: "worker-1")])));
        Assert.Equal("worker-1", plan.Current.Tasks.Single().ResponsibleUserId);
    }

    [Fact]
    public void A_key_used_twice_in_one_revision_is_refused()
    {
        var key = Guid.NewGuid();

        Assert.Throws<ArgumentException>(() => Plan(Content(D(2026, 11, 23), new GoalInput(null, "Mērķis", [Task("A", D(2026, 12, 1), key), Task("B", D(2026, 12, 1), key)]))));
    }

    [Fact]
    public void Agreements_are_added_to_the_revision_in_force_and_the_latest_counts()
    {
        var plan = TwoGoalPlan();

        Assert.Null(plan.Current.Agreement);
        Assert.Throws<ArgumentException>(() => plan.RecordAgreement(D(2026, 11, 22), AgreementMethod.Orally, null, Worker, At));
        plan.RecordAgreement(D(2026, 11, 23), AgreementMethod.Refused, "Nepiekrītu budžeta plānam", Worker, At);
        plan.RecordAgreement(D(2026, 11, 25), AgreementMethod.Signature, null, Worker, At.AddDays(2));

        Assert.Equal(2, plan.Current.Agreements.Count);
        Assert.Equal(AgreementMethod.Signature, plan.Current.Agreement!.Method);
        Assert.True(plan.Current.Agreements[0].IsRefused);
        Assert.Equal("Nepiekrītu budžeta plānam", plan.Current.Agreements[0].ClientComments);

        plan.Revise(plan.Current.ToContent() with { RevisedOn = D(2026, 12, 1) }, "Jauni apstākļi", ReviewIntervals.Default, Worker, At.AddDays(8));
        Assert.Null(plan.Current.Agreement);
        Assert.NotNull(plan.Revision(1).Agreement);
    }

    [Fact]
    public void Empty_list_lines_are_dropped_and_texts_trimmed()
    {
        var plan = Plan(Content(D(2026, 11, 23), new GoalInput(null, "  Mērķis  ", [Task("Pasākums", D(2026, 12, 1))])) with { Services = ["  Ģimenes asistents ", " ", ""] });

        Assert.Equal(["Ģimenes asistents"], plan.Current.Services);
        Assert.Equal("Mērķis", plan.Current.Goals[0].Text);
    }
}

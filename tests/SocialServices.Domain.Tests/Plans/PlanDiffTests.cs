using SocialServices.Domain.Plans;
using static SocialServices.Domain.Tests.Plans.PlanTestData;

namespace SocialServices.Domain.Tests.Plans;

public sealed class PlanDiffTests
{
    private static CasePlan Plan3Goals() => Plan(Content(
        D(2026, 11, 23),
        new GoalInput(null, "Sakārtot finanses", [Task("Sastādīt budžetu", D(2026, 12, 15)), Task("Vienoties ar pārvaldnieku", D(2027, 1, 31))]),
        new GoalInput(null, "Skolas apmeklējums", [Task("Tikšanās ar skolu", D(2026, 12, 5))]),
        new GoalInput(null, "Veselība", [Task("Ģimenes ārsta apmeklējums", D(2026, 12, 20))])));

    [Fact]
    public void Identical_revisions_have_no_differences()
    {
        var plan = Plan3Goals();
        plan.Revise(plan.Current.ToContent(), "Pārskatīts bez izmaiņām", ReviewIntervals.Default, Worker, At);

        var diff = PlanDiff.Compare(plan.Revision(1), plan.Revision(2));

        Assert.True(diff.IsEmpty);
    }

    [Fact]
    public void Fields_and_list_items_that_changed_are_named()
    {
        var plan = Plan3Goals();
        var content = plan.Current.ToContent() with
        {
            Kind = PlanKind.Support,
            ClientLivesAtProvider = true,
            RevisedOn = D(2027, 1, 5),
            ReviewOn = null,
            Problems = ["Parādi par komunālajiem maksājumiem", "Vientulība"],
            Institutions = ["Bāriņtiesa", "Skola", "Policija"],
        };
        plan.Revise(content, "Izvērtēšana", ReviewIntervals.Default, Worker, At);

        var diff = PlanDiff.Compare(plan.Revision(1), plan.Revision(2));

        Assert.Equal([PlanField.Kind, PlanField.ClientLivesAtProvider, PlanField.RevisedOn, PlanField.ReviewOn], diff.Fields);
        Assert.Equal(
            [
                new ListItemChange(PlanList.Problems, ChangeKind.Removed, "Bērns neapmeklē skolu"),
                new ListItemChange(PlanList.Problems, ChangeKind.Added, "Vientulība"),
                new ListItemChange(PlanList.Institutions, ChangeKind.Added, "Policija"),
            ],
            diff.Items);
        Assert.Empty(diff.Goals);
    }

    [Fact]
    public void Goals_and_tasks_are_matched_by_key_and_reported_added_removed_or_changed()
    {
        var plan = Plan3Goals();
        var before = plan.Current;
        var finances = before.Goals[0];
        var school = before.Goals[1];
        var content = before.ToContent() with
        {
            RevisedOn = D(2027, 1, 5),
            Goals =
            [
                new GoalInput(finances.Key, "Sakārtot ģimenes finanses",
                [
                    Task("Sastādīt budžetu", D(2027, 1, 15), finances.Tasks[0].Key),
                    Task("Pieteikties uz mājokļa pabalstu", D(2027, 2, 1)),
                ]),
                new GoalInput(school.Key, school.Text, [Task("Tikšanās ar skolu", D(2026, 12, 5), school.Tasks[0].Key, ResponsibleKind.Institution, "Jelgavas 4. vidusskola")]),
                new GoalInput(null, "Brīvā laika pavadīšana", [Task("Pieteikt pulciņā", D(2027, 3, 1))]),
            ],
        };
        plan.Revise(content, "Finanšu mērķis precizēts", ReviewIntervals.Default, Worker, At);

        var diff = PlanDiff.Compare(before, plan.Current);

        Assert.Equal(
            [(finances.Key, ChangeKind.Changed), (school.Key, ChangeKind.Changed), (before.Goals[2].Key, ChangeKind.Removed), (plan.Current.Goals[2].Key, ChangeKind.Added)],
            diff.Goals.Select(g => (g.Key, g.Kind)));

        var financeChange = diff.Goals[0];
        Assert.True(financeChange.TextChanged);
        Assert.Equal(
            [(finances.Tasks[0].Key, ChangeKind.Changed), (finances.Tasks[1].Key, ChangeKind.Removed), (plan.Current.Goals[0].Tasks[1].Key, ChangeKind.Added)],
            financeChange.Tasks.Select(t => (t.Key, t.Kind)));
        Assert.Equal([TaskField.Deadline], financeChange.Tasks[0].Fields);

        var schoolChange = diff.Goals[1];
        Assert.False(schoolChange.TextChanged);
        Assert.Equal([TaskField.Responsible], Assert.Single(schoolChange.Tasks).Fields);

        var removed = diff.Goals[2];
        Assert.Equal("Veselība", removed.Before!.Text);
        Assert.Null(removed.After);
        Assert.Equal(ChangeKind.Removed, Assert.Single(removed.Tasks).Kind);

        var added = diff.Goals[3];
        Assert.Equal("Brīvā laika pavadīšana", added.After!.Text);
        Assert.Equal(ChangeKind.Added, Assert.Single(added.Tasks).Kind);
    }

    [Fact]
    public void A_removed_goal_comes_where_it_stood()
    {
        var plan = Plan3Goals();
        var before = plan.Current;
        var content = before.ToContent() with { Goals = [before.ToContent().Goals[0], before.ToContent().Goals[2]] };
        plan.Revise(content, "Skolas mērķis sasniegts", ReviewIntervals.Default, Worker, At);

        var diff = PlanDiff.Compare(before, plan.Current);

        var change = Assert.Single(diff.Goals);
        Assert.Equal((before.Goals[1].Key, ChangeKind.Removed), (change.Key, change.Kind));
    }

    [Fact]
    public void Comparing_backwards_swaps_added_and_removed()
    {
        var plan = Plan3Goals();
        var content = plan.Current.ToContent() with { Services = ["Psihologa konsultācijas", "Ģimenes asistents"] };
        plan.Revise(content, "Papildu atbalsts", ReviewIntervals.Default, Worker, At);

        var diff = PlanDiff.Compare(plan.Revision(2), plan.Revision(1));

        Assert.Equal([new ListItemChange(PlanList.Services, ChangeKind.Removed, "Ģimenes asistents")], diff.Items);
    }
}

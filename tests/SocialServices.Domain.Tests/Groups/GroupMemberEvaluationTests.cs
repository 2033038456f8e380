using SocialServices.Domain.Cases;
using SocialServices.Domain.Groups;

namespace SocialServices.Domain.Tests.Groups;

public sealed class GroupMemberEvaluationTests
{
    private static readonly Actor Leader = new("u1", "Pēteris Kalniņš");
    private static readonly DateTimeOffset At = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static GroupEnrolment Member(int groupId = 5) => new(40, 20, groupId, null, new DateOnly(2026, 9, 1));

    private static GroupEvaluationContent Content(string? reason = null) =>
        new(Today, " Prot nosaukt savas emocijas; sadarbojas grupā. ", " Turpināt individuālas psihologa konsultācijas. ", reason);

    [Fact]
    public void The_first_evaluation_keeps_attendance_texts_author_and_case()
    {
        var evaluation = GroupMemberEvaluation.First(5, Member(), 77, 8, 10, Content(), Leader, At);

        Assert.Equal((5, 40, 1, 77), (evaluation.GroupId, evaluation.ClientId, evaluation.VersionNumber, evaluation.CaseFileId));
        Assert.Equal((8, 10), (evaluation.SessionsAttended, evaluation.SessionsHeld));
        Assert.Equal("Prot nosaukt savas emocijas; sadarbojas grupā.", evaluation.Results);
        Assert.Equal("Turpināt individuālas psihologa konsultācijas.", evaluation.Recommendations);
        Assert.Null(evaluation.CorrectionReason);
        Assert.Equal(("u1", "Pēteris Kalniņš", At), (evaluation.AuthorId, evaluation.AuthorName, evaluation.RecordedAt));
    }

    [Fact]
    public void A_correction_is_the_next_version_with_its_reason_and_the_first_stays_as_it_was()
    {
        var member = Member();
        var first = GroupMemberEvaluation.First(5, member, null, 8, 10, Content(), Leader, At);

        Assert.Throws<ArgumentException>(() => first.Correct(member, null, 8, 10, Content(), Leader, At.AddDays(1)));
        var second = first.Correct(member, null, 9, 10, Content(" Apmeklējums precizēts pēc reģistra labojuma. ") with { Results = "Precizēti rezultāti" }, Leader, At.AddDays(1));

        Assert.Equal(2, second.VersionNumber);
        Assert.Equal("Apmeklējums precizēts pēc reģistra labojuma.", second.CorrectionReason);
        Assert.Equal("Precizēti rezultāti", second.Results);
        Assert.Equal((1, 8), (first.VersionNumber, first.SessionsAttended));
        Assert.Equal("Prot nosaukt savas emocijas; sadarbojas grupā.", first.Results);
    }

    [Fact]
    public void Only_a_member_of_the_group_is_evaluated_with_sensible_attendance_and_texts()
    {
        Assert.Throws<ArgumentException>(() => GroupMemberEvaluation.First(6, Member(5), null, 1, 2, Content(), Leader, At));
        Assert.Throws<InvalidOperationException>(() => GroupMemberEvaluation.First(5, new GroupEnrolment(40, 20, null, null, Today), null, 1, 2, Content(), Leader, At));
        Assert.Throws<ArgumentOutOfRangeException>(() => GroupMemberEvaluation.First(5, Member(), null, 3, 2, Content(), Leader, At));
        Assert.Throws<ArgumentException>(() => GroupMemberEvaluation.First(5, Member(), null, 1, 2, Content() with { Results = " " }, Leader, At));
        Assert.Throws<ArgumentException>(() => GroupMemberEvaluation.First(5, Member(), null, 1, 2, Content() with { Recommendations = new string('x', GroupMemberEvaluation.TextMaxLength + 1) }, Leader, At));
    }

    [Fact]
    public void A_member_who_left_is_still_evaluated()
    {
        var member = Member();
        member.Leave(new DateOnly(2026, 10, 1), "Pārcēlās uz citu pilsētu");

        Assert.Equal(1, GroupMemberEvaluation.First(5, member, null, 2, 4, Content(), Leader, At).VersionNumber);
    }
}

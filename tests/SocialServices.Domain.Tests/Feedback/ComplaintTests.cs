using SocialServices.Domain.Cases;
using SocialServices.Domain.Feedback;

namespace SocialServices.Domain.Tests.Feedback;

public sealed class ComplaintTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly Actor Manager = new("manager-id", "Ilze Bērziņa");
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static ComplaintDetails Details(DateOnly received, ComplainantKind from = ComplainantKind.Client, int? clientId = 7, string? name = null) =>
        new(received, from, clientId, name, ComplaintChannel.Paper, "Nodarbība atcelta bez brīdinājuma", null, ["worker-id", "worker-id", " "], null);

    private static Complaint Open(DateOnly received) =>
        new(1, "SŪDZ-2026/0001", Details(received), ComplaintDeadline.Due(received, 1), Manager, Now);

    private static ComplaintHandling Full(DateOnly? answeredOn) =>
        new("Pārrunāts ar grupas vadītāju", ComplaintVerdict.PartlyJustified, "Atvainojamies; turpmāk paziņosim laikus.", answeredOn, "Ieviesta SMS atgādne");

    [Theory]
    [InlineData("2026-01-31", 1, "2026-02-28")]
    [InlineData("2028-01-31", 1, "2028-02-29")]
    [InlineData("2026-03-31", 1, "2026-04-30")]
    [InlineData("2026-12-15", 1, "2027-01-15")]
    [InlineData("2026-02-28", 1, "2026-03-28")]
    [InlineData("2026-08-31", 2, "2026-10-31")]
    [InlineData("2027-11-30", 3, "2028-02-29")]
    public void The_deadline_is_calendar_months_after_receipt_falling_back_to_the_month_end(string received, int months, string due) =>
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture),
            ComplaintDeadline.Due(DateOnly.Parse(received, System.Globalization.CultureInfo.InvariantCulture), months));

    [Fact]
    public void A_deadline_of_less_than_a_month_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ComplaintDeadline.Due(Today, 0));

    [Fact]
    public void An_open_complaint_is_overdue_the_day_after_its_deadline_and_not_once_answered()
    {
        var complaint = Open(new DateOnly(2026, 10, 22));

        Assert.Equal(new DateOnly(2026, 11, 22), complaint.DueOn);
        Assert.False(complaint.IsOverdueOn(new DateOnly(2026, 11, 22)));
        Assert.True(complaint.IsOverdueOn(Today));

        complaint.Close(Full(Today), Today, Manager, Now);
        Assert.False(complaint.IsOverdueOn(Today));
        Assert.True(complaint.AnsweredLate);
        Assert.Equal(ComplaintStatus.Answered, complaint.Status);
    }

    [Fact]
    public void Closing_needs_investigation_verdict_answer_and_its_date()
    {
        var problems = Complaint.ClosingProblems(new ComplaintHandling(" ", null, null, null, null), new DateOnly(2026, 11, 1), Today);

        Assert.Equal(
            [ComplaintClosingProblem.InvestigationMissing, ComplaintClosingProblem.VerdictMissing, ComplaintClosingProblem.AnswerMissing, ComplaintClosingProblem.AnswerDateMissing],
            problems);
        var complaint = Open(new DateOnly(2026, 11, 1));
        Assert.Throws<InvalidOperationException>(() => complaint.Close(Full(null), Today, Manager, Now));
        Assert.Equal(ComplaintStatus.Open, complaint.Status);
    }

    [Fact]
    public void The_answer_date_cannot_be_before_receipt_or_in_the_future()
    {
        var received = new DateOnly(2026, 11, 1);

        Assert.Equal([ComplaintClosingProblem.AnswerDateBeforeReceipt], Complaint.ClosingProblems(Full(new DateOnly(2026, 10, 31)), received, Today));
        Assert.Equal([ComplaintClosingProblem.AnswerDateInFuture], Complaint.ClosingProblems(Full(Today.AddDays(1)), received, Today));
        Assert.Empty(Complaint.ClosingProblems(Full(received), received, Today));
        Assert.Empty(Complaint.ClosingProblems(Full(Today), received, Today));
        Assert.Throws<ArgumentException>(() => Open(received).RecordHandling(Full(Today.AddDays(1)), Today));
    }

    [Fact]
    public void Handling_is_saved_as_it_goes_and_closing_keeps_it_and_freezes_the_complaint()
    {
        var complaint = Open(new DateOnly(2026, 11, 1));
        complaint.RecordHandling(new ComplaintHandling("Pieprasīts paskaidrojums", null, null, null, null), Today);
        Assert.Equal("Pieprasīts paskaidrojums", complaint.Investigation);
        Assert.True(complaint.IsOpen);

        complaint.Close(Full(new DateOnly(2026, 11, 20)), Today, Manager, Now);

        Assert.Equal(ComplaintVerdict.PartlyJustified, complaint.Verdict);
        Assert.Equal("Ieviesta SMS atgādne", complaint.ActionTaken);
        Assert.Equal(Manager.UserId, complaint.ClosedById);
        Assert.False(complaint.AnsweredLate);
        Assert.Throws<InvalidOperationException>(() => complaint.Withdraw("kļūda", Now));
        Assert.Throws<InvalidOperationException>(() => complaint.RecordHandling(Full(Today), Today));
    }

    [Fact]
    public void A_complaint_registered_by_mistake_is_withdrawn_with_a_reason_and_kept()
    {
        var complaint = Open(new DateOnly(2026, 11, 1));
        Assert.Throws<ArgumentException>(() => complaint.Withdraw(" ", Now));

        complaint.Withdraw("Reģistrēta kļūdas pēc", Now);

        Assert.Equal(ComplaintStatus.Withdrawn, complaint.Status);
        Assert.Equal("Reģistrēta kļūdas pēc", complaint.WithdrawalReason);
        Assert.False(complaint.IsOverdueOn(Today.AddYears(1)));
    }

    [Fact]
    public void Who_it_is_from_decides_what_is_named()
    {
        Assert.Throws<ArgumentException>(() => new Complaint(1, "N", Details(Today, ComplainantKind.Client, null), Today, Manager, Now));
        Assert.Throws<ArgumentException>(() => new Complaint(1, "N", Details(Today, ComplainantKind.Anonymous, 7), Today, Manager, Now));
        Assert.Throws<ArgumentException>(() => new Complaint(1, "N", Details(Today, ComplainantKind.Representative, 7), Today, Manager, Now));
        Assert.Throws<ArgumentException>(() => new Complaint(1, "N", Details(Today, ComplainantKind.Other, 7, "Valdis Kalējs"), Today, Manager, Now));

        var representative = new Complaint(1, "N", Details(Today, ComplainantKind.Representative, 7, " Ludmila Ivanova "), Today.AddMonths(1), Manager, Now);
        Assert.Equal("Ludmila Ivanova", representative.ComplainantName);
        Assert.Equal(7, representative.ClientId);
        Assert.Equal(["worker-id"], representative.StaffIds);
    }
}

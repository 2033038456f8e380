using SocialServices.Domain.Cases;

namespace SocialServices.Domain.Tests.Cases;

public sealed class CrisisFlagTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly Actor Worker = new("worker-1", "Ilze Ozola");
    private static readonly Actor Manager = new("manager-1", "Anna Liepa");

    private static CaseFile OpenCase() =>
        new(1, 10, "2026/0001", new DateOnly(2026, 11, 1), "Skolas ziņojums", ReferralSource.School, Worker.UserId, Worker, Now.AddDays(-22));

    private static CrisisNoticeInput[] Informed() =>
    [
        new(InformedParty.OrphansCourt, Now.AddMinutes(-30), Contact: "  bāriņtiesas locekle J. Ozola "),
        new(InformedParty.Police, Now.AddMinutes(-20)),
    ];

    [Fact]
    public void Flagging_records_the_crisis_with_who_was_informed_and_puts_it_in_the_timeline()
    {
        var caseFile = OpenCase();

        var crisis = caseFile.FlagCrisis("  Bērns atstāts viens mājās bez uzraudzības ", "Bērns nogādāts pie vecmāmiņas", Informed(), Worker, Now);

        Assert.Same(crisis, caseFile.ActiveCrisis);
        Assert.True(crisis.IsActive);
        Assert.Equal("Bērns atstāts viens mājās bez uzraudzības", crisis.Description);
        Assert.Equal((Worker.UserId, Worker.Name, Now), (crisis.FlaggedById, crisis.FlaggedByName, crisis.FlaggedAt));
        Assert.Equal([InformedParty.OrphansCourt, InformedParty.Police], crisis.Notices.Select(n => n.Party));
        Assert.Equal("bāriņtiesas locekle J. Ozola", crisis.Notices[0].Contact);
        var entry = caseFile.Events[^1];
        Assert.Equal(CaseEventKind.CrisisFlagged, entry.Kind);
        Assert.Equal("Bērns atstāts viens mājās bez uzraudzības", entry.Text);
    }

    [Fact]
    public void Only_one_crisis_is_active_at_a_time_and_only_in_an_open_case()
    {
        var caseFile = OpenCase();
        caseFile.FlagCrisis("Apdraudējums", "Darbības", [], Worker, Now);

        Assert.Throws<InvalidOperationException>(() => caseFile.FlagCrisis("Vēl viens", "Darbības", [], Worker, Now.AddHours(1)));

        var closed = OpenCase();
        closed.Close(new DateOnly(2026, 11, 20), "Mērķi sasniegti", "Kopsavilkums", null, Worker, Now);
        Assert.Throws<InvalidOperationException>(() => closed.FlagCrisis("Apdraudējums", "Darbības", [], Worker, Now));

        var archived = OpenCase();
        archived.Archive("Kļūda", Manager, Now);
        Assert.Throws<InvalidOperationException>(() => archived.FlagCrisis("Apdraudējums", "Darbības", [], Worker, Now));
    }

    [Fact]
    public void An_informed_party_needs_a_time_not_in_the_future_a_name_when_other_and_appears_once()
    {
        var caseFile = OpenCase();

        Assert.Throws<ArgumentException>(() => caseFile.FlagCrisis("A", "B", [new(InformedParty.Police, Now.AddMinutes(1))], Worker, Now));
        Assert.Throws<ArgumentException>(() => caseFile.FlagCrisis("A", "B", [new(InformedParty.Other, Now, OtherName: " ")], Worker, Now));
        Assert.Throws<InvalidOperationException>(() => caseFile.FlagCrisis("A", "B", [new(InformedParty.Police, Now), new(InformedParty.Police, Now)], Worker, Now));
        Assert.Throws<ArgumentException>(() => caseFile.FlagCrisis(" ", "B", [], Worker, Now));
        Assert.Throws<ArgumentException>(() => caseFile.FlagCrisis("A", "", [], Worker, Now));
        Assert.Null(caseFile.ActiveCrisis);

        var crisis = caseFile.FlagCrisis("A", "B", [new(InformedParty.Other, Now, OtherName: "Ģimenes ārsts"), new(InformedParty.School, Now, OtherName: "ignored")], Worker, Now);
        Assert.Equal(["Ģimenes ārsts", null], crisis.Notices.Select(n => n.OtherName));
    }

    [Fact]
    public void Resolving_needs_a_note_records_who_and_when_and_keeps_the_crisis_as_history()
    {
        var caseFile = OpenCase();
        var first = caseFile.FlagCrisis("Apdraudējums", "Darbības", Informed(), Worker, Now);

        Assert.Throws<ArgumentException>(() => caseFile.ResolveCrisis("  ", Manager, Now.AddDays(1)));
        Assert.Throws<ArgumentException>(() => caseFile.ResolveCrisis("Atrisināts", Manager, Now.AddMinutes(-1)));
        Assert.True(first.IsActive);

        caseFile.ResolveCrisis("  Bērns atgriezies ģimenē, uzraudzība nodrošināta ", Manager, Now.AddDays(2));

        Assert.Null(caseFile.ActiveCrisis);
        Assert.False(first.IsActive);
        Assert.Equal("Bērns atgriezies ģimenē, uzraudzība nodrošināta", first.ResolutionNote);
        Assert.Equal((Manager.UserId, Manager.Name, Now.AddDays(2)), (first.ResolvedById, first.ResolvedByName, first.ResolvedAt));
        Assert.Equal(CaseEventKind.CrisisResolved, caseFile.Events[^1].Kind);
        Assert.Throws<InvalidOperationException>(() => caseFile.ResolveCrisis("Vēlreiz", Manager, Now.AddDays(3)));

        // A new crisis later: both stay, one active.
        var second = caseFile.FlagCrisis("Jauns apdraudējums", "Darbības", [], Worker, Now.AddDays(10));
        Assert.Equal([first, second], caseFile.Crises);
        Assert.Same(second, caseFile.ActiveCrisis);
    }
}

using System.Globalization;
using SocialServices.Reports.Documents;

namespace SocialServices.Reports.Tests;

public sealed class UserListDocumentTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 5, 12, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Lists_every_user_with_roles_and_status_and_counts_them()
    {
        var users = new List<UserListRow>
        {
            new("admins", "Ārija Bērziņa", "arija@dienests.lv", ["Administrators"], true, null),
            new("sd.kalnins", "Ģirts Kalniņš", null, ["Sociālais darbinieks", "Vadītājs"], true, null),
            new("vecais", "Šarlote Ņikiforova", "sarlote@dienests.lv", [], false, null),
            new("blokets", "Ūdris Žīgurs", "udris@dienests.lv", ["Sociālais darbinieks"], true, Now.AddMinutes(15)),
        };

        var pdf = UserListDocument.Compose(new UserListReport("Rīgas Sociālais dienests", "Ārija Bērziņa", Now, users));

        using var reader = new PdfReader(pdf);
        var text = string.Join(" ", reader.PageTexts());
        Assert.Equal(UserListDocument.Title, reader.Document.Information.Title);
        Assert.Contains("Lietotāju skaits: 4", text, StringComparison.Ordinal);
        Assert.Contains("Aktīvi: 3", text, StringComparison.Ordinal);
        Assert.Contains("Deaktivizēti: 1", text, StringComparison.Ordinal);
        Assert.Contains("Lietotājvārds Vārds, uzvārds E-pasts Lomas Statuss", text, StringComparison.Ordinal);
        var rows = PdfReader.TableRows(reader.Pages[0], ["Lietotājvārds", "Vārds,", "E-pasts", "Lomas", "Statuss"], ["admins", "sd.kalnins", "vecais", "blokets"]);
        Assert.Equal(["admins", "Ārija Bērziņa", "arija@dienests.lv", "Administrators", "Aktīvs"], rows["admins"]);
        Assert.Equal(["sd.kalnins", "Ģirts Kalniņš", "—", "Sociālais darbinieks, Vadītājs", "Aktīvs"], rows["sd.kalnins"]);
        Assert.Equal(["vecais", "Šarlote Ņikiforova", "sarlote@dienests.lv", "—", "Deaktivizēts"], rows["vecais"]);
        Assert.Equal(["blokets", "Ūdris Žīgurs", "udris@dienests.lv", "Sociālais darbinieks", "Aktīvs bloķēts līdz 05.03.2025 14:45"], rows["blokets"]);
    }

    [Fact]
    public void Sixty_users_flow_over_pages_each_listed_once()
    {
        var users = Enumerable.Range(1, 60).Select(User).ToList();

        var pdf = UserListDocument.Compose(new UserListReport("Rīgas Sociālais dienests", "Ārija Bērziņa", Now, users));

        using var reader = new PdfReader(pdf);
        Assert.True(reader.Pages.Count >= 2);
        Assert.All(reader.PageTexts(), t =>
        {
            Assert.Contains("Lietotājvārds", t, StringComparison.Ordinal);
            Assert.Contains("Lietotāji un lomas", t, StringComparison.Ordinal);
        });
        var words = reader.Words().Select(w => w.Word.Text).ToList();
        for (var i = 1; i <= 60; i++)
        {
            var userName = string.Create(CultureInfo.InvariantCulture, $"lietotajs{i:D2}");
            Assert.Single(words, w => w == userName);
        }

        var text = string.Join(" ", reader.PageTexts());
        Assert.Contains("Lietotāju skaits: 60", text, StringComparison.Ordinal);
        Assert.Contains("Aktīvi: 54", text, StringComparison.Ordinal);
        Assert.Contains("Deaktivizēti: 6", text, StringComparison.Ordinal);
        Assert.Equal(6, words.Count(w => w == UserListDocument.DeactivatedText));
    }

    [Fact]
    public void Without_users_it_says_so()
    {
        var pdf = UserListDocument.Compose(new UserListReport("Dienests", "Ārija", Now, []));

        using var reader = new PdfReader(pdf);
        var text = Assert.Single(reader.PageTexts());
        Assert.Contains("Lietotāju skaits: 0", text, StringComparison.Ordinal);
        Assert.Contains("Sistēmā nav neviena lietotāja.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Permanent_lockout_does_not_break_the_date()
    {
        var users = new[] { new UserListRow("x", "X Y", null, [], false, DateTimeOffset.MaxValue) };

        using var reader = new PdfReader(UserListDocument.Compose(new UserListReport("Dienests", "Ārija", Now, users)));

        Assert.Contains("Deaktivizēts bloķēts", reader.PageTexts()[0], StringComparison.Ordinal);
    }

    internal static UserListRow User(int i)
    {
        string[] givenNames = ["Jānis", "Ilze", "Kārlis", "Līga", "Mārtiņš", "Žanete", "Ēriks", "Ņina", "Gunārs", "Dace"];
        string[] surnames = ["Bērziņš", "Kalniņa", "Ozoliņš", "Šmite", "Ķēniņš", "Vītola", "Ļaudams", "Čakste", "Grīnbergs", "Ūdre"];
        string[][] roles = [["Sociālais darbinieks"], ["Sociālais darbinieks", "Vadītājs"], ["Administrators"], ["Lietvedis", "Sociālais darbinieks", "Datu aizsardzības speciālists"]];
        var name = givenNames[i % givenNames.Length] + " " + surnames[(i * 7) % surnames.Length];
        var email = i % 9 == 0
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"lietotajs{i:D2}{(i % 5 == 0 ? ".ar.loti.garu.adresi.kas.neietilpst" : string.Empty)}@socialais-dienests.riga.lv");
        return new UserListRow(
            string.Create(CultureInfo.InvariantCulture, $"lietotajs{i:D2}"),
            name,
            email,
            roles[i % roles.Length],
            Active: i % 10 != 3,
            LockedOutUntil: i % 13 == 0 ? Now.AddHours(2) : null);
    }
}

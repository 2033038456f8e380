using System.Globalization;
using System.Resources;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Connections;

namespace SocialServices.Web.Data;

/// <summary>
/// Demo outside connections (the ecomap) for two demo families: Inese Bērziņa (a mother with two small children, her
/// partner working away) and Jānis Liepa (a father with a school-age son). Each goes into the timeline of the family's
/// open case, as a worker's entry would. Runs after <see cref="DemoData"/>; does nothing when connections exist.
/// </summary>
internal static class DemoConnections
{
    private static readonly ResourceManager Texts = new("SocialServices.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

    private static readonly (string First, string Last, (ConnectionKind Kind, string Name, ConnectionStrength Strength, SupportDirection Direction, int SinceMonths, string? Notes, int? EndedMonthsAgo)[] Connections)[] Families =
    [
        ("Inese", "Bērziņa",
        [
            (ConnectionKind.Kindergarten, "Jelgavas PII „Pasaciņa”", ConnectionStrength.Strong, SupportDirection.ToClient, 30, "Audzinātāja ik nedēļu stāsta par Dāvja attīstību; palīdz ar logopēdu.", null),
            (ConnectionKind.RelativesOutsideHousehold, "Vecmāmiņa Skaidrīte (Ozolnieki)", ConnectionStrength.Strong, SupportDirection.ToClient, 120, "Pieskata bērnus, kad māte strādā nakts maiņās.", null),
            (ConnectionKind.FamilyDoctor, "Ģimenes ārste Dr. Ozoliņa", ConnectionStrength.Moderate, SupportDirection.ToClient, 60, null, null),
            (ConnectionKind.Employer, "SIA „Zemgales maiznīca”", ConnectionStrength.Stressful, SupportDirection.FromClient, 26, "Nakts maiņas, bieži mainīgs grafiks; konflikts ar maiņas vadītāju.", null),
            (ConnectionKind.OrphansCourt, "Jelgavas bāriņtiesa", ConnectionStrength.Stressful, SupportDirection.FromClient, 5, "Pārbaude pēc skolas ziņojuma; ģimene to uztver kā draudu.", null),
            (ConnectionKind.Ngo, "Biedrība „Ģimeņu atbalsta centrs”", ConnectionStrength.Moderate, SupportDirection.ToClient, 4, "Vecāku atbalsta grupa otrdienās.", null),
            (ConnectionKind.MunicipalSocialService, "Jelgavas sociālo lietu pārvalde", ConnectionStrength.Moderate, SupportDirection.Mutual, 6, null, null),
            (ConnectionKind.FriendsNeighbours, "Kaimiņiene Anna", ConnectionStrength.Weak, SupportDirection.Mutual, 36, "Dažreiz aizved bērnus uz dārziņu.", null),
            (ConnectionKind.Police, "Valsts policijas Jelgavas iecirknis", ConnectionStrength.Stressful, SupportDirection.FromClient, 14, "Izsaukums pēc strīda ar bijušo partneri.", 9),
        ]),
        ("Jānis", "Liepa",
        [
            (ConnectionKind.School, "Jelgavas 5. vidusskola", ConnectionStrength.Weak, SupportDirection.Mutual, 48, "Markusam daudz kavējumu; klases audzinātāja sazinās tikai e-klasē.", null),
            (ConnectionKind.Employer, "SIA „Būvnieks Zemgalē”", ConnectionStrength.Moderate, SupportDirection.Mutual, 40, "Darbs izbraukumos, atgriežas vakaros.", null),
            (ConnectionKind.ReligiousCommunity, "Jelgavas luterāņu draudze", ConnectionStrength.Strong, SupportDirection.ToClient, 100, "Draudzes vīru grupa; Markuss apmeklē svētdienas skolu.", null),
            (ConnectionKind.Hospital, "Jelgavas pilsētas slimnīca", ConnectionStrength.Moderate, SupportDirection.ToClient, 8, "Markusa astmas kontrole.", null),
            (ConnectionKind.Ngo, "Biedrība „Tēvi”", ConnectionStrength.Strong, SupportDirection.Mutual, 7, "Tēvu grupa reizi mēnesī; Jānis pats palīdz jaunajiem tēviem.", null),
            (ConnectionKind.RelativesOutsideHousehold, "Māsa Laura Liepa (Rīga)", ConnectionStrength.Weak, SupportDirection.ToClient, 200, "Satiekas svētkos.", null),
            (ConnectionKind.FriendsNeighbours, "Kaimiņš Valdis", ConnectionStrength.Stressful, SupportDirection.FromClient, 20, "Strīdi par troksni; kaimiņš sūdzējies namu pārvaldei.", null),
        ]),
    ];

    public static async Task SeedAsync(AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        if (await db.OutsideConnections.AnyAsync(ct))
        {
            return;
        }

        var added = CompositeFormat.Parse(Latvian("Connections.Timeline.Added"));
        var summary = CompositeFormat.Parse(Latvian("Connections.Timeline.Summary"));
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        foreach (var (first, last, connections) in Families)
        {
            var client = await db.Clients.Where(c => c.FirstName == first && c.LastName == last).OrderBy(c => c.Id).FirstOrDefaultAsync(ct);
            if (client is null)
            {
                continue;
            }

            var caseFile = await db.CaseFiles.Where(f => f.ClientId == client.Id && f.Status == CaseStatus.Open && !f.IsArchived).OrderBy(f => f.Id).FirstOrDefaultAsync(ct);
            var workerId = caseFile?.ResponsibleWorkerId ?? client.RegisteredById;
            var workerName = await db.Users.Where(u => u.Id == workerId).Select(u => u.FullName).FirstOrDefaultAsync(ct) ?? "Sociālais darbinieks";
            var by = new Actor(workerId, workerName);
            var at = caseFile is null ? now.AddDays(-7) : LatvianTimeOf(caseFile.OpenedOn).AddDays(2);
            foreach (var (kind, name, strength, direction, sinceMonths, notes, endedMonthsAgo) in connections)
            {
                var connection = new OutsideConnection(client.Id, new ConnectionDetails(kind, name, strength, direction, notes, today.AddMonths(-sinceMonths)), by, at);
                if (endedMonthsAgo is { } ago)
                {
                    connection.End(today.AddMonths(-ago), "Situācija atrisināta, atkārtotu izsaukumu nav.", by, at);
                }

                db.OutsideConnections.Add(connection);
                if (caseFile is not null && endedMonthsAgo is null)
                {
                    caseFile.RecordServiceEvent(CaseEventKind.ConnectionRecorded,
                        string.Format(CultureInfo.InvariantCulture, added,
                            string.Format(CultureInfo.InvariantCulture, summary, Latvian("Connections.Kind." + kind), name,
                                Lower("Connections.Strength." + strength), Lower("Connections.Direction." + direction))),
                        by, at);
                }
            }
        }

        await db.SaveChangesAsync(ct);
    }

    private static DateTimeOffset LatvianTimeOf(DateOnly day) => Infrastructure.LatvianTime.StartOfDay(day).AddHours(10);

    /// <summary>A text of the resource file's neutral culture: Latvian, the language of the timeline whatever the interface language.</summary>
    private static string Latvian(string key) => Texts.GetString(key, CultureInfo.InvariantCulture) ?? key;

    private static string Lower(string key) => Latvian(key).ToLower(Infrastructure.Cultures.LatvianCulture);
}

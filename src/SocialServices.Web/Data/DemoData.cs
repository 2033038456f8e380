using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Clients;
using SocialServices.Web.Access;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Data;

/// <summary>
/// Realistic demo clients, families and case files spread over the demo social workers, for trying the
/// product. Only the run script's demo start creates them (Demo:Seed=true); all names and codes are invented,
/// the personal codes are valid in form (check digit included) but belong to nobody.
/// </summary>
internal static class DemoData
{
    private static readonly (string First, string Last, Gender Gender)[] Adults =
    [
        ("Inese", "Bērziņa", Gender.Female), ("Andris", "Kalniņš", Gender.Male), ("Līga", "Ozola", Gender.Female),
        ("Jānis", "Liepa", Gender.Male), ("Dace", "Krūmiņa", Gender.Female), ("Mārtiņš", "Zariņš", Gender.Male),
        ("Ilze", "Vītola", Gender.Female), ("Raivis", "Jansons", Gender.Male), ("Kristīne", "Ābele", Gender.Female),
        ("Guntis", "Pētersons", Gender.Male), ("Sandra", "Eglīte", Gender.Female), ("Aivars", "Šmits", Gender.Male),
        ("Zane", "Lāce", Gender.Female), ("Edgars", "Rozenbergs", Gender.Male), ("Olga", "Ivanova", Gender.Female),
        ("Sergejs", "Petrovs", Gender.Male), ("Ieva", "Kļaviņa", Gender.Female), ("Normunds", "Ziediņš", Gender.Male),
        ("Baiba", "Grīnberga", Gender.Female), ("Valdis", "Ūdris", Gender.Male),
    ];

    private static readonly (string First, Gender Gender)[] Children =
    [
        ("Emīlija", Gender.Female), ("Roberts", Gender.Male), ("Sofija", Gender.Female), ("Markuss", Gender.Male),
        ("Alise", Gender.Female), ("Gustavs", Gender.Male), ("Elza", Gender.Female), ("Kārlis", Gender.Male),
        ("Anna", Gender.Female), ("Ričards", Gender.Male), ("Paula", Gender.Female), ("Dāvis", Gender.Male),
    ];

    private static readonly string[] Reasons =
    [
        "Ģimene ar bērniem sociālā riska situācijā: nepietiekama bērnu aprūpe",
        "Bāriņtiesas ziņojums par vecāku aizgādības tiesību pārtraukšanas risku",
        "Skolas ziņojums par bērna uzvedības problēmām un kavējumiem",
        "Pieaugušais ar garīga rakstura traucējumiem, nepieciešams atbalsts ikdienā",
        "Vientuļā vecāka lūgums pēc atbalsta bērna audzināšanā",
        "Pilngadību sasniedzis bārenis, nepieciešams atbalsts patstāvīgai dzīvei",
        "Policijas ziņojums par vardarbību ģimenē",
        "Slimnīcas ziņojums: pēc ārstēšanās nepieciešama aprūpe mājās",
    ];

    public static async Task SeedAsync(AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (await db.Clients.AnyAsync(ct))
        {
            return;
        }

        var organisationId = await db.Organisations.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync(ct);
        var municipalityId = await db.Municipalities.OrderBy(m => m.Id).Select(m => m.Id).FirstAsync(ct);
        var workers = await UsersInRoleAsync(db, Roles.SocialWorker, ct);
        var specialists = await UsersInRoleAsync(db, Roles.Specialist, ct);
        var manager = (await UsersInRoleAsync(db, Roles.ServiceManager, ct)).First();
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);

        // Adults (parents and adult clients), each with a valid old-format personal code.
        var adults = new List<Client>();
        for (var i = 0; i < Adults.Length; i++)
        {
            var (first, last, gender) = Adults[i];
            var birth = new DateOnly(1968 + (i * 7 % 30), 1 + (i * 5 % 12), 1 + (i * 11 % 28));
            var worker = workers[i % workers.Count];
            var targetGroups = i switch
            {
                < 8 => new[] { TargetGroup.FamilyWithChildrenAtRisk, TargetGroup.ParentOrLegalRepresentative },
                < 11 => [TargetGroup.SingleParent, TargetGroup.ParentOrLegalRepresentative],
                < 15 => [TargetGroup.AdultWithMentalDisorder, TargetGroup.PersonWithDisability],
                _ => [TargetGroup.Other],
            };
            var client = new Client(organisationId, new ClientDetails(
                Code(birth, i), first, last, null, gender, municipalityId,
                $"{Streets[i % Streets.Length]} {i + 3}-{i % 9 + 1}, Jelgava, LV-30{i % 10:0}{i % 7:0}",
                $"+371 2{i % 10}{(i * 37 % 1000000):000000}", null, i is 14 or 15 ? "ru" : "lv",
                i is >= 11 and < 15 ? (i % 2 == 0 ? DisabilityGroup.II : DisabilityGroup.I) : null,
                i is >= 11 and < 15 ? today.AddYears(-2) : null, i is >= 11 and < 15 ? today.AddYears(3) : null,
                targetGroups, null), worker.Id, now.AddDays(-200 + i));
            client.RecordDataProcessingInformed(today.AddDays(-200 + i), worker.UserName!);
            adults.Add(client);
        }

        // Children of the first families.
        var children = new List<(Client Child, int ParentIndex)>();
        for (var i = 0; i < Children.Length; i++)
        {
            var parentIndex = i % 11;
            var parent = adults[parentIndex];
            var (first, gender) = Children[i];
            var birth = today.AddYears(-(2 + (i * 3 % 15))).AddDays(-(i * 23 % 300));
            var childLast = gender == parent.Gender ? parent.LastName : OtherGenderForm(parent.LastName);
            var child = new Client(organisationId, new ClientDetails(
                Code(birth, 100 + i), first, childLast, null, gender, municipalityId, parent.Address, null, null, "lv", null, null, null,
                i % 4 == 0 ? [TargetGroup.ChildInBehaviourCorrectionProgramme] : [TargetGroup.FamilyWithChildrenAtRisk], null),
                workers[parentIndex % workers.Count].Id, now.AddDays(-190 + i));
            children.Add((child, parentIndex));
        }

        db.Clients.AddRange(adults);
        db.Clients.AddRange(children.Select(c => c.Child));
        await db.SaveChangesAsync(ct);

        foreach (var (child, parentIndex) in children)
        {
            var parent = adults[parentIndex];
            child.AddRelation(RelationKind.Parent, true, true, parent.Id, null, null, now);
            parent.AddRelation(RelationKind.Child, false, true, child.Id, null, null, now);
        }

        adults[0].AddRelation(RelationKind.SpousePartner, false, true, null, new RelatedPerson("Uldis", "Bērziņš", new DateOnly(1969, 4, 12), null), "Strādā Rīgā, mājās nedēļas nogalēs", now);
        adults[3].AddRelation(RelationKind.Sibling, false, false, null, new RelatedPerson("Laura", "Liepa", null, null), null, now);
        await db.SaveChangesAsync(ct);

        // Case files: most adults have one; some closed (with monitoring), one unassigned.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var byManager = new Actor(manager.Id, manager.FullName);
        for (var i = 0; i < adults.Count - 2; i++)
        {
            var worker = workers[i % workers.Count];
            var opened = today.AddDays(-(20 + i * 13));
            var number = await CaseNumbers.NextAsync(db, organisationId, opened.Year, ct);
            var by = new Actor(worker.Id, worker.FullName);
            var responsible = i == 5 ? null : worker.Id;
            var caseFile = new CaseFile(organisationId, adults[i].Id, number, opened, Reasons[i % Reasons.Length],
                (ReferralSource)(1 + (i % 7)), responsible, responsible is null ? byManager : by, now.AddDays(-(20 + i * 13)));
            if (i % 3 == 0 && specialists.Count > 0)
            {
                caseFile.AddTeamMember(specialists[0].Id, "Psihologs", by, now.AddDays(-(19 + i * 13)));
            }

            if (i is 7 or 12 or 16)
            {
                caseFile.Close(opened.AddDays(10 + i), "Mērķi sasniegti", "Ģimenes situācija stabilizējusies, klients sadarbojas un izmanto pieejamos resursus.",
                    today.AddDays(i == 7 ? -1 : 30), by, now.AddDays(-(10 + i)));
            }

            db.CaseFiles.Add(caseFile);
            await db.SaveChangesAsync(ct);
        }

        await transaction.CommitAsync(ct);
    }

    private static readonly string[] Streets = ["Lielā iela", "Katoļu iela", "Zemgales prospekts", "Pasta iela", "Dobeles šoseja", "Rīgas iela", "Loka maģistrāle"];

    private static async Task<List<AppUser>> UsersInRoleAsync(AppDbContext db, string role, CancellationToken ct) =>
        await db.Users.Where(u => u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)))
            .OrderBy(u => u.UserName).ToListAsync(ct);

    /// <summary>The surname of a child of the other gender (Latvian surnames change their ending).</summary>
    private static string OtherGenderForm(string lastName) => lastName switch
    {
        "Bērziņa" => "Bērziņš",
        "Kalniņš" => "Kalniņa",
        "Ozola" => "Ozols",
        "Krūmiņa" => "Krūmiņš",
        "Zariņš" => "Zariņa",
        "Vītola" => "Vītols",
        "Jansons" => "Jansone",
        "Pētersons" => "Pētersone",
        "Eglīte" => "Eglītis",
        _ => lastName, // Liepa, Ābele: the same for both
    };

    /// <summary>A valid old-format personal code for the birth date (the first serial whose check digit is not 10).</summary>
    internal static PersonalCode Code(DateOnly birth, int seed)
    {
        var century = birth.Year / 100 - 18;
        for (var serial = (seed * 37 % 900) + 100; ; serial++)
        {
            var digits = string.Create(CultureInfo.InvariantCulture, $"{birth:ddMMyy}{century}{serial % 1000:000}");
            var check = PersonalCode.ComputeCheckDigit(digits);
            if (check == 10)
            {
                continue;
            }

            var result = PersonalCode.Parse(digits + check.ToString(CultureInfo.InvariantCulture), DateOnly.MaxValue);
            return result.Code ?? throw new InvalidOperationException("Demo personal code is invalid: " + digits);
        }
    }
}

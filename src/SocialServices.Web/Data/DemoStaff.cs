using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Staff;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Data;

/// <summary>
/// Demo staff register for the demo users (and one carer without an account): positions with their classifier codes,
/// education, child-rights protection trainings, trainings and supervisions this year, so that the register and the
/// manager's board show believable shortfalls (Marta Kalniņa: 6 of 10 supervisions, too few training hours and an
/// expired child-rights training; Ilze Bērziņa: training hours short; Dace Lapiņa: no child-rights training). Pēteris
/// Kalniņš gets other work this month and last month (awaiting approval); the month before last is approved. Runs
/// after the other demo data; does nothing when the register has anyone.
/// </summary>
internal static class DemoStaff
{
    public static async Task SeedAsync(AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (await db.StaffMembers.AnyAsync(ct))
        {
            return;
        }

        var organisationId = await db.Organisations.OrderBy(o => o.Id).Select(o => o.Id).FirstOrDefaultAsync(ct);
        if (organisationId == 0)
        {
            return;
        }

        if (!await db.StaffPositions.AnyAsync(ct))
        {
            db.StaffPositions.AddRange(ProfessionCodes.Common.Select(p => new StaffPosition(p.Name, p.Code, p.Category, p.SocialWorkSpecialist)));
            await db.SaveChangesAsync(ct);
        }

        var positions = await db.StaffPositions.ToDictionaryAsync(p => p.Name, p => p.Id, ct);
        var users = await db.Users.Where(u => u.UserName != null).ToDictionaryAsync(u => u.UserName!, u => u.Id, ct);
        var today = LatvianTime.Today(clock);
        var year = today.Year;
        DateOnly Day(int month, int day) => new(year, Math.Min(month, today.Month), Math.Min(day, month < today.Month ? 28 : today.Day));

        StaffMember Member(string first, string last, string? userName, string position, DateOnly from, bool children, string? note = null)
        {
            var m = new StaffMember(organisationId, new StaffDetails(first, last, userName is not null && users.TryGetValue(userName, out var id) ? id : null,
                positions[position], from, null, children, note));
            db.StaffMembers.Add(m);
            return m;
        }

        void Supervisions(StaffMember m, int count, string supervisor, SupervisionForm form)
        {
            for (var i = 0; i < count; i++)
            {
                m.AddSupervision(Day(1 + i, 12), supervisor, form, form == SupervisionForm.Group ? 2m : 1.5m);
            }
        }

        var sandra = Member("Sandra", "Ozoliņa", "sandra.ozolina", "Sociālais darbinieks darbam ar ģimenēm ar bērniem", new DateOnly(2019, 3, 1), true);
        sandra.AddEducation(EducationLevel.ProfessionalBachelor, "Rīgas Stradiņa universitāte", "Sociālais darbinieks", new DateOnly(2018, 6, 20));
        sandra.AddCertificate(CertificateKind.ChildRightsProtection, "Speciālās zināšanas bērnu tiesību aizsardzībā (40 st.)", "Valsts bērnu tiesību aizsardzības inspekcija", new DateOnly(2022, 5, 13), new DateOnly(2027, 5, 12));
        sandra.AddTraining(Day(2, 8), "Motivējošā intervēšana darbā ar ģimenēm", "Biedrība „Ģimeņu atbalsta centrs”", 16);
        sandra.AddTraining(Day(9, 24), "Riska faktoru izvērtēšana ģimenēs ar bērniem", "Labklājības ministrija", 8);
        Supervisions(sandra, 10, "Inga Saulīte, sertificēta supervizore", SupervisionForm.Group);

        var marta = Member("Marta", "Kalniņa", "marta.kalnina", "Sociālais darbinieks", new DateOnly(2021, 9, 1), true, "Strādā ar audžuģimenēm un aizbildņiem.");
        marta.AddEducation(EducationLevel.Bachelor, "Latvijas Universitāte", "Sociālo zinātņu bakalaurs socioloģijā", new DateOnly(2015, 6, 18));
        marta.AddEducation(EducationLevel.ProfessionalMaster, "Latvijas Universitāte", "Sociālais darbinieks", new DateOnly(2021, 6, 22));
        marta.AddCertificate(CertificateKind.ChildRightsProtection, "Speciālās zināšanas bērnu tiesību aizsardzībā (40 st.)", "Valsts bērnu tiesību aizsardzības inspekcija", new DateOnly(2021, 4, 1), new DateOnly(year, 3, 31));
        marta.AddTraining(Day(4, 15), "Darbs ar vardarbībā cietušiem bērniem", "Centrs „Dardedze”", 12);
        Supervisions(marta, 6, "Inga Saulīte, sertificēta supervizore", SupervisionForm.Group);

        var edgars = Member("Edgars", "Zariņš", "edgars.zarins", "Sociālais darbinieks", new DateOnly(year, 6, 1), false);
        edgars.AddEducation(EducationLevel.ProfessionalBachelor, "Rīgas Stradiņa universitāte", "Sociālais darbinieks", new DateOnly(year, 6, 15));
        edgars.AddTraining(Day(10, 2), "Ievads sociālo pakalpojumu sniegšanā", "Jelgavas sociālo lietu pārvalde", 16);
        for (var i = 0; i < 6; i++)
        {
            edgars.AddSupervision(Day(6 + i, 20), "Mārtiņš Krūmiņš, supervizors", SupervisionForm.Individual, 1);
        }

        var peteris = Member("Pēteris", "Kalniņš", "peteris.kalnins", "Psihologs", new DateOnly(2020, 1, 6), true, "Vada grupas „Esam ģimene” un „Sociālo prasmju attīstīšana”.");
        peteris.AddEducation(EducationLevel.ProfessionalMaster, "Daugavpils Universitāte", "Psihologs", new DateOnly(2012, 6, 15));
        peteris.AddCertificate(CertificateKind.ChildRightsProtection, "Speciālās zināšanas bērnu tiesību aizsardzībā (40 st.)", "Valsts bērnu tiesību aizsardzības inspekcija", new DateOnly(2023, 2, 10), new DateOnly(2028, 2, 9));
        peteris.AddCertificate(CertificateKind.Other, "Psihologa sertifikāts (izglītības un skolu psiholoģija)", "Psihologu sertifikācijas padome", new DateOnly(2020, 11, 5), new DateOnly(2025, 11, 4));
        peteris.AddCertificate(CertificateKind.Other, "Psihologa sertifikāts, pārsertificēts", "Psihologu sertifikācijas padome", new DateOnly(2025, 10, 20), new DateOnly(2030, 10, 19));
        peteris.AddTraining(Day(3, 6), "Kognitīvi biheiviorālā terapija bērniem un pusaudžiem", "Latvijas Kognitīvi biheiviorālās terapijas asociācija", 8);
        Supervisions(peteris, 4, "Dr. psych. Laila Ozola", SupervisionForm.Individual);

        var ilze = Member("Ilze", "Bērziņa", "ilze.berzina", "Sociālā dienesta vadītājs", new DateOnly(2016, 2, 1), false);
        ilze.AddEducation(EducationLevel.ProfessionalMaster, "Rīgas Stradiņa universitāte", "Sociālā darba vadītājs", new DateOnly(2014, 6, 19));
        ilze.AddTraining(Day(3, 18), "Sociālo pakalpojumu kvalitātes vadība", "Valsts administrācijas skola", 12);
        ilze.AddTraining(Day(9, 9), "Personas datu aizsardzība sociālajā dienestā", "Datu valsts inspekcija", 8);
        Supervisions(ilze, 10, "Mārtiņš Krūmiņš, supervizors", SupervisionForm.Individual);

        var dace = Member("Dace", "Lapiņa", null, "Sociālais rehabilitētājs", new DateOnly(2024, 8, 15), true, "Strādā dienas centrā ar bērniem; lietotāja konta nav.");
        dace.AddEducation(EducationLevel.FirstLevelHigher, "Rīgas Stradiņa universitātes Sarkanā Krusta medicīnas koledža", "Sociālais rehabilitētājs", new DateOnly(2024, 6, 14));
        dace.AddTraining(Day(5, 21), "Alternatīvā komunikācija bērniem ar funkcionāliem traucējumiem", "Biedrība „Rūpju bērns”", 16);
        Supervisions(dace, 10, "Inga Saulīte, sertificēta supervizore", SupervisionForm.Group);

        await db.SaveChangesAsync(ct);
        await OtherWorkAsync(db, clock, organisationId, users, today, ct);
    }

    /// <summary>Pēteris Kalniņš's other work this month and the two before; the month before last approved by Ilze Bērziņa.</summary>
    private static async Task OtherWorkAsync(AppDbContext db, TimeProvider clock, int organisationId, Dictionary<string, string> users, DateOnly today, CancellationToken ct)
    {
        if (!users.TryGetValue("peteris.kalnins", out var peteris))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var entries = new (int DaysAgo, int Minutes, OtherWorkKind Kind, string Note)[]
        {
            (1, 60, OtherWorkKind.Preparation, "Nodarbības „Esam ģimene” sagatavošana"),
            (2, 45, OtherWorkKind.Documentation, "Grupas apmeklējuma un novērtējumu ieraksti"),
            (5, 90, OtherWorkKind.Supervision, "Individuālā supervīzija"),
            (8, 240, OtherWorkKind.Training, "Seminārs par darbu ar pusaudžiem"),
            (9, 60, OtherWorkKind.Preparation, "Materiāli nodarbībai „Sociālo prasmju attīstīšana”"),
            (12, 30, OtherWorkKind.Other, "Komandas sanāksme"),
        };
        var thisMonth = TimesheetMonth.Of(today);
        foreach (var (daysAgo, minutes, kind, note) in entries)
        {
            var day = today.AddDays(-daysAgo);
            if (!thisMonth.Contains(day))
            {
                day = thisMonth.First;
            }

            db.OtherWorkEntries.Add(new OtherWorkEntry(organisationId, peteris, day, minutes, kind, note, peteris, now));
        }

        var last = thisMonth.Previous;
        var beforeLast = last.Previous;
        foreach (var month in new[] { last, beforeLast })
        {
            db.OtherWorkEntries.Add(new OtherWorkEntry(organisationId, peteris, month.First.AddDays(3), 120, OtherWorkKind.Preparation, "Grupu nodarbību sagatavošana", peteris, now));
            db.OtherWorkEntries.Add(new OtherWorkEntry(organisationId, peteris, month.First.AddDays(10), 60, OtherWorkKind.Documentation, "Dokumentācija", peteris, now));
            db.OtherWorkEntries.Add(new OtherWorkEntry(organisationId, peteris, month.First.AddDays(17), 90, OtherWorkKind.Supervision, "Individuālā supervīzija", peteris, now));
        }

        await db.SaveChangesAsync(ct);
        if (users.TryGetValue("ilze.berzina", out var ilze))
        {
            var items = await new SocialServices.Web.Staff.Timesheets(db).ItemsAsync(peteris, beforeLast, ct);
            var sheet = MonthlyTimesheet.Build(beforeLast, items);
            db.TimesheetApprovals.Add(new TimesheetApproval(peteris, beforeLast, ilze, "Ilze Bērziņa", sheet.TotalMinutes, sheet.TotalClientsServed, LatvianTime.StartOfDay(last.First.AddDays(4))));
            await db.SaveChangesAsync(ct);
        }
    }
}

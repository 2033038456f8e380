using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Reporting;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Data;

/// <summary>
/// Demo delegation contract with the municipality (the group programmes of seed 002, individual consultations and
/// the day care centre) and this year's annual report as a draft with the manager's texts, so an auditor can preview
/// it and download the PDF. Created once.
/// </summary>
internal static class DemoReports
{
    public const string ContractNumber = "JSLP-2025/37";

    public static async Task SeedAsync(AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        var organisation = await db.Organisations.OrderBy(o => o.Id).Select(o => new { o.Id, o.MunicipalityId }).FirstOrDefaultAsync(ct);
        var manager = await db.Users.Where(u => u.UserName == "ilze.berzina").Select(u => new { u.Id, u.FullName }).FirstOrDefaultAsync(ct);
        if (organisation is null || manager is null || await db.DelegationContracts.AnyAsync(ct))
        {
            return;
        }

        var today = LatvianTime.Today(clock);
        var services = await db.Services.Where(s => s.Code.StartsWith("6.1.") || s.Type == ServiceType.SpecialistConsultations || s.Type == ServiceType.DayCareCentre)
            .Select(s => s.Id).ToListAsync(ct);
        var contract = new DelegationContract(organisation.Id, organisation.MunicipalityId, ContractNumber, new DateOnly(today.Year - 1, 2, 14),
            new DateOnly(today.Year - 1, 3, 1), new DateOnly(today.Year + 1, 2, 28),
            "Izglītojošu un atbalsta grupu programmu (6.1.1.–6.1.8.), speciālistu individuālo konsultāciju un dienas aprūpes centra pakalpojumu sniegšana Jelgavas valstspilsētas iedzīvotājiem saskaņā ar līguma 1. pielikumu.",
            services);
        db.DelegationContracts.Add(contract);
        await db.SaveChangesAsync(ct);

        db.AnnualReports.Add(new AnnualReport(organisation.Id, contract.Id, today.Year, 1, null,
            "Pārskata gadā īstenotas divas grupu programmas: „Sociālo prasmju attīstīšana” bērniem un „Esam ģimene” vienam no vecākiem. "
            + "Grupu nodarbības notika pēc apstiprinātā grafika; viena nodarbība atcelta vadītāja slimības dēļ un pārcelta. "
            + "Speciālisti sniedza individuālās konsultācijas klientiem, kuriem grupas darbs nebija piemērots. Visiem klientiem sastādīti sociālās rehabilitācijas plāni.",
            "Gada otrajā pusē darbu uzsāka otrs sociālais rehabilitētājs. Klienti atzinīgi vērtē vakara nodarbību laikus.",
            manager.Id, manager.FullName, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
    }
}

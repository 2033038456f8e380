using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Clients;
using SocialServices.Domain.Community;
using SocialServices.Web.Access;
using SocialServices.Web.Compensation;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Data;

/// <summary>
/// Demo compensation (issue 8b): unit costs for the community-based service types (ILLUSTRATIVE euro amounts, not the
/// official ones; the day care centre's cost changes on 1 July), and — when no units were delivered in the last months —
/// three DI clients of the organisation's municipality with episodes and units: Artūrs Zvaigzne in the day care centre
/// (weekdays), Gunta Ābele in a group apartment (monthly units for 22 months, so her two years end soon and the manager's
/// board warns), Roberts Lūsis with home care hours the municipality procures at 10,80 EUR an hour. Then a submitted
/// claim for last month and a draft for this month. Runs once (does nothing when unit costs exist).
/// </summary>
internal static class DemoCompensation
{
    public static async Task SeedAsync(AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        var organisation = await db.Organisations.OrderBy(o => o.Id).Select(o => new { o.Id, o.MunicipalityId, o.Name }).FirstOrDefaultAsync(ct);
        var manager = await db.Users.Where(u => u.UserName == "ilze.berzina").Select(u => new { u.Id, u.FullName }).FirstOrDefaultAsync(ct);
        var worker = await db.Users.Where(u => u.UserName == "sandra.ozolina").Select(u => new { u.Id, u.FullName }).FirstOrDefaultAsync(ct);
        if (organisation is null || manager is null || worker is null || await db.UnitCosts.AnyAsync(ct))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var today = LatvianTime.Today(clock);
        var thisMonth = TwoYearLimit.MonthOf(today);
        const string Note = "Ilustratīva summa demonstrācijai";
        var july = new DateOnly(today.Year, 7, 1);
        db.UnitCosts.AddRange(
            new UnitCost(ServiceType.DayCareCentre, ServiceUnit.Day, 28.50m, new DateOnly(2023, 1, 1), july.AddDays(-1), Note, manager.Id, now),
            new UnitCost(ServiceType.DayCareCentre, ServiceUnit.Day, 30.20m, july, null, Note, manager.Id, now),
            new UnitCost(ServiceType.HomeCare, ServiceUnit.Hour, 11.40m, new DateOnly(2023, 1, 1), null, Note, manager.Id, now),
            new UnitCost(ServiceType.SpecialisedWorkshop, ServiceUnit.Day, 24.80m, new DateOnly(2023, 1, 1), null, Note, manager.Id, now),
            new UnitCost(ServiceType.GroupApartment, ServiceUnit.Month, 640.00m, new DateOnly(2023, 1, 1), null, Note, manager.Id, now),
            new UnitCost(ServiceType.ShortTermSocialCare, ServiceUnit.Day, 52.00m, new DateOnly(2023, 1, 1), null, Note, manager.Id, now),
            new UnitCost(ServiceType.Respite, ServiceUnit.Day, 45.00m, new DateOnly(2023, 1, 1), null, Note, manager.Id, now),
            new UnitCost(ServiceType.SpecialistConsultations, ServiceUnit.Hour, 32.00m, new DateOnly(2023, 1, 1), null, Note, manager.Id, now),
            new UnitCost(ServiceType.SupportPerson, ServiceUnit.Hour, 14.50m, new DateOnly(2023, 1, 1), null, Note, manager.Id, now),
            new UnitCost(ServiceType.EducationalAndSupportGroup, ServiceUnit.Session, 18.00m, new DateOnly(2023, 1, 1), null, Note, manager.Id, now));
        await db.SaveChangesAsync(ct);

        var services = await db.Services.Where(s => s.Code == "DAC" || s.Code == "GD" || s.Code == "AM").ToDictionaryAsync(s => s.Code, s => s.Id, ct);
        var recent = thisMonth.AddMonths(-2);
        if (services.Count == 3 && !await db.DeliveredUnits.AnyAsync(u => u.WithdrawnAt == null && u.On >= recent, ct))
        {
            var by = new Actor(worker.Id, worker.FullName);

            async Task<ServiceEpisode> EpisodeAsync(string first, string last, DateOnly birth, int seed, Gender gender, DisabilityGroup group, string serviceCode, DateOnly start, ServiceUnit unit, string provider)
            {
                var client = new Client(organisation.Id, new ClientDetails(DemoData.Code(birth, seed), first, last, birth, gender, organisation.MunicipalityId,
                    "Jelgava", null, null, "lv", group, start.AddYears(-3), null, [TargetGroup.AdultWithMentalDisorder], null), worker.Id, now);
                db.Clients.Add(client);
                await db.SaveChangesAsync(ct);
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var number = await CaseNumbers.NextAsync(db, organisation.Id, start.Year, ct);
                var caseFile = new CaseFile(organisation.Id, client.Id, number, start, "Deinstitucionalizācija: sabiedrībā balstīti pakalpojumi pēc aiziešanas no valsts ilgstošas aprūpes institūcijas", ReferralSource.Self, worker.Id, by, LatvianTime.StartOfDay(start));
                db.CaseFiles.Add(caseFile);
                await db.SaveChangesAsync(ct);
                var episode = new ServiceEpisode(caseFile.Id, client.Id, services[serviceCode], null, start, null, provider);
                episode.MeasureIn(unit);
                db.ServiceEpisodes.Add(episode);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return episode;
            }

            void Unit(ServiceEpisode e, DateOnly on, ServiceUnit unit, decimal quantity) =>
                db.DeliveredUnits.Add(new DeliveredUnit(e.Id, e.ClientId, e.ServiceId, on, unit, quantity, UnitSource.Manual, null, worker.Id, LatvianTime.StartOfDay(on).AddHours(16)));

            var dayCareStart = thisMonth.AddMonths(-3);
            var dayCare = await EpisodeAsync("Artūrs", "Zvaigzne", new DateOnly(1988, 2, 14), 81, Gender.Male, DisabilityGroup.II, "DAC", dayCareStart, ServiceUnit.Day, organisation.Name);
            for (var day = dayCareStart; day < today; day = day.AddDays(1))
            {
                if (day.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday && day.Day % 9 != 0)
                {
                    Unit(dayCare, day, ServiceUnit.Day, 1);
                }
            }

            var apartmentStart = thisMonth.AddMonths(-(TwoYearLimit.Months - 2));
            var apartment = await EpisodeAsync("Gunta", "Ābele", new DateOnly(1975, 9, 3), 82, Gender.Female, DisabilityGroup.I, "GD", apartmentStart, ServiceUnit.Month, "Grupu dzīvokļi „Liepas”");
            for (var month = apartmentStart; month <= thisMonth; month = month.AddMonths(1))
            {
                Unit(apartment, month, ServiceUnit.Month, 1);
            }

            var homeCareStart = thisMonth.AddMonths(-2);
            var homeCare = await EpisodeAsync("Roberts", "Lūsis", new DateOnly(1969, 11, 21), 83, Gender.Male, DisabilityGroup.II, "AM", homeCareStart, ServiceUnit.Hour, "SIA „Aprūpe mājās”");
            for (var day = homeCareStart; day < today; day = day.AddDays(1))
            {
                if (day.DayOfWeek is DayOfWeek.Monday or DayOfWeek.Wednesday or DayOfWeek.Friday)
                {
                    Unit(homeCare, day, ServiceUnit.Hour, 2.5m);
                }
            }

            db.ProcuredPrices.Add(new ProcuredPrice(homeCare.Id, homeCare.ClientId, 10.80m, homeCareStart, null, "Iepirkuma līgums Nr. JPP 2026/14", manager.Id, now));
            await db.SaveChangesAsync(ct);
        }

        // A submitted claim for last month and a draft for this month.
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, manager.Id), new Claim(ClaimTypes.Role, Roles.ServiceManager)], "Demo"));
        var compensations = new Compensations(db, new AccessScope(db, clock));
        var lastMonth = thisMonth.AddMonths(-1);
        if (!await db.CompensationClaims.AnyAsync(ct))
        {
            var content = await compensations.ComputeAsync(principal, organisation.MunicipalityId, lastMonth, ct);
            var submitted = new CompensationClaim(organisation.Id, organisation.MunicipalityId, lastMonth, 1, null, manager.Id, manager.FullName, now.AddDays(-today.Day + 1));
            submitted.Submit(Compensations.Serialise(content), content.Total, manager.Id, manager.FullName, now.AddDays(-today.Day + 3));
            db.CompensationClaims.AddRange(submitted, new CompensationClaim(organisation.Id, organisation.MunicipalityId, thisMonth, 1, null, manager.Id, manager.FullName, now));
            await db.SaveChangesAsync(ct);
        }
    }
}

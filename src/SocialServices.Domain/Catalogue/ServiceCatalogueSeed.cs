using SocialServices.Domain.Eligibility;

namespace SocialServices.Domain.Catalogue;

/// <summary>
/// The starting catalogue: the eight educational and support group programmes of seed 002 §6.1
/// (names and target groups in the document's words, eligibility rules of <see cref="ProgrammeEligibility"/>)
/// and one generic entry per other service type, each with the documents an application usually needs.
/// </summary>
public static class ServiceCatalogueSeed
{
    public const string DisabilityOpinion = "VDEĀVK atzinums par invaliditāti";
    public const string DoctorStatement = "Ģimenes ārsta izziņa par veselības stāvokli";

    /// <param name="municipalityId">The contracting municipality whose residents the services are for (002 §3); null leaves residence Unknown.</param>
    public static IReadOnlyList<Service> Create(int? municipalityId = null)
    {
        Service[] services =
        [
            Programme("6.1.1", "Vecāku loma bērnu audzināšanā", "Vecākam vai likumiskajam pārstāvim, kuram pārtrauktas vai atņemtas bērna aizgādības tiesības vai pastāv risks to pārtraukšanai, bērns ir iekļauts uzvedības sociālās korekcijas programmā", 10),
            Programme("6.1.2", "Bērna emocionālā audzināšana", "Vecākam, kurš audzina bērnu līdz 7 gadu vecumam, aizbildnim, audžuvecākam, kurš audzina bērnu līdz 10 gadu vecumam", 12),
            Programme("6.1.3", "Esam ģimene", "Ja bērnu audzina viens no vecākiem", 10),
            Programme("6.1.4", "Ceļvedis audzinot pusaudzi", "Vecākam vai likumiskajam pārstāvim, kuram ir bērns no 12 līdz 16 gadu vecumam", 10),
            Programme("6.1.5", "Sociālo prasmju attīstīšana", "Bērnam no 8 līdz 12 gadu vecumam, kurš ir iekļauts uzvedības sociālās korekcijas programmā", 28),
            Programme("6.1.6", "Iekšējo resursu aktivizēšana", "Bērnam no 13 līdz 18 gadu vecumam, kurš ir iekļauts uzvedības sociālās korekcijas programmā", 10),
            Programme("6.1.7", "Sargeņģelis", "Vecākiem ar bērniem līdz 2 gadu vecumam", 20),
            new Service("6.1.8", "Atbalsta grupa dažādu sociālo prasmju un iemaņu apguvei", ServiceType.EducationalAndSupportGroup, FundingSource.State)
                .AsGroupProgramme("Pilngadību sasniegušajiem bāreņiem un bez vecāku gādības palikušajiem bērniem līdz 24 gadu vecumam", null, "vienu reizi mēnesī", null),
            new Service("SR", "Sociālā rehabilitācija", ServiceType.SocialRehabilitation, FundingSource.Municipal),
            new Service("DAC", "Dienas aprūpes centrs", ServiceType.DayCareCentre, FundingSource.Municipal),
            new Service("AB", "Atelpas brīdis", ServiceType.Respite, FundingSource.Municipal),
            new Service("AM", "Aprūpe mājās", ServiceType.HomeCare, FundingSource.Municipal),
            new Service("SD", "Specializētās darbnīcas", ServiceType.SpecialisedWorkshop, FundingSource.Municipal),
            new Service("GD", "Grupu dzīvokļi", ServiceType.GroupApartment, FundingSource.Municipal),
            new Service("ISA", "Īslaicīgā sociālā aprūpe", ServiceType.ShortTermSocialCare, FundingSource.Municipal),
            new Service("SKIA", "Speciālistu konsultācijas un individuālais atbalsts", ServiceType.SpecialistConsultations, FundingSource.Municipal),
            new Service("AP", "Atbalsta persona", ServiceType.SupportPerson, FundingSource.Municipal),
        ];
        foreach (var service in services)
        {
            service.WithRequirements(DocumentsFor(service.Code), RulesFor(service.Code, municipalityId));
        }

        return services;
    }

    /// <summary>The documents an application for a seeded service needs besides the application itself.</summary>
    public static IReadOnlyList<string> DocumentsFor(string code) => code switch
    {
        "6.1.1" => ["Bāriņtiesas lēmums vai sociālā dienesta izziņa par aizgādības tiesībām"],
        "6.1.5" or "6.1.6" => ["Izziņa par iekļaušanu uzvedības sociālās korekcijas programmā"],
        "6.1.8" => ["Dokuments, kas apliecina bāreņa vai bez vecāku gādības palikuša bērna statusu"],
        "DAC" or "SD" or "GD" or "AM" => [DisabilityOpinion, DoctorStatement],
        "AB" or "AP" => [DisabilityOpinion],
        "ISA" => [DoctorStatement],
        _ => [],
    };

    private static IReadOnlyList<EligibilityRequirement> RulesFor(string code, int? municipalityId) =>
        ProgrammeEligibility.ProgrammeCodes.Contains(code)
            ? ProgrammeEligibility.For(code, municipalityId)
            : [EligibilityRule.Residence(municipalityId)];

    private static Service Programme(string code, string name, string targetGroup, int sessions) =>
        new Service(code, name, ServiceType.EducationalAndSupportGroup, FundingSource.Municipal).AsGroupProgramme(targetGroup, sessions, null, null);
}

using System.Globalization;
using SocialServices.Domain.Contacts;
using SocialServices.Domain.Plans;

namespace SocialServices.Web.Pages.Plans;

/// <summary>
/// The Latvian words that go into stored texts (the case timeline) and into the plan PDF, whatever language the
/// user reads the pages in (the pages themselves use the resource files).
/// </summary>
public static class PlanTexts
{
    public static string Kind(PlanKind kind) => kind switch
    {
        PlanKind.SocialRehabilitation => "Sociālās rehabilitācijas plāns",
        PlanKind.Service => "Pakalpojuma plāns",
        PlanKind.Support => "Atbalsta plāns",
        _ => kind.ToString(),
    };

    public static string Responsible(ResponsibleKind kind) => kind switch
    {
        ResponsibleKind.Worker => "darbinieks",
        ResponsibleKind.Client => "klients",
        ResponsibleKind.FamilyMember => "ģimenes loceklis",
        ResponsibleKind.Institution => "institūcija",
        _ => kind.ToString(),
    };

    public static string Agreement(AgreementMethod method) => method switch
    {
        AgreementMethod.Signature => "saskaņots klātienē ar parakstu",
        AgreementMethod.InWriting => "saskaņots rakstiski",
        AgreementMethod.Orally => "saskaņots mutiski",
        AgreementMethod.Refused => "klients atteicās saskaņot",
        _ => method.ToString(),
    };

    public static string Contact(ContactKind kind) => kind switch
    {
        ContactKind.HomeVisit => "Mājas vizīte",
        ContactKind.Consultation => "Konsultācija",
        ContactKind.PhoneCall => "Telefonsaruna",
        ContactKind.ConversationProtocol => "Sarunas protokols",
        ContactKind.GroupSession => "Grupas nodarbība",
        ContactKind.InstitutionMeeting => "Tikšanās ar institūciju",
        _ => kind.ToString(),
    };

    public static string Outcome(TaskOutcome outcome) => outcome switch
    {
        TaskOutcome.Done => "izpildīts",
        TaskOutcome.Partly => "daļēji izpildīts",
        TaskOutcome.NotDone => "nav izpildīts",
        _ => outcome.ToString(),
    };

    public static string Date(DateOnly day) => day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>Timeline text of a saved revision: "1. redakcija · Atbalsta plāns · pārskatīšana līdz 23.11.2027" (and the reason).</summary>
    public static string Revised(PlanRevision revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        var text = $"{revision.Number}. redakcija · {Kind(revision.Kind)} · pārskatīšana līdz {Date(revision.ReviewOn)}";
        return revision.Reason is null ? text : text + " · " + revision.Reason;
    }

    /// <summary>Timeline text of an agreement: "2. redakcija · saskaņots mutiski 24.11.2026".</summary>
    public static string Agreed(int revisionNumber, PlanAgreement agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        return $"{revisionNumber}. redakcija · {Agreement(agreement.Method)} {Date(agreement.AgreedOn)}";
    }

    /// <summary>Timeline text of a delivery record (never the note): "Mājas vizīte, 45 min · uzdevumi: 1 izpildīts, 1 daļēji izpildīts".</summary>
    public static string Recorded(ContactRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var text = $"{Contact(record.Kind)}, {record.DurationMinutes.ToString(CultureInfo.InvariantCulture)} min";
        if (record.Tasks.Count > 0)
        {
            var counts = record.Tasks.GroupBy(t => t.Outcome).OrderBy(g => g.Key).Select(g => $"{g.Count().ToString(CultureInfo.InvariantCulture)} {Outcome(g.Key)}");
            text += " · uzdevumi: " + string.Join(", ", counts);
        }

        if (record.NextStep is { } next)
        {
            text += " · nākamais solis: " + (next.Length > 200 ? next[..200] + "…" : next);
        }

        return text;
    }
}

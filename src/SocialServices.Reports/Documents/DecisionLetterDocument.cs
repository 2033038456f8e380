using System.Globalization;
using SocialServices.Reports.Layout;

namespace SocialServices.Reports.Documents;

/// <summary>
/// "Lēmums": the decision on an application for a social service (granted, refused, queued, or an earlier decision
/// revoked) as a Latvian administrative act for the applicant: letterhead, addressee, title with number, date and
/// place, the application, the decision, its reasons and legal basis, how to appeal, and the signature block.
/// </summary>
public static class DecisionLetterDocument
{
    /// <summary>The letter's title.</summary>
    public const string Title = "LĒMUMS";

    /// <summary>Subtitle of a <see cref="DecisionLetterOutcome.Granted"/> letter.</summary>
    public const string GrantedSubtitle = "par sociālā pakalpojuma piešķiršanu";

    /// <summary>Subtitle of a <see cref="DecisionLetterOutcome.Refused"/> letter.</summary>
    public const string RefusedSubtitle = "par atteikumu piešķirt sociālo pakalpojumu";

    /// <summary>Subtitle of a <see cref="DecisionLetterOutcome.Queued"/> letter.</summary>
    public const string QueuedSubtitle = "par uzņemšanu pakalpojuma saņemšanas rindā";

    /// <summary>Subtitle of a <see cref="DecisionLetterOutcome.Revoked"/> letter.</summary>
    public const string RevokedSubtitle = "par iepriekš pieņemta lēmuma atcelšanu";

    /// <summary>Heading of the section about the application.</summary>
    public const string ApplicationHeading = "Iesniegums";

    /// <summary>Heading of the section naming the requested service.</summary>
    public const string ServiceHeading = "Pieprasītais pakalpojums";

    /// <summary>Heading of the section with the decision itself.</summary>
    public const string DecisionHeading = "Lēmums";

    /// <summary>Heading of the reasons.</summary>
    public const string ReasonsHeading = "Pamatojums";

    /// <summary>Heading of the legal basis.</summary>
    public const string LegalBasisHeading = "Tiesiskais pamats";

    /// <summary>Heading of the appeal instructions (every outcome: the letter is an administrative act).</summary>
    public const string AppealHeading = "Lēmuma apstrīdēšanas kārtība";

    /// <summary>Label of the client when the client is not the applicant.</summary>
    public const string RecipientLabel = "Pakalpojuma saņēmējs";

    /// <summary>Label of the applicant.</summary>
    public const string ApplicantLabel = "Iesniedzējs";

    /// <summary>The caption under the signature line.</summary>
    public const string SignatureCaption = "(paraksts)";

    /// <summary>Start of the last line of the letter: "Dokuments sagatavots: dd.MM.yyyy HH:mm (user)".</summary>
    public const string GeneratedLabel = "Dokuments sagatavots";

    private const string SignatureRule = "______________________________";

    /// <summary>The document title for the page header and PDF metadata: "Lēmums Nr. {number}".</summary>
    public static string DocumentTitle(string decisionNumber)
    {
        ArgumentNullException.ThrowIfNull(decisionNumber);
        return "Lēmums Nr. " + decisionNumber;
    }

    /// <summary>The subtitle under "LĒMUMS" for an outcome, e.g. "par sociālā pakalpojuma piešķiršanu".</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not one of the defined outcomes.</exception>
    public static string Subtitle(DecisionLetterOutcome outcome) => outcome switch
    {
        DecisionLetterOutcome.Granted => GrantedSubtitle,
        DecisionLetterOutcome.Refused => RefusedSubtitle,
        DecisionLetterOutcome.Queued => QueuedSubtitle,
        DecisionLetterOutcome.Revoked => RevokedSubtitle,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown decision outcome."),
    };

    /// <summary>
    /// The decision sentence of the "Lēmums" section, e.g. "Piešķirt sociālo pakalpojumu „Aprūpe mājās”. Pakalpojuma saņēmējs: Jānis Bērziņš." (names stay in the nominative)
    /// or, for a queue, "Uzņemt pakalpojuma „…” saņemšanas rindā. Pakalpojuma saņēmējs: …. Kārtas numurs rindā: 7.".
    /// </summary>
    /// <exception cref="ArgumentException">A queued letter without a queue position of at least 1.</exception>
    public static string DecisionText(DecisionLetter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        return letter.Outcome switch
        {
            DecisionLetterOutcome.Granted => $"Piešķirt sociālo pakalpojumu „{letter.ServiceName}”. Pakalpojuma saņēmējs: {letter.ClientName}.",
            DecisionLetterOutcome.Refused => $"Atteikt piešķirt sociālo pakalpojumu „{letter.ServiceName}”. Pakalpojuma saņēmējs: {letter.ClientName}.",
            DecisionLetterOutcome.Queued => letter.QueuePosition is { } position and >= 1
                ? $"Uzņemt pakalpojuma „{letter.ServiceName}” saņemšanas rindā. Pakalpojuma saņēmējs: {letter.ClientName}. Kārtas numurs rindā: {position.ToString(CultureInfo.InvariantCulture)}."
                : throw new ArgumentException("A queue decision needs a queue position of at least 1.", nameof(letter)),
            DecisionLetterOutcome.Revoked => $"Atcelt iepriekš pieņemto lēmumu par pakalpojumu „{letter.ServiceName}”.",
            _ => throw new ArgumentOutOfRangeException(nameof(letter), letter.Outcome, "Unknown decision outcome."),
        };
    }

    /// <summary>
    /// How to appeal, for every outcome: to the municipality's council within a month, then to the administrative
    /// district court. The council is named in the genitive: an official name ending in "novads" or "valstspilsēta"
    /// becomes "… novada domē" / "… valstspilsētas domē"; any other name (e.g. one already in the genitive) is used as given.
    /// </summary>
    /// <param name="municipalityName">The municipality, e.g. "Jelgavas valstspilsēta".</param>
    public static string AppealText(string municipalityName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(municipalityName);
        return $"Saskaņā ar Administratīvā procesa likumu šo lēmumu var apstrīdēt {CouncilOf(municipalityName.Trim())} domē " +
            "viena mēneša laikā no tā spēkā stāšanās dienas. Domes lēmumu var pārsūdzēt Administratīvajā rajona tiesā " +
            "viena mēneša laikā no tā spēkā stāšanās dienas.";
    }

    /// <summary>Composes the PDF (A4, as many pages as the reasons need; the signature block ends the letter).</summary>
    /// <returns>The PDF file.</returns>
    /// <exception cref="ArgumentException">
    /// A required text is empty, a refusal or revocation has no reasons, or a queue decision has no queue position.
    /// </exception>
    public static byte[] Compose(DecisionLetter letter)
    {
        Validate(letter);

        var title = DocumentTitle(letter.DecisionNumber);
        var subtitle = Subtitle(letter.Outcome);
        var document = new PdfReport(new ReportInfo(
            title,
            letter.OrganisationName,
            letter.GeneratedBy,
            letter.GeneratedAt,
            Subject: "Lēmums " + subtitle));

        Letterhead(document, letter);
        document
            .Heading(Title + "\n" + subtitle, 2)
            .Paragraph($"Nr. {letter.DecisionNumber}, {Date(letter.DecidedOn)}, {letter.MunicipalityName}");

        Application(document, letter);
        document.Heading(ServiceHeading, 3).Paragraph($"{letter.ServiceName} ({letter.ServiceCode})");
        Decision(document, letter);

        if (!string.IsNullOrWhiteSpace(letter.Reasons))
        {
            document.Heading(ReasonsHeading, 3);
            Paragraphs(document, letter.Reasons);
        }

        document.Heading(LegalBasisHeading, 3);
        Paragraphs(document, letter.LegalBasis);
        document.Heading(AppealHeading, 3).Paragraph(AppealText(letter.MunicipalityName));

        Signature(document, letter);
        return document.Render();
    }

    private static void Validate(DecisionLetter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        ArgumentException.ThrowIfNullOrWhiteSpace(letter.OrganisationName);
        ArgumentException.ThrowIfNullOrWhiteSpace(letter.MunicipalityName);
        ArgumentException.ThrowIfNullOrWhiteSpace(letter.DecisionNumber);
        ArgumentException.ThrowIfNullOrWhiteSpace(letter.ApplicantName);
        ArgumentException.ThrowIfNullOrWhiteSpace(letter.ClientName);
        ArgumentException.ThrowIfNullOrWhiteSpace(letter.ApplicationNumber);
        ArgumentException.ThrowIfNullOrWhiteSpace(letter.ServiceName);
        ArgumentException.ThrowIfNullOrWhiteSpace(letter.ServiceCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(letter.LegalBasis);
        ArgumentException.ThrowIfNullOrWhiteSpace(letter.DeciderName);
        ArgumentException.ThrowIfNullOrWhiteSpace(letter.DeciderPosition);
        ArgumentException.ThrowIfNullOrWhiteSpace(letter.GeneratedBy);
        if (!Enum.IsDefined(letter.Outcome))
        {
            throw new ArgumentOutOfRangeException(nameof(letter), letter.Outcome, "Unknown decision outcome.");
        }

        if (letter.Outcome is DecisionLetterOutcome.Refused or DecisionLetterOutcome.Revoked && string.IsNullOrWhiteSpace(letter.Reasons))
        {
            throw new ArgumentException("A refusal or revocation needs reasons.", nameof(letter));
        }

        if (letter.Outcome == DecisionLetterOutcome.Queued && letter.QueuePosition is not >= 1)
        {
            throw new ArgumentException("A queue decision needs a queue position of at least 1.", nameof(letter));
        }
    }

    private static void Letterhead(PdfReport document, DecisionLetter letter)
    {
        document.Heading(letter.OrganisationName, 1);
        var details = Join(
            ", ",
            letter.OrganisationRegistrationNumber is { } number && !string.IsNullOrWhiteSpace(number) ? "Reģ. Nr. " + number.Trim() : null,
            letter.OrganisationAddress);
        if (details is not null)
        {
            document.Paragraph(details);
        }

        document.Spacing(10f).Paragraph(Join("\n", letter.ApplicantName, letter.ApplicantAddress)!);
    }

    private static void Application(PdfReport document, DecisionLetter letter)
    {
        var items = new List<(string, string?)>
        {
            ("Iesnieguma Nr.", letter.ApplicationNumber),
            ("Iesniegts", Date(letter.SubmittedOn)),
        };
        if (letter.DocumentsCompleteOn is { } complete)
        {
            items.Add(("Visi dokumenti saņemti", Date(complete)));
        }

        var client = Join(", ", letter.ClientName, string.IsNullOrWhiteSpace(letter.ClientPersonalCode) ? null : "personas kods " + letter.ClientPersonalCode.Trim());
        if (SamePerson(letter.ApplicantName, letter.ClientName))
        {
            items.Add((ApplicantLabel, client));
        }
        else
        {
            items.Add((ApplicantLabel, letter.ApplicantName));
            items.Add((RecipientLabel, client));
        }

        document.Heading(ApplicationHeading, 3).KeyValues(items);
    }

    private static void Decision(PdfReport document, DecisionLetter letter)
    {
        document.Heading(DecisionHeading, 3).Paragraph(DecisionText(letter));
        if (letter.Outcome != DecisionLetterOutcome.Granted)
        {
            return;
        }

        var details = new List<(string, string?)>();
        if (letter.ServiceStart is { } start)
        {
            details.Add(("Pakalpojuma sākums", Date(start)));
        }

        if (letter.ServicePlannedEnd is { } end)
        {
            details.Add(("Plānotās beigas", Date(end)));
        }

        if (!string.IsNullOrWhiteSpace(letter.Provider))
        {
            details.Add(("Pakalpojuma sniedzējs", letter.Provider));
        }

        if (!string.IsNullOrWhiteSpace(letter.GroupName))
        {
            details.Add(("Grupa", letter.GroupName));
        }

        if (details.Count > 0)
        {
            document.KeyValues(details);
        }
    }

    private static void Signature(PdfReport document, DecisionLetter letter)
    {
        // One block for the position, the name and a blank line, kept on one page with the two lines after it:
        // the whole signature block always stands together.
        document
            .Spacing(6f)
            .Heading(letter.DeciderPosition + "\n" + letter.DeciderName + "\n", 3)
            .Paragraph(SignatureRule + " " + SignatureCaption + "\n" +
                $"{GeneratedLabel}: {ReportFormat.Timestamp(letter.GeneratedAt)} ({letter.GeneratedBy})");
    }

    /// <summary>One paragraph block per paragraph of the text (separated by blank lines); single line breaks stay.</summary>
    private static void Paragraphs(PdfReport document, string text)
    {
        var current = new List<string>();
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n'))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                current.Add(line.TrimEnd());
                continue;
            }

            Flush();
        }

        Flush();

        void Flush()
        {
            if (current.Count > 0)
            {
                document.Paragraph(string.Join("\n", current));
                current.Clear();
            }
        }
    }

    /// <summary>"… novads" → "… novada", "… valstspilsēta" → "… valstspilsētas"; anything else as given.</summary>
    private static string CouncilOf(string municipality)
    {
        if (municipality.EndsWith("novads", StringComparison.Ordinal))
        {
            return municipality[..^1] + "a";
        }

        return municipality.EndsWith("valstspilsēta", StringComparison.Ordinal) ? municipality + "s" : municipality;
    }

    private static bool SamePerson(string applicant, string client) =>
        string.Equals(applicant.Trim(), client.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static string? Join(string separator, params string?[] parts)
    {
        var present = parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()).ToList();
        return present.Count == 0 ? null : string.Join(separator, present);
    }
}

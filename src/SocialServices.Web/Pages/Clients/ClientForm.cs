using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Npgsql;
using SocialServices.Domain.Clients;
using SocialServices.Web.Data;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Clients;

/// <summary>What the registration and edit forms of a client post (never the entity itself).</summary>
public record ClientFields
{
    public string? PersonalCode { get; init; }

    /// <summary>Ticked for a person without a Latvian personal code (foreigner, unknown).</summary>
    public bool NoPersonalCode { get; init; }

    public string FirstName { get; init; } = string.Empty;
    public string LastName { get; init; } = string.Empty;
    public DateOnly? BirthDate { get; init; }
    public Gender? Gender { get; init; }
    public int? MunicipalityId { get; init; }
    public string? Address { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public string? PreferredLanguage { get; init; }
    public DisabilityGroup? DisabilityGroup { get; init; }
    public DateOnly? DisabilityFrom { get; init; }
    public DateOnly? DisabilityTo { get; init; }
    public List<TargetGroup> TargetGroups { get; init; } = [];
    public string? Notes { get; init; }
    public DateOnly? DataProcessingInformedOn { get; init; }

    /// <summary>The user confirmed a code whose check digit is 10 written as 0 (see <see cref="PersonalCodeWarning"/>).</summary>
    public bool ConfirmCheckDigit { get; init; }

    /// <summary>The form's values as they are stored for the client.</summary>
    public static ClientFields From(Client client)
    {
        ArgumentNullException.ThrowIfNull(client);
        return new ClientFields
        {
            PersonalCode = client.PersonalCode,
            NoPersonalCode = client.PersonalCode is null,
            FirstName = client.FirstName,
            LastName = client.LastName,
            BirthDate = client.BirthDate,
            Gender = client.Gender,
            MunicipalityId = client.MunicipalityId,
            Address = client.Address,
            Phone = client.Phone,
            Email = client.Email,
            PreferredLanguage = client.PreferredLanguage,
            DisabilityGroup = client.DisabilityGroup,
            DisabilityFrom = client.DisabilityFrom,
            DisabilityTo = client.DisabilityTo,
            TargetGroups = [.. client.TargetGroups],
            Notes = client.Notes,
            DataProcessingInformedOn = client.DataProcessingInformedOn,
        };
    }

    /// <summary>The details for the domain (call only after validation: the code must parse).</summary>
    public ClientDetails ToDetails(DateOnly today)
    {
        var code = string.IsNullOrWhiteSpace(PersonalCode) || NoPersonalCode ? null : Domain.Clients.PersonalCode.Parse(PersonalCode, today).Code;
        return new ClientDetails(code, FirstName, LastName, BirthDate, Gender, MunicipalityId, Address, Phone, Email, PreferredLanguage,
            DisabilityGroup, DisabilityFrom, DisabilityTo, [.. TargetGroups], Notes);
    }
}

/// <summary>The rules of a client's fields, one place for each, shared by registration and edit.</summary>
public sealed class ClientFieldsValidator : AbstractValidator<ClientFields>
{
    public ClientFieldsValidator(IStringLocalizer<SharedResource> t, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(clock);
        var today = ClientText.Today(clock);

        RuleFor(c => c.PersonalCode).Custom((code, context) =>
        {
            var fields = context.InstanceToValidate;
            if (string.IsNullOrWhiteSpace(code))
            {
                if (!fields.NoPersonalCode)
                {
                    context.AddFailure(t["Clients.Code.RequiredOrNone"]);
                }

                return;
            }

            if (fields.NoPersonalCode)
            {
                context.AddFailure(t["Clients.Code.NoneButGiven"]);
                return;
            }

            var message = ClientText.CodeErrors(PersonalCode.Parse(code, today), t);
            if (message is not null)
            {
                context.AddFailure(message);
            }
        });

        RuleFor(c => c.FirstName).PersonName(t, t["Clients.FirstNameRequired"]);
        RuleFor(c => c.LastName).PersonName(t, t["Clients.LastNameRequired"]);
        RuleFor(c => c.BirthDate).NotNull().When(c => !ClientText.HasOldFormatCode(c, today)).WithMessage(t["Clients.BirthDateRequired"]);
        RuleFor(c => c.BirthDate).PastDate(t, today);
        RuleFor(c => c.Gender).NotNull().WithMessage(t["Clients.GenderRequired"]).IsInEnum().WithMessage(t["Clients.InvalidValue"]);
        RuleFor(c => c.Address).SingleLine(t, 300);
        RuleFor(c => c.Phone).MaximumLength(40).WithMessage(t["Validation.MaxLength", 40])
            .Matches(@"^[0-9+()\- ]*$").WithMessage(t["Clients.PhoneInvalid"]);
        RuleFor(c => c.Email).MaximumLength(256).WithMessage(t["Validation.MaxLength", 256])
            .EmailAddress().WithMessage(t["Clients.EmailInvalid"]).SingleLine(t, 256);
        RuleFor(c => c.PreferredLanguage).Must(l => string.IsNullOrEmpty(l) || ClientText.Languages.Contains(l)).WithMessage(t["Clients.InvalidValue"]);
        RuleFor(c => c.DisabilityGroup).IsInEnum().WithMessage(t["Clients.InvalidValue"]);
        RuleFor(c => c.DisabilityTo).GreaterThanOrEqualTo(c => c.DisabilityFrom).When(c => c.DisabilityFrom is not null && c.DisabilityTo is not null)
            .WithMessage(t["Clients.DisabilityToBeforeFrom"]);
        RuleFor(c => c.DisabilityFrom).Null().When(c => c.DisabilityGroup is null).WithMessage(t["Clients.DisabilityGroupRequired"]);
        RuleFor(c => c.DisabilityTo).Null().When(c => c.DisabilityGroup is null).WithMessage(t["Clients.DisabilityGroupRequired"]);
        RuleFor(c => c.TargetGroups).Must(groups => groups.All(Enum.IsDefined)).WithMessage(t["Clients.InvalidValue"]);
        RuleFor(c => c.Notes).MultiLine(t, 4000);
        RuleFor(c => c.DataProcessingInformedOn).PastDate(t, today);
    }
}

/// <summary>Validation rules for the text a person types about a client.</summary>
public static class ClientRules
{
    public const int NameMaxLength = 100;

    /// <summary>A first or last name: required, at most 100 characters, one line, no control or direction-override characters.</summary>
    public static IRuleBuilderOptions<T, string> PersonName<T>(this IRuleBuilder<T, string> rule, IStringLocalizer t, string requiredMessage)
    {
        ArgumentNullException.ThrowIfNull(t);
        return rule.NotEmpty().WithMessage(requiredMessage)
            .MaximumLength(NameMaxLength).WithMessage(t["Validation.MaxLength", NameMaxLength])
            .Must(v => !ClientText.HasForbiddenCharacters(v, allowLineBreaks: false)).WithMessage(t["Clients.ControlCharacters"]);
    }

    /// <summary>An optional one-line text.</summary>
    public static IRuleBuilderOptions<T, string?> SingleLine<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer t, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(t);
        return rule.MaximumLength(maxLength).WithMessage(t["Validation.MaxLength", maxLength])
            .Must(v => !ClientText.HasForbiddenCharacters(v, allowLineBreaks: false)).WithMessage(t["Clients.ControlCharacters"]);
    }

    /// <summary>An optional text of several lines (line breaks and tabs allowed).</summary>
    public static IRuleBuilderOptions<T, string?> MultiLine<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer t, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(t);
        return rule.MaximumLength(maxLength).WithMessage(t["Clients.TooLong", maxLength])
            .Must(v => !ClientText.HasForbiddenCharacters(v, allowLineBreaks: true)).WithMessage(t["Clients.ControlCharacters"]);
    }

    /// <summary>A date that is not in the future and not before 1880 (no living person was born earlier).</summary>
    public static IRuleBuilderOptions<T, DateOnly?> PastDate<T>(this IRuleBuilder<T, DateOnly?> rule, IStringLocalizer t, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(t);
        return rule.Must(d => d is null || (d <= today && d >= new DateOnly(1880, 1, 1))).WithMessage(t["Clients.DateOutOfRange"]);
    }
}

/// <summary>Text helpers of the client pages: masking, display keys, personal-code messages.</summary>
public static class ClientText
{
    /// <summary>The preferred languages offered (ISO 639-1, and "other").</summary>
    public static IReadOnlyList<string> Languages { get; } = ["lv", "ru", "en", "other"];

    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
    }

    /// <summary>The code with its last five digits hidden, e.g. <c>161175-*****</c>.</summary>
    public static string Mask(string? code) => code is { Length: > 7 } ? string.Concat(code.AsSpan(0, 7), "*****") : string.Empty;

    public static string Date(DateOnly? date) => date?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Date(DateTimeOffset? at) => at?.ToLatvian().ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? string.Empty;

    public static bool HasOldFormatCode(ClientFields fields, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return !fields.NoPersonalCode && !string.IsNullOrWhiteSpace(fields.PersonalCode)
            && PersonalCode.Parse(fields.PersonalCode, today).Code?.Format == PersonalCodeFormat.Old;
    }

    /// <summary>One message for every mistake in a code, or null when it is valid.</summary>
    public static string? CodeErrors(PersonalCodeResult result, IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(t);
        return result.IsValid ? null : string.Join(" ", result.Errors.Select(e => t["Clients.Code.Error." + e].Value));
    }

    /// <summary>Control characters (and Unicode direction overrides, which disguise text) have no place in a name.</summary>
    public static bool HasForbiddenCharacters(string? text, bool allowLineBreaks) =>
        text is not null && text.Any(c =>
            (char.IsControl(c) && !(allowLineBreaks && c is '\r' or '\n' or '\t'))
            || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069');

    /// <summary>Model binding's own messages are English ("The value 'x' is not valid"): replace them with one localised message.</summary>
    public static void LocaliseBindingErrors(ModelStateDictionary modelState, IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(t);
        foreach (var entry in modelState.Values.Where(e => e.Errors.Count > 0))
        {
            entry.Errors.Clear();
            entry.Errors.Add(t["Clients.InvalidValue"]);
        }
    }

    /// <summary>A municipality id that is not in the list (a crafted post) is an invalid value, not a database error.</summary>
    public static void CheckMunicipality(ClientFields input, IReadOnlyList<MunicipalityOption> municipalities, ModelStateDictionary modelState, IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(municipalities);
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(t);
        if (input.MunicipalityId is { } id && municipalities.All(m => m.Id != id))
        {
            modelState.AddModelError("Input.MunicipalityId", t["Clients.InvalidValue"]);
        }
    }

    public static bool IsUniqueViolation(DbUpdateException exception) =>
        exception?.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    /// <summary>The values of a client that an edit compares, by field name (for the audit log: names, never values).</summary>
    public static IReadOnlyDictionary<string, string?> Values(Client client)
    {
        ArgumentNullException.ThrowIfNull(client);
        return new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [nameof(Client.PersonalCode)] = client.PersonalCode,
            [nameof(Client.FirstName)] = client.FirstName,
            [nameof(Client.LastName)] = client.LastName,
            [nameof(Client.BirthDate)] = Date(client.BirthDate),
            [nameof(Client.Gender)] = client.Gender?.ToString(),
            [nameof(Client.MunicipalityId)] = client.MunicipalityId?.ToString(CultureInfo.InvariantCulture),
            [nameof(Client.Address)] = client.Address,
            [nameof(Client.Phone)] = client.Phone,
            [nameof(Client.Email)] = client.Email,
            [nameof(Client.PreferredLanguage)] = client.PreferredLanguage,
            [nameof(Client.DisabilityGroup)] = client.DisabilityGroup?.ToString(),
            [nameof(Client.DisabilityFrom)] = Date(client.DisabilityFrom),
            [nameof(Client.DisabilityTo)] = Date(client.DisabilityTo),
            [nameof(Client.TargetGroups)] = string.Join(",", client.TargetGroups),
            [nameof(Client.Notes)] = client.Notes,
            [nameof(Client.DataProcessingInformedOn)] = Date(client.DataProcessingInformedOn),
        };
    }

    /// <summary>The form's fields as a person reads them (label key, value), for the conflict box.</summary>
    public static IReadOnlyList<(string Label, string Value)> Display(ClientFields f, IStringLocalizer t, IReadOnlyList<MunicipalityOption> municipalities)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(municipalities);
        return
        [
            (t["Clients.PersonalCode"], f.NoPersonalCode ? t["Clients.NoPersonalCode"] : f.PersonalCode ?? string.Empty),
            (t["Clients.FirstName"], f.FirstName),
            (t["Clients.LastName"], f.LastName),
            (t["Clients.BirthDate"], Date(f.BirthDate)),
            (t["Clients.Gender"], f.Gender is { } g ? t["Gender." + g] : string.Empty),
            (t["Clients.Municipality"], municipalities.FirstOrDefault(m => m.Id == f.MunicipalityId)?.Name ?? string.Empty),
            (t["Clients.Address"], f.Address ?? string.Empty),
            (t["Clients.Phone"], f.Phone ?? string.Empty),
            (t["Clients.Email"], f.Email ?? string.Empty),
            (t["Clients.PreferredLanguage"], string.IsNullOrEmpty(f.PreferredLanguage) ? string.Empty : t["Clients.Language." + f.PreferredLanguage]),
            (t["Clients.DisabilityGroup"], f.DisabilityGroup is { } d ? t["DisabilityGroup." + d] + " " + Date(f.DisabilityFrom) + "–" + Date(f.DisabilityTo) : t["Clients.DisabilityNone"]),
            (t["Clients.TargetGroups"], string.Join(", ", f.TargetGroups.Distinct().Order().Select(g => t["TargetGroup." + g].Value))),
            (t["Clients.Notes"], f.Notes ?? string.Empty),
            (t["Clients.InformedOn"], Date(f.DataProcessingInformedOn)),
        ];
    }
}

public sealed record MunicipalityOption(int Id, string Name);

/// <summary>What the form learned about a posted personal code beyond its validity.</summary>
/// <param name="Code">The valid code, or null (none given, or invalid: the validator reports why).</param>
/// <param name="NewFormat">A new-format code: birth date and gender are entered by hand.</param>
/// <param name="CheckDigitWarning">The check digit is 10 written as 0: shown, and confirmed by a tick.</param>
/// <param name="BirthDateFromCode">Set when the typed birth date differs from the code's: the code wins.</param>
public sealed record CodeCheck(PersonalCode? Code, bool NewFormat, bool CheckDigitWarning, DateOnly? BirthDateFromCode)
{
    /// <summary>
    /// Reads the posted code and adds to the model state what needs the user's attention: the check-digit
    /// confirmation (when <paramref name="confirmationNeeded"/>) and a birth date that differs from the code's.
    /// </summary>
    public static CodeCheck Run(ClientFields input, DateOnly today, bool confirmationNeeded, ModelStateDictionary modelState, IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(t);
        if (input.NoPersonalCode || string.IsNullOrWhiteSpace(input.PersonalCode))
        {
            return new CodeCheck(null, false, false, null);
        }

        var parsed = Domain.Clients.PersonalCode.Parse(input.PersonalCode, today);
        if (parsed.Code is not { } code)
        {
            return new CodeCheck(null, false, false, null);
        }

        var warning = parsed.Warnings.Contains(PersonalCodeWarning.CheckDigitTenReadAsZero);
        if (warning && confirmationNeeded && !input.ConfirmCheckDigit)
        {
            modelState.AddModelError("Input.ConfirmCheckDigit", t["Clients.Code.ConfirmCheckDigitRequired"]);
        }

        DateOnly? corrected = null;
        if (code.BirthDate is { } fromCode && input.BirthDate is { } typed && typed != fromCode)
        {
            // The code wins; the form shows the code's date and says so, and the next save stores it.
            modelState.Remove("Input.BirthDate");
            modelState.AddModelError("Input.BirthDate", t["Clients.BirthDateFromCode", ClientText.Date(typed), ClientText.Date(fromCode)]);
            corrected = fromCode;
        }

        return new CodeCheck(code, code.Format == PersonalCodeFormat.New, warning, corrected);
    }
}

/// <summary>A client already registered with the same code, and whether the user may open them.</summary>
public sealed record DuplicateClient(int Id, bool InScope);

/// <summary>A registered client who may be the same person as one being registered without a code.</summary>
public sealed record PossibleMatch(int Id, bool InScope, string? Name, DateOnly? BirthDate);

/// <summary>What the registration and edit pages share with the <c>_ClientFields</c> partial.</summary>
public interface IClientForm
{
    /// <summary>The posted (or stored) values; named Input so that field names are <c>Input.FirstName</c>.</summary>
    ClientFields Input { get; }
    IReadOnlyList<MunicipalityOption> Municipalities { get; }

    /// <summary>The posted code is in the new format: birth date and gender are entered by hand.</summary>
    bool NewFormatCode { get; }

    /// <summary>The posted code's check digit is 10 written as 0: shown, and confirmed by a tick.</summary>
    bool CheckDigitWarning { get; }

    DuplicateClient? Duplicate { get; }
}

/// <summary>The queries the registration and edit pages share.</summary>
public static class ClientQueries
{
    public static async Task<IReadOnlyList<MunicipalityOption>> MunicipalitiesAsync(AppDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var list = await db.Municipalities.AsNoTracking().Select(m => new MunicipalityOption(m.Id, m.Name)).ToListAsync(ct);
        return [.. list.OrderBy(m => m.Name, Infrastructure.Cultures.LatvianComparer)];
    }

    /// <summary>Another client with this normalised code (any organisation, archived too: the code is unique).</summary>
    public static async Task<DuplicateClient?> DuplicateAsync(AppDbContext db, IQueryable<Client> scope, string code, int? exceptId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var id = await db.Clients.AsNoTracking().Where(c => c.PersonalCode == code && c.Id != (exceptId ?? 0)).Select(c => (int?)c.Id).FirstOrDefaultAsync(ct);
        if (id is null)
        {
            return null;
        }

        return new DuplicateClient(id.Value, await scope.AnyAsync(c => c.Id == id, ct));
    }
}

using System.Diagnostics.CodeAnalysis;

namespace SocialServices.Domain.Clients;

/// <summary>The outcome of <see cref="PersonalCode.Parse"/>: a code, or the reasons there is none.</summary>
public sealed class PersonalCodeResult
{
    private PersonalCodeResult(PersonalCode? code, IReadOnlyList<PersonalCodeError> errors, IReadOnlyList<PersonalCodeWarning> warnings)
    {
        Code = code;
        Errors = errors;
        Warnings = warnings;
    }

    /// <summary>The parsed code; <see langword="null"/> when <see cref="Errors"/> is not empty.</summary>
    public PersonalCode? Code { get; }

    [MemberNotNullWhen(true, nameof(Code))]
    public bool IsValid => Code is not null;

    /// <summary>Every mistake found, in a stable order; empty when the code is valid.</summary>
    public IReadOnlyList<PersonalCodeError> Errors { get; }

    /// <summary>Oddities of an accepted code, to show the user without refusing the code.</summary>
    public IReadOnlyList<PersonalCodeWarning> Warnings { get; }

    internal static PersonalCodeResult Success(PersonalCode code, IReadOnlyList<PersonalCodeWarning> warnings) =>
        new(code, [], warnings);

    internal static PersonalCodeResult Failure(IReadOnlyList<PersonalCodeError> errors, IReadOnlyList<PersonalCodeWarning> warnings) =>
        new(null, errors, warnings);
}

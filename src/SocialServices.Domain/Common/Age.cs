namespace SocialServices.Domain.Common;

/// <summary>A person's age in completed years (the one rule the whole product uses).</summary>
public static class Age
{
    /// <summary>Completed years from <paramref name="birthDate"/> to <paramref name="onDate"/>; the birthday itself counts
    /// (someone born on 29 February turns a year older on 28 February in a common year).</summary>
    public static int On(DateOnly birthDate, DateOnly onDate)
    {
        var years = onDate.Year - birthDate.Year;
        return onDate < birthDate.AddYears(years) ? years - 1 : years;
    }

    /// <summary>As <see cref="On(DateOnly, DateOnly)"/>, or null when the birth date is unknown.</summary>
    public static int? On(DateOnly? birthDate, DateOnly onDate) => birthDate is { } birth ? On(birth, onDate) : null;
}

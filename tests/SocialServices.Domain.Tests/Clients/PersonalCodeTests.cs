using SocialServices.Domain.Clients;

namespace SocialServices.Domain.Tests.Clients;

// Check digits in these fixtures were computed by hand from (1101 - Σ wᵢ·dᵢ) mod 11,
// weights 1, 6, 3, 7, 9, 10, 5, 8, 4, 2; they are not produced by the code under test.
public sealed class PersonalCodeTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    private static PersonalCode Valid(string input)
    {
        var result = PersonalCode.Parse(input, Today);
        Assert.True(result.IsValid, $"{input}: {string.Join(", ", result.Errors)}");
        return result.Code;
    }

    private static void AssertErrors(string? input, params PersonalCodeError[] expected)
    {
        var result = PersonalCode.Parse(input, Today);
        Assert.False(result.IsValid);
        Assert.Null(result.Code);
        Assert.Equal(expected, result.Errors);
    }

    // ---- old format: valid codes

    [Theory]
    [InlineData("161175-19997", "161175-19997", 1975, 11, 16)]
    [InlineData("16117519997", "161175-19997", 1975, 11, 16)]
    [InlineData("  161175-19997 ", "161175-19997", 1975, 11, 16)]
    [InlineData("120399-12348", "120399-12348", 1999, 3, 12)]
    [InlineData("310175-12347", "310175-12347", 1975, 1, 31)]
    [InlineData("300690-15559", "300690-15559", 1990, 6, 30)]
    public void Valid_old_code_is_normalised_and_yields_the_birth_date(string input, string normalised, int year, int month, int day)
    {
        var result = PersonalCode.Parse(input, Today);

        Assert.True(result.IsValid);
        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        Assert.Equal(normalised, result.Code.Value);
        Assert.Equal(PersonalCodeFormat.Old, result.Code.Format);
        Assert.Equal(new DateOnly(year, month, day), result.Code.BirthDate);
    }

    [Theory]
    [InlineData("010185-01239", 1885)]
    [InlineData("161175-19997", 1975)]
    [InlineData("150305-23454", 2005)]
    public void Century_digit_0_1_2_selects_1800s_1900s_2000s(string input, int expectedYear)
    {
        Assert.Equal(expectedYear, Valid(input).BirthDate!.Value.Year);
    }

    [Theory]
    [InlineData("161175-39998")]
    [InlineData("161175-99990")]
    public void Century_digit_other_than_0_1_2_is_refused(string input)
    {
        AssertErrors(input, PersonalCodeError.InvalidCentury);
    }

    // ---- 29 February

    [Theory]
    [InlineData("290224-23338", 2024)] // leap year
    [InlineData("290200-24448", 2000)] // divisible by 400: leap
    [InlineData("290296-10013", 1996)]
    public void Twenty_ninth_of_February_in_a_leap_year_is_a_real_date(string input, int year)
    {
        Assert.Equal(new DateOnly(year, 2, 29), Valid(input).BirthDate);
    }

    [Theory]
    [InlineData("290200-11110")] // 1900: divisible by 100, not by 400
    [InlineData("290200-05554")] // 1800: likewise
    [InlineData("290297-13338")] // 1997
    public void Twenty_ninth_of_February_in_a_common_year_is_an_invalid_date(string input)
    {
        AssertErrors(input, PersonalCodeError.InvalidDate);
    }

    [Fact]
    public void Same_day_and_month_depend_on_the_century_for_leap_years()
    {
        // 290200: valid with century 2 (2000), invalid with century 1 (1900).
        Assert.True(PersonalCode.Parse("290200-24448", Today).IsValid);
        Assert.False(PersonalCode.Parse("290200-11110", Today).IsValid);
    }

    // ---- other date errors

    [Theory]
    [InlineData("001175-19990")] // day 00
    [InlineData("161375-19994")] // month 13
    [InlineData("160075-19996")] // month 00
    public void Day_or_month_out_of_range_is_an_invalid_date(string input)
    {
        AssertErrors(input, PersonalCodeError.InvalidDate);
    }

    [Fact]
    public void Birth_date_after_today_is_refused()
    {
        AssertErrors("110326-20102", PersonalCodeError.FutureDate); // 11 March 2026, today is 10 March
        AssertErrors("010130-20006", PersonalCodeError.FutureDate); // 2030
    }

    [Fact]
    public void Born_today_is_accepted()
    {
        Assert.Equal(Today, Valid("100326-20108").BirthDate);
    }

    [Fact]
    public void Future_date_depends_on_the_today_given()
    {
        Assert.False(PersonalCode.Parse("010130-20006", Today).IsValid);
        Assert.True(PersonalCode.Parse("010130-20006", new DateOnly(2030, 1, 1)).IsValid);
    }

    // ---- check digit

    [Theory]
    [InlineData("161175-19998")]
    [InlineData("161175-19990")]
    [InlineData("161175-29997")] // valid code with the century digit changed
    [InlineData("161175-10011")] // formula gives 10; only 0 is accepted for it
    public void Wrong_check_digit_is_refused(string input)
    {
        var result = PersonalCode.Parse(input, Today);

        Assert.False(result.IsValid);
        Assert.Contains(PersonalCodeError.CheckDigitMismatch, result.Errors);
    }

    [Fact]
    public void Transposed_digits_are_caught_by_the_check_digit()
    {
        AssertErrors("161175-91997", PersonalCodeError.InvalidCentury, PersonalCodeError.CheckDigitMismatch);
        AssertErrors("161157-19997", PersonalCodeError.CheckDigitMismatch);
    }

    [Theory]
    [InlineData("161175-10010", 1975, 11, 16)] // Σ = 167, (1101 - 167) mod 11 = 934 mod 11 = 10
    [InlineData("290296-12220", 1996, 2, 29)]
    [InlineData("010100-00000", 1800, 1, 1)]
    public void Check_digit_ten_written_as_zero_is_accepted_with_a_warning(string input, int year, int month, int day)
    {
        var result = PersonalCode.Parse(input, Today);

        Assert.True(result.IsValid);
        Assert.Empty(result.Errors);
        Assert.Equal([PersonalCodeWarning.CheckDigitTenReadAsZero], result.Warnings);
        Assert.Equal(new DateOnly(year, month, day), result.Code.BirthDate);
    }

    [Fact]
    public void Ordinary_check_digit_zero_gives_no_warning()
    {
        // (1101 - Σ) mod 11 is 0 here, not 10.
        var result = PersonalCode.Parse("311299-12345", Today);
        Assert.True(result.IsValid);
        Assert.Empty(result.Warnings);
    }

    // ---- structural errors

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Nothing_entered_is_empty(string? input)
    {
        AssertErrors(input, PersonalCodeError.Empty);
    }

    [Theory]
    [InlineData("161175-1999")]
    [InlineData("1611751999")]
    [InlineData("161175-199977")]
    [InlineData("161175199977")]
    [InlineData("1")]
    [InlineData("161175-")]
    public void Not_eleven_digits_is_wrong_length(string input)
    {
        AssertErrors(input, PersonalCodeError.WrongLength);
    }

    [Theory]
    [InlineData("16117A-19997")]
    [InlineData("161175 19997")]
    [InlineData("161175/19997")]
    [InlineData("161175–19997")] // en dash
    [InlineData("١٦١١٧٥-١٩٩٩٧")] // Arabic-Indic digits are digits, but not ASCII
    public void Characters_other_than_digits_and_hyphen_are_refused(string input)
    {
        AssertErrors(input, PersonalCodeError.NotDigits);
    }

    [Theory]
    [InlineData("16117-519997")]
    [InlineData("1611751-9997")]
    [InlineData("161175--19997")]
    [InlineData("-16117519997")]
    [InlineData("16117519997-")]
    public void Hyphen_anywhere_but_after_the_sixth_digit_is_refused(string input)
    {
        var result = PersonalCode.Parse(input, Today);

        Assert.False(result.IsValid);
        Assert.Contains(PersonalCodeError.BadHyphen, result.Errors);
    }

    [Fact]
    public void Misplaced_hyphen_alone_is_the_only_error_when_there_are_eleven_digits()
    {
        AssertErrors("16117-519997", PersonalCodeError.BadHyphen);
    }

    [Fact]
    public void Several_structural_errors_are_all_reported()
    {
        AssertErrors("16-11-75", PersonalCodeError.BadHyphen, PersonalCodeError.WrongLength);
        AssertErrors("16-11A", PersonalCodeError.NotDigits, PersonalCodeError.BadHyphen);
    }

    [Fact]
    public void Length_is_not_reported_while_there_are_foreign_characters()
    {
        AssertErrors("12a", PersonalCodeError.NotDigits);
        AssertErrors("12", PersonalCodeError.WrongLength);
    }

    // ---- new format

    [Theory]
    [InlineData("321234-56789", "321234-56789")]
    [InlineData("32123456789", "321234-56789")]
    [InlineData("390000-00000", "390000-00000")]
    [InlineData("350101-99999", "350101-99999")]
    public void Valid_new_code_is_normalised_and_has_no_birth_date(string input, string normalised)
    {
        var result = PersonalCode.Parse(input, Today);

        Assert.True(result.IsValid);
        Assert.Empty(result.Warnings);
        Assert.Equal(normalised, result.Code.Value);
        Assert.Equal(PersonalCodeFormat.New, result.Code.Format);
        Assert.Null(result.Code.BirthDate);
    }

    [Theory]
    [InlineData("32123456780")]
    [InlineData("32123456781")]
    [InlineData("32123456782")]
    public void New_code_has_no_check_digit_rule(string input)
    {
        Assert.True(PersonalCode.Parse(input, Today).IsValid);
    }

    [Theory]
    [InlineData("300012-12345")] // 30th day of month 00
    [InlineData("310475-12348")] // 31 April
    [InlineData("310275-12340")] // 31 February
    [InlineData("311375-12341")] // month 13
    public void Code_starting_30_or_31_that_is_no_real_date_is_neither_format(string input)
    {
        AssertErrors(input, PersonalCodeError.InvalidDate, PersonalCodeError.InvalidNewFormatPrefix);
    }

    [Theory]
    [InlineData("321234-5678")]
    [InlineData("321234-567890")]
    [InlineData("3212345678")]
    public void New_code_of_wrong_length_is_refused(string input)
    {
        AssertErrors(input, PersonalCodeError.WrongLength);
    }

    [Theory]
    [InlineData("32123-456789")]
    [InlineData("3212345-6789")]
    public void New_code_with_misplaced_hyphen_is_refused(string input)
    {
        AssertErrors(input, PersonalCodeError.BadHyphen);
    }

    [Fact]
    public void New_code_ignores_the_today_date()
    {
        // New codes encode no date, so nothing in them can be "in the future".
        Assert.True(PersonalCode.Parse("329999-99999", new DateOnly(1990, 1, 1)).IsValid);
    }

    // ---- equality, normalisation, text

    [Fact]
    public void Codes_with_and_without_hyphen_are_equal()
    {
        var withHyphen = Valid("161175-19997");
        var without = Valid("16117519997");

        Assert.Equal(withHyphen, without);
        Assert.True(withHyphen == without);
        Assert.False(withHyphen != without);
        Assert.True(withHyphen.Equals((object)without));
        Assert.Equal(withHyphen.GetHashCode(), without.GetHashCode());
        Assert.Single(new HashSet<PersonalCode> { withHyphen, without });
    }

    [Fact]
    public void Different_codes_are_not_equal()
    {
        var a = Valid("161175-19997");
        var b = Valid("120399-12348");

        Assert.NotEqual(a, b);
        Assert.True(a != b);
        Assert.False(a.Equals(null));
        Assert.False(a == null);
        Assert.False(a.Equals("161175-19997"));
    }

    [Fact]
    public void Equality_does_not_depend_on_the_today_used_to_parse()
    {
        Assert.Equal(Valid("161175-19997"), PersonalCode.Parse("16117519997", new DateOnly(2100, 1, 1)).Code);
    }

    [Theory]
    [InlineData("16117519997", "161175-19997")]
    [InlineData("32123456789", "321234-56789")]
    public void ToString_is_the_normalised_value(string input, string expected)
    {
        Assert.Equal(expected, Valid(input).ToString());
    }

    [Theory]
    [InlineData("161175-19997", "161175-*****")]
    [InlineData("16117519997", "161175-*****")]
    [InlineData("321234-56789", "321234-*****")]
    public void Masked_form_hides_the_last_five_digits(string input, string expected)
    {
        var code = Valid(input);

        Assert.Equal(expected, code.Masked);
        Assert.DoesNotContain("19997", code.Masked, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalised_value_parses_back_to_the_same_code()
    {
        var code = Valid("16117519997");
        Assert.Equal(code, Valid(code.Value));
    }
}

namespace SocialServices.Domain.Common;

/// <summary>
/// Working days in Latvia: Monday to Friday except the public holidays of the law "Par svētku, atceres un
/// atzīmējamām dienām" §1 (New Year, Good Friday, Easter Monday, 1 and 4 May, Midsummer 23-24 June,
/// 18 November, Christmas Eve to Second Christmas Day, 31 December). When 4 May or 18 November falls on a
/// weekend, the next Monday is a holiday. Easter Sunday and Whit Sunday are Sundays anyway.
/// </summary>
public static class LatvianCalendar
{
    public static bool IsPublicHoliday(DateOnly day)
    {
        var (m, d) = (day.Month, day.Day);
        if ((m, d) is (1, 1) or (5, 1) or (5, 4) or (6, 23) or (6, 24) or (11, 18) or (12, 24) or (12, 25) or (12, 26) or (12, 31))
        {
            return true;
        }

        if (day.DayOfWeek == DayOfWeek.Monday && (IsMovedToMonday(day, 5, 4) || IsMovedToMonday(day, 11, 18)))
        {
            return true;
        }

        var easter = EasterSunday(day.Year);
        return day == easter.AddDays(-2) || day == easter.AddDays(1);
    }

    public static bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsPublicHoliday(day);

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; negative when <paramref name="to"/> is earlier.</summary>
    public static int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }

        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Gregorian Easter Sunday (anonymous Gregorian algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static bool IsMovedToMonday(DateOnly monday, int month, int dayOfMonth)
    {
        var holiday = new DateOnly(monday.Year, month, dayOfMonth);
        return holiday.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday && monday == holiday.AddDays(holiday.DayOfWeek == DayOfWeek.Saturday ? 2 : 1);
    }
}

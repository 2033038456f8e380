using System.Globalization;
using SocialServices.Domain.Clients;

namespace SocialServices.Benchmarks;

/// <summary>Latvian first names and surnames (with their masculine and feminine forms), streets and towns.</summary>
internal static class Names
{
    public static readonly string[] Male =
    [
        "Jānis", "Andris", "Mārtiņš", "Pēteris", "Edgars", "Kārlis", "Raivis", "Guntis", "Aivars", "Normunds", "Valdis",
        "Roberts", "Markuss", "Gustavs", "Ričards", "Dāvis", "Artūrs", "Oskars", "Krišjānis", "Uldis", "Ģirts", "Māris",
        "Aleksandrs", "Sergejs", "Dmitrijs", "Gatis", "Kristaps", "Ēriks", "Jēkabs", "Toms", "Emīls", "Niks", "Rūdolfs",
        "Ojārs", "Zigmārs", "Imants", "Vilnis", "Intars", "Agris", "Edvīns",
    ];

    public static readonly string[] Female =
    [
        "Inese", "Līga", "Dace", "Ilze", "Kristīne", "Sandra", "Zane", "Olga", "Ieva", "Baiba", "Emīlija", "Sofija", "Alise",
        "Elza", "Anna", "Paula", "Marta", "Laura", "Agnese", "Anita", "Gunta", "Daina", "Ināra", "Māra", "Sarmīte", "Vija",
        "Jeļena", "Tatjana", "Santa", "Evija", "Rūta", "Lāsma", "Ērika", "Madara", "Katrīna", "Beāte", "Kate", "Annija",
        "Liene", "Dzintra",
    ];

    /// <summary>(masculine, feminine) forms.</summary>
    public static readonly (string Male, string Female)[] Surnames =
    [
        ("Bērziņš", "Bērziņa"), ("Kalniņš", "Kalniņa"), ("Ozols", "Ozola"), ("Jansons", "Jansone"), ("Ozoliņš", "Ozoliņa"),
        ("Liepiņš", "Liepiņa"), ("Krūmiņš", "Krūmiņa"), ("Balodis", "Balode"), ("Eglītis", "Eglīte"), ("Zariņš", "Zariņa"),
        ("Pētersons", "Pētersone"), ("Vītols", "Vītola"), ("Kļaviņš", "Kļaviņa"), ("Kārkliņš", "Kārkliņa"), ("Vanags", "Vanaga"),
        ("Lācis", "Lāce"), ("Zeltiņš", "Zeltiņa"), ("Strazds", "Strazda"), ("Šmits", "Šmite"), ("Ābele", "Ābele"),
        ("Liepa", "Liepa"), ("Ivanovs", "Ivanova"), ("Petrovs", "Petrova"), ("Grīnbergs", "Grīnberga"), ("Ūdris", "Ūdre"),
        ("Ziediņš", "Ziediņa"), ("Rozenbergs", "Rozenberga"), ("Circenis", "Circene"), ("Dzenis", "Dzene"), ("Šulcs", "Šulca"),
        ("Mežulis", "Mežule"), ("Gailītis", "Gailīte"), ("Jēkabsons", "Jēkabsone"), ("Ķēniņš", "Ķēniņa"), ("Čakste", "Čakste"),
        ("Žagars", "Žagare"), ("Skujiņš", "Skujiņa"), ("Purviņš", "Purviņa"), ("Siliņš", "Siliņa"), ("Bērziņš-Liepa", "Bērziņa-Liepa"),
    ];

    public static readonly string[] Streets =
    [
        "Lielā iela", "Katoļu iela", "Zemgales prospekts", "Pasta iela", "Dobeles šoseja", "Rīgas iela", "Loka maģistrāle",
        "Satiksmes iela", "Māteru iela", "Akadēmijas iela", "Lapskalna iela", "Sniegu iela", "Ganību iela", "Uzvaras iela",
    ];

    public static string Surname(int index, Gender gender) => gender == Gender.Male ? Surnames[index].Male : Surnames[index].Female;

    /// <summary>A valid old-format personal code for the birth date; <paramref name="serial"/> makes it unique per day.</summary>
    public static PersonalCode Code(DateOnly birth, ref int serial)
    {
        var century = birth.Year / 100 - 18;
        while (true)
        {
            var digits = string.Create(CultureInfo.InvariantCulture, $"{birth:ddMMyy}{century}{serial % 1000:000}");
            serial++;
            var check = PersonalCode.ComputeCheckDigit(digits);
            if (check == 10)
            {
                continue;
            }

            return PersonalCode.Parse(digits + check.ToString(CultureInfo.InvariantCulture), DateOnly.MaxValue).Code
                   ?? throw new InvalidOperationException("Invalid personal code " + digits);
        }
    }
}

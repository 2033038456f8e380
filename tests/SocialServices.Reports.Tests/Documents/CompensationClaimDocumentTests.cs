using System.Globalization;
using SocialServices.Reports.Documents;

namespace SocialServices.Reports.Tests.Documents;

public sealed class CompensationClaimDocumentTests
{
    [Fact]
    public void The_claims_total_equals_the_sum_of_its_rows_read_back_from_the_pdf()
    {
        CompensationClaimLine[] lines =
        [
            new("010180-10018", "AM Aprūpe mājās", "stunda", 5m, "11,40", 64.50m, 57.00m),
            new("161175-19997", "DAC Dienas aprūpes centrs", "diena", 4m, "28,50; 30,20", null, 117.40m),
            new("250390-11118", "GD Grupu dzīvokļi", "mēnesis", 1m, "640,00", null, 640.00m),
        ];
        var pdf = CompensationClaimDocument.Compose(new CompensationClaimReport("Biedrība „Atbalsts ģimenei”", "Reģ. Nr. 40008000001", "Ilze Bērziņa",
            new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero), "Jelgavas valstspilsēta", "0090000", 2026, 10, 2, "iesniegts", "Labotas vienības", "Ilze Bērziņa",
            new DateTimeOffset(2026, 11, 3, 9, 0, 0, TimeSpan.Zero), lines));
        using var reader = new PdfReader(pdf);

        var words = reader.Words().Select(w => w.Word.Text).ToList();
        var lv = CultureInfo.GetCultureInfo("lv-LV");
        var amounts = lines.Select(l => CompensationClaimDocument.Money(l.Amount)).ToList();
        Assert.All(amounts, a => Assert.Contains(a, words));
        var total = CompensationClaimDocument.Money(lines.Sum(l => l.Amount));
        Assert.Equal("814,40", total);
        Assert.Equal(amounts.Sum(a => decimal.Parse(a, lv)), decimal.Parse(total, lv));
        Assert.True(words.Count(w => w == total) >= 3, "The total is in the header, under the rows and in the service summary.");
        var text = string.Join(" ", reader.PageTexts());
        Assert.Contains("Kopā pieprasīts, EUR: 814,40", text, StringComparison.Ordinal);
        Assert.Contains("Personu skaits: 3", text, StringComparison.Ordinal);
        Assert.Contains("Periods: 2026. gada oktobris", text, StringComparison.Ordinal);
        Assert.Contains("(labojums: Labotas vienības)", text, StringComparison.Ordinal);
    }
}

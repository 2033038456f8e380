using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Feedback;
using SocialServices.Web.Data;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Feedback;

/// <summary>
/// Client satisfaction and complaints of a year, computed from the records, each number with the ids of the records
/// behind it (the annual report links every number to its records). Used by the survey results page and by the annual
/// provider report (section 4), so both show the same numbers.
/// </summary>
public sealed class FeedbackReport(AppDbContext db, TimeProvider clock)
{
    /// <summary>A count and the records it counts.</summary>
    public sealed record Counted(IReadOnlyList<int> Ids)
    {
        public int Count => Ids.Count;
    }

    /// <summary>One scale question's answers for one service (questions belong to one questionnaire version).</summary>
    public sealed record QuestionResult(int QuestionnaireId, string QuestionnaireName, int QuestionnaireVersion, int QuestionId, int Position, string Text,
        string? LowLabel, string? HighLabel, ScaleSummary Summary);

    public sealed record FreeTextResult(int QuestionnaireId, int QuestionId, int Position, string Question, IReadOnlyList<FreeTextAnswer> Answers);

    public sealed record FreeTextAnswer(int ResponseId, DateOnly AnsweredOn, string Text);

    /// <summary>Satisfaction with one service in the year: the responses, per scale question the average and distribution, free-text answers.</summary>
    public sealed record ServiceSatisfaction(int ServiceId, string ServiceCode, string ServiceName, Counted Responses, Counted Anonymous,
        IReadOnlyList<QuestionResult> Questions, IReadOnlyList<FreeTextResult> FreeTexts);

    /// <summary>
    /// The complaints received in the year (by received date), withdrawn ones apart: <c>Received</c> = justified +
    /// partly justified + unjustified (answered by <c>CountedTo</c>) + open (not answered by then).
    /// </summary>
    public sealed record ComplaintTotals(int Year, DateOnly CountedTo, Counted Received, Counted Justified, Counted PartlyJustified, Counted Unjustified,
        Counted Open, Counted Withdrawn);

    /// <summary>Per service (of <paramref name="serviceIds"/>, or all), the satisfaction survey results of the calendar year.</summary>
    public Task<IReadOnlyList<ServiceSatisfaction>> SatisfactionAsync(int organisationId, IReadOnlyCollection<int>? serviceIds, int year, CancellationToken ct = default) =>
        ResultsAsync(organisationId, year, serviceIds, null, ct);

    /// <summary>The same, limited to one questionnaire version when <paramref name="questionnaireId"/> is given.</summary>
    public async Task<IReadOnlyList<ServiceSatisfaction>> ResultsAsync(int organisationId, int year, IReadOnlyCollection<int>? serviceIds, int? questionnaireId, CancellationToken ct = default)
    {
        var (from, to) = YearBounds(year);
        var responses = db.SurveyResponses.AsNoTracking()
            .Where(r => r.OrganisationId == organisationId && r.AnsweredOn >= from && r.AnsweredOn <= to);
        if (serviceIds is not null)
        {
            responses = responses.Where(r => serviceIds.Contains(r.ServiceId));
        }

        if (questionnaireId is not null)
        {
            responses = responses.Where(r => r.QuestionnaireId == questionnaireId);
        }

        var heads = await responses
            .Select(r => new { r.Id, r.ServiceId, r.QuestionnaireId, r.AnsweredOn, Anonymous = r.ClientId == null })
            .ToListAsync(ct);
        if (heads.Count == 0)
        {
            return [];
        }

        var ids = heads.Select(h => h.Id).ToList();
        var answers = await db.SurveyAnswers.AsNoTracking()
            .Where(a => ids.Contains(a.ResponseId))
            .Select(a => new { a.ResponseId, a.QuestionId, a.Score, a.Text })
            .ToListAsync(ct);
        var questionnaireIds = heads.Select(h => h.QuestionnaireId).Distinct().ToList();
        var questionnaires = await db.Questionnaires.AsNoTracking()
            .Where(q => questionnaireIds.Contains(q.Id))
            .Select(q => new { q.Id, q.Name, q.VersionNumber })
            .ToDictionaryAsync(q => q.Id, ct);
        var questions = await db.SurveyQuestions.AsNoTracking()
            .Where(q => questionnaireIds.Contains(q.QuestionnaireId))
            .OrderBy(q => q.QuestionnaireId).ThenBy(q => q.Position)
            .ToListAsync(ct);
        var serviceIdsFound = heads.Select(h => h.ServiceId).Distinct().ToList();
        var services = await db.Services.AsNoTracking()
            .Where(s => serviceIdsFound.Contains(s.Id))
            .Select(s => new { s.Id, s.Code, s.Name })
            .ToListAsync(ct);

        var headById = heads.ToDictionary(h => h.Id);
        var result = new List<ServiceSatisfaction>();
        foreach (var service in services.OrderBy(s => s.Name, Cultures.LatvianComparer))
        {
            var own = heads.Where(h => h.ServiceId == service.Id).OrderBy(h => h.Id).ToList();
            var ownIds = own.Select(h => h.Id).ToHashSet();
            var ownAnswers = answers.Where(a => ownIds.Contains(a.ResponseId)).ToList();
            var usedQuestionnaires = own.Select(h => h.QuestionnaireId).ToHashSet();
            var scale = new List<QuestionResult>();
            var texts = new List<FreeTextResult>();
            foreach (var question in questions.Where(q => usedQuestionnaires.Contains(q.QuestionnaireId)))
            {
                var questionnaire = questionnaires[question.QuestionnaireId];
                if (question.Kind == QuestionKind.Scale)
                {
                    var scores = ownAnswers.Where(a => a.QuestionId == question.Id && a.Score is not null).Select(a => a.Score!.Value);
                    scale.Add(new QuestionResult(question.QuestionnaireId, questionnaire.Name, questionnaire.VersionNumber, question.Id, question.Position, question.Text,
                        question.LowLabel, question.HighLabel, ScaleSummary.Of(scores)));
                }
                else
                {
                    var given = ownAnswers.Where(a => a.QuestionId == question.Id && !string.IsNullOrWhiteSpace(a.Text))
                        .Select(a => new FreeTextAnswer(a.ResponseId, headById[a.ResponseId].AnsweredOn, a.Text!))
                        .OrderBy(a => a.AnsweredOn).ThenBy(a => a.ResponseId)
                        .ToList();
                    texts.Add(new FreeTextResult(question.QuestionnaireId, question.Id, question.Position, question.Text, given));
                }
            }

            result.Add(new ServiceSatisfaction(service.Id, service.Code, service.Name,
                new Counted(own.Select(h => h.Id).ToList()),
                new Counted(own.Where(h => h.Anonymous).Select(h => h.Id).ToList()),
                scale, texts));
        }

        return result;
    }

    /// <summary>
    /// The complaints received in the calendar year: withdrawn ones apart; the rest by verdict when answered by the end
    /// of the year (or by today, for the current year), otherwise open.
    /// </summary>
    public Task<ComplaintTotals> ComplaintsAsync(int organisationId, int year, CancellationToken ct = default)
    {
        var (from, to) = YearBounds(year);
        return ComplaintsAsync(organisationId, from, to, null, ct);
    }

    /// <summary>
    /// The complaints received from <paramref name="from"/> to <paramref name="to"/> (one year's part, e.g. a contract's
    /// period), about one of <paramref name="serviceIds"/> or about no particular service; all when the list is null.
    /// </summary>
    public async Task<ComplaintTotals> ComplaintsAsync(int organisationId, DateOnly from, DateOnly to, IReadOnlyCollection<int>? serviceIds, CancellationToken ct = default)
    {
        var today = LatvianTime.Today(clock);
        var countedTo = today < to ? today : to;
        var query = db.Complaints.AsNoTracking()
            .Where(c => c.OrganisationId == organisationId && c.ReceivedOn >= from && c.ReceivedOn <= to);
        if (serviceIds is not null)
        {
            query = query.Where(c => c.ServiceId == null || serviceIds.Contains(c.ServiceId.Value));
        }

        var rows = await query
            .OrderBy(c => c.ReceivedOn).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.Status, c.Verdict, c.AnsweredOn })
            .ToListAsync(ct);
        var received = rows.Where(r => r.Status != ComplaintStatus.Withdrawn).ToList();
        var answered = received.Where(r => r.Status == ComplaintStatus.Answered && r.AnsweredOn <= countedTo).ToList();
        Counted Of(IEnumerable<int> ids) => new(ids.ToList());
        return new ComplaintTotals(from.Year, countedTo,
            Of(received.Select(r => r.Id)),
            Of(answered.Where(r => r.Verdict == ComplaintVerdict.Justified).Select(r => r.Id)),
            Of(answered.Where(r => r.Verdict == ComplaintVerdict.PartlyJustified).Select(r => r.Id)),
            Of(answered.Where(r => r.Verdict == ComplaintVerdict.Unjustified).Select(r => r.Id)),
            Of(received.Except(answered).Select(r => r.Id)),
            Of(rows.Where(r => r.Status == ComplaintStatus.Withdrawn).Select(r => r.Id)));
    }

    private static (DateOnly From, DateOnly To) YearBounds(int year)
    {
        if (year is < 2000 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year));
        }

        return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
    }
}

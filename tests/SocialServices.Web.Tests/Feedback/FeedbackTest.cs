using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Feedback;
using SocialServices.TestInfrastructure;
using SocialServices.Web.Feedback;
using SocialServices.Web.Tests.Cases;

namespace SocialServices.Web.Tests.Feedback;

/// <summary>Helpers of the complaint and survey tests: the service catalogue, complaints and questionnaires made directly.</summary>
public abstract class FeedbackTest(WebFixture fixture) : CaseTest(fixture)
{
    protected static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The catalogue's services by code.</summary>
    protected async Task<Dictionary<string, int>> ServicesAsync() =>
        await WithDbAsync(async db =>
        {
            var municipalityId = await db.Organisations.Select(o => o.MunicipalityId).FirstAsync();
            var services = ServiceCatalogueSeed.Create(municipalityId);
            db.Services.AddRange(services);
            await db.SaveChangesAsync();
            return services.ToDictionary(s => s.Code, s => s.Id);
        });

    /// <summary>A complaint made directly (numbered in order), optionally closed or withdrawn.</summary>
    protected async Task<int> ComplaintAsync(DateOnly received, string registeredById, int? clientId = null, ComplaintVerdict? verdict = null, DateOnly? answeredOn = null,
        bool withdrawn = false, string subject = "Nodarbība atcelta bez brīdinājuma") =>
        await WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var number = await ComplaintNumbers.NextAsync(db, OrganisationId, received.Year, default);
            var details = new ComplaintDetails(received, clientId is null ? ComplainantKind.Anonymous : ComplainantKind.Client, clientId, null,
                ComplaintChannel.Paper, subject, null, [], null);
            var complaint = new Complaint(OrganisationId, number, details, ComplaintDeadline.Due(received, 1), new Actor(registeredById, "Tests"), AppFactory.DefaultNow);
            if (verdict is { } v)
            {
                complaint.Close(new ComplaintHandling("Izskatīts", v, "Atbildēts rakstiski", answeredOn ?? received.AddDays(10), null),
                    answeredOn ?? received.AddDays(10), new Actor(registeredById, "Tests"), AppFactory.DefaultNow);
            }

            if (withdrawn)
            {
                complaint.Withdraw("Reģistrēta kļūdas pēc", AppFactory.DefaultNow);
            }

            db.Complaints.Add(complaint);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return complaint.Id;
        });

    protected async Task<Complaint> StoredComplaintAsync(int id) => await WithDbAsync(db => db.Complaints.AsNoTracking().SingleAsync(c => c.Id == id));

    /// <summary>A questionnaire with the given questions (scale unless the text starts with "?").</summary>
    protected async Task<(int Id, List<int> QuestionIds)> QuestionnaireAsync(string managerId, string name = "Klientu apmierinātības aptauja", params string[] questions) =>
        await WithDbAsync(async db =>
        {
            var questionnaire = new Questionnaire(OrganisationId, name, null, 1, managerId, AppFactory.DefaultNow);
            var drafts = (questions.Length == 0 ? ["Cik apmierināts esat kopumā?", "Cik ērts bija laiks?", "?Ko varam uzlabot?"] : questions)
                .Select(q => q.StartsWith('?') ? new QuestionDraft(QuestionKind.FreeText, q[1..], null, null) : new QuestionDraft(QuestionKind.Scale, q, "slikti", "labi"));
            questionnaire.ReplaceQuestions(drafts, inUse: false);
            db.Questionnaires.Add(questionnaire);
            await db.SaveChangesAsync();
            return (questionnaire.Id, questionnaire.Questions.OrderBy(q => q.Position).Select(q => q.Id).ToList());
        });

    /// <summary>A response made directly: scores in question order (null = no answer), then free texts by question id.</summary>
    protected async Task<int> ResponseAsync(int questionnaireId, int serviceId, int? clientId, DateOnly on, string recordedById, int?[] scores, params (int QuestionId, string Text)[] texts) =>
        await WithDbAsync(async db =>
        {
            var questionnaire = await db.Questionnaires.Include(q => q.Questions).SingleAsync(q => q.Id == questionnaireId);
            var scale = questionnaire.Questions.Where(q => q.Kind == QuestionKind.Scale).OrderBy(q => q.Position).ToList();
            var answers = new Dictionary<int, (int? Score, string? Text)>();
            for (var i = 0; i < scores.Length; i++)
            {
                if (scores[i] is { } score)
                {
                    answers[scale[i].Id] = (score, null);
                }
            }

            foreach (var (questionId, text) in texts)
            {
                answers[questionId] = (null, text);
            }

            var response = new SurveyResponse(OrganisationId, questionnaire, serviceId, clientId, on, clientId is null ? SurveyMethod.AnonymousBox : SurveyMethod.Paper, answers, recordedById, AppFactory.DefaultNow);
            db.SurveyResponses.Add(response);
            await db.SaveChangesAsync();
            return response.Id;
        });
}

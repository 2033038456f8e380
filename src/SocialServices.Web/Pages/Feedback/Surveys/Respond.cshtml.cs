using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Feedback;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Feedback.Surveys;

/// <summary>
/// Types in one filled-in questionnaire: the service it is about, the client (from the user's scope) or nobody when it
/// is anonymous, the date and how it was collected, and the answers. After saving, the form is empty for the next one.
/// </summary>
[Authorize(Roles = FeedbackData.Registrars)]
public sealed class RespondModel(IValidator<RespondModel.Command> validator, AppDbContext db, AccessScope scope, AuditLog audit, OrganisationInfo organisation,
    TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public const string FormKey = "Form";
    public const string TodayKey = "Today";

    [BindProperty] public Command Input { get; set; } = new();

    public Form Data { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop)
        {
            return stop;
        }

        Input = new Command
        {
            AnsweredOn = LatvianTime.Today(clock),
            Method = SurveyMethod.Paper,
            Answers = Data.Questionnaire.Questions.OrderBy(q => q.Position).Select(q => new AnswerInput { QuestionId = q.Id }).ToList(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop)
        {
            return stop;
        }

        // One row per question of this questionnaire, in its order, whatever was posted.
        Input = Input with
        {
            Answers = Data.Questionnaire.Questions.OrderBy(q => q.Position)
                .Select(q => Input.Answers.FirstOrDefault(a => a.QuestionId == q.Id) ?? new AnswerInput { QuestionId = q.Id }).ToList(),
        };
        ModelState.Clear();
        var result = await validator.ValidateAsync(CaseRules.With(Input, (FormKey, Data), (TodayKey, LatvianTime.Today(clock))), ct);
        if (!result.IsValid)
        {
            result.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        var answers = Input.Answers.ToDictionary(a => a.QuestionId, a => (a.Score, a.Text));
        var response = new SurveyResponse(Data.OrganisationId, Data.Questionnaire, Input.ServiceId!.Value, Input.ClientId, Input.AnsweredOn!.Value, Input.Method!.Value,
            answers, User.UserId()!, clock.GetUtcNow());
        db.SurveyResponses.Add(response);
        var details = string.Create(CultureInfo.InvariantCulture, $"questionnaire={id}; service={Input.ServiceId}; method={Input.Method}");
        if (Input.ClientId is { } clientId)
        {
            audit.AddForClient(AuditActions.SurveyResponseRecord, clientId, details: details);
        }
        else
        {
            audit.Add(AuditActions.SurveyResponseRecord, "questionnaire", id.ToString(CultureInfo.InvariantCulture), details);
        }

        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = t["Surveys.ResponseSaved"].Value;
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var organisationId = await organisation.IdAsync(ct);
        var questionnaire = await db.Questionnaires.AsNoTracking().Include(q => q.Questions)
            .FirstOrDefaultAsync(q => q.Id == id && q.OrganisationId == organisationId, ct);
        if (questionnaire is null)
        {
            return NotFound();
        }

        Data = new Form(organisationId, questionnaire, await FeedbackData.ServicesAsync(db, ct), await FeedbackData.ClientsAsync(scope, User, ct));
        return null;
    }

    public sealed record Form(int OrganisationId, Questionnaire Questionnaire, IReadOnlyList<PickOption> Services, IReadOnlyList<PickOption> Clients);

    public sealed record AnswerInput
    {
        public int QuestionId { get; init; }
        public int? Score { get; init; }
        public string? Text { get; init; }
    }

    public sealed record Command
    {
        public int? ServiceId { get; init; }
        public int? ClientId { get; init; }
        public DateOnly? AnsweredOn { get; init; }
        public SurveyMethod? Method { get; init; }
        public List<AnswerInput> Answers { get; init; } = [];
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.ServiceId).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(t["Surveys.ServiceRequired"])
                .Must((_, id, context) => context.Get<Form>(FormKey).Services.Any(s => s.Id == id)).WithMessage(t["Surveys.ServiceRequired"]);
            RuleFor(c => c.ClientId)
                .Must((_, id, context) => context.Get<Form>(FormKey).Clients.Any(k => k.Id == id)).WithMessage(t["Surveys.ClientInvalid"])
                .When(c => c.ClientId is not null);
            RuleFor(c => c.ClientId)
                .Null().WithMessage(t["Surveys.AnonymousBoxNoClient"])
                .When(c => c.Method == SurveyMethod.AnonymousBox);
            RuleFor(c => c.AnsweredOn).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(t["Surveys.DateRequired"])
                .Must((_, date, context) => date <= context.Get<DateOnly>(TodayKey)).WithMessage(t["Complaints.DateInFuture"])
                .Must(date => date >= FeedbackData.EarliestDate).WithMessage(t["Complaints.DateTooEarly"]);
            RuleFor(c => c.Method).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(t["Surveys.MethodRequired"])
                .IsInEnum().WithMessage(t["Surveys.MethodRequired"]);
            RuleFor(c => c.Answers)
                .Must(a => a.Any(x => x.Score is not null || !string.IsNullOrWhiteSpace(x.Text))).WithMessage(t["Surveys.AnswersRequired"]);
            RuleFor(c => c).Custom((c, context) =>
            {
                for (var i = 0; i < c.Answers.Count; i++)
                {
                    var answer = c.Answers[i];
                    var prefix = $"{nameof(Command.Answers)}[{i}].";
                    if (answer.Score is < SurveyResponse.MinScore or > SurveyResponse.MaxScore)
                    {
                        context.AddFailure(new ValidationFailure(prefix + nameof(AnswerInput.Score), t["Surveys.ScoreRange"]));
                    }

                    if (answer.Text is { } text && text.Trim().Length > SurveyResponse.AnswerMaxLength)
                    {
                        context.AddFailure(new ValidationFailure(prefix + nameof(AnswerInput.Text), t["Validation.MaxLength", SurveyResponse.AnswerMaxLength]));
                    }
                    else if (!CaseRules.NoControlCharacters(answer.Text))
                    {
                        context.AddFailure(new ValidationFailure(prefix + nameof(AnswerInput.Text), t["Cases.ControlCharacters"]));
                    }
                }
            });
        }
    }
}

using System.Globalization;
using System.Security.Claims;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Feedback;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Feedback.Surveys;

/// <summary>
/// Writes a questionnaire (a new one, or one without answers yet): its name, a few words of introduction, and the
/// questions in order, each a 1-5 scale with words for both ends or a free-text question. Empty rows are left out.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.Manager)]
public sealed class EditModel(IValidator<EditModel.Command> validator, AppDbContext db, AuditLog audit, OrganisationInfo organisation, TimeProvider clock,
    IStringLocalizer<SharedResource> t) : PageModel
{
    public const int BlankRows = 3;
    public const string TakenNamesKey = "TakenNames";

    [BindProperty] public Command Input { get; set; } = new();

    public int? Id { get; private set; }

    /// <summary>Why the questions cannot be changed (answers exist, or retired); null when they can.</summary>
    public string? Locked { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        Id = id;
        if (id is null)
        {
            Input = new Command { Questions = Blank(BlankRows) };
            return Page();
        }

        var questionnaire = await LoadAsync(id.Value, ct);
        if (questionnaire is null)
        {
            return NotFound();
        }

        Input = new Command
        {
            Version = db.Entry(questionnaire).Property<uint>("Version").CurrentValue,
            Name = questionnaire.Name,
            Introduction = questionnaire.Introduction,
            Questions = [.. questionnaire.Questions.OrderBy(q => q.Position).Select(q => new QuestionInput { Kind = q.Kind, Text = q.Text, LowLabel = q.LowLabel, HighLabel = q.HighLabel }), .. Blank(BlankRows)],
        };
        return Page();
    }

    /// <summary>More empty rows, nothing saved.</summary>
    public IActionResult OnPostMore(int? id)
    {
        Id = id;
        ModelState.Clear();
        Input = Input with { Questions = [.. Input.Questions, .. Blank(BlankRows)] };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        Id = id;
        var organisationId = await organisation.IdAsync(ct);
        Questionnaire? questionnaire = null;
        if (id is not null)
        {
            questionnaire = await LoadAsync(id.Value, ct);
            if (questionnaire is null)
            {
                return NotFound();
            }

            if (Locked is not null)
            {
                return Page();
            }
        }

        ModelState.Clear();
        // A new questionnaire takes a name of its own; a version keeps the name it shares with its earlier versions.
        var own = questionnaire?.Name ?? string.Empty;
        var taken = await db.Questionnaires.Where(q => q.OrganisationId == organisationId && q.Name != own).Select(q => q.Name).Distinct().ToListAsync(ct);
        var result = await validator.ValidateAsync(CaseRules.With(Input, (TakenNamesKey, taken)), ct);
        if (!result.IsValid)
        {
            result.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        var drafts = Input.Questions.Where(q => !string.IsNullOrWhiteSpace(q.Text))
            .Select(q => new QuestionDraft(q.Kind!.Value, q.Text!, q.LowLabel, q.HighLabel)).ToList();
        if (questionnaire is null)
        {
            questionnaire = new Questionnaire(organisationId, Input.Name, Input.Introduction, 1, User.UserId()!, clock.GetUtcNow());
            db.Questionnaires.Add(questionnaire);
        }
        else
        {
            if (!RowVersion.Matches(db, questionnaire, Input.Version))
            {
                return Conflict();
            }

            questionnaire.Rename(Input.Name, Input.Introduction);
        }

        questionnaire.ReplaceQuestions(drafts, inUse: false);
        audit.Add(AuditActions.QuestionnaireSave, "questionnaire", id?.ToString(CultureInfo.InvariantCulture), "questions=" + drafts.Count.ToString(CultureInfo.InvariantCulture));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Conflict();
        }

        TempData["StatusMessage"] = t["Surveys.Saved", questionnaire.Name].Value;
        return RedirectToPage("Index");

        IActionResult Conflict()
        {
            ModelState.AddModelError(string.Empty, t["Surveys.Conflict"]);
            return Page();
        }
    }

    private async Task<Questionnaire?> LoadAsync(int id, CancellationToken ct)
    {
        var organisationId = await organisation.IdAsync(ct);
        var questionnaire = await db.Questionnaires.Include(q => q.Questions).FirstOrDefaultAsync(q => q.Id == id && q.OrganisationId == organisationId, ct);
        if (questionnaire is null)
        {
            return null;
        }

        if (questionnaire.IsRetired)
        {
            Locked = t["Surveys.LockedRetired"];
        }
        else if (await db.SurveyResponses.AnyAsync(r => r.QuestionnaireId == id, ct))
        {
            Locked = t["Surveys.LockedInUse"];
        }

        return questionnaire;
    }

    private static List<QuestionInput> Blank(int count) => Enumerable.Range(0, count).Select(_ => new QuestionInput { Kind = QuestionKind.Scale }).ToList();

    public sealed record QuestionInput
    {
        public QuestionKind? Kind { get; init; }
        public string? Text { get; init; }
        public string? LowLabel { get; init; }
        public string? HighLabel { get; init; }
    }

    public sealed record Command
    {
        public uint Version { get; init; }
        public string Name { get; init; } = string.Empty;
        public string? Introduction { get; init; }
        public List<QuestionInput> Questions { get; init; } = [];
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.Name).RequiredText(t, "Surveys.NameRequired", Questionnaire.NameMaxLength)
                .Must((_, name, context) => !context.Get<List<string>>(TakenNamesKey).Contains(name.Trim(), StringComparer.OrdinalIgnoreCase))
                .WithMessage(t["Surveys.NameTaken"]);
            RuleFor(c => c.Introduction).OptionalText(t, Questionnaire.IntroductionMaxLength);
            RuleFor(c => c.Questions)
                .Must(q => q.Any(x => !string.IsNullOrWhiteSpace(x.Text))).WithMessage(t["Surveys.QuestionsRequired"])
                .Must(q => q.Count(x => !string.IsNullOrWhiteSpace(x.Text)) <= Questionnaire.MaxQuestions).WithMessage(t["Surveys.TooManyQuestions", Questionnaire.MaxQuestions]);
            RuleFor(c => c).Custom((c, context) =>
            {
                for (var i = 0; i < c.Questions.Count; i++)
                {
                    var q = c.Questions[i];
                    if (string.IsNullOrWhiteSpace(q.Text))
                    {
                        continue;
                    }

                    var prefix = $"{nameof(Command.Questions)}[{i}].";
                    if (q.Kind is null || !Enum.IsDefined(q.Kind.Value))
                    {
                        context.AddFailure(new ValidationFailure(prefix + nameof(QuestionInput.Kind), t["Surveys.KindRequired"]));
                    }

                    Check(prefix + nameof(QuestionInput.Text), q.Text, Questionnaire.QuestionMaxLength);
                    Check(prefix + nameof(QuestionInput.LowLabel), q.LowLabel, Questionnaire.LabelMaxLength);
                    Check(prefix + nameof(QuestionInput.HighLabel), q.HighLabel, Questionnaire.LabelMaxLength);
                }

                void Check(string property, string? value, int max)
                {
                    if (value is not null && value.Trim().Length > max)
                    {
                        context.AddFailure(new ValidationFailure(property, t["Validation.MaxLength", max]));
                    }
                    else if (!CaseRules.NoControlCharacters(value))
                    {
                        context.AddFailure(new ValidationFailure(property, t["Cases.ControlCharacters"]));
                    }
                }
            });
        }
    }
}

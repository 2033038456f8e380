using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Assessments;
using SocialServices.Domain.Auditing;
using SocialServices.Web.Access;
using SocialServices.Web.Assessments;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Assessments;

/// <summary>
/// Edits a draft: the instrument's form and the identified problems. "Save" keeps the draft; "Complete" saves and signs it
/// off (read-only from then on) when it is filled in. Rows of lists (problems, strengths, resources) are added and removed
/// by posting the form back: nothing typed is lost and no script is needed.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.ClientEditor)]
public sealed class EditModel(EditModel.Handler handler, IValidator<EditModel.Command> validator, AccessScope scope, AppDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> t)
    : AssessmentPage(scope, db, audit)
{
    public const string TodayKey = "Today";
    public const string OpenedKey = "OpenedOn";

    /// <summary>The lists whose rows are added and removed by posting back.</summary>
    public static readonly IReadOnlyList<string> RowLists = ["problems", "strengths", "weaknesses", "inner", "outer"];

    [BindProperty] public Command Input { get; set; } = new();

    /// <summary>The stored content: labels of the fixed lists (domains, items, family members, needs).</summary>
    public AssessmentContent Stored { get; private set; } = new();

    /// <summary>Set after a row was added or removed: the form is shown again, not yet saved.</summary>
    public bool RowsChanged { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, forChange: true, ct) is { } stop)
        {
            return stop;
        }

        var assessment = await handler.LoadAsync(id, ct);
        Stored = assessment.Content;
        Input = Command.From(assessment, Header.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string? rows, string? step, CancellationToken ct)
    {
        if (await LoadAsync(id, forChange: true, ct) is { } stop)
        {
            return stop;
        }

        Stored = (await handler.LoadAsync(id, ct)).Content;
        Input = Input.AlignedTo(Stored);
        if (!Header.CanEdit)
        {
            // Completed (read-only) or archived: nothing is saved.
            return Page();
        }

        if (rows is not null)
        {
            ModelState.Clear();
            RowsChanged = ApplyRows(rows);
            return Page();
        }

        if (Input.Version != Header.Version)
        {
            return ShowConflict();
        }

        ModelState.Clear();
        var validation = await validator.ValidateAsync(CaseRules.With(Input, (TodayKey, LatvianTime.Today(clock)), (OpenedKey, Header.Case.OpenedOn)), ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        var complete = step == "complete";
        if (complete && CompletionErrors())
        {
            return Page();
        }

        var outcome = await handler.SaveAsync(id, Input, complete, User, ct);
        switch (outcome.Result)
        {
            case EditResult.Saved:
                TempData["StatusMessage"] = t[complete ? "Assessments.CompletedMessage" : "Assessments.DraftSaved"].Value;
                return complete ? RedirectToPage("Details", new { id }) : RedirectToPage("Edit", new { id });
            case EditResult.Incomplete:
                foreach (var gap in outcome.Gaps)
                {
                    ModelState.AddModelError(GapField(gap), t["Assessments.Gap." + gap]);
                }

                return Page();
            case EditResult.Conflict:
                await ReloadHeaderAsync(ct);
                Stored = (await handler.LoadAsync(id, ct)).Content;
                return Header.CanEdit ? ShowConflict() : Page();
            default:
                return NotFound();
        }
    }

    private PageResult ShowConflict()
    {
        HasConflict = true;
        ModelState.Remove("Input.Version");
        Input = Input with { Version = Header.Version };
        return Page();
    }

    /// <summary>Adds or removes a row ("add:problems", "remove:strengths:2"); false when the request makes no sense.</summary>
    private bool ApplyRows(string rows)
    {
        var parts = rows.Split(':');
        if (parts.Length < 2 || !RowLists.Contains(parts[1]))
        {
            return false;
        }

        var list = parts[1];
        if (parts[0] == "add")
        {
            if (Count(list) >= AssessmentData.MaxRows)
            {
                return false;
            }

            switch (list)
            {
                case "problems": Input.Problems.Add(new ProblemInput()); break;
                case "strengths": Input.Strengths.Add(null); break;
                case "weaknesses": Input.Weaknesses.Add(null); break;
                case "inner": Input.InnerResources.Add(null); break;
                default: Input.OuterResources.Add(null); break;
            }

            return true;
        }

        if (parts[0] != "remove" || parts.Length != 3 || !int.TryParse(parts[2], System.Globalization.CultureInfo.InvariantCulture, out var index) || index < 0 || index >= Count(list))
        {
            return false;
        }

        switch (list)
        {
            case "problems": Input.Problems.RemoveAt(index); break;
            case "strengths": Input.Strengths.RemoveAt(index); break;
            case "weaknesses": Input.Weaknesses.RemoveAt(index); break;
            case "inner": Input.InnerResources.RemoveAt(index); break;
            default: Input.OuterResources.RemoveAt(index); break;
        }

        return true;
    }

    private int Count(string list) => list switch
    {
        "problems" => Input.Problems.Count,
        "strengths" => Input.Strengths.Count,
        "weaknesses" => Input.Weaknesses.Count,
        "inner" => Input.InnerResources.Count,
        _ => Input.OuterResources.Count,
    };

    /// <summary>Row-level messages for completing (the domain names the gap; the form names the rows).</summary>
    private bool CompletionErrors()
    {
        var found = false;
        for (var i = 0; i < Input.Problems.Count; i++)
        {
            var p = Input.Problems[i];
            if (string.IsNullOrWhiteSpace(p.Definition) && (!string.IsNullOrWhiteSpace(p.Causes) || p.Significance is not null))
            {
                ModelState.AddModelError($"Input.Problems[{i}].Definition", t["Assessments.Gap.ProblemWithoutDefinition"]);
                found = true;
            }
        }

        if (Header.Kind == AssessmentKind.BasicNeedsAndResources)
        {
            for (var i = 0; i < Input.Needs.Count; i++)
            {
                if (Input.Needs[i].Status is null)
                {
                    ModelState.AddModelError($"Input.Needs[{i}].Status", t["Assessments.NeedStatusRequired"]);
                    found = true;
                }
            }
        }

        return found;
    }

    private static string GapField(CompletionGap gap) => gap switch
    {
        CompletionGap.FunctioningMissing => "Input.Social",
        CompletionGap.ConclusionMissing => "Input.Conclusion",
        CompletionGap.TooFewScores => "Input.Scores",
        CompletionGap.NeedsNotRated => "Input.Needs",
        CompletionGap.NoRiskScores => "Input.Risk",
        _ => "Input.Problems",
    };

    public sealed record Command
    {
        public uint Version { get; init; }
        public DateOnly? AssessedOn { get; init; }

        // Initial social situation.
        public string? Social { get; init; }
        public string? Psychological { get; init; }
        public string? Physical { get; init; }
        public string? SocialFactors { get; init; }
        public string? Risks { get; init; }
        public string? ClientView { get; init; }
        public string? Conclusion { get; init; }

        // Functional: one row per domain of the draft.
        public List<ScoreInput> Scores { get; init; } = [];

        // Basic needs and resources.
        public List<NeedInput> Needs { get; init; } = [];
        public List<string?> Strengths { get; init; } = [];
        public List<string?> Weaknesses { get; init; } = [];
        public List<string?> InnerResources { get; init; } = [];
        public List<string?> OuterResources { get; init; } = [];

        // Risk factors: one row per item, one score per family member.
        public List<RiskRowInput> Risk { get; init; } = [];

        public List<ProblemInput> Problems { get; init; } = [];

        public static Command From(Assessment assessment, uint version)
        {
            ArgumentNullException.ThrowIfNull(assessment);
            var c = assessment.Content;
            return new Command
            {
                Version = version,
                AssessedOn = assessment.AssessedOn,
                Social = c.Initial?.Social,
                Psychological = c.Initial?.Psychological,
                Physical = c.Initial?.Physical,
                SocialFactors = c.Initial?.SocialFactors,
                Risks = c.Initial?.Risks,
                ClientView = c.Initial?.ClientView,
                Conclusion = c.Initial?.Conclusion,
                Scores = c.Functional?.Scores.Select(s => new ScoreInput { DomainId = s.DomainId, Score = s.Score, Comment = s.Comment }).ToList() ?? [],
                Needs = c.BasicNeeds?.Needs.Select(n => new NeedInput { Need = n.Need, Status = n.Status, Comment = n.Comment }).ToList() ?? [],
                Strengths = c.BasicNeeds?.Strengths.Select(s => (string?)s).ToList() ?? [],
                Weaknesses = c.BasicNeeds?.Weaknesses.Select(s => (string?)s).ToList() ?? [],
                InnerResources = c.BasicNeeds?.InnerResources.Select(s => (string?)s).ToList() ?? [],
                OuterResources = c.BasicNeeds?.OuterResources.Select(s => (string?)s).ToList() ?? [],
                Risk = c.Risk?.Rows.Select(r => new RiskRowInput { ItemId = r.ItemId, Scores = r.Scores.ToList() }).ToList() ?? [],
                Problems = assessment.Problems.Select(p => new ProblemInput { Definition = p.Definition, Causes = p.Causes, Significance = p.Significance }).ToList(),
            };
        }

        /// <summary>The posted rows of the fixed lists put into the stored order (a row that does not belong is dropped, a missing one is blank).</summary>
        public Command AlignedTo(AssessmentContent stored)
        {
            ArgumentNullException.ThrowIfNull(stored);
            return this with
            {
                Scores = stored.Functional?.Scores.Select(s => Scores.FirstOrDefault(r => r.DomainId == s.DomainId) ?? new ScoreInput { DomainId = s.DomainId }).ToList() ?? [],
                Needs = stored.BasicNeeds?.Needs.Select(n => Needs.FirstOrDefault(r => r.Need == n.Need) ?? new NeedInput { Need = n.Need }).ToList() ?? [],
                Risk = stored.Risk?.Rows.Select(r =>
                {
                    var row = Risk.FirstOrDefault(x => x.ItemId == r.ItemId);
                    return new RiskRowInput
                    {
                        ItemId = r.ItemId,
                        Scores = Enumerable.Range(0, stored.Risk.Members.Count).Select(m => row is not null && m < row.Scores.Count ? row.Scores[m] : null).ToList(),
                    };
                }).ToList() ?? [],
            };
        }

        /// <summary>
        /// The content the form holds, in the stored shape: domains, needs, items and members come from the stored draft
        /// (matched by id), so a posted row that does not belong to it is ignored and a missing one stays blank.
        /// </summary>
        public AssessmentContent ToContent(AssessmentContent stored)
        {
            ArgumentNullException.ThrowIfNull(stored);
            return new AssessmentContent(
                stored.Initial is null ? null : new InitialSituation(Clean(Social), Clean(Psychological), Clean(Physical), Clean(SocialFactors), Clean(Risks), Clean(ClientView), Clean(Conclusion)),
                stored.Functional is null ? null : new FunctionalContent(stored.Functional.Scores.Select(s =>
                {
                    var row = Scores.FirstOrDefault(r => r.DomainId == s.DomainId);
                    return s with { Score = row?.Score, Comment = Clean(row?.Comment) };
                }).ToList()),
                stored.BasicNeeds is null ? null : new BasicNeedsContent(
                    stored.BasicNeeds.Needs.Select(n =>
                    {
                        var row = Needs.FirstOrDefault(r => r.Need == n.Need);
                        return n with { Status = row?.Status, Comment = Clean(row?.Comment) };
                    }).ToList(),
                    Lines(Strengths),
                    Lines(Weaknesses),
                    Lines(InnerResources),
                    Lines(OuterResources)),
                stored.Risk is null ? null : stored.Risk with
                {
                    Rows = stored.Risk.Rows.Select(r =>
                    {
                        var row = Risk.FirstOrDefault(x => x.ItemId == r.ItemId);
                        return r with { Scores = Enumerable.Range(0, stored.Risk.Members.Count).Select(m => row is not null && m < row.Scores.Count ? row.Scores[m] : null).ToList() };
                    }).ToList(),
                });
        }

        /// <summary>The problems the form holds, leaving out rows with nothing in them.</summary>
        public List<IdentifiedProblem> ToProblems() =>
            Problems.Where(p => !string.IsNullOrWhiteSpace(p.Definition) || !string.IsNullOrWhiteSpace(p.Causes) || p.Significance is not null)
                .Select(p => new IdentifiedProblem(p.Definition?.Trim() ?? string.Empty, Clean(p.Causes), p.Significance))
                .ToList();

        private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

        private static List<string> Lines(List<string?> items) => items.Select(Clean).OfType<string>().ToList();
    }

    public sealed record ScoreInput
    {
        public int DomainId { get; init; }
        public int? Score { get; init; }
        public string? Comment { get; init; }
    }

    public sealed record NeedInput
    {
        public BasicNeed Need { get; init; }
        public NeedStatus? Status { get; init; }
        public string? Comment { get; init; }
    }

    public sealed record RiskRowInput
    {
        public int ItemId { get; init; }
        public List<int?> Scores { get; init; } = [];
    }

    public sealed record ProblemInput
    {
        public string? Definition { get; init; }
        public string? Causes { get; init; }
        public ProblemSignificance? Significance { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.AssessedOn).AssessmentDate(t, TodayKey, OpenedKey);
            foreach (var text in new System.Linq.Expressions.Expression<Func<Command, string?>>[] { c => c.Social, c => c.Psychological, c => c.Physical, c => c.SocialFactors, c => c.Risks, c => c.ClientView, c => c.Conclusion })
            {
                RuleFor(text).OptionalText(t, AssessmentData.LongTextMaxLength);
            }

            RuleForEach(c => c.Scores).ChildRules(row =>
            {
                row.RuleFor(r => r.Score).Must(s => s is null || FunctionalScale.IsValid(s.Value)).WithMessage(t["Assessments.ScoreRange"]);
                row.RuleFor(r => r.Comment).OptionalText(t, AssessmentData.CommentMaxLength);
            });
            RuleForEach(c => c.Needs).ChildRules(row =>
            {
                row.RuleFor(r => r.Status).Must(s => s is null || Enum.IsDefined(s.Value)).WithMessage(t["Validation.ValueInvalidPlain"]);
                row.RuleFor(r => r.Comment).OptionalText(t, AssessmentData.CommentMaxLength);
            });
            foreach (var list in new System.Linq.Expressions.Expression<Func<Command, IEnumerable<string?>>>[] { c => c.Strengths, c => c.Weaknesses, c => c.InnerResources, c => c.OuterResources })
            {
                RuleFor(list).Must(l => l.Count() <= AssessmentData.MaxRows).WithMessage(t["Assessments.TooManyRows", AssessmentData.MaxRows]);
                RuleForEach(list).Cascade(CascadeMode.Stop)
                    .MaximumLength(AssessmentData.ListItemMaxLength).WithMessage(t["Validation.MaxLength", AssessmentData.ListItemMaxLength])
                    .Must(CaseRules.NoControlCharacters).WithMessage(t["Cases.ControlCharacters"]);
            }

            RuleForEach(c => c.Risk).ChildRules(row =>
                row.RuleForEach(r => r.Scores).Must(s => s is null || RiskScale.IsValid(s.Value)).WithMessage(t["Assessments.RiskScoreRange"]));
            RuleFor(c => c.Problems).Must(l => l.Count <= AssessmentData.MaxRows).WithMessage(t["Assessments.TooManyRows", AssessmentData.MaxRows]);
            RuleForEach(c => c.Problems).ChildRules(row =>
            {
                row.RuleFor(r => r.Definition).OptionalText(t, AssessmentData.ProblemDefinitionMaxLength);
                row.RuleFor(r => r.Causes).OptionalText(t, AssessmentData.ProblemCausesMaxLength);
                row.RuleFor(r => r.Significance).Must(s => s is null || Enum.IsDefined(s.Value)).WithMessage(t["Validation.ValueInvalidPlain"]);
            });
        }
    }

    public enum EditResult
    {
        Saved,
        Incomplete,
        Conflict,
        NotFound,
    }

    public sealed record EditOutcome(EditResult Result, IReadOnlyList<CompletionGap> Gaps);

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit, IOptions<AssessmentSettings> settings, TimeProvider clock)
    {
        /// <summary>The assessment as stored (the caller has checked the scope).</summary>
        public async Task<Assessment> LoadAsync(int id, CancellationToken ct) =>
            await db.Assessments.AsNoTracking().FirstAsync(a => a.Id == id, ct);

        public async Task<EditOutcome> SaveAsync(int id, Command command, bool complete, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var assessment = await AssessmentData.LoadForChangeAsync(scope, db, user, id, ct);
            if (assessment is null)
            {
                return new EditOutcome(EditResult.NotFound, []);
            }

            var caseFile = await db.CaseFiles.FirstAsync(c => c.Id == assessment.CaseFileId, ct);
            if (!AssessmentData.VersionMatches(db, assessment, command.Version) || assessment.IsCompleted || caseFile.IsArchived
                || command.AssessedOn < caseFile.OpenedOn)
            {
                return new EditOutcome(EditResult.Conflict, []);
            }

            var by = CaseData.ActorOf(user);
            var now = clock.GetUtcNow();
            assessment.SaveDraft(command.AssessedOn!.Value, command.ToContent(assessment.Content), command.ToProblems(), caseFile, by, now);
            if (complete)
            {
                var gaps = assessment.CompletionGaps();
                if (gaps.Count > 0)
                {
                    db.ChangeTracker.Clear();
                    return new EditOutcome(EditResult.Incomplete, gaps);
                }

                var previous = assessment.PreviousVersionId is { } previousId ? await db.Assessments.FirstAsync(a => a.Id == previousId, ct) : null;
                if (previous is not null && !previous.CanBeCorrected)
                {
                    db.ChangeTracker.Clear();
                    return new EditOutcome(EditResult.Conflict, []);
                }

                assessment.Complete(caseFile, previous, LatvianTime.Today(clock), settings.Value.Thresholds, settings.Value.RiskRepeatMonths, by, now);
            }

            audit.AddForClient(complete ? AuditActions.AssessmentComplete : AuditActions.AssessmentSave, assessment.ClientId, assessment.CaseFileId,
                AssessmentAudit.Details(assessment, complete ? "completed" : "draft"), complete ? assessment.CorrectionReason : null);
            try
            {
                await db.SaveChangesAsync(ct);
                return new EditOutcome(EditResult.Saved, []);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return new EditOutcome(EditResult.Conflict, []);
            }
        }
    }
}

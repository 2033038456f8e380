using SocialServices.Domain.Feedback;

namespace SocialServices.Web.Feedback;

/// <summary>Settings of the complaints register (section "Complaints").</summary>
public sealed class ComplaintSettings
{
    public const string Section = "Complaints";

    /// <summary>A complaint is answered within this many calendar months of receipt (default one month).</summary>
    public int AnswerWithinMonths { get; set; } = ComplaintDeadline.DefaultMonths;

    /// <summary>The deadline of a complaint received on <paramref name="receivedOn"/> (an invalid setting falls back to the default).</summary>
    public DateOnly DueOn(DateOnly receivedOn) =>
        ComplaintDeadline.Due(receivedOn, AnswerWithinMonths is >= 1 and <= 12 ? AnswerWithinMonths : ComplaintDeadline.DefaultMonths);
}

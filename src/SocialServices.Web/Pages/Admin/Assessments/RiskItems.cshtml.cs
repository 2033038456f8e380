using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Assessments;
using SocialServices.Domain.Auditing;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;

namespace SocialServices.Web.Pages.Admin.Assessments;

/// <summary>The items of the risk-factor assessment for families with children.</summary>
public sealed class RiskItemsModel(AppDbContext db, AuditLog audit, IStringLocalizer<SharedResource> t) : InstrumentListModel<RiskItem>(db, audit, t)
{
    public override int NameMaxLength => RiskItem.NameMaxLength;

    protected override string AuditAction => AuditActions.RiskItemsChange;

    protected override string EntityType => "risk-item";

    protected override DbSet<RiskItem> Table => Db.RiskItems;

    protected override RiskItem Create(string name, int sortOrder) => new(name, sortOrder);
}

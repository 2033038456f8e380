using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Assessments;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;

namespace SocialServices.Web.Pages.Admin.Assessments;

/// <summary>The domains of the functional assessment ("zirneklis"): the axes of its radar chart.</summary>
public sealed class DomainsModel(AppDbContext db, AuditLog audit, IStringLocalizer<SharedResource> t) : InstrumentListModel<FunctionalDomain>(db, audit, t)
{
    /// <summary>The audit code of a change of the functional domains (beside <c>AuditActions.RiskItemsChange</c>).</summary>
    public const string FunctionalDomainsChange = "assessment.domains";

    public override int NameMaxLength => FunctionalDomain.NameMaxLength;

    protected override string AuditAction => FunctionalDomainsChange;

    protected override string EntityType => "functional-domain";

    protected override DbSet<FunctionalDomain> Table => Db.FunctionalDomains;

    protected override FunctionalDomain Create(string name, int sortOrder) => new(name, sortOrder);
}

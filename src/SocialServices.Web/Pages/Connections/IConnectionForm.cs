namespace SocialServices.Web.Pages.Connections;

/// <summary>A page with the connection form (add, edit): what the shared fields partial binds to.</summary>
public interface IConnectionForm
{
    ConnectionFields Input { get; }
}

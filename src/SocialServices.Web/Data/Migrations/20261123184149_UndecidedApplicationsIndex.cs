using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialServices.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class UndecidedApplicationsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_applications_undecided",
                table: "applications",
                columns: new[] { "decision_due", "submitted_on", "id" },
                filter: "status IN ('AwaitingDecision', 'AwaitingDocuments')")
                .Annotation("Npgsql:IndexInclude", new[] { "client_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_applications_undecided",
                table: "applications");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialServices.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class MunicipalityPopulation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "population",
                table: "municipalities",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "population_year",
                table: "municipalities",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "municipalities",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "population",
                table: "municipalities");

            migrationBuilder.DropColumn(
                name: "population_year",
                table: "municipalities");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "municipalities");
        }
    }
}

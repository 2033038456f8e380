using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialServices.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class UseLatvianCollationForClientNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "last_name",
                table: "clients",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                collation: "lv-x-icu",
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100);

            migrationBuilder.AlterColumn<string>(
                name: "first_name",
                table: "clients",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                collation: "lv-x-icu",
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "last_name",
                table: "clients",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100,
                oldCollation: "lv-x-icu");

            migrationBuilder.AlterColumn<string>(
                name: "first_name",
                table: "clients",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100,
                oldCollation: "lv-x-icu");
        }
    }
}

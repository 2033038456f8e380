using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SocialServices.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class WipGroups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<TimeOnly>(
                name: "pattern_ends_at",
                table: "programme_groups",
                type: "time without time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "pattern_sessions",
                table: "programme_groups",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "pattern_skip_dates",
                table: "programme_groups",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "pattern_starts_at",
                table: "programme_groups",
                type: "time without time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "pattern_weekdays",
                table: "programme_groups",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "room",
                table: "programme_groups",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "group_member_evaluations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    group_id = table.Column<int>(type: "integer", nullable: false),
                    client_id = table.Column<int>(type: "integer", nullable: false),
                    enrolment_id = table.Column<int>(type: "integer", nullable: false),
                    version_number = table.Column<int>(type: "integer", nullable: false),
                    case_file_id = table.Column<int>(type: "integer", nullable: true),
                    sessions_attended = table.Column<int>(type: "integer", nullable: false),
                    sessions_held = table.Column<int>(type: "integer", nullable: false),
                    evaluated_on = table.Column<DateOnly>(type: "date", nullable: false),
                    results = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    recommendations = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    correction_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    author_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    author_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_group_member_evaluations", x => x.id);
                    table.ForeignKey(
                        name: "fk_group_member_evaluations_asp_net_users_author_id",
                        column: x => x.author_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_group_member_evaluations_case_files_case_file_id",
                        column: x => x.case_file_id,
                        principalTable: "case_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_group_member_evaluations_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_group_member_evaluations_group_enrolments_enrolment_id",
                        column: x => x.enrolment_id,
                        principalTable: "group_enrolments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_group_member_evaluations_programme_groups_group_id",
                        column: x => x.group_id,
                        principalTable: "programme_groups",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_group_member_evaluations_author_id",
                table: "group_member_evaluations",
                column: "author_id");

            migrationBuilder.CreateIndex(
                name: "ix_group_member_evaluations_case_file_id",
                table: "group_member_evaluations",
                column: "case_file_id");

            migrationBuilder.CreateIndex(
                name: "ix_group_member_evaluations_client_id",
                table: "group_member_evaluations",
                column: "client_id");

            migrationBuilder.CreateIndex(
                name: "ix_group_member_evaluations_enrolment_id_version_number",
                table: "group_member_evaluations",
                columns: new[] { "enrolment_id", "version_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_group_member_evaluations_evaluated_on",
                table: "group_member_evaluations",
                column: "evaluated_on");

            migrationBuilder.CreateIndex(
                name: "ix_group_member_evaluations_group_id_client_id",
                table: "group_member_evaluations",
                columns: new[] { "group_id", "client_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "group_member_evaluations");

            migrationBuilder.DropColumn(
                name: "pattern_ends_at",
                table: "programme_groups");

            migrationBuilder.DropColumn(
                name: "pattern_sessions",
                table: "programme_groups");

            migrationBuilder.DropColumn(
                name: "pattern_skip_dates",
                table: "programme_groups");

            migrationBuilder.DropColumn(
                name: "pattern_starts_at",
                table: "programme_groups");

            migrationBuilder.DropColumn(
                name: "pattern_weekdays",
                table: "programme_groups");

            migrationBuilder.DropColumn(
                name: "room",
                table: "programme_groups");
        }
    }
}

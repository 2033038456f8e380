using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SocialServices.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class WipEvaluations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "case_crises",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    case_file_id = table.Column<int>(type: "integer", nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    actions_taken = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    flagged_by_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    flagged_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    flagged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    resolved_by_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    resolved_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    resolution_note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_crises", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_crises_case_files_case_file_id",
                        column: x => x.case_file_id,
                        principalTable: "case_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "evaluations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    organisation_id = table.Column<int>(type: "integer", nullable: false),
                    case_file_id = table.Column<int>(type: "integer", nullable: false),
                    client_id = table.Column<int>(type: "integer", nullable: false),
                    plan_id = table.Column<int>(type: "integer", nullable: true),
                    plan_revision_id = table.Column<int>(type: "integer", nullable: true),
                    plan_revision_number = table.Column<int>(type: "integer", nullable: true),
                    evaluated_on = table.Column<DateOnly>(type: "date", nullable: false),
                    situation_changes = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    cooperation = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    motivation = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    cooperation_notes = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    overall_result = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    decision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    justification = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    recorded_by_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    recorded_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evaluations", x => x.id);
                    table.ForeignKey(
                        name: "fk_evaluations_asp_net_users_recorded_by_id",
                        column: x => x.recorded_by_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_evaluations_case_files_case_file_id",
                        column: x => x.case_file_id,
                        principalTable: "case_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_evaluations_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_evaluations_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_evaluations_plan_revisions_plan_revision_id",
                        column: x => x.plan_revision_id,
                        principalTable: "plan_revisions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_evaluations_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "text_drafts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    text = table.Column<string>(type: "character varying(50000)", maxLength: 50000, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_text_drafts", x => x.id);
                    table.ForeignKey(
                        name: "fk_text_drafts_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_crisis_notices",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    crisis_flag_id = table.Column<int>(type: "integer", nullable: false),
                    party = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    other_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    contact = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_crisis_notices", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_crisis_notices_case_crises_crisis_flag_id",
                        column: x => x.crisis_flag_id,
                        principalTable: "case_crises",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "evaluation_goals",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    evaluation_id = table.Column<int>(type: "integer", nullable: false),
                    goal_key = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    goal_text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    achievement = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evaluation_goals", x => x.id);
                    table.ForeignKey(
                        name: "fk_evaluation_goals_evaluations_evaluation_id",
                        column: x => x.evaluation_id,
                        principalTable: "evaluations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_case_crises_active",
                table: "case_crises",
                column: "case_file_id",
                unique: true,
                filter: "resolved_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_case_crises_case_file_id_flagged_at",
                table: "case_crises",
                columns: new[] { "case_file_id", "flagged_at" });

            migrationBuilder.CreateIndex(
                name: "ix_case_crisis_notices_crisis_flag_id",
                table: "case_crisis_notices",
                column: "crisis_flag_id");

            migrationBuilder.CreateIndex(
                name: "ix_evaluation_goals_evaluation_id_goal_key",
                table: "evaluation_goals",
                columns: new[] { "evaluation_id", "goal_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_evaluations_case_file_id_recorded_at",
                table: "evaluations",
                columns: new[] { "case_file_id", "recorded_at" });

            migrationBuilder.CreateIndex(
                name: "ix_evaluations_client_id",
                table: "evaluations",
                column: "client_id");

            migrationBuilder.CreateIndex(
                name: "ix_evaluations_organisation_id_evaluated_on",
                table: "evaluations",
                columns: new[] { "organisation_id", "evaluated_on" });

            migrationBuilder.CreateIndex(
                name: "ix_evaluations_plan_id",
                table: "evaluations",
                column: "plan_id");

            migrationBuilder.CreateIndex(
                name: "ix_evaluations_plan_revision_id",
                table: "evaluations",
                column: "plan_revision_id");

            migrationBuilder.CreateIndex(
                name: "ix_evaluations_recorded_by_id",
                table: "evaluations",
                column: "recorded_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_text_drafts_updated_at",
                table: "text_drafts",
                column: "updated_at");

            migrationBuilder.CreateIndex(
                name: "ix_text_drafts_user_id_key",
                table: "text_drafts",
                columns: new[] { "user_id", "key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_crisis_notices");

            migrationBuilder.DropTable(
                name: "evaluation_goals");

            migrationBuilder.DropTable(
                name: "text_drafts");

            migrationBuilder.DropTable(
                name: "case_crises");

            migrationBuilder.DropTable(
                name: "evaluations");
        }
    }
}

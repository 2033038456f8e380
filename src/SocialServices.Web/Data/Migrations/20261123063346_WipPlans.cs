using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SocialServices.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class WipPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "plans",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    organisation_id = table.Column<int>(type: "integer", nullable: false),
                    case_file_id = table.Column<int>(type: "integer", nullable: false),
                    client_id = table.Column<int>(type: "integer", nullable: false),
                    created_by_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    current_revision_number = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    review_on = table.Column<DateOnly>(type: "date", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plans", x => x.id);
                    table.ForeignKey(
                        name: "fk_plans_case_files_case_file_id",
                        column: x => x.case_file_id,
                        principalTable: "case_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_plans_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_plans_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "contact_records",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    organisation_id = table.Column<int>(type: "integer", nullable: false),
                    case_file_id = table.Column<int>(type: "integer", nullable: false),
                    client_id = table.Column<int>(type: "integer", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    duration_minutes = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    participants = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    notes = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    next_step = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    plan_id = table.Column<int>(type: "integer", nullable: true),
                    plan_revision_number = table.Column<int>(type: "integer", nullable: true),
                    recorded_by_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    recorded_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contact_records", x => x.id);
                    table.ForeignKey(
                        name: "fk_contact_records_asp_net_users_recorded_by_id",
                        column: x => x.recorded_by_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_contact_records_case_files_case_file_id",
                        column: x => x.case_file_id,
                        principalTable: "case_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_contact_records_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_contact_records_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_contact_records_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plan_revisions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    plan_id = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    client_lives_at_provider = table.Column<bool>(type: "boolean", nullable: false),
                    revised_on = table.Column<DateOnly>(type: "date", nullable: false),
                    review_on = table.Column<DateOnly>(type: "date", nullable: false),
                    reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    author_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    author_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    superseded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    problems = table.Column<string[]>(type: "text[]", nullable: false),
                    services = table.Column<string[]>(type: "text[]", nullable: false),
                    institutions = table.Column<string[]>(type: "text[]", nullable: false),
                    meetings = table.Column<string[]>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_revisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_plan_revisions_asp_net_users_author_id",
                        column: x => x.author_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_plan_revisions_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "contact_task_outcomes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    contact_record_id = table.Column<long>(type: "bigint", nullable: false),
                    task_key = table.Column<Guid>(type: "uuid", nullable: false),
                    outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    task_text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contact_task_outcomes", x => x.id);
                    table.ForeignKey(
                        name: "fk_contact_task_outcomes_contact_records_contact_record_id",
                        column: x => x.contact_record_id,
                        principalTable: "contact_records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plan_agreements",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    revision_id = table.Column<int>(type: "integer", nullable: false),
                    agreed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    method = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    client_comments = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    recorded_by_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    recorded_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_agreements", x => x.id);
                    table.ForeignKey(
                        name: "fk_plan_agreements_plan_revisions_revision_id",
                        column: x => x.revision_id,
                        principalTable: "plan_revisions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plan_goals",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    revision_id = table.Column<int>(type: "integer", nullable: false),
                    key = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_goals", x => x.id);
                    table.ForeignKey(
                        name: "fk_plan_goals_plan_revisions_revision_id",
                        column: x => x.revision_id,
                        principalTable: "plan_revisions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plan_tasks",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    goal_id = table.Column<int>(type: "integer", nullable: false),
                    key = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    measure = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    expected_result = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    responsible_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    responsible_name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    responsible_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_tasks", x => x.id);
                    table.ForeignKey(
                        name: "fk_plan_tasks_asp_net_users_responsible_user_id",
                        column: x => x.responsible_user_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_plan_tasks_plan_goals_goal_id",
                        column: x => x.goal_id,
                        principalTable: "plan_goals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_contact_records_case_file_id_occurred_at",
                table: "contact_records",
                columns: new[] { "case_file_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_contact_records_client_id",
                table: "contact_records",
                column: "client_id");

            migrationBuilder.CreateIndex(
                name: "ix_contact_records_organisation_id",
                table: "contact_records",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_contact_records_plan_id",
                table: "contact_records",
                column: "plan_id");

            migrationBuilder.CreateIndex(
                name: "ix_contact_records_recorded_by_id",
                table: "contact_records",
                column: "recorded_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_contact_task_outcomes_contact_record_id_task_key",
                table: "contact_task_outcomes",
                columns: new[] { "contact_record_id", "task_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_contact_task_outcomes_task_key",
                table: "contact_task_outcomes",
                column: "task_key");

            migrationBuilder.CreateIndex(
                name: "ix_plan_agreements_revision_id",
                table: "plan_agreements",
                column: "revision_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_goals_key",
                table: "plan_goals",
                column: "key");

            migrationBuilder.CreateIndex(
                name: "ix_plan_goals_revision_id_key",
                table: "plan_goals",
                columns: new[] { "revision_id", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_plan_revisions_author_id",
                table: "plan_revisions",
                column: "author_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_revisions_plan_id_number",
                table: "plan_revisions",
                columns: new[] { "plan_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_plan_tasks_deadline",
                table: "plan_tasks",
                column: "deadline");

            migrationBuilder.CreateIndex(
                name: "ix_plan_tasks_goal_id_key",
                table: "plan_tasks",
                columns: new[] { "goal_id", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_plan_tasks_key",
                table: "plan_tasks",
                column: "key");

            migrationBuilder.CreateIndex(
                name: "ix_plan_tasks_responsible_user_id",
                table: "plan_tasks",
                column: "responsible_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_plans_case_file_id",
                table: "plans",
                column: "case_file_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_plans_client_id",
                table: "plans",
                column: "client_id");

            migrationBuilder.CreateIndex(
                name: "ix_plans_organisation_id",
                table: "plans",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_plans_review_on",
                table: "plans",
                column: "review_on");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "contact_task_outcomes");

            migrationBuilder.DropTable(
                name: "plan_agreements");

            migrationBuilder.DropTable(
                name: "plan_tasks");

            migrationBuilder.DropTable(
                name: "contact_records");

            migrationBuilder.DropTable(
                name: "plan_goals");

            migrationBuilder.DropTable(
                name: "plan_revisions");

            migrationBuilder.DropTable(
                name: "plans");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SocialServices.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddCaseWorkCycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "assessments",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    case_file_id = table.Column<int>(type: "integer", nullable: false),
                    client_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    assessed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    assessor_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    assessor_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    version_number = table.Column<int>(type: "integer", nullable: false),
                    previous_version_id = table.Column<int>(type: "integer", nullable: true),
                    first_version_id = table.Column<int>(type: "integer", nullable: true),
                    correction_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    content = table.Column<string>(type: "jsonb", nullable: false),
                    problems = table.Column<string>(type: "jsonb", nullable: false, defaultValueSql: "'[]'::jsonb"),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    completed_by_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    completed_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    superseded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    risk_coefficient = table.Column<decimal>(type: "numeric(4,2)", precision: 4, scale: 2, nullable: true),
                    risk_level = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    next_due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessments", x => x.id);
                    table.ForeignKey(
                        name: "fk_assessments_asp_net_users_assessor_id",
                        column: x => x.assessor_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_assessments_assessments_first_version_id",
                        column: x => x.first_version_id,
                        principalTable: "assessments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_assessments_assessments_previous_version_id",
                        column: x => x.previous_version_id,
                        principalTable: "assessments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_assessments_case_files_case_file_id",
                        column: x => x.case_file_id,
                        principalTable: "case_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_assessments_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

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
                name: "functional_domains",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_functional_domains", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outside_connections",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    client_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    strength = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    direction = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    started_on = table.Column<DateOnly>(type: "date", nullable: true),
                    ended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    end_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    created_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    changed_by_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    changed_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outside_connections", x => x.id);
                    table.ForeignKey(
                        name: "fk_outside_connections_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

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
                name: "risk_items",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_risk_items", x => x.id);
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
                name: "ix_assessments_assessor_id",
                table: "assessments",
                column: "assessor_id");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_case_file_id",
                table: "assessments",
                column: "case_file_id");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_client_id_kind_status",
                table: "assessments",
                columns: new[] { "client_id", "kind", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_assessments_first_version_id",
                table: "assessments",
                column: "first_version_id");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_previous_version_id",
                table: "assessments",
                column: "previous_version_id",
                unique: true,
                filter: "previous_version_id IS NOT NULL");

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
                name: "ix_functional_domains_name",
                table: "functional_domains",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_functional_domains_sort_order",
                table: "functional_domains",
                column: "sort_order");

            migrationBuilder.CreateIndex(
                name: "ix_outside_connections_client_id",
                table: "outside_connections",
                column: "client_id");

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

            migrationBuilder.CreateIndex(
                name: "ix_risk_items_name",
                table: "risk_items",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_risk_items_sort_order",
                table: "risk_items",
                column: "sort_order");

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
                name: "assessments");

            migrationBuilder.DropTable(
                name: "case_crisis_notices");

            migrationBuilder.DropTable(
                name: "contact_task_outcomes");

            migrationBuilder.DropTable(
                name: "evaluation_goals");

            migrationBuilder.DropTable(
                name: "functional_domains");

            migrationBuilder.DropTable(
                name: "outside_connections");

            migrationBuilder.DropTable(
                name: "plan_agreements");

            migrationBuilder.DropTable(
                name: "plan_tasks");

            migrationBuilder.DropTable(
                name: "risk_items");

            migrationBuilder.DropTable(
                name: "text_drafts");

            migrationBuilder.DropTable(
                name: "case_crises");

            migrationBuilder.DropTable(
                name: "contact_records");

            migrationBuilder.DropTable(
                name: "evaluations");

            migrationBuilder.DropTable(
                name: "plan_goals");

            migrationBuilder.DropTable(
                name: "plan_revisions");

            migrationBuilder.DropTable(
                name: "plans");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace SocialServices.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class GroupsAttendanceStaffFeedback : Migration
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
                name: "attendance_changes",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    session_id = table.Column<int>(type: "integer", nullable: false),
                    client_id = table.Column<int>(type: "integer", nullable: true),
                    field = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    before = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    after = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    changed_by_id = table.Column<string>(type: "text", nullable: false),
                    changed_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attendance_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_attendance_changes_asp_net_users_changed_by_id",
                        column: x => x.changed_by_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_attendance_changes_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_attendance_changes_group_sessions_session_id",
                        column: x => x.session_id,
                        principalTable: "group_sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "complaint_number_counters",
                columns: table => new
                {
                    organisation_id = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    last = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaint_number_counters", x => new { x.organisation_id, x.year });
                });

            migrationBuilder.CreateTable(
                name: "complaints",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    organisation_id = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    received_on = table.Column<DateOnly>(type: "date", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    from = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    client_id = table.Column<int>(type: "integer", nullable: true),
                    complainant_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    channel = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    subject = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    service_id = table.Column<int>(type: "integer", nullable: true),
                    staff_ids = table.Column<string[]>(type: "text[]", nullable: false),
                    staff_text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    investigation = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    verdict = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    answer = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    answered_on = table.Column<DateOnly>(type: "date", nullable: true),
                    action_taken = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_by_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    withdrawal_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    registered_by_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    registered_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaints", x => x.id);
                    table.ForeignKey(
                        name: "fk_complaints_asp_net_users_registered_by_id",
                        column: x => x.registered_by_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_complaints_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_complaints_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_complaints_services_service_id",
                        column: x => x.service_id,
                        principalTable: "services",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

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

            migrationBuilder.CreateTable(
                name: "other_work_entries",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    organisation_id = table.Column<int>(type: "integer", nullable: false),
                    user_id = table.Column<string>(type: "text", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    minutes = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    recorded_by_id = table.Column<string>(type: "text", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    withdraw_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_other_work_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_other_work_entries_asp_net_users_recorded_by_id",
                        column: x => x.recorded_by_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_other_work_entries_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_other_work_entries_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "questionnaires",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    organisation_id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    introduction = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    version_number = table.Column<int>(type: "integer", nullable: false),
                    copied_from_id = table.Column<int>(type: "integer", nullable: true),
                    created_by_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    retired_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_questionnaires", x => x.id);
                    table.ForeignKey(
                        name: "fk_questionnaires_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_questionnaires_questionnaires_copied_from_id",
                        column: x => x.copied_from_id,
                        principalTable: "questionnaires",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "staff_positions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:IdentitySequenceOptions", "'100', '1', '', '', 'False', '1'")
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    profession_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    social_work_specialist = table.Column<bool>(type: "boolean", nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staff_positions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "timesheet_approvals",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<string>(type: "text", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    month = table.Column<int>(type: "integer", nullable: false),
                    is_approved = table.Column<bool>(type: "boolean", nullable: false),
                    approved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    approved_by_id = table.Column<string>(type: "text", nullable: true),
                    approved_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    approved_minutes = table.Column<int>(type: "integer", nullable: false),
                    approved_clients_served = table.Column<int>(type: "integer", nullable: false),
                    reopened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reopened_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    reopen_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_timesheet_approvals", x => x.id);
                    table.ForeignKey(
                        name: "fk_timesheet_approvals_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "survey_questions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    questionnaire_id = table.Column<int>(type: "integer", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    low_label = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    high_label = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_survey_questions", x => x.id);
                    table.ForeignKey(
                        name: "fk_survey_questions_questionnaires_questionnaire_id",
                        column: x => x.questionnaire_id,
                        principalTable: "questionnaires",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "survey_responses",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    organisation_id = table.Column<int>(type: "integer", nullable: false),
                    questionnaire_id = table.Column<int>(type: "integer", nullable: false),
                    service_id = table.Column<int>(type: "integer", nullable: false),
                    client_id = table.Column<int>(type: "integer", nullable: true),
                    answered_on = table.Column<DateOnly>(type: "date", nullable: false),
                    method = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    recorded_by_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_survey_responses", x => x.id);
                    table.ForeignKey(
                        name: "fk_survey_responses_asp_net_users_recorded_by_id",
                        column: x => x.recorded_by_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_survey_responses_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_survey_responses_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_survey_responses_questionnaires_questionnaire_id",
                        column: x => x.questionnaire_id,
                        principalTable: "questionnaires",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_survey_responses_services_service_id",
                        column: x => x.service_id,
                        principalTable: "services",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "staff_members",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    organisation_id = table.Column<int>(type: "integer", nullable: false),
                    first_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    last_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    user_id = table.Column<string>(type: "text", nullable: true),
                    position_id = table.Column<int>(type: "integer", nullable: false),
                    employed_from = table.Column<DateOnly>(type: "date", nullable: false),
                    employed_until = table.Column<DateOnly>(type: "date", nullable: true),
                    works_with_children = table.Column<bool>(type: "boolean", nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staff_members", x => x.id);
                    table.ForeignKey(
                        name: "fk_staff_members_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_staff_members_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_staff_members_staff_positions_position_id",
                        column: x => x.position_id,
                        principalTable: "staff_positions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "survey_answers",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    response_id = table.Column<int>(type: "integer", nullable: false),
                    question_id = table.Column<int>(type: "integer", nullable: false),
                    score = table.Column<int>(type: "integer", nullable: true),
                    text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_survey_answers", x => x.id);
                    table.ForeignKey(
                        name: "fk_survey_answers_survey_questions_question_id",
                        column: x => x.question_id,
                        principalTable: "survey_questions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_survey_answers_survey_responses_response_id",
                        column: x => x.response_id,
                        principalTable: "survey_responses",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "staff_certificates",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    issuer = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    issued_on = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_until = table.Column<DateOnly>(type: "date", nullable: true),
                    staff_member_id = table.Column<int>(type: "integer", nullable: false),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    withdrawn_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    withdraw_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staff_certificates", x => x.id);
                    table.ForeignKey(
                        name: "fk_staff_certificates_staff_members_staff_member_id",
                        column: x => x.staff_member_id,
                        principalTable: "staff_members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "staff_education",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    level = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    institution = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    qualification = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    completed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    staff_member_id = table.Column<int>(type: "integer", nullable: false),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    withdrawn_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    withdraw_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staff_education", x => x.id);
                    table.ForeignKey(
                        name: "fk_staff_education_staff_members_staff_member_id",
                        column: x => x.staff_member_id,
                        principalTable: "staff_members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "staff_supervisions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    supervisor = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    form = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    hours = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    staff_member_id = table.Column<int>(type: "integer", nullable: false),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    withdrawn_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    withdraw_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staff_supervisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_staff_supervisions_staff_members_staff_member_id",
                        column: x => x.staff_member_id,
                        principalTable: "staff_members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "staff_trainings",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    topic = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    provider = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    hours = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    staff_member_id = table.Column<int>(type: "integer", nullable: false),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    withdrawn_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    withdraw_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staff_trainings", x => x.id);
                    table.ForeignKey(
                        name: "fk_staff_trainings_staff_members_staff_member_id",
                        column: x => x.staff_member_id,
                        principalTable: "staff_members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "staff_positions",
                columns: new[] { "id", "category", "is_active", "name", "profession_code", "social_work_specialist" },
                values: new object[,]
                {
                    { 1, "Head", true, "Sociālā dienesta vadītājs", "1344 05", true },
                    { 2, "SocialWorker", true, "Sociālais darbinieks", "2635 01", true },
                    { 3, "SocialWorker", true, "Sociālais darbinieks darbam ar ģimenēm ar bērniem", "2635 02", true },
                    { 4, "SocialAssistanceOrganiser", true, "Sociālās palīdzības organizators", "3412 03", true },
                    { 5, "SocialCarer", true, "Sociālais aprūpētājs", "3412 01", true },
                    { 6, "SocialRehabilitator", true, "Sociālais rehabilitētājs", "3412 02", true },
                    { 7, "Carer", true, "Aprūpētājs", "5322 01", false },
                    { 8, "Other", true, "Psihologs", "2634 01", false },
                    { 9, "Other", true, "Ergoterapeits", "2269 01", false }
                });

            migrationBuilder.CreateIndex(
                name: "ix_attendance_changes_changed_by_id",
                table: "attendance_changes",
                column: "changed_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_attendance_changes_client_id",
                table: "attendance_changes",
                column: "client_id");

            migrationBuilder.CreateIndex(
                name: "ix_attendance_changes_session_id_changed_at",
                table: "attendance_changes",
                columns: new[] { "session_id", "changed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_complaints_client_id",
                table: "complaints",
                column: "client_id");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_organisation_id_number",
                table: "complaints",
                columns: new[] { "organisation_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_complaints_organisation_id_received_on",
                table: "complaints",
                columns: new[] { "organisation_id", "received_on" });

            migrationBuilder.CreateIndex(
                name: "ix_complaints_organisation_id_status_due_on",
                table: "complaints",
                columns: new[] { "organisation_id", "status", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_complaints_registered_by_id",
                table: "complaints",
                column: "registered_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_service_id",
                table: "complaints",
                column: "service_id");

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

            migrationBuilder.CreateIndex(
                name: "ix_other_work_entries_organisation_id",
                table: "other_work_entries",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_other_work_entries_recorded_by_id",
                table: "other_work_entries",
                column: "recorded_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_other_work_entries_user_id_date",
                table: "other_work_entries",
                columns: new[] { "user_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_questionnaires_copied_from_id",
                table: "questionnaires",
                column: "copied_from_id");

            migrationBuilder.CreateIndex(
                name: "ix_questionnaires_organisation_id_name_version_number",
                table: "questionnaires",
                columns: new[] { "organisation_id", "name", "version_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_staff_certificates_staff_member_id",
                table: "staff_certificates",
                column: "staff_member_id");

            migrationBuilder.CreateIndex(
                name: "ix_staff_education_staff_member_id",
                table: "staff_education",
                column: "staff_member_id");

            migrationBuilder.CreateIndex(
                name: "ix_staff_members_last_name_first_name",
                table: "staff_members",
                columns: new[] { "last_name", "first_name" });

            migrationBuilder.CreateIndex(
                name: "ix_staff_members_organisation_id",
                table: "staff_members",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_staff_members_position_id",
                table: "staff_members",
                column: "position_id");

            migrationBuilder.CreateIndex(
                name: "ix_staff_members_user_id",
                table: "staff_members",
                column: "user_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_staff_positions_name",
                table: "staff_positions",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_staff_supervisions_date",
                table: "staff_supervisions",
                column: "date");

            migrationBuilder.CreateIndex(
                name: "ix_staff_supervisions_staff_member_id",
                table: "staff_supervisions",
                column: "staff_member_id");

            migrationBuilder.CreateIndex(
                name: "ix_staff_trainings_date",
                table: "staff_trainings",
                column: "date");

            migrationBuilder.CreateIndex(
                name: "ix_staff_trainings_staff_member_id",
                table: "staff_trainings",
                column: "staff_member_id");

            migrationBuilder.CreateIndex(
                name: "ix_survey_answers_question_id",
                table: "survey_answers",
                column: "question_id");

            migrationBuilder.CreateIndex(
                name: "ix_survey_answers_response_id_question_id",
                table: "survey_answers",
                columns: new[] { "response_id", "question_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_survey_questions_questionnaire_id_position",
                table: "survey_questions",
                columns: new[] { "questionnaire_id", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_survey_responses_client_id",
                table: "survey_responses",
                column: "client_id");

            migrationBuilder.CreateIndex(
                name: "ix_survey_responses_organisation_id_answered_on",
                table: "survey_responses",
                columns: new[] { "organisation_id", "answered_on" });

            migrationBuilder.CreateIndex(
                name: "ix_survey_responses_questionnaire_id_service_id",
                table: "survey_responses",
                columns: new[] { "questionnaire_id", "service_id" });

            migrationBuilder.CreateIndex(
                name: "ix_survey_responses_recorded_by_id",
                table: "survey_responses",
                column: "recorded_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_survey_responses_service_id",
                table: "survey_responses",
                column: "service_id");

            migrationBuilder.CreateIndex(
                name: "ix_timesheet_approvals_user_id_year_month",
                table: "timesheet_approvals",
                columns: new[] { "user_id", "year", "month" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "attendance_changes");

            migrationBuilder.DropTable(
                name: "complaint_number_counters");

            migrationBuilder.DropTable(
                name: "complaints");

            migrationBuilder.DropTable(
                name: "group_member_evaluations");

            migrationBuilder.DropTable(
                name: "other_work_entries");

            migrationBuilder.DropTable(
                name: "staff_certificates");

            migrationBuilder.DropTable(
                name: "staff_education");

            migrationBuilder.DropTable(
                name: "staff_supervisions");

            migrationBuilder.DropTable(
                name: "staff_trainings");

            migrationBuilder.DropTable(
                name: "survey_answers");

            migrationBuilder.DropTable(
                name: "timesheet_approvals");

            migrationBuilder.DropTable(
                name: "staff_members");

            migrationBuilder.DropTable(
                name: "survey_questions");

            migrationBuilder.DropTable(
                name: "survey_responses");

            migrationBuilder.DropTable(
                name: "staff_positions");

            migrationBuilder.DropTable(
                name: "questionnaires");

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

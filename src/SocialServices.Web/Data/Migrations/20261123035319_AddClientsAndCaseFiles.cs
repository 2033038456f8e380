using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SocialServices.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddClientsAndCaseFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.AddColumn<int>(
                name: "case_file_id",
                table: "audit_entries",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "client_id",
                table: "audit_entries",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "hash",
                table: "audit_entries",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "previous_hash",
                table: "audit_entries",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reason",
                table: "audit_entries",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "sequence",
                table: "audit_entries",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "case_number_counters",
                columns: table => new
                {
                    organisation_id = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    last = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_number_counters", x => new { x.organisation_id, x.year });
                });

            migrationBuilder.CreateTable(
                name: "clients",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    organisation_id = table.Column<int>(type: "integer", nullable: false),
                    personal_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    first_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    last_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    search_name = table.Column<string>(type: "character varying(201)", maxLength: 201, nullable: false),
                    birth_date = table.Column<DateOnly>(type: "date", nullable: true),
                    gender = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    municipality_id = table.Column<int>(type: "integer", nullable: true),
                    address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    preferred_language = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    disability_group = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    disability_from = table.Column<DateOnly>(type: "date", nullable: true),
                    disability_to = table.Column<DateOnly>(type: "date", nullable: true),
                    target_groups = table.Column<int[]>(type: "integer[]", nullable: false),
                    notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    data_processing_informed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    data_processing_informed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    registered_by_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    is_archived = table.Column<bool>(type: "boolean", nullable: false),
                    archived_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    archive_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_clients", x => x.id);
                    table.ForeignKey(
                        name: "fk_clients_municipalities_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "municipalities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_clients_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "case_files",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    organisation_id = table.Column<int>(type: "integer", nullable: false),
                    client_id = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    opened_on = table.Column<DateOnly>(type: "date", nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    referral_source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    responsible_worker_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    closure_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    closing_summary = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    monitoring_on = table.Column<DateOnly>(type: "date", nullable: true),
                    is_archived = table.Column<bool>(type: "boolean", nullable: false),
                    archive_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_files", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_files_asp_net_users_responsible_worker_id",
                        column: x => x.responsible_worker_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_case_files_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_case_files_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "client_relations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    client_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    is_legal_representative = table.Column<bool>(type: "boolean", nullable: false),
                    lives_in_household = table.Column<bool>(type: "boolean", nullable: false),
                    related_client_id = table.Column<int>(type: "integer", nullable: true),
                    person_first_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    person_last_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    person_birth_date = table.Column<DateOnly>(type: "date", nullable: true),
                    person_personal_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    end_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_client_relations", x => x.id);
                    table.ForeignKey(
                        name: "fk_client_relations_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_client_relations_clients_related_client_id",
                        column: x => x.related_client_id,
                        principalTable: "clients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "case_assignments",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    case_file_id = table.Column<int>(type: "integer", nullable: false),
                    worker_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    from = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    assigned_by_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    end_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_assignments", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_assignments_asp_net_users_worker_id",
                        column: x => x.worker_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_case_assignments_case_files_case_file_id",
                        column: x => x.case_file_id,
                        principalTable: "case_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "case_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    case_file_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    text = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    actor_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    actor_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    subject_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_events_case_files_case_file_id",
                        column: x => x.case_file_id,
                        principalTable: "case_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "case_team_members",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    case_file_id = table.Column<int>(type: "integer", nullable: false),
                    user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    role = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    removed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_team_members", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_team_members_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_case_team_members_case_files_case_file_id",
                        column: x => x.case_file_id,
                        principalTable: "case_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "emergency_accesses",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    client_id = table.Column<int>(type: "integer", nullable: false),
                    case_file_id = table.Column<int>(type: "integer", nullable: true),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    granted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reviewed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reviewed_by_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_emergency_accesses", x => x.id);
                    table.ForeignKey(
                        name: "fk_emergency_accesses_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_emergency_accesses_case_files_case_file_id",
                        column: x => x.case_file_id,
                        principalTable: "case_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_emergency_accesses_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_client_id_at",
                table: "audit_entries",
                columns: new[] { "client_id", "at" });

            // Chain the audit log: number and hash existing entries, then a trigger hashes every new one.
            migrationBuilder.Sql(AuditLogProtection.CreateChainSql);

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_sequence",
                table: "audit_entries",
                column: "sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_case_assignments_case_file_id",
                table: "case_assignments",
                column: "case_file_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_assignments_worker_id",
                table: "case_assignments",
                column: "worker_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_events_case_file_id_at",
                table: "case_events",
                columns: new[] { "case_file_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_case_files_client_id",
                table: "case_files",
                column: "client_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_files_monitoring_on",
                table: "case_files",
                column: "monitoring_on");

            migrationBuilder.CreateIndex(
                name: "ix_case_files_organisation_id_number",
                table: "case_files",
                columns: new[] { "organisation_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_case_files_responsible_worker_id_status",
                table: "case_files",
                columns: new[] { "responsible_worker_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_case_team_members_case_file_id",
                table: "case_team_members",
                column: "case_file_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_team_members_user_id",
                table: "case_team_members",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_client_relations_client_id",
                table: "client_relations",
                column: "client_id");

            migrationBuilder.CreateIndex(
                name: "ix_client_relations_related_client_id",
                table: "client_relations",
                column: "related_client_id");

            migrationBuilder.CreateIndex(
                name: "ix_clients_birth_date",
                table: "clients",
                column: "birth_date");

            migrationBuilder.CreateIndex(
                name: "ix_clients_last_name_first_name",
                table: "clients",
                columns: new[] { "last_name", "first_name" });

            migrationBuilder.CreateIndex(
                name: "ix_clients_municipality_id",
                table: "clients",
                column: "municipality_id");

            migrationBuilder.CreateIndex(
                name: "ix_clients_organisation_id",
                table: "clients",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_clients_personal_code",
                table: "clients",
                column: "personal_code",
                unique: true,
                filter: "personal_code IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_clients_registered_by_id",
                table: "clients",
                column: "registered_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_clients_search_name",
                table: "clients",
                column: "search_name")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_emergency_accesses_case_file_id",
                table: "emergency_accesses",
                column: "case_file_id");

            migrationBuilder.CreateIndex(
                name: "ix_emergency_accesses_client_id",
                table: "emergency_accesses",
                column: "client_id");

            migrationBuilder.CreateIndex(
                name: "ix_emergency_accesses_reviewed_at",
                table: "emergency_accesses",
                column: "reviewed_at");

            migrationBuilder.CreateIndex(
                name: "ix_emergency_accesses_user_id_until",
                table: "emergency_accesses",
                columns: new[] { "user_id", "until" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(AuditLogProtection.DropChainSql);
            migrationBuilder.DropTable(
                name: "case_assignments");

            migrationBuilder.DropTable(
                name: "case_events");

            migrationBuilder.DropTable(
                name: "case_number_counters");

            migrationBuilder.DropTable(
                name: "case_team_members");

            migrationBuilder.DropTable(
                name: "client_relations");

            migrationBuilder.DropTable(
                name: "emergency_accesses");

            migrationBuilder.DropTable(
                name: "case_files");

            migrationBuilder.DropTable(
                name: "clients");

            migrationBuilder.DropIndex(
                name: "ix_audit_entries_client_id_at",
                table: "audit_entries");

            migrationBuilder.DropIndex(
                name: "ix_audit_entries_sequence",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "case_file_id",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "client_id",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "hash",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "previous_hash",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "reason",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "sequence",
                table: "audit_entries");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SocialServices.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class CommunityServices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "combination_rules",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    service = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    other = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    max_days_per_year = table.Column<int>(type: "integer", nullable: true),
                    adults_only = table.Column<bool>(type: "boolean", nullable: false),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_combination_rules", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "community_profiles",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    client_id = table.Column<int>(type: "integer", nullable: false),
                    mental_disorder = table.Column<bool>(type: "boolean", nullable: false),
                    mental_disorder_recorded_in = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    institution = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    functional_impairment = table.Column<bool>(type: "boolean", nullable: false),
                    functional_impairment_recorded_in = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    updated_by_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_community_profiles", x => x.id);
                    table.ForeignKey(
                        name: "fk_community_profiles_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "compensation_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    organisation_id = table.Column<int>(type: "integer", nullable: false),
                    municipality_id = table.Column<int>(type: "integer", nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    version_number = table.Column<int>(type: "integer", nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    snapshot = table.Column<string>(type: "jsonb", nullable: true),
                    total = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    created_by_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    created_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_by_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    submitted_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_compensation_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_compensation_claims_municipalities_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "municipalities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_compensation_claims_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "procured_prices",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    episode_id = table.Column<int>(type: "integer", nullable: false),
                    client_id = table.Column<int>(type: "integer", nullable: false),
                    amount_per_unit = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    set_by_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    set_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ended_by_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_procured_prices", x => x.id);
                    table.ForeignKey(
                        name: "fk_procured_prices_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_procured_prices_service_episodes_episode_id",
                        column: x => x.episode_id,
                        principalTable: "service_episodes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "support_assignments",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    episode_id = table.Column<int>(type: "integer", nullable: false),
                    client_id = table.Column<int>(type: "integer", nullable: false),
                    staff_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    external_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    intensity = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    goals = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    start_on = table.Column<DateOnly>(type: "date", nullable: false),
                    assigned_by_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    assigned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    end_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_support_assignments", x => x.id);
                    table.ForeignKey(
                        name: "fk_support_assignments_asp_net_users_staff_user_id",
                        column: x => x.staff_user_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_support_assignments_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_support_assignments_service_episodes_episode_id",
                        column: x => x.episode_id,
                        principalTable: "service_episodes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "unit_costs",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    set_by_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    set_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ended_by_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_unit_costs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "support_meetings",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    assignment_id = table.Column<int>(type: "integer", nullable: false),
                    on = table.Column<DateOnly>(type: "date", nullable: false),
                    duration_minutes = table.Column<int>(type: "integer", nullable: false),
                    topic = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    decisions = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    recorded_by_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_support_meetings", x => x.id);
                    table.ForeignKey(
                        name: "fk_support_meetings_support_assignments_assignment_id",
                        column: x => x.assignment_id,
                        principalTable: "support_assignments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_combination_rules_kind_service_other",
                table: "combination_rules",
                columns: new[] { "kind", "service", "other" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "ix_community_profiles_client_id",
                table: "community_profiles",
                column: "client_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_compensation_claims_municipality_id_month_version_number",
                table: "compensation_claims",
                columns: new[] { "municipality_id", "month", "version_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_compensation_claims_one_draft",
                table: "compensation_claims",
                columns: new[] { "municipality_id", "month" },
                unique: true,
                filter: "status = 'Draft'");

            migrationBuilder.CreateIndex(
                name: "ix_compensation_claims_organisation_id",
                table: "compensation_claims",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_procured_prices_client_id",
                table: "procured_prices",
                column: "client_id");

            migrationBuilder.CreateIndex(
                name: "ix_procured_prices_episode_id_valid_from",
                table: "procured_prices",
                columns: new[] { "episode_id", "valid_from" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_support_assignments_client_id",
                table: "support_assignments",
                column: "client_id");

            migrationBuilder.CreateIndex(
                name: "ix_support_assignments_episode_id",
                table: "support_assignments",
                column: "episode_id");

            migrationBuilder.CreateIndex(
                name: "ix_support_assignments_staff_user_id",
                table: "support_assignments",
                column: "staff_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_support_meetings_assignment_id_on",
                table: "support_meetings",
                columns: new[] { "assignment_id", "on" });

            migrationBuilder.CreateIndex(
                name: "ix_unit_costs_type_unit_valid_from",
                table: "unit_costs",
                columns: new[] { "type", "unit", "valid_from" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "combination_rules");

            migrationBuilder.DropTable(
                name: "community_profiles");

            migrationBuilder.DropTable(
                name: "compensation_claims");

            migrationBuilder.DropTable(
                name: "procured_prices");

            migrationBuilder.DropTable(
                name: "support_meetings");

            migrationBuilder.DropTable(
                name: "unit_costs");

            migrationBuilder.DropTable(
                name: "support_assignments");
        }
    }
}

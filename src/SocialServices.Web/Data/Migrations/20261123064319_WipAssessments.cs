using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SocialServices.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class WipAssessments : Migration
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
                name: "ix_functional_domains_name",
                table: "functional_domains",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_functional_domains_sort_order",
                table: "functional_domains",
                column: "sort_order");

            migrationBuilder.CreateIndex(
                name: "ix_risk_items_name",
                table: "risk_items",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_risk_items_sort_order",
                table: "risk_items",
                column: "sort_order");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assessments");

            migrationBuilder.DropTable(
                name: "functional_domains");

            migrationBuilder.DropTable(
                name: "risk_items");
        }
    }
}

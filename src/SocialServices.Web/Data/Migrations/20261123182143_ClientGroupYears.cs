using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialServices.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ClientGroupYears : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "client_group_years",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    group_id = table.Column<int>(type: "integer", nullable: false),
                    client_id = table.Column<int>(type: "integer", nullable: false),
                    present_sessions = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_client_group_years", x => new { x.year, x.group_id, x.client_id });
                });

            // Hand-written SQL (issue 9): the triggers that keep client_group_years whatever writes attendance, the
            // rebuild function, and the backfill.
            migrationBuilder.Sql("""
                -- client_group_years: per client, group and calendar year, the present attendance at HELD sessions
                -- (attendance_recorded AND status = 'Planned'). Kept by the triggers below whatever writes attendance.

                CREATE FUNCTION client_group_years_attendance() RETURNS trigger
                LANGUAGE plpgsql AS $fn$
                DECLARE
                    old_group integer;
                    old_year integer;
                    new_group integer;
                    new_year integer;
                    s record;
                BEGIN
                    -- The session row is locked FOR SHARE whatever its state (never filtered in the WHERE, or a session that is not
                    -- held would not be locked): a concurrent UPDATE of the session waits for this transaction, and this one waits for
                    -- a session UPDATE in progress and then reads its committed state.
                    IF TG_OP <> 'INSERT' AND OLD.status = 'Present' THEN
                        SELECT g.group_id, g.date, g.status, g.attendance_recorded INTO s
                        FROM group_sessions g WHERE g.id = OLD.session_id FOR SHARE;
                        IF FOUND AND s.attendance_recorded AND s.status = 'Planned' THEN
                            old_group := s.group_id;
                            old_year := extract(year FROM s.date)::integer;
                        END IF;
                    END IF;

                    IF TG_OP = 'UPDATE' AND OLD.status = 'Present' AND NEW.status = 'Present' AND NEW.session_id = OLD.session_id THEN
                        new_group := old_group; -- the same session, already read and locked above
                        new_year := old_year;
                    ELSIF TG_OP <> 'DELETE' AND NEW.status = 'Present' THEN
                        SELECT g.group_id, g.date, g.status, g.attendance_recorded INTO s
                        FROM group_sessions g WHERE g.id = NEW.session_id FOR SHARE;
                        IF FOUND AND s.attendance_recorded AND s.status = 'Planned' THEN
                            new_group := s.group_id;
                            new_year := extract(year FROM s.date)::integer;
                        END IF;
                    END IF;

                    IF TG_OP = 'UPDATE' AND OLD.client_id = NEW.client_id
                        AND old_group IS NOT DISTINCT FROM new_group AND old_year IS NOT DISTINCT FROM new_year THEN
                        RETURN NULL; -- no change of contribution (a note, lateness, a reason): the summary is not touched
                    END IF;

                    IF old_group IS NOT NULL THEN
                        INSERT INTO client_group_years AS t (year, group_id, client_id, present_sessions)
                        VALUES (old_year, old_group, OLD.client_id, -1)
                        ON CONFLICT (year, group_id, client_id) DO UPDATE SET present_sessions = t.present_sessions - 1;
                    END IF;

                    IF new_group IS NOT NULL THEN
                        INSERT INTO client_group_years AS t (year, group_id, client_id, present_sessions)
                        VALUES (new_year, new_group, NEW.client_id, 1)
                        ON CONFLICT (year, group_id, client_id) DO UPDATE SET present_sessions = t.present_sessions + 1;
                    END IF;

                    RETURN NULL;
                END
                $fn$;

                CREATE TRIGGER client_group_years_attendance
                AFTER INSERT OR UPDATE OR DELETE ON attendance_records
                FOR EACH ROW EXECUTE FUNCTION client_group_years_attendance();

                CREATE FUNCTION client_group_years_session() RETURNS trigger
                LANGUAGE plpgsql AS $fn$
                DECLARE
                    old_delta integer := CASE WHEN OLD.attendance_recorded AND OLD.status = 'Planned' THEN -1 ELSE 0 END;
                    new_delta integer := CASE WHEN NEW.attendance_recorded AND NEW.status = 'Planned' THEN 1 ELSE 0 END;
                BEGIN
                    IF old_delta = 0 AND new_delta = 0 OR old_delta <> 0 AND new_delta <> 0 AND OLD.group_id = NEW.group_id
                        AND extract(year FROM OLD.date) = extract(year FROM NEW.date) THEN
                        RETURN NULL; -- the same contribution (not held before or after, or held in the same group and year)
                    END IF;

                    -- Moves the session's present rows from its old contribution to its new one. This statement reads the attendance
                    -- committed by now: a transaction changing this session's attendance holds FOR SHARE on the session row, so this
                    -- UPDATE waited for it to end (READ COMMITTED takes a new snapshot per statement).
                    INSERT INTO client_group_years AS t (year, group_id, client_id, present_sessions)
                    SELECT d.year, d.group_id, a.client_id, sum(d.delta)::integer
                    FROM attendance_records a
                    CROSS JOIN (VALUES (extract(year FROM OLD.date)::integer, OLD.group_id, old_delta),
                                       (extract(year FROM NEW.date)::integer, NEW.group_id, new_delta)) AS d(year, group_id, delta)
                    WHERE a.session_id = NEW.id AND a.status = 'Present' AND d.delta <> 0
                    GROUP BY d.year, d.group_id, a.client_id
                    HAVING sum(d.delta) <> 0
                    ON CONFLICT (year, group_id, client_id) DO UPDATE SET present_sessions = t.present_sessions + EXCLUDED.present_sessions;
                    RETURN NULL;
                END
                $fn$;

                CREATE TRIGGER client_group_years_session
                AFTER UPDATE OF group_id, date, status, attendance_recorded ON group_sessions
                FOR EACH ROW
                WHEN (OLD.group_id IS DISTINCT FROM NEW.group_id OR OLD.date IS DISTINCT FROM NEW.date
                      OR OLD.status IS DISTINCT FROM NEW.status OR OLD.attendance_recorded IS DISTINCT FROM NEW.attendance_recorded)
                EXECUTE FUNCTION client_group_years_session();

                -- group_sessions rows are never deleted while they have attendance (attendance_records' foreign key is RESTRICT),
                -- and a session without attendance contributes nothing: no DELETE trigger is needed. INSERT of a session likewise.

                CREATE FUNCTION rebuild_client_group_years() RETURNS void
                LANGUAGE plpgsql AS $fn$
                BEGIN
                    -- EXCLUSIVE waits for every transaction that has changed the summary and blocks new changes (their triggers wait
                    -- here and apply their delta after this commits); plain reads go on.
                    LOCK TABLE client_group_years IN EXCLUSIVE MODE;
                    DELETE FROM client_group_years;
                    INSERT INTO client_group_years (year, group_id, client_id, present_sessions)
                    SELECT extract(year FROM s.date)::integer, s.group_id, a.client_id, count(*)::integer
                    FROM attendance_records a
                    JOIN group_sessions s ON s.id = a.session_id
                    WHERE a.status = 'Present' AND s.attendance_recorded AND s.status = 'Planned'
                    GROUP BY 1, 2, 3;
                END
                $fn$;

                SELECT rebuild_client_group_years();
                ANALYZE client_group_years;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER client_group_years_session ON group_sessions;
                DROP TRIGGER client_group_years_attendance ON attendance_records;
                DROP FUNCTION client_group_years_session();
                DROP FUNCTION client_group_years_attendance();
                DROP FUNCTION rebuild_client_group_years();
                """);

            migrationBuilder.DropTable(
                name: "client_group_years");
        }
    }
}

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "change_log" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "txid" BIGINT NOT NULL,
    "entity" VARCHAR(64) NOT NULL,
    "row_id" UUID NOT NULL,
    "operation" VARCHAR(16) NOT NULL,
    "audience" VARCHAR(16) NOT NULL,
    "athlete_id" UUID,
    "coach_id" UUID,
    "shared" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_change_log_txid_532612" ON "change_log" ("txid", "id");
CREATE INDEX IF NOT EXISTS "idx_change_log_athlete_75533d" ON "change_log" ("athlete_id", "txid");
CREATE INDEX IF NOT EXISTS "idx_change_log_coach_i_7c5e14" ON "change_log" ("coach_id", "txid");
COMMENT ON COLUMN "change_log"."operation" IS 'INSERT: insert\nUPDATE: update\nDELETE: delete\nARCHIVE: archive\nATHLETE_GONE: athlete_gone';
COMMENT ON COLUMN "change_log"."audience" IS 'ATHLETE: athlete\nEXERCISE: exercise\nCOACH: coach\nATHLETE_ONLY: athlete_only';
COMMENT ON TABLE "change_log" IS 'One change of a tracked row, written by PostgreSQL triggers (never by the ORM).';
        CREATE TABLE IF NOT EXISTS "idempotency_key" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "key" VARCHAR(255) NOT NULL,
    "operation" VARCHAR(64) NOT NULL,
    "payload_hash" VARCHAR(64) NOT NULL,
    "result_kind" VARCHAR(64) NOT NULL,
    "result_id" UUID NOT NULL,
    "result_json" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "user_id" UUID NOT NULL REFERENCES "user_account" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_idempotency_user_id_1b8b8d" UNIQUE ("user_id", "key")
);
CREATE INDEX IF NOT EXISTS "idx_idempotency_expires_8bff94" ON "idempotency_key" ("expires_at");
COMMENT ON TABLE "idempotency_key" IS 'A client''s idempotency key and the result it produced, kept until `expires_at`.';
        CREATE TABLE IF NOT EXISTS "sync_operation" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "client_id" VARCHAR(100) NOT NULL,
    "client_operation_id" VARCHAR(100) NOT NULL,
    "operation" VARCHAR(64),
    "idempotency_key" VARCHAR(255) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "attempts" INT NOT NULL,
    "failures" INT NOT NULL,
    "last_outcome" VARCHAR(16) NOT NULL,
    "last_errors" JSONB NOT NULL,
    "target_id" UUID,
    "entity_kind" VARCHAR(64),
    "entity_id" UUID,
    "athlete_id" UUID REFERENCES "athlete_profile" ("id") ON DELETE CASCADE,
    "user_id" UUID NOT NULL REFERENCES "user_account" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_sync_operat_user_id_32d4e7" UNIQUE ("user_id", "client_id", "client_operation_id")
);
CREATE INDEX IF NOT EXISTS "idx_sync_operat_user_id_cbadfa" ON "sync_operation" ("user_id", "client_id", "status", "updated_at");
CREATE INDEX IF NOT EXISTS "idx_sync_operat_athlete_230a08" ON "sync_operation" ("athlete_id");
CREATE INDEX IF NOT EXISTS "idx_sync_operat_target__5f4bd9" ON "sync_operation" ("target_id");
COMMENT ON COLUMN "sync_operation"."status" IS 'PENDING: pending\nSYNCED: synced\nERROR: error';
COMMENT ON COLUMN "sync_operation"."last_outcome" IS 'APPLIED: applied\nDUPLICATE: duplicate\nCONFLICT: conflict\nREJECTED: rejected';
COMMENT ON TABLE "sync_operation" IS 'One operation a client queued, as the server saw it: attempts, failures, last errors.';
        -- Rules the database holds itself.
        ALTER TABLE "idempotency_key" ADD CONSTRAINT "ck_idempotency_key_key" CHECK (char_length(key) BETWEEN 1 AND 255);
        ALTER TABLE "idempotency_key" ADD CONSTRAINT "ck_idempotency_key_hash" CHECK (payload_hash ~ '^[0-9a-f]{64}$');
        ALTER TABLE "sync_operation" ADD CONSTRAINT "ck_sync_operation_ids"
            CHECK (char_length(client_id) >= 1 AND char_length(client_operation_id) >= 1 AND char_length(idempotency_key) >= 1);
        ALTER TABLE "sync_operation" ADD CONSTRAINT "ck_sync_operation_counts" CHECK (attempts >= 1 AND failures BETWEEN 0 AND attempts);
        ALTER TABLE "sync_operation" ADD CONSTRAINT "ck_sync_operation_status" CHECK (status IN ('pending', 'synced', 'error'));
        ALTER TABLE "sync_operation" ADD CONSTRAINT "ck_sync_operation_outcome"
            CHECK (last_outcome IN ('applied', 'duplicate', 'conflict', 'rejected'));
        -- an operation is synced exactly when the server holds what it wrote
        ALTER TABLE "sync_operation" ADD CONSTRAINT "ck_sync_operation_synced"
            CHECK ((status = 'synced') = (entity_id IS NOT NULL));
        ALTER TABLE "change_log" ADD CONSTRAINT "ck_change_log_operation"
            CHECK (operation IN ('insert', 'update', 'delete', 'archive', 'athlete_gone'));
        ALTER TABLE "change_log" ADD CONSTRAINT "ck_change_log_audience"
            CHECK (audience IN ('athlete', 'exercise', 'coach', 'athlete_only'));
        ALTER TABLE "change_log" ADD CONSTRAINT "ck_change_log_txid" CHECK (txid > 0);

        -- The changes feed: every write to a tracked table appends a row to change_log in the
        -- writing transaction, stamped with its transaction id (app/sync/changes.py explains why).
        CREATE FUNCTION change_log_write(p_entity text, p_row uuid, p_operation text, p_audience text,
                                         p_athlete uuid, p_coach uuid, p_shared boolean)
        RETURNS void LANGUAGE sql AS $fn$
            INSERT INTO "change_log" ("txid", "entity", "row_id", "operation", "audience", "athlete_id",
                                      "coach_id", "shared", "created_at", "updated_at")
            VALUES (pg_current_xact_id()::text::bigint, p_entity, p_row, p_operation, p_audience,
                    p_athlete, p_coach, p_shared, now(), now())
        $fn$;

        -- Rows with an athlete_id column: sessions, workout logs, feedback, benchmarks.
        CREATE FUNCTION change_log_athlete_row() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                PERFORM change_log_write(TG_TABLE_NAME, OLD.id, 'delete', 'athlete', OLD.athlete_id, NULL, false);
            ELSE
                PERFORM change_log_write(TG_TABLE_NAME, NEW.id, lower(TG_OP), 'athlete', NEW.athlete_id, NULL, false);
            END IF;
            RETURN NULL;
        END
        $fn$;

        -- Programs: an archived program is sent as a tombstone, never as a row.
        CREATE FUNCTION change_log_program() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                PERFORM change_log_write(TG_TABLE_NAME, OLD.id, 'delete', 'athlete', OLD.athlete_id, NULL, false);
            ELSIF NEW.status = 'archived' THEN
                PERFORM change_log_write(TG_TABLE_NAME, NEW.id, 'archive', 'athlete', NEW.athlete_id, NULL, false);
            ELSE
                PERFORM change_log_write(TG_TABLE_NAME, NEW.id, lower(TG_OP), 'athlete', NEW.athlete_id, NULL, false);
            END IF;
            RETURN NULL;
        END
        $fn$;

        -- Phases and micro-cycles reach their athlete through their program (none when the program
        -- was deleted with them: its own tombstone covers them).
        CREATE FUNCTION change_log_program_part() RETURNS trigger LANGUAGE plpgsql AS $fn$
        DECLARE
            part_id uuid;
            owner uuid;
        BEGIN
            IF TG_OP = 'DELETE' THEN
                part_id := OLD.id;
                SELECT p.athlete_id INTO owner FROM "training_program" p WHERE p.id = OLD.program_id;
            ELSE
                part_id := NEW.id;
                SELECT p.athlete_id INTO owner FROM "training_program" p WHERE p.id = NEW.program_id;
            END IF;
            PERFORM change_log_write(TG_TABLE_NAME, part_id, lower(TG_OP), 'athlete', owner, NULL, false);
            RETURN NULL;
        END
        $fn$;

        -- Athlete profiles. A new coach gets every row of the athlete again (as updates) and the
        -- old one a single ATHLETE_GONE tombstone; the athlete loses the old coach's private
        -- exercises and gains the new coach's.
        CREATE FUNCTION change_log_athlete_profile() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                PERFORM change_log_write(TG_TABLE_NAME, OLD.id, 'delete', 'athlete', OLD.id, NULL, false);
                PERFORM change_log_write(TG_TABLE_NAME, OLD.id, 'athlete_gone', 'coach', OLD.id, OLD.coach_id, false);
                RETURN NULL;
            END IF;
            IF TG_OP = 'UPDATE' AND NEW.coach_id IS DISTINCT FROM OLD.coach_id THEN
                PERFORM change_log_write(TG_TABLE_NAME, NEW.id, 'athlete_gone', 'coach', NEW.id, OLD.coach_id, false);
                INSERT INTO "change_log" ("txid", "entity", "row_id", "operation", "audience", "athlete_id",
                                          "coach_id", "shared", "created_at", "updated_at")
                SELECT pg_current_xact_id()::text::bigint, owned.entity, owned.id, owned.operation, owned.audience,
                       NEW.id, owned.coach_id, false, now(), now()
                FROM (
                    SELECT 'training_program' AS entity, p.id, 'update' AS operation, 'athlete' AS audience,
                           NULL::uuid AS coach_id, 1 AS rank
                        FROM "training_program" p WHERE p.athlete_id = NEW.id AND p.status <> 'archived'
                    UNION ALL SELECT 'program_phase', ph.id, 'update', 'athlete', NULL, 2
                        FROM "program_phase" ph JOIN "training_program" p ON p.id = ph.program_id
                        WHERE p.athlete_id = NEW.id
                    UNION ALL SELECT 'micro_cycle', mc.id, 'update', 'athlete', NULL, 3
                        FROM "micro_cycle" mc JOIN "training_program" p ON p.id = mc.program_id
                        WHERE p.athlete_id = NEW.id
                    UNION ALL SELECT 'training_session', s.id, 'update', 'athlete', NULL, 4
                        FROM "training_session" s WHERE s.athlete_id = NEW.id
                    UNION ALL SELECT 'workout_log', l.id, 'update', 'athlete', NULL, 5
                        FROM "workout_log" l WHERE l.athlete_id = NEW.id
                    UNION ALL SELECT 'session_feedback', f.id, 'update', 'athlete', NULL, 6
                        FROM "session_feedback" f WHERE f.athlete_id = NEW.id
                    UNION ALL SELECT 'benchmark_metric', b.id, 'update', 'athlete', NULL, 7
                        FROM "benchmark_metric" b WHERE b.athlete_id = NEW.id
                    UNION ALL SELECT 'exercise', e.id, 'delete', 'athlete_only', OLD.coach_id, 8
                        FROM "exercise" e WHERE e.created_by_id = OLD.coach_id AND NOT e.is_public
                    UNION ALL SELECT 'exercise', e.id, 'update', 'athlete_only', NEW.coach_id, 9
                        FROM "exercise" e WHERE e.created_by_id = NEW.coach_id AND NOT e.is_public
                ) owned
                ORDER BY owned.rank, owned.id;
            END IF;
            PERFORM change_log_write(TG_TABLE_NAME, NEW.id, lower(TG_OP), 'athlete', NEW.id, NULL, false);
            RETURN NULL;
        END
        $fn$;

        -- Exercises: shared (system or public) ones concern everyone. One that stops being shared
        -- is first deleted for everyone, then sent again to those who still see it.
        CREATE FUNCTION change_log_exercise() RETURNS trigger LANGUAGE plpgsql AS $fn$
        DECLARE
            now_shared boolean;
        BEGIN
            IF TG_OP = 'DELETE' THEN
                PERFORM change_log_write(TG_TABLE_NAME, OLD.id, 'delete', 'exercise', NULL, OLD.created_by_id,
                                         OLD.created_by_id IS NULL OR OLD.is_public);
                RETURN NULL;
            END IF;
            now_shared := NEW.created_by_id IS NULL OR NEW.is_public;
            IF TG_OP = 'UPDATE' AND (OLD.created_by_id IS NULL OR OLD.is_public) AND NOT now_shared THEN
                PERFORM change_log_write(TG_TABLE_NAME, NEW.id, 'delete', 'exercise', NULL, OLD.created_by_id, true);
            END IF;
            PERFORM change_log_write(TG_TABLE_NAME, NEW.id, lower(TG_OP), 'exercise', NULL, NEW.created_by_id, now_shared);
            RETURN NULL;
        END
        $fn$;

        CREATE TRIGGER change_log_training_program AFTER INSERT OR UPDATE OR DELETE ON "training_program"
            FOR EACH ROW EXECUTE FUNCTION change_log_program();
        CREATE TRIGGER change_log_program_phase AFTER INSERT OR UPDATE OR DELETE ON "program_phase"
            FOR EACH ROW EXECUTE FUNCTION change_log_program_part();
        CREATE TRIGGER change_log_micro_cycle AFTER INSERT OR UPDATE OR DELETE ON "micro_cycle"
            FOR EACH ROW EXECUTE FUNCTION change_log_program_part();
        CREATE TRIGGER change_log_training_session AFTER INSERT OR UPDATE OR DELETE ON "training_session"
            FOR EACH ROW EXECUTE FUNCTION change_log_athlete_row();
        CREATE TRIGGER change_log_workout_log AFTER INSERT OR UPDATE OR DELETE ON "workout_log"
            FOR EACH ROW EXECUTE FUNCTION change_log_athlete_row();
        CREATE TRIGGER change_log_session_feedback AFTER INSERT OR UPDATE OR DELETE ON "session_feedback"
            FOR EACH ROW EXECUTE FUNCTION change_log_athlete_row();
        CREATE TRIGGER change_log_benchmark_metric AFTER INSERT OR UPDATE OR DELETE ON "benchmark_metric"
            FOR EACH ROW EXECUTE FUNCTION change_log_athlete_row();
        CREATE TRIGGER change_log_athlete_profile AFTER INSERT OR UPDATE OR DELETE ON "athlete_profile"
            FOR EACH ROW EXECUTE FUNCTION change_log_athlete_profile();
        CREATE TRIGGER change_log_exercise AFTER INSERT OR UPDATE OR DELETE ON "exercise"
            FOR EACH ROW EXECUTE FUNCTION change_log_exercise();"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TRIGGER IF EXISTS change_log_exercise ON "exercise";
        DROP TRIGGER IF EXISTS change_log_athlete_profile ON "athlete_profile";
        DROP TRIGGER IF EXISTS change_log_benchmark_metric ON "benchmark_metric";
        DROP TRIGGER IF EXISTS change_log_session_feedback ON "session_feedback";
        DROP TRIGGER IF EXISTS change_log_workout_log ON "workout_log";
        DROP TRIGGER IF EXISTS change_log_training_session ON "training_session";
        DROP TRIGGER IF EXISTS change_log_micro_cycle ON "micro_cycle";
        DROP TRIGGER IF EXISTS change_log_program_phase ON "program_phase";
        DROP TRIGGER IF EXISTS change_log_training_program ON "training_program";
        DROP FUNCTION IF EXISTS change_log_exercise();
        DROP FUNCTION IF EXISTS change_log_athlete_profile();
        DROP FUNCTION IF EXISTS change_log_program_part();
        DROP FUNCTION IF EXISTS change_log_program();
        DROP FUNCTION IF EXISTS change_log_athlete_row();
        DROP FUNCTION IF EXISTS change_log_write(text, uuid, text, text, uuid, uuid, boolean);
        DROP TABLE IF EXISTS "sync_operation";
        DROP TABLE IF EXISTS "idempotency_key";
        DROP TABLE IF EXISTS "change_log";"""


MODELS_STATE = (
    "eJztXW1z2ziS/isof4lTpTiOY2eyyu1VyTITa0eWvJI8mdxqiqZJWOKaArQEZUc3N//9Gi"
    "Ap8VUi9WaKwpfJmESD1NMg0P10o/Hn0Yga2GIntYkzrDkOHo2doyr684hoIwz/k3S7go60"
    "8Xh+k19wtAdLtNegoaoFWj4wx9Z03umjZjEMlwzMdNscOyYlXKIGN0wLG8iiA5MgaiMN2f"
    "jRxmyIdM2yKugJjx30CDecoU0dxzLJAI0xtNN1OiEO0ogh/tYtExPnhD/WoDo8Fxpu7QkT"
    "Yv5nglWHDrAzxDY8519/wGWTGPgnZvzPfx09wV8CBLcb9QlPxZ8uPNgAoI5AaN7Q7T+5He"
    "99/KQ+mtgyQioyhai4rjrTsbh2d9e4+ipacjAeVJ1akxGZtx5PnSEls+aTiWmccBl+b4AJ"
    "tjV4bEBnZGJZnor9Sy4AcMGxJ3j2y435BQM/ahOLa/7ovx4nROcKR+JJ/D/n/+29WqCZqr"
    "baPbWr9FT1KDZQ+CtENOtd0inhg8wkDsf9z7/cfueAiKtH/AH161rn+OOntwICypyBLW4K"
    "uI7+EoKao7miQodzlHUba54qYmhfwR3HHOFkxMOSEeQNT/TE/59VNOBfmKtg/q354PrwbQ"
    "HwI/iBRptYU0/3CxTQa9wo3V7t5pY/bsTYfyyBX62n8Dtn4uo0cvXY1ReFacSdY2adoO+N"
    "3jXif6L/abeUqFZn7Xr/c8TfCeYmqhL6ompGYJj6V33UoOVc65OxsaLWw5JS60XRuo9RQO"
    "3e28+17k/HYX3Xh5qdrGu/fUTLgNY+6nWk/VQtTAbOEP788GmBXn+rdcSM+iGqq5Z350zc"
    "+isEbmQxzIpxRGwlqL0vvphIn11cZIAaWqViLe6FwQ4bFFmxDkuVD+pP5xmQ/nSeCjS/FR"
    "nUQVMt50oRlS3hWrG/a4NrEnDb+/EpYBfyCw+a/vSi2YYau0PPaFrb+K3R2Sh6RSPaQCiJ"
    "o8nf0/PCOq7T0qNPmBwleGmh+5VFbprn/oD74jdd6qe1CUYmYxPwo3znSUhXEHOoDVc1Bn"
    "5V97r27uziExpqbPgFgTOlCbNfH8JYYNzFGkGjR21kWtO4o7adR2Tx1CYM2yq4RtLLkl5W"
    "QefQPbW3pZd1iFrP4mWJqV3ls3ge2zQstRmPa/ncusemqbsSqvnWr5DQJpex+Oe0S6zXWb"
    "TmiOKfYxPurjBdhSVLOF3t7/SUsCqx1ZYktsn1qGB+dJn0a+NnWEtWUXFYUmp5H7QMdhSj"
    "JI+lEZcsHxP28SyDufHxLNXc4Lf+is6adk5jIyCyXVOjKB/RElsjxjaF0Y1D+5Xa2ByQX/"
    "FUANyA99CIjhMA9YiiO6+b/YR0fnX+ednay4y0CQ4o+O3wi7Hjfuu1br12pRz99Tr0nUA9"
    "gbbztZFO14kf5EVAsrF1NTfZoYpc3cFfL9jWNbBNEB5pJoBbsweUnJkGGmuMvVDbEIRaBV"
    "GCkU0tnJRHsZE+l/NxkoSTJFwxZ6A9pWMkCXeIWs9CwomJO49VPBMoHfW2lQC8vxDm5jlj"
    "giVMLtkK4tzOSAZaIZNRzEAOu3yebJGxPqq3a/XrKtKppg/7pNa7bio9pYo0Z8jtXLhydd"
    "Nowd/GyCRRG+51Un5MBsarYz4n6OWSAuQaSTHggnIRnTyA4LaU4s9Bu7XYLtvtZmjVuGz0"
    "Ihjf3VwqgL2AHhqZrlvTaPUigFsac1RhrK+wnMeEJcFVnAU8breJgBhTnzXLBBPs0UkiCB"
    "YrPLkHqfWiaT1HFlKQ/wxk+rCECdiT//prB1sikyadNormFxVjQVybPopHfUzyDHPrmmg1"
    "RCd1+GNvP5XFUJkGHo2pg4k+5bmi68I17+1XN/G0jMOLTYmu0jH/XdD9mpB1obO231eZEM"
    "vFwgazcIUJnA5qm+Aehf8sh7bmdnVr00fTKusHLFyITaBV9zsqCUg5if3IYEnaPxkbTgu2"
    "ULpt1XGg8VK+vzfEvgeIGEzMiD4ijcwu8QACOv5Q/fC2gjTGzAHBBnKoIObFKIiz/RvpMU"
    "vurWjthWsMk40tbaoK+GQyrowDFHTl2lNGWMYBDlHrWeIAoYk3pvd0mjoqV2TmdEWW+vNp"
    "Bj7082kqH8pvhek5Pvz/FxbKPEAHZXYH8tFdr76tRWvbic9j2xxp9lQdUC0lwrU8IBDtY4"
    "fIu51agIdDMGM5tXDU7XWU1rfedRXBSwqQ+0RpXd11aq26UkWYGBOb/+Q+uf5x2WlcVdFw"
    "+mCbBv/7Vun0Ou3b6x/8IviXjk3Hw2mffFca3657arPd7VbRCzYHQ04UM9Yn35SW0qk11a"
    "+NXkvhdyNv3yedWl1RbzvKba1T6zXarSoCJXIjF48114GFNsp17bLRbPT8FnioPZiW6czc"
    "j9fPb3OtVUIT6aEe/umkWERhsTJkEi5a/ZTfe6GFz0f0+Kb2+9vQ4tdswyj1mgc0UG+2L6"
    "OBPcwceB91mEBwN0gK7mGhCOymm021X7DD68I/784+nP9y/vnjp/PP0ES85+zKLws0E48V"
    "8e8lF6RzAQlnHM6hOy3qowTrGeuwmljJqIbkorazK3jidbB/IC9A8EqpN25qzeOLSjSs6U"
    "8Z5zH7yVt6ngY5MQ7JSYwXYhxkZbISLUEZmcld2MT4V8252kpafAqRnTsvPiuPXdARujQx"
    "PviBhjLjOwr4C416b1FqfNCzogNbG60ZverxN4Vfdev2ViLYwxE/cH/WD/X5YHXd3soK1i"
    "PGBh99a8ZFXZC+BjorI1gWHaw5qr5T+4lOnCYdlBWjB0z04Uizn9ZE6tLv5wbDW+llhetV"
    "0xOKaVBnyU5YtkHPj6RveXteEQy7DW/OW2vDnWvOJYTjZ3ZeehR+ZlJmi72L5vM4uff3PE"
    "ieHF/PJCX3yxXA+ajIOPkBRUxlnPwQtS7j5OuVCj7NEiiHVuk7h05jNKRkzTbNmmUheLwk"
    "vzXt/9w5tEUb39my4He+V2AvYZKcYQ6w4MVs3WTrjirF60b63tL33rXvHZjREhzw8HyX7o"
    "W7kyv8MCNjHnwNvGkysPA7+KmIi8286qFGDMYz1OdJ7F+QjQcmczAHF72YzhCZDvo35XWk"
    "naHmpKXGb+shubLl/+AHB4ndag9TWbp6N8ZURbIAB+QPShbgELWehQXgc37uii4hodJVz9"
    "l8/vaOSxMVzALeQaUcWcd6FROh4HNVwhIl61iXWr8yU3PzmZq+U5UD0rDUGqDuz6ciEzZf"
    "LWFzxtgkDNwN4JqRBSvmUM1CgwU+1RCu8AqodddsvlaN6BtTt2l9qieXkQjcrSyizUa8na"
    "rPGmY63M3xuHX0gvGTm4/ikfYVZBI3SQWajcGFSSgOvVIPCYTXv/xIgacd3pUqxpPLcIXI"
    "MNFTSkNJhUkqrHgT/56SIpIKO0StZ6HCAtNuTOupW0jDQittIy2cije8jxQsNNtR+ZhP/p"
    "qSgQ1LLfqS9hDiRTsc4UuIslvEyA1fUOagwYNx5EwSsg+yVc2YS++wXsbY0gjBvk4z18m4"
    "bdZaLeWqijz5PqnVe43feEFtUXq6T+rtm1teYvuK19wejbmnYETN30z5cRuvq81XFZOX11"
    "CZDh5egt9nUS21MEJMNqKsRy68t05g4kBv3102FXTbUeqNbqPdCi+m4ia/NN8e3VFqzWhV"
    "mYDLkdWPCMpIti1Wpifo7mWGNCQlQV1Mt43n6XJrEkPlTcCrREii8AhbTr6Jj3wDCHvI3v"
    "rdlRXewJyY95C2199cXcw1b81CyjmpytBATSArowM5na70P7XZJ5Qlz+/BonqYZETHDxpv"
    "+zAxLaOCxlh7Ojk5eVtB1DawjQ2kEQMRSt7RZ2xb8Dp+Qp5JkOkkpflt5RkZSE/34xBdxl"
    "hPyW1KbrOYU/+eslyS2zxErWfhNvNu8pOb+/Jt7nukehrJlAzwTKCEGX6ZAD5bAPBZHOCg"
    "HRGDOZWdj0hJel7S85KeLxR4kp7fB3peMpuS2SwCC1RZgdnMQr4FsszWJODCeW0lgT08Y0"
    "uiciFW2yQqo192AleZ8PGn05V+mqMamHyyMJYimfcNE0sZeqS2SIb0z9PifCHSEDdfkK2R"
    "Af4Ct9AIJkPRzGToXp/YNibOPRrzpq5cEmu5tedk2Z/sn17mTi6eqSH2Kgd3Lv95NNddUI"
    "R3h3+Obf9r8Z4wo2HgBdQo/Kr3vkJH3vdyJPqBlvwP9P1a6SjIfRf0d/TGE3jjTnOSTJVk"
    "avFWlT2l1SSZeohaz0KmOqZj5TzxyhMoIZ26FbYv+GYxnNOPJoqIlYFaXfTZbONoIskGSj"
    "bw9cAbaaHdXlnn14hYGb77HUyyh0y91u86HaXVqyLPgUomX/uEw9f4jV/UbH1oPheFkAXX"
    "lyUujqmhsIDE7sJgH7b1dWw4BhZ29bP6ymEpyW/Lc7d2GjDwht8GAgalLW9bicQLwl/s8k"
    "xoWdwhG64bOo1LhmGyh2FEasuaKJU0Qb8Q4aq9AWsX8SoftgXxqgCyGeJVLNA6U0kQz/JH"
    "L+45YV/QPQ/N+K3uebToWbNMQcoibQCPYQ4yHYb4QHjD0D+67RZi+hCPtOSKIZt+wAoRKh"
    "A2JpZLKos4VTg8Hr8fmG9ndXhnu1lk6REZUSroXLansQUZUTpErcuIUiHIzuDil/PLisqW"
    "8Nva328pPoUaE/ecTnVkkknieTapJGmS6EpsadGiCRvmS8E0B1vWSajPmC14EJQv8gx21L"
    "lrVZE9IX1y2fhVqaIH8wn3Saf9Ha7Slz7pfm/cVBF7MUfw/72O0vrWu4a/HVtMZn1y075s"
    "NBu9H1U0og8m/8l90u5dK50qosKsX2F+3Hw0wfOmXB2sqNJoH4VWa5KqlNbVXafWqoOWMe"
    "ETgf8rX109QUcyrh7uOKbl3y/MhzBM3UH/hyyT7eM2qAUgc0RCi1UsMSKaAxFZhXgH0cQI"
    "ucNvyxYaPAoTtsaiEuqgwKAfdZR6+zelA4uCjXWexQyLglLrwt9YY1O+aFwpHbCk+KJhiP"
    "ftE0DtqooABwPu136HW9rPYsxOB51GkJg00P21cXvLr7EnczwuSsqA99KqRbUE/m5BfbWo"
    "oCyulqG42mw4rMLfRWTloRVFdje9j1y1YfJOss/SLYS4ZIFXrRVNhYtMpsLFAlPhIm4qyH"
    "SdLaTrRIJBOYCNS8ozQwpTarOceMr96HI/egGSJyr7WWmzmHPC6oU250fdpCxoG4A4V0bZ"
    "ngIcX8gzwCzTULeShpolX/IRY4O3iWOfJ7fNy7z6GuisJLiHxqlFB2smAX53U7uadFCeKW"
    "Cr6X/RkZWQ/pcw+NLT//wYU3DcL0//u6YvSEOeLHrEloOOGfSATk/P3jBkUILfe674e06w"
    "vh8DPmhsTRjymp1CsxGlRgVxnQ+mFcRgbuNHDryNJwNu/3GJZXd9bNw5JViIYlna4ORhZD"
    "oe2yST/mTSX0En+T1N/5JJf4eo9SxJf/4qtlbaRayTQuddXAGSVbEExqNk4Rjnba3RqiK+"
    "NBYjesbX4zzcvt++jIx+JkJ/AZ8fxda1cuLopqbpzQVkcl5CQV/PWMwBaFBEQhqHVKejEe"
    "Z9xyBNL0YTlCnDLLDzSjRBvySnWRSVLaFhtL+GUNz+lfHcLcTIwoRAVlDDUhLUxTGywDbU"
    "DcXIyrfBuBIhv8MjbHmMTMYXdhxf2CYjHKDQE8jgMMGezgN7e6xVy2uYoWIxz7S1DfcANJ"
    "+b1Vw29gQ1RqOJ6LyKNIKwYTroxTYdzKAxwS/Iq52EnKHmoHsbjy1Nx+we/jYZrzWcVLp4"
    "+w/Mv0M8lFgodnuzKdHVYGnjwNf5R6S4cTrDXFle6jigsqxVjk3mt0R/F8NcFjmW7HRRp+"
    "Y95SklO32IWs/CThcsgb1omt9fTSe437oz0SxegVaLazp9e2FETO4uXGN3oZ0UAUqla+3E"
    "UI9kavmwk5v/tw0xoYm4pjPhMwFJg69Agwc8tBjmGfdYhrvY4UZL/uQV9lkqratG61sVjT"
    "ExQBd90v3RqotQseivT5ROp92pImzbtCAlFGRB5o3OMT7lkZO9johtddtMzMMvJHkd2mHP"
    "gtRLJA+WUgtrJIUvCQlGUH0AyW0NVx/j3UJ62W43Q/P4ZSM6Ud/dXCowQwjU5/uAZWHxQ4"
    "hs7Y9Bsp+BrWLiu05cS26cKX1g6xITfTjS7KcbDD9VP0qIbkWbVBaFuB78xupo3jpTpeMR"
    "1tjExgaadfEFDU3mUHvKixA/4bGDNGIgZ4h5rAkzBx0/TBH8C8822VCwdm/Ri0lYcqXjTT"
    "8gfxzLhWSW8hru2Y1jgaitm7KSsQwbFXri29MAggwbHaLWs4SNIlNz5nT5sFiRNzGsmDb/"
    "8SwD5fTxLJVy4rcilJNmTZKOGcS6OdKsFNLJl4l+Va7QiSe8h2gvquel1Bs3tebxh9PKx4"
    "jH7gN/HtuUAL8rYeJKH8F++xIO3bNs1R4XFHuM7fgIW2yJ60PK1o+Y5EEfmCn5pS3wS0Hf"
    "IQeqETHJMMnT63bPfiSN4w1grAS62svBuxTcyNeb+xS7bZJLM/QTWKWgZtLppOBQyJIuPa"
    "LPmO9eQyYRPI4Ovr1FBxPMY7DMwSOehczQMaFI+OjUrqDxBBZmvYK4c/OOgnfzFlEbaUgc"
    "DviGIfpCkhKlt/moLNQSPA8PqD11eSOfcXiYSuZoVyuvZI4Oh0OQzNEhaj0LcyT+jek73e"
    "H222/G4V4+n+7M3f6QqWTyhwUlkz/ESybPVrlEhJfnkAXli0xxHHX/eVfrgenwn4nm9Ml1"
    "o/VNqaIhoI/75BYMuW4ViZ1K8Nddswl/wCP6pFavw602P5NB03W4TfmhDPV2R+GV/W0u2/"
    "zRvlG4Gcjr/0/pPCz3+slnownjJRsHNp2ME7IE01O4Y4K7T+IOmCkPE9NyeFSQP+81LJWt"
    "pHabTHXN1bhiliVdzeV2mHM1u7K3SVdhGz6HmR4TlBzOQg5njtcGKIY69932Ftil/EJsbK"
    "1e9nWWd7FmPdOEhJRyYL/Voqa1iWGmbWCf3assImM03ir75nWecyNE+MHhYqX8wg8fZEiz"
    "eYLNM7aR5/dwEsQdUwY61gAKczCAuzZ+nDDMkOkklCvdeO9ZOBcQsP096XNH3U3cIY7pTO"
    "e5Pe6fkot5dS4moLOsUAdE5EoaCdzpyac5pvu7c4ki+19F8nkjU0lWoCNiZdi0Fgb703kG"
    "rD+dp0LNbyUinTNeGhSS80PEpceOlndDdlBmLUd+fxDdjsc+5rSlnVhCM33aCEuVb9Y4v8"
    "gwa5xfpM4a/FYkxYqbB2BkJ+1HW5BoFZIqH84XH7JkCkKr9Aq7H2K5gjKQlo7+foZUZCDt"
    "ELWeFkiLkXSvk6hSp4Rg4adcY81yhsozFqRMjChJblhZxJroMxF1KGRUPBPKxKFw0+hBYx"
    "jZdEKMdzA+xmhs0wf8JbhVybDNZ8zQe/cZ742HZMpknc6yMCSYPJs2JSPvF+pDrD/JI1qK"
    "wIPIpbRsk6pcSg9R61lyUgLTbt5vPSS5G60XpCJJwZUc/7Yja212njAkVkJWdvN71tYsZP"
    "UKNaxWSEG6rYksI40nGX2tNZq8W9OKmpFZFPA5A/6fU+H/HEXfAmyIPlVHCRr4alEtpVJV"
    "WCwC/SOX2z/OZdE2q/bdZVNBtx2l3ug2PH5xNmGJm/zSPAOlo9SaUUKcVyYDCI18kYeQVP"
    "morc0HHkaYMXBF84AcECkfwheZ4mgXC+JoF/E4GqMTW8+F8Vxih8UGt+VGRiKVZ1kmZWiV"
    "Hqk8ExNzQSibK4/ImDMy/ka6BNomvXFlEXXjkyVqgMMZBwSX0jc3XmQLaQ904iBtTr/Me/"
    "yC7sHBNnhUUbNUGz/eI/72TJy/AHecipfOMqSAS/KxDVt8znLSR/I6ktcpqFewnx6+5HUO"
    "UetZeJ0iefwF2nm0eX9/SFkuhP32RfbvVwT37CJLAgW0Sq+jchFLoRhTOwHf1JrTfvPdFZ"
    "zeJrybPjrAs/XyjNegTAnH7MacnZA7qQ/xKCGxbYE7OZPYoTs533y1pziHvZQ8eMcl5djO"
    "hrlNHfcMEXgmtp/F8TjTPIeQpHewuzn7b6d7MmNbGnNUwMhc1YZP7GADpnzBOML9tdxdh6"
    "0gVBlMmGSAU7Z+zW9WFmYxiWb5Nn+5Mu5Rorz5Ezb4Fq2KODPUwQQ9TNGtC3P3n01/YxYv"
    "mSN4KLjLU5LanZuU7V8b7L9P+uTe+Wka97wUNL/M+4Bn8Y4Jc/ewvGHINNDx/Xh2FKj6E+"
    "6opnH89v6tm0D1iOElGMyAmLnb0Uzo+Zj3XAFhXu7HwHZF1Jnm9X/QA7boi5CklsFTrwLP"
    "Q8wxLQvZE8IL0aNj0M57fpLMe/eHs5PxlL/5/by+1r3o+F6UE3L/tDEaW/BBIXfyYFWOFR"
    "2B/iggSCeOJTK9+Au4r+u4rGDmhC/+03hb9zzVaMVrcdctUOS90/xqLt7w0hykrj2JzGHC"
    "OuPNbsV1at1l5m9nZx8//nJ2+vHT54vzX365+Hw6W2/itxYtPJeNb3ztCU15/mKUzif6Cs"
    "2Ovy9RJu9sJ0qIbkTKx+n4EiW0cTcfcIXJLe+ZTDMJWWg0AiYdY3u2R3+VhJhQB0Uev/Cp"
    "dpVOrwrLOCzqTp/c3XJrsurtLe+TK6Wp8L/dDeZ9wkdg4ze4oNn6EJZWuNK75k3Ub2BYwm"
    "VveRzA8hs1ajJ5fxsvwsM30WOSFidfrsugfKFV6SlipoM+UX5XOvVGFy75dSZ57aRa/brq"
    "VmScK6/dav6YK49bbgVR3uvWUd4ffzHH7Ba0VLMiGpSReEZ4U5hGcJJJuaiK1FxIlpBaoY"
    "SUTAYoS1hYJgMcotYLvl+yYeDRmIrs6l/x9CiBVoy0qCziFs15W/XJa5yh1rdugd3pCFJu"
    "Jo9AfnaIG0ANY4lTWmObGhMdGxX3lLcJ+M4Wusc/xya0gcF/n1Tge6P9c4Kxq4PfA6JUSP"
    "N6AOhlSBETRcSdL+h+rE0tqhnqUGPDGRHZva69O7v4xGlOQRP6rhO8mK4RSkxds/qE14Oo"
    "IOZ2zUAX4k1fTGcIr0s5e4e83nm/bu0r4wTdu79B/TejJER9cvoUPGCksT4RvKZpM4f/4j"
    "F8X/CEIX2BnwI//djBP3nqIHWQqElRdf9BL3RiGSAgCE/RLbwQ47+C30fiQB+WWnkrVGqL"
    "j4k/4jtNZ+jKraUyBVGuP9LqkFrfQQqit0Bnpam95kUmhoqUF7eEWU3GeG/Y1MJEA4KGVh"
    "6ko3IS7CyhF9fEfIKflwfriJiEOjvUOQNdQSEZ60qGlDtIcVB74PssBNUXK8XoXWTFKL/3"
    "QgZMrJ7hzIhptlvf/ObRIofR8wxnHl5OAzMsWUIDc38NygQ/4rUKNO+RUlc/64BDFYc29y"
    "kHd143+wnp0lMOAgMq7/kG2+RZu1Oit2fWfQLNGm5QWcSy8sxBNeQqZMvinInwcwoFJYpA"
    "tRNOdmouXyjSHW3EtBdkOjxK7uDR2GEVxMuHTGCkVhBPWEaiTARLzuXc+FM44QrDGxs8z/"
    "OY67fid8xzMb3/nT/WNN6eoC7P3jw9PX/DkFuzpYpuldZVo/XN43RNp08AYhBm6Lj7o1VX"
    "rt5WkNLptDuIwgfEGVH+PpzmHdoYI76+MMHDio3ZIDqFX52J9nRfMfzH7H1nJwuknk8QlJ"
    "4XoAlQL9F0TfG3o9nwOvLcgl0ZmpJUPRx6TZKqh6j1LKRqaLLOvNstKFQKB3MX50kmrKP5"
    "MY+KS/Szof9K9HbB0uq2zQIm5FNkxTpBtIRjeyuhm8MoEel6Q1U0xsQAwPvEdYL4mffws4"
    "w+Eb5Q1fXCop7ea+VIu55iXDWpO5qCIrvb1bQv25d9hzsHoEERCWjifnA6cXSadpT48gkk"
    "2kehp5Ha7W2zwWcNl0uBaePqDq7UxdYaYwLXdLG7pt5ufYXLPb4fgzzCVadPOso/lHqPC9"
    "v431h33Czx159mhAJc8imuw/TDryJi8iDrxWGkFY7FmlNaMbWks1YhIbmjI/HYvLwR/YiY"
    "NOXlAYW7H7tyx9zmMZURXBnBLXwEN2ES2ACqNbenQDnpvZwAlsIbngCLFCOvYdvUh0cJwX"
    "HvTmXhmfbzNsui4emYbrhG9qEUulnTf04PnT5jm+UkmQMiRfaci0R48o8qB8Je8xKiu51A"
    "FSVOYpnndCohILJ7GuF1rKqNEQavurH2r/8HnEOBug=="
)

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
    "eJztXW132kiy/it9/CXOOcRxHDuTJXfvORgrMTsYvIAnk132yLLUBo1FN6sWdti9899vdU"
    "sCvYLEm4XoL3GQulrSU63uqqeqS/89GlEDW+ykNnGGNcfBo7FzVEX/PSLaCMN/kk5X0JE2"
    "Hs9P8gOO9mCJ9ho0VLVAywfm2JrOO33ULIbhkIGZbptjx6SES9TghGlhA1l0YBJEbaQhGz"
    "/amA2RrllWBT3hsYMe4YQztKnjWCYZoDGGdrpOJ8RBGjHEb90yMXFO+GUNqsN1oeHWrjAh"
    "5r8nWHXoADtDbMN1/vkvOGwSA//EjP/859ET/BIguN2oT3gqfrrwYAOAOgKheUO3/+R2vP"
    "fxk/poYssIqcgUouK46kzH4tjdXePqq2jJwXhQdWpNRmTeejx1hpTMmk8mpnHCZfi5ASbY"
    "1uCyAZ2RiWV5KvYPuQDAAcee4NmTG/MDBn7UJhbX/NH/PE6IzhWOxJX4P+f/691aoJmqtt"
    "o9tav0VPUoNlD4LUQ06x3SKeGDzCQOx/2/f7r9zgERR4/4BerXtc7xx09vBQSUOQNbnBRw"
    "Hf0pBDVHc0WFDuco6zbWPFXE0L6CM445wsmIhyUjyBue6In/n1U04B+Yq2D+rvng+vBtAf"
    "AjeECjTaypp/sFCug1bpRur3Zzyy83YuzflsCv1lP4mTNxdBo5euzqi8I04s4xs07Q90bv"
    "GvGf6B/tlhLV6qxd7x9H/J5gbqIqoS+qZgSGqX/URw1azrU+GRsraj0sKbVeFK37GAXU7t"
    "39XOv+dBzWd32o2cm69ttHtAxo7aNeR9pP1cJk4Azh54dPC/T6W60jZtQPUV21vDNn4tSf"
    "IXAji2FWjCNiK0HtvfHFRPrs4iID1NAqFWtxLgx22KDIinVYqnxQfzrPgPSn81Sg+anIoA"
    "6aajlXiqhsCdeK/V0bXJOA296PTwG7kB940PSnF8021NgZekbT2sZPjc5G0SMa0QZCSRxN"
    "fp+eF9ZxnZYefcLkKMFLC52vLHLTPPcH3Be/6VI/rU0wMhmbgB/lO09CuoKYQ204qjHwq7"
    "rXtXdnF5/QUGPDLwicKU2Y/foQxgLjLtYIGj1qI9Oaxh217VxiuacmXSvpWhVz4txTI1u6"
    "Voeo9SyulZjPVT515zFIw1KbcbOWz617bI+6y5+ab/0KCW1yGYu/TrvEep1Fa44o/jk24e"
    "wK01VYsoTT1f5OTwmrElttSWKbXI8K5jyXSb82foa1ZBUVhyWllvdBy2BHMUryWBpxyfLR"
    "Xx/PMpgbH89SzQ1+6s/orGnnNDYCIts1NYryEi2xNWIUUxjdOLRfqY3NAfkVTwXADbgPje"
    "g4AVCPHbrzutlPSOdH56+Xrb3MSJvggIJnhyfGjvuu17r12pVy9OfrcHYC9QSuztdGOkcn"
    "HsgLe2Sj6GpuhkMVubqDXy/Y1jWwTRAeaSaAW7MHlJyZBhprjL1Q2xAsWgVRgpFNLZyUPL"
    "GRPiUJV4A5piJJuAOiYyQJd4haz0LCiYk7j1U8Eygd9baVqLu/EObmOWOCJcwo2Qri3M5I"
    "Blohk1HMQA67fJ5skbE+qrdr9esq0qmmD/uk1rtuKj2lijRnyO1cOHJ102jBb2NkkqgN9z"
    "p5PiYD49UxnxP0ckkBco2kGHBBuYhOHkBwW0rx56DdWmyX7XYztGpcNnoRjO9uLhXAXkAP"
    "jUzXrWm0ehHALY05qjDWV1jOY8KS4CrOAh6320RAjKnPmmWCCfboJBEEixWe3IPUetG0ni"
    "P1KMh/BtJ7WMIE7Ml//bWDLZE+k04bRZOKirEgrk0fxaM+JnmGuXVNtBqikzr82NtXZTFU"
    "poFHY+pgok95gui6cM17+9XNNi3j8GJToqt0zJ8Lul8Tsi501vb7KhNiuVjYYOqtMIHTQW"
    "0T3KPwz3Joa25XtzZ9NK2yvsDChdgEWnW/o5KAlJPYjwyWpE2TseG0YN+k21YdBxov5ft7"
    "Q+x7gIjBxIzoI9LI7BAPIKDjD9UPbytIY8wcEGwghwpiXoyCONu/kR6zbI0Urb1wjWGysa"
    "VNVQGf3Oco4wAFXbn2lBGWcYBD1HqWOEBo4o3pPZ2mjsoVmTldkaX+fJqBD/18msqH8lNh"
    "eo4P///AQpkH6KDM7kA+uuvVt7VobTvxeWybI82eqgOqpUS4lgcEon3sEHm3UwvwcAhmLK"
    "cWjrq9jtL61ruuIrhJAXKfKK2ru06tVVeqCBNjYvNH7pPrH5edxlUVDacPtmnw37dKp9dp"
    "317/4AfBv3RsOh5O++S70vh23VOb7W63il6wORhyopixPvmmtJROral+bfRaCj8bufs+6d"
    "TqinrbUW5rnVqv0W5VESiRG7l4rLkOLLRRrmuXjWaj57fAQ+3BtExn5n68fn6ba60SmkgP"
    "9fBPJ8UiCouVIZNw0eqn/N4LLXw+osc3td/fhha/ZhtGqdc8oIF6s30ZDexh5sD9qMMEgr"
    "tBUnAPC0VgN91sqv2CHW4X/rw7+3D+y/nnj5/OP0MTcZ+zI78s0Ew8VsTfl1yQzgUknHE4"
    "h+60qI8SrGesw2piJaMakovazq7gidfB/oG8AMErpd64qTWPLyrRsKY/ZZzH7Cdv6Xka5M"
    "Q4JCcxXohxkJXJSrQEZWQmd2ET418152orafEpRHbuvPisPHZBR+jSxPjgCxrKjO8o4C80"
    "6r1FqfFBz4oObG20ZvSqx+8UnurW7a1EsIcjfuD+rB/q88Hqur2VFaxHjA0++taMi7ogfQ"
    "10VkawLDpYc1R9p/YTnThNOigrRg+Y6MORZj+tidSl388NhrvSywrXq6YnFNOgzpKdsGyD"
    "nh9J3/L2vCIYdhvenLfWhjvXnEsIx8/svPQo/MykzBZ7F83ncXLv9zxInhxfzyQl98sVwP"
    "moyDj5AUVMZZz8ELUu4+Tr1Qc+zRIoh1bpO4dOYzSkZM02zZplIXi8JL817f/cObRFG9/Z"
    "suB3vldgL2GSnGEOsODGbN1k644qxetG+t7S99617x2Y0RIc8PB8l+6Fu5MrPJiRMQ++Bt"
    "40GVj4HTwq4mIzr3qoEYPxDPV5EvsXZOOByRzMwUUvpjNEpoP+oLx4tDPUnLTU+G1dRHr6"
    "BTCYKtLTPyCfT3r6h6j1LJ4+n9dzV20JCZWuQs7mc7R3XH6oYFbuDqrhyFrVq5gIBZ+rEp"
    "YoWau61PqV2Zibz8Y01Ie8n0UIS60B6v68KjIp89WSMmesTMLA3QCuGZmuYg7VLFRX4FUN"
    "4Qq3gFp3zeZr1YG+MXWb1qd6cqmIwNnKImpsxNup+qxhpq+2OR5/jl4wfnJzTjxivoJM4i"
    "aiQLMxuDAJBaBX6iGB1PqnHw3wtMO7UsV4cms+SMJLEl6Fn973lPqQhNchaj0L4RWYhWNa"
    "T90MGhZaaUNo4VS84R2hYIfZjsrHfPLblAxsWGrRm7SHEC/aqwhvQpTDIkZu+IIyBw0ejC"
    "NnkpBHkK3+xVx6h5UvxpZGCPZ1mrnixW2z1mopV1XkyfdJrd5r/MZLY4si0n1Sb9/c8mLZ"
    "V7x69mjM/QEjauRmynTbeIVsvqqYvFCGynTw4xK8O4tqqSUOYrIRZT1y4b119RIHevvusq"
    "mg245Sb3Qb7VZ4MRUn+aH5RueOUmtG68NwFyUnARSUkZxarOBO0KnLDGlISoK6mFQbzxPf"
    "1qR/yptKV4lQQeERtpxiEy/5BhD2kL31uysrvIE5Me/n1l5/m3Qx17w1SyLnJCRDAzWBko"
    "wO5HRS0n/VZq9Qloy9B4vqYSoRHT9ovO3DxLSMChpj7enk5ORtBVHbwDY2kEYMRCh5R5+x"
    "bcHt+Kl1JkGmk5Swt5VrZKA23ZdDdCm5Tclt7snUv6csl+Q2D1HrWbjNvNv15Da9fNv0Hq"
    "meRjIlAzwTKGEeXyaAzxYAfBYHOGhHxGBOZecjUpKel/S8pOcLBZ6k5/eBnpfMpmQ2i8AC"
    "VVZgNrOQb4FcsjUJuHD2WklgD8/YkqhciNU2icrom53AVSa8/Ol0pZ/MqAYmnyyMpUjZfc"
    "PEUoYeqS1SHv0vY3G+EGmImy/I1sgAf4FTaASToWhmMnSvT2wbE+cejXlTVy6JtdzadbJ8"
    "l8v/Dpk7uXimxr/4qzDXVrAR7wD/HNv+++H1OSNe4JJqFHDVu0OhFe8NORL9QEv+A32/Vj"
    "oKcq+O/oreeAJv3IlN0qeSPi3eOrKnRJqkTw9R61noU8d0rJxfq/IESkigboXfC95ZDOf0"
    "zwpFxMpApi56bbbxWSHJ/0n+7/XAG2mhXVxZ59eIWBne+x1MsodMttbvOh2l1asiz4FKpl"
    "v7hMPX+I0f1Gx9aD4XhYIFZ5clLo6pwa+AxO4CXx+29XZsOOoVdu6z+sphKcloy29m7TRE"
    "4A2/DYQISluathKJEITf2OW5z7JoQzZcN/QlLRl4yR54Ecksa6JU0pT8QgSo9gasXUSofN"
    "gWRKgCyGaIULFA60ylPjzLH7243/j6gu55aMZvdc/jQ8+aZQpSFmkDuAxzkOkwxAfCG4b+"
    "1m23ENOHeKQlVwLZ9AVWiEmBsDGxXFIZ2kaT7+PnA/OtCFnJGJKMIRVz9trTaIKMIR2i1m"
    "UMqRD0ZnC5y/lmRWVL+G7t77sUn0KNiftVTXVkkkni12dSadEk0ZX40aLFDzbMkIIxDtar"
    "k1BpMVu4IChf5BnsqHPXqiJ7QvrksvGrUkUP5hPuk077OxylL33S/d64qSL2Yo7g/72O0v"
    "rWu4bfji0msz65aV82mo3ejyoa0QeTP3KftHvXSqeKqDDkV5gfNx8/8PwnVwcrqjTaR6HV"
    "mqQqpXV116m16qBlTPhE4D/lq6sn6DrG1cNdxbQc+4UZEIapO+j/kGWyfdzqtABkjkhosY"
    "qlQkSzHiKrEO8gmgohd/Ft2UKDS2HC1lhUQh0UGPSjjlJv/6Z0YFGwsc4zlWFRUGpd+I01"
    "NuWLxpXSAUuKLxqGuN8+AdSuqghwMOB87Xc4pf0sxux00IkDiWkC3V8bt7f8GHsyx+OiJA"
    "l4N61aVEvg7xbUUIsKygJqGQqozYbDKvxdRFZ+fqLI7qb3kqs2TN5J9lm6hRCXLPCqtaKp"
    "cJHJVLhYYCpcxE0FmaCzhQSdSPgnB7BxSfn1j8KU0ywnnnLPudxzXoB0icp+VtMs5pywej"
    "HN+UdrUha0DUCcK4dsTwGOL+QZYJaJp1tJPM2SIfmIscHbxLHPk83m5Vp9DXRWEtxD49Si"
    "gzXT/r67yVxNOijPFLDVhL/oyEpI+EsYfOkJf36MKTjulyf8XdMXpCFPFj1iy0HHDHpAp6"
    "dnbxgyKMHvPVf8PSdY348BHzS2Jgx5zU6h2YhSo4K4zgfTCmIwt/HPCryNp/9t/3KJpXV9"
    "bNw5JVh6Ylmi4ORhZDoe2yST/mTSX0En+T1N/5JJf4eo9SxJf/4qtlbaRayTQuddXAGSVb"
    "EExqNk4Rjnba3RqiK+NBYjesbX4zzcvt++jIx+JkJ/AZ8fxda1cuLopqbpzQVkcl5C0V7P"
    "WMwBaFBEQhqHVKejEeZ9xyBNLz8TlCnDLLDz2jNBvySnWRSVLaFhtL+GUNz+lfHcLcTIwo"
    "RAVlDDUhLUxTGywMbTDcXIyreluBIhv8MjbHmMTMYXdhxf2CYjHKDQE8jgMMGezgN7u6pV"
    "y2uYoSoxz7S1DfcjZz43q7ls7AlqjEYT0XkVaQRhw3TQi206mEFjgl+QVy0JOUPNQfc2Hl"
    "uajtk9/DYZryecVJ54+xfMvyc8lFgo9nyzKdHVlPLF6YxyZXkx44CKstYxNpnfEv1VDGtZ"
    "xliy0UWdiveUl5Rs9CFqPQsbXbCE9aJpfn81neBu685Es3iNWS2u6fTthBExuZtwjd2Edl"
    "LEJ5WetRNDO5KZ5cNObvbfNsSEJuKaznzPBCTtvQLtHfDIYphn3FMZ7mKHGyv5lVfYV6m0"
    "rhqtb1U0xsQAXfRJ90erLkLDor8+UTqddqeKsG3TgpRMkCWXNzrH+BRHTrY6IrbVbTIxD7"
    "+QZHVoRz0LUi+RvFdKLayRFL4kJBhB9QEktzVcfYx3C+llu90MzeOXjehEfXdzqcAMIVCf"
    "7/uVpcMPIZK1PwbJfgayionvOnEsuVGm9IGsS0z04Uizn24wPKp+lBDNijapLAppPfiN1d"
    "G8daZaxiOssYmNDTTr4gsamsyh9pSXGX7CYwdpxEDOEPPYEmYOOn6YIvgL1zbZULB2b9GL"
    "SVhyLeNNXyB/3MqFZJbiGu7ZDWSBqK2bTFYulmGjIk98expAkGGjQ9R6lrBRZGrOnB4fFi"
    "vypoUV0+Q/nmWgnD6epVJO/FSEctKsSdKHBLFujjQrhXTyZaJvlSt04gnvIdqL6ncp9cZN"
    "rXn84bTyMeKx+8CfxzYhwHMlTFzpI9hvX8Khe5atuuOC4o6xHR5hiy1xfUjZ6hGTPOhPYk"
    "p+aQv8UtB3yIFqREwyTPL7dLtnP5LG8QYwVgJd7eXgXQpu5O3N/Z26bZJLM/QTWKWgZtLp"
    "pOBQyJIePaLPmO9WQyYRPI4Ovr1FBxPMY7DMwSOedczQMaFI+OjUrqDxBBZmvYK4c/OOgn"
    "fzFlEbaUh8/u8NQ/SFJCVGb/NSWagluB4eUHsqaSJJExV1hdhTwkDSRIeo9Sw0kfgb03e6"
    "d+2334x3vXw+3Zlv/SFTPeQPC+ohf4jXQ54taYkIL08YC8oXmc846v79rtYDO+HfE83pk+"
    "tG65tSRUNAH/fJLVht3SoS25Lg112zCT/gEn1Sq9fhVJt/cEHTdThN+RcX6u2Owsv221y2"
    "+aN9o3Cbjxf3n9J5DO71M81GE8brMQ5sOhknpASm52vHBHefsR0wUx4mpuXwECC/3mtYKl"
    "vJ4zaZ6tqmccUsy7Cay+0wwWp2ZG8zrHzb72Gak66JCUrCZiFhM8drA3xC1k/eFxPY5V+8"
    "j46t1Wu6zpIs1ixWmpB9Ug7st1qxtDYxzLTd6bNzlUXMi8ZbZd+ZzhNshAj/DrhYKb/wLw"
    "sypNk8m+YZ28jzezjj4Y4pAx1rAIU5GMBZGz9OGGbIdBJqkW689ywECwjY/obzuaPuZukQ"
    "x3Sm80Qe96dM2Xl1Liags6xQB0TkShqJ0unJn2pM93fnEkX2v4rk80amkqxAR8TKsEMtDP"
    "an8wxYfzpPhZqfSkQ6Z3A0KCTnh4hLjx0t7+7roMxajvz+ILodj33MaUs7sT5m+rQRlirf"
    "rHF+kWHWOL9InTX4qUg+FTcPwMhO2ny2IKsqJFU+nC8+ZEkLhFbp5XM/xBIDZSAtHf39DK"
    "nIQNohaj0tkBYj6V4nK6VOCcHCT7nGmuUMlWcsSJkYUZLcsLKINdFnIupQyKh4JpSJQ+Gm"
    "0YPGMLLphBjvYHyM0dimD/hLcF+SYZvPmKH37jXeGw/JlMk6nS1nSCTVIdNO5LwpV0up9e"
    "0XtRti/Wm1dz0kuRutF6TCSMGVHH+3MXk2bUpGOX3NiFgJidfN70FbszDVK9SkWiHL6LYm"
    "Eok0nkf0tdZo8m5NK2opZlHA5wz4f06F/3MUfQuwIfpUHSVo4KtFtZTKU2GxCPSPXG7/aJ"
    "VF26bad5dNBd12lHqj2/AoxNmEJU7yQ/Mkk45Sa0Y5b15pDCA08gUXQlLlY682H1sYYcbA"
    "28wDckCkfAhfZAqVXSwIlV24obKCcAZXnic9pwT8bVsJvEF648oi7sD31tUAiTAOCC7lD2"
    "680ArSHujEQdrc/5/3+AXdg/tn8LCWZqk2frxH/O6ZqO4PZ5yKl08xpIBL8kcBtngdyTpI"
    "1kH6n5J1kFovAOtQJH+0QFtfNu+NDinLhbDfvsje54rgnl1kieBDq/SqHRexGP6Y2gn4pl"
    "Y49pvvrrzxNuHddKF6z9bLM16DMiUcsx/OsvAj0Co9L/AsxpEwfYhHCZlV6SjPJXZYKX2+"
    "+2dPcQ57KXnwjkvKsZ0Nc5s67hcr4JrYfhYfY5nm+eRFege7m7P/cronM7alMUcFjMxVbf"
    "jEDjZgyheMwdpfy9112ApClcGESQY4Ze/R/GRlYRqNaJZv95Er436okjd/wgbfI1QRX6R0"
    "MEEPU3Trwtz9e9PfGcQLtAgeCs7ynJh25yZl/9EG+++TPrl3fprGPS88zA/zPuBavGPC3E"
    "0UbxgyDXR8P559eFL9CWdU0zh+e//WzeB5xHATDGZAzNz9UCb0fMx7roAwLy5jYLsiqhrz"
    "ajPoAVv0RUhSy+C5P4HrIeaYloXsCeFlz9ExaOc9/27Je/fB2cl4yu/8fl7N6V50fC+K17"
    "g/bYzGFrxQyJ08WJVjRUegPwoI0oljiVQjfgPu7TouK5h5TxZ/NN7W/XpntL6yOCuO+/c0"
    "P5qLN7w0B6lrTyJzmLDOeLNbcZ1ad5n5y9nZx4+/nJ1+/PT54vyXXy4+n87Wm/ipRQvPZe"
    "MbX3tCU56/GKXzib5Cs+PvS5TJO9uJEqI7YfJxOr5ECW3czYcDYXLL+wWgmYQsaxkBk46x"
    "Pdskvkq6RqiDIo9feFW7SqdXhWUcFnWnT+5uuTVZ9TY398mV0lT4b3eHc5/wEdj4DQ5otj"
    "6EpRWO9K55E/UbGJZw2FseB7D8Ro2aTN7fxqvA8F3c2FPSKroMyhdalZ4iZjroE+V3pVNv"
    "dOGQX9WQF++p1a+rbv2/ufLareaPufK45VYQ5b1u1d798RdzzG5BSzUrokEZiWeEN4VpBC"
    "eZlIvKGM2FZA2jFWoYyWSAsoSFZTLAIWq94Bv2GgYejanI/f0VT48SaMVIi8oibtGct1Wf"
    "vMYZKkvrFtidjiDlZvII5GefDAOoYSxxSmtsU2OiY6PiflNsAr6zhe7xz7EJbWDw3yeVk9"
    "5o/5xg7Org94AoFdJ8Qzp6GVLERMlq5wu6H2tTi2qGOtTYcEZEdq9r784uPnGaU9CEvusE"
    "N6ZrhBJT16w+4QUJKoi5XTPQhbjTF9MZwu1Szt4hr3fer1t8yThB9+4zqH8wSkLUJ6dPwQ"
    "NGGusTwWuaNnP4E4/h/YIrDOkLPAo8+rGDf/LUQeogURSh6v5BL3RiGSAgCE/RLdwQ40/B"
    "zyPx+RiWWvopVOuJj4l/xYjHObqyxpNMQZTrj7Q6pNZ3kILoLdBZaWqveZGJoSLlxS1hVp"
    "Mx3hs2tTDRgKChlQfpqJwEO0voxTUxn+Dx8mAdEZNQZ4c6Z6ArKCRjXcmQcgcpDmoPfJ+F"
    "oPpipRi9i6wY5fdeyICJFdSbGTHNduub3zxaZS/69byZh5fTwAxLltDA3F+DMsGPeK0KwX"
    "uk1NWL7XOo4tDmLrN/53Wzn5AuLbMfGFB5C+xvk2ftTonenln3CTRruEFlEcvKMwfVkKuQ"
    "LYtzJsK/iicoUQSqnXCyU3P5QpHuaCOmvSDT4VFyB4/GDqsgXtxiAiO1gnjCMhJFDFhyLu"
    "fGr8IJVxje2OB5nsdcvxW/Y56L6f13flnTeHuCujx78/T0/A1DbkWRKrpVWleN1jeP0zWd"
    "PgGIQZih4+6PVl25eltBSqfT7iAKLxBnRPn9cJp3aGOM+PrCBA8rNmaD6BSeOhPt6d5i+M"
    "fsfmel7VML5Ael5+VRAtRLNF1T/HY0G25HFs7flaEpSdXDodckqXqIWs9CqoYm68y73YJC"
    "pXAwd/FBw4R1ND/mUXGJfjb0X4neLlha3bZZwIR8iqxYJ4iWcGxvJXRzGAUMXW+oisaYGA"
    "B4n7hOEP/COjyW0SfCF6q6XljU03utHGnXU4yrJnVHU1Bkd7ua9mX7su9w5wA0KCIBTdwP"
    "TieOTtO+Zb18Aon2UehppHZ722zwWcPlUmDauLqDI3WxtcaYwDFd7K6pt1tf4XCP78cgj3"
    "DU6ZOO8jel3uPCNv4D646bJf7604xQgEs+xXWY/vWliJj8kvLiMNIK32WaU1oxtaSzViEh"
    "uaMj8btteSP6ETFpyssv5O1+7Modc5vHVEZwZQS38BHchElgA6jW3J4C5aT3cgJYCm94Ai"
    "xSjLyGbVMfHiUEx70zlYUfVZ+3WRYNT8d0wzWyD6XQzZr+c3ro9BnbLCfJHBApsudcJMKT"
    "v1Q5EPaalxDd7QSqKHESyzynUwkBkd3TCK9jVW2MMHjVjbV//j+239zM"
)

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "analytics_params" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "hash" VARCHAR(64) NOT NULL UNIQUE,
    "algorithms" JSONB NOT NULL,
    "params" JSONB NOT NULL
);
COMMENT ON TABLE "analytics_params" IS 'One set of parameters, by its SHA-256: what `params_hash` of a stored row names.';
        CREATE TABLE IF NOT EXISTS "analytics_pending" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "from_day" DATE,
    "reason" VARCHAR(32) NOT NULL,
    "athlete_id" UUID NOT NULL REFERENCES "athlete_profile" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_analytics_p_athlete_73ae1a" ON "analytics_pending" ("athlete_id", "created_at");
COMMENT ON TABLE "analytics_pending" IS 'An athlete whose series must be recomputed from `from_day` (null: from the beginning).';
        CREATE TABLE IF NOT EXISTS "analytics_settings" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "overrides" JSONB NOT NULL,
    "coach_id" UUID NOT NULL UNIQUE REFERENCES "coach" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "analytics_settings" IS 'A coach''s analytics settings: the parameters they change from the defaults (params.py).';
        CREATE TABLE IF NOT EXISTS "daily_readiness" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "day" DATE NOT NULL,
    "score" DOUBLE PRECISION,
    "recommendation" VARCHAR(16),
    "confidence" VARCHAR(8) NOT NULL,
    "confidence_reasons" JSONB NOT NULL,
    "contributions" JSONB NOT NULL,
    "red_flags" JSONB NOT NULL,
    "tips" JSONB NOT NULL,
    "hrv_metric" VARCHAR(8) NOT NULL,
    "hrv_value" DOUBLE PRECISION,
    "resting_hr_value" DOUBLE PRECISION,
    "sleep_score" DOUBLE PRECISION,
    "stress" DOUBLE PRECISION,
    "steps" DOUBLE PRECISION,
    "baselines" JSONB NOT NULL,
    "acwr" DOUBLE PRECISION,
    "acwr_zone" VARCHAR(16),
    "training_load_7d" DOUBLE PRECISION,
    "training_load_28d" DOUBLE PRECISION,
    "sources" JSONB NOT NULL,
    "inputs" JSONB NOT NULL,
    "algorithm_version" VARCHAR(32) NOT NULL,
    "params_hash" VARCHAR(64) NOT NULL,
    "athlete_id" UUID NOT NULL REFERENCES "athlete_profile" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_daily_readi_athlete_d0a257" UNIQUE ("athlete_id", "day")
);
CREATE INDEX IF NOT EXISTS "idx_daily_readi_score_3a4fd3" ON "daily_readiness" ("score");
COMMENT ON COLUMN "daily_readiness"."recommendation" IS 'HIGH_INTENSITY: high_intensity\nMODERATE: moderate\nEASY: easy\nRECOVERY: recovery\nREST: rest';
COMMENT ON COLUMN "daily_readiness"."acwr_zone" IS 'UNDER: under\nSWEET_SPOT: sweet_spot\nCAUTION: caution\nDANGER: danger';
COMMENT ON TABLE "daily_readiness" IS 'One athlete-local day''s readiness (seed 003''s daily_readiness), with what it read.';
        CREATE TABLE IF NOT EXISTS "daily_training_load" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "day" DATE NOT NULL,
    "series_index" INT NOT NULL,
    "load" DOUBLE PRECISION NOT NULL,
    "session_count" INT NOT NULL,
    "workouts" JSONB NOT NULL,
    "acute" DOUBLE PRECISION,
    "chronic" DOUBLE PRECISION,
    "acwr" DOUBLE PRECISION,
    "acwr_zone" VARCHAR(16),
    "tp_fitness" DOUBLE PRECISION NOT NULL,
    "tp_fatigue" DOUBLE PRECISION NOT NULL,
    "tp_form" DOUBLE PRECISION NOT NULL,
    "tp_ramp" DOUBLE PRECISION,
    "gc_fitness" DOUBLE PRECISION NOT NULL,
    "gc_fatigue" DOUBLE PRECISION NOT NULL,
    "gc_form" DOUBLE PRECISION NOT NULL,
    "gc_ramp" DOUBLE PRECISION,
    "weekly_load" DOUBLE PRECISION,
    "week_sd" DOUBLE PRECISION,
    "monotony" DOUBLE PRECISION,
    "strain" DOUBLE PRECISION,
    "algorithm_version" VARCHAR(32) NOT NULL,
    "params_hash" VARCHAR(64) NOT NULL,
    "athlete_id" UUID NOT NULL REFERENCES "athlete_profile" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_daily_train_athlete_accec0" UNIQUE ("athlete_id", "day")
);
COMMENT ON COLUMN "daily_training_load"."acwr_zone" IS 'UNDER: under\nSWEET_SPOT: sweet_spot\nCAUTION: caution\nDANGER: danger';
COMMENT ON TABLE "daily_training_load" IS 'One athlete-local day of the training-load series (seed 003''s training_load_tracking).';
        CREATE TABLE IF NOT EXISTS "readiness_feedback" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "day" DATE NOT NULL,
    "agreed" BOOL NOT NULL,
    "comment" TEXT,
    "score" DOUBLE PRECISION,
    "recommendation" VARCHAR(16),
    "submitted_at" TIMESTAMPTZ NOT NULL,
    "athlete_id" UUID NOT NULL REFERENCES "athlete_profile" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_readiness_f_athlete_89d87e" UNIQUE ("athlete_id", "day")
);
COMMENT ON COLUMN "readiness_feedback"."recommendation" IS 'HIGH_INTENSITY: high_intensity\nMODERATE: moderate\nEASY: easy\nRECOVERY: recovery\nREST: rest';
COMMENT ON TABLE "readiness_feedback" IS 'Whether the athlete agreed with a day''s readiness (seed 003''s user_agreement and user_feedback).';
        CREATE TABLE IF NOT EXISTS "weekly_metrics" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "week_start" DATE NOT NULL,
    "week_end" DATE NOT NULL,
    "run_count" INT NOT NULL,
    "run_distance_km" DOUBLE PRECISION NOT NULL,
    "run_minutes" DOUBLE PRECISION NOT NULL,
    "ride_count" INT NOT NULL,
    "ride_distance_km" DOUBLE PRECISION NOT NULL,
    "ride_minutes" DOUBLE PRECISION NOT NULL,
    "swim_count" INT NOT NULL,
    "swim_minutes" DOUBLE PRECISION NOT NULL,
    "other_count" INT NOT NULL,
    "vo2_sessions" INT NOT NULL,
    "tempo_sessions" INT NOT NULL,
    "long_runs" INT NOT NULL,
    "strength_count" INT NOT NULL,
    "strength_load" DOUBLE PRECISION NOT NULL,
    "strength_tonnage" DOUBLE PRECISION NOT NULL,
    "total_load" DOUBLE PRECISION NOT NULL,
    "ctl_mean" DOUBLE PRECISION,
    "atl_mean" DOUBLE PRECISION,
    "ramp_rate_mean" DOUBLE PRECISION,
    "rest_hr_mean" DOUBLE PRECISION,
    "steps_mean" DOUBLE PRECISION,
    "sleep_score_mean" DOUBLE PRECISION,
    "hrv_mean" DOUBLE PRECISION,
    "convention" VARCHAR(16) NOT NULL,
    "inputs" JSONB NOT NULL,
    "algorithm_version" VARCHAR(32) NOT NULL,
    "params_hash" VARCHAR(64) NOT NULL,
    "athlete_id" UUID NOT NULL REFERENCES "athlete_profile" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_weekly_metr_athlete_c8231f" UNIQUE ("athlete_id", "week_start")
);
COMMENT ON TABLE "weekly_metrics" IS 'One athlete-local week (Monday to Sunday) rolled up (seed 002''s weekly_metrics).';
        CREATE TABLE IF NOT EXISTS "weekly_summary" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "week_start" DATE NOT NULL,
    "week_end" DATE NOT NULL,
    "complete" BOOL NOT NULL,
    "adherence_rate" DOUBLE PRECISION,
    "sessions_planned" INT NOT NULL,
    "sessions_completed" INT NOT NULL,
    "sessions_skipped" INT NOT NULL,
    "total_volume" JSONB NOT NULL,
    "fatigue_analysis" TEXT NOT NULL,
    "reasoning" JSONB NOT NULL,
    "patterns" JSONB NOT NULL,
    "suggestions" JSONB NOT NULL,
    "disclaimer" TEXT NOT NULL,
    "generated_at" TIMESTAMPTZ NOT NULL,
    "inputs" JSONB NOT NULL,
    "algorithm_version" VARCHAR(32) NOT NULL,
    "params_hash" VARCHAR(64) NOT NULL,
    "athlete_id" UUID NOT NULL REFERENCES "athlete_profile" ("id") ON DELETE CASCADE,
    "program_id" UUID REFERENCES "training_program" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_weekly_summ_athlete_c2849d" UNIQUE ("athlete_id", "week_start")
);
CREATE INDEX IF NOT EXISTS "idx_weekly_summ_program_8eb228" ON "weekly_summary" ("program_id");
CREATE INDEX IF NOT EXISTS "idx_weekly_summ_generat_a1f187" ON "weekly_summary" ("generated_at");
COMMENT ON TABLE "weekly_summary" IS 'A rule-based, explainable summary of one athlete-local week (seed 004''s AIWeeklySummary).';
        -- Rules the database holds for the stored series (the services hold them too).
        ALTER TABLE "daily_training_load" ADD CONSTRAINT "ck_daily_training_load_values" CHECK (
            load >= 0 AND session_count >= 0 AND series_index >= 0
            AND (acwr_zone IS NULL OR acwr_zone IN ('under', 'sweet_spot', 'caution', 'danger')));
        ALTER TABLE "daily_readiness" ADD CONSTRAINT "ck_daily_readiness_values" CHECK (
            (score IS NULL OR score BETWEEN 0 AND 100)
            AND confidence IN ('low', 'high')
            AND (recommendation IS NULL OR recommendation IN ('high_intensity', 'moderate', 'easy', 'recovery', 'rest'))
            AND (acwr_zone IS NULL OR acwr_zone IN ('under', 'sweet_spot', 'caution', 'danger'))
            AND hrv_metric IN ('rmssd', 'sdnn'));
        ALTER TABLE "readiness_feedback" ADD CONSTRAINT "ck_readiness_feedback_comment" CHECK (
            (comment IS NULL OR char_length(comment) BETWEEN 1 AND 1000)
            AND (score IS NULL OR score BETWEEN 0 AND 100));
        ALTER TABLE "weekly_summary" ADD CONSTRAINT "ck_weekly_summary_values" CHECK (
            week_end = week_start + 6 AND extract(isodow FROM week_start) = 1
            AND (adherence_rate IS NULL OR adherence_rate BETWEEN 0 AND 1)
            AND sessions_planned >= 0 AND sessions_completed >= 0 AND sessions_skipped >= 0
            AND sessions_completed + sessions_skipped <= sessions_planned);
        ALTER TABLE "weekly_metrics" ADD CONSTRAINT "ck_weekly_metrics_week" CHECK (
            week_end = week_start + 6 AND extract(isodow FROM week_start) = 1);
        -- The athlete's readiness feedback joins the changes feed (offline sync), and an athlete's
        -- reassignment resends it to the new coach.
        CREATE TRIGGER change_log_readiness_feedback AFTER INSERT OR UPDATE OR DELETE ON "readiness_feedback"
            FOR EACH ROW EXECUTE FUNCTION change_log_athlete_row();
        CREATE OR REPLACE FUNCTION change_log_athlete_profile() RETURNS trigger LANGUAGE plpgsql AS $fn$
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
                    UNION ALL SELECT 'check_in', c.id, 'update', 'athlete', NULL, 8
                        FROM "check_in" c WHERE c.athlete_id = NEW.id
                    UNION ALL SELECT 'readiness_feedback', r.id, 'update', 'athlete', NULL, 8
                        FROM "readiness_feedback" r WHERE r.athlete_id = NEW.id
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
        $fn$;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TRIGGER IF EXISTS change_log_readiness_feedback ON "readiness_feedback";
        CREATE OR REPLACE FUNCTION change_log_athlete_profile() RETURNS trigger LANGUAGE plpgsql AS $fn$
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
                    UNION ALL SELECT 'check_in', c.id, 'update', 'athlete', NULL, 8
                        FROM "check_in" c WHERE c.athlete_id = NEW.id
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

        DROP TABLE IF EXISTS "readiness_feedback";
        DROP TABLE IF EXISTS "daily_training_load";
        DROP TABLE IF EXISTS "analytics_pending";
        DROP TABLE IF EXISTS "weekly_summary";
        DROP TABLE IF EXISTS "analytics_settings";
        DROP TABLE IF EXISTS "daily_readiness";
        DROP TABLE IF EXISTS "analytics_params";
        DROP TABLE IF EXISTS "weekly_metrics";"""


MODELS_STATE = (
    "eJztfW1z2ziW7l9B+UucKiXtuONMr/rurZJlJda2LXkludN9W1M0TMISxxSoIUg72tn57x"
    "cASYkvoEzqxSapUzXVE5M4IPUABA6e8/avo5ltEIt9bHnutOW6ZDZ3j5roX0cUzwj/h+p2"
    "Ax3h+Xx1U1xw8b0l22PeUMORlvfMdbAuOn3AFiP8kkGY7phz17SpkGjxG6ZFDGTZE5Mi20"
    "EYOeTBIWyKdGxZDfRI5i564DfcqWO7rmXSCZoT3k7XbY+6CFND/q1bJqHuR/FYw9b5c3nD"
    "vT3Bo+Y/PaK59oS4U+Lw5/z1d37ZpAb5QZj486+jR/6XBMHvRnskC/mnDw8xOFBHXGjV0O"
    "9f3U70Pn/UHkxiGbEhMqWovK65i7m8dnvbvfgqWwow7jXdtrwZXbWeL9ypTZfNPc80PgoZ"
    "cW9CKHEwf2xkzKhnWcEQh5d8APgF1/HI8pcbqwsGecCeJUb+6P88eFQXA47kk8R/Pv/f4N"
    "UizTSt1x9pw85I045SE0W8QmJkg0u6TcUkM6krcP/Xv/1+V4DIq0fiAe3L1uD45y/vJQQ2"
    "cyeOvCnhOvq3FMQu9kXlGK5Q1h2Cg6FIoX3B77jmjKgRj0smkDcC0Y/hPzYZgfDCaghW31"
    "oIbgjfHgA/4j/Q6FNrEYz9mgEYda87w1Hr+kY8bsbYPy2JX2vUEXdO5dVF4uqxP142X0b8"
    "NWbZCfreHV0i8Sf6f/1eJzmqy3aj/3ck3omvTbZG7WcNG5FpGl4NUeMtV6PuzY0NRz0uCa"
    "NellEPMYoMe/D2q1EPl+P4eLen2FGPddg+McocrSqO6wz/0CxCJ+6U//npy5px/b01kCvq"
    "p+RY9YI7p/LWv2PgJjbDvBgnxDaCOvjiy4n06dlZDqh5q0ys5b042HGFIi/Wcan6Qf3lcw"
    "6kv3zOBFrcSkzqqKpWcKdIytZwr6ju3uCrBEL3fniM6IXiwj3WH5+xY2ipO/apndU2fWt2"
    "OktewRRP5CAJNMV7BqewgX9oGdmPhB4pTmmx+411x7Tg+MOPL2HTF89pfUqQyZjHz1Hh4U"
    "lKNxBzbYdfxYyfq4aXrQ+nZ1/QFLPpr4gfprBU+/UpnwtMHLFmvNEDnpnWIn1Q288j8pzU"
    "PEYcjR+N4JQFp6ySrqEV1bfhlHWIo57nlCWXdk2s4kV007jUbk5cL6+tFVZN/Z1QK7Z/xY"
    "R2uY2lP6fXxHqbTWuFKPkxN/ndDZaruGQNl6vqLk+KXYlttiWxXe5HJTtH12l8HfLE95JN"
    "hjguCaNchVHmehSzaRFNIy1ZPybs59Mc6sbPp5nqhrj17+Sq6RRUNiIi+1U1yvIRvaBrpN"
    "imOLppaL/aDjEn9DeykAB3+XtgqhMFoAFRdBt0U01IV1dXn5eDn5ekTXRC8d/OfzFx/W+9"
    "NWy3LjpH/34b+k6irqDtwtHIpuvkDwosIPnYupbv7NBE/tjxv56Jo2OumyAywyYHt+VMbH"
    "pqGmiOGXu2HUMSag1kU4Ic2yIqP4qd9PkyHwckHJBw5VyBKkrHAAl3iKOeh4STC3cRrXgp"
    "UDvqbS8G+HAjLMxzpgRr6FyyF8SFnqEGukO9WUpBjh/5AtkyY33U7rfal02k21ifjmlrdH"
    "nVGXWaCLtToefyKxfX3R7/25iZNKnDvY3Lj8m48uqaT4pxObc55JhmKHBRucSY3HPBfQ1K"
    "uAa9rsZ23u9fxXaN8+4ogfHt9XmHYy+h541M/1jT7Y0SgFuYuZpU1jfYzlPCQHCVZwNP62"
    "3SIMa0J2yZXAV7cFUEwfoBV/cAo162US/ghRTlPyOePkyxAAfyX38bEEt60mTTRkn/onJs"
    "iFvTR2mrj0mf+Nq6JVpd2Umb/1HZT2U9VLwDwkTPmuNtO7W6YV8DL8/UqiZcLpk4EoedfI"
    "3dVX95v8hKwmaQ2dx2CdUXwiN5W9BWvf3muzfXcRFjC6pr9pz4s2NLyIa8s37YV50QK8T1"
    "R3295UErG9Q+JSOb/+dlaFt+VzeO/WBadd0m5EF1F2i1w45qAlJB81FisqiidFPTaU2grt"
    "9Wm0cav2hVGk1JyDMgxhdmZD8gTJeXhJkKHX9qfnrfQJgxc0KJgVxbmn/kLEjblHbSYx4P"
    "b9k6MAoaJptbeKFJ+MDlG6xNJd25Kmp3AGvTIY56HmtTbOFNjXu2MSQpV2Z+fkNbyC8nOV"
    "j3X04yWXdxK04Ci+n/P3yjLAJ0VOb1QD66HbX3tWnt271+7pgz7Cy0iY0z7Kgvm52Sfbwi"
    "8n6nFsfDpYSxgqNwNBwNOr1vo8sm4i8pQR7TTu/idtDqtTtNRKjhOeInj+nln+eD7kUTTR"
    "f3jmmIv286g9Ggf3P5p7jIz5euY8+nizH93ul+uxxpV/3hsImeiTmZCnMEY2P6rdPrDFpX"
    "2tfuqNcRdxNvP6aDVruj3Qw6N61Ba9Tt95qID6JQcskc+wdY3qZz2TrvXnVHYQsyxfemZb"
    "rL48fbe1H62iq1lSTkiPxwMzSiuFgd/FXX7X6dP0axjS9E9Pi69cf72OZ31eezNGgeGYH2"
    "Vf88aT4WNCSdaFOFGaVLM3CPCyVgN32fvWrBzl+X/9+H00+f//b5l5+/fP6FN5Hvubzytz"
    "Ujk7ZIiu+lEKQrAYAzDefUXxb1mUJ7JjrfTSw1qjG5pO7sC34MOqgeyGsQvOi0u9etq+Oz"
    "RtJ4Hi4Zn1P6U7D1PE4KYhyTA4zXYhxlZfISLVEZiBcobfjFm3r27SX4IoPILhx9kZfHLu"
    "kMfTH8IvqBxuIvBh1+Xui2R+sCMKInK3vi4NmW1quReFP+q2783moEe9zix48/25v6QrCG"
    "fm91BeuBEEPMvi3toj5IXyOd1REsy55sOau+286j7blX9qSuGN0Tqk9n2HncEqnzsJ9rwt"
    "9Krytcb+g4VEm8HKKLSACHPJk7WOQHsrdB0FldMdOnRH/UzG3BaotuurVFSfpzhsTv5ihd"
    "YBd/jXZVR6ymBDuuJn6VZuBt/dAuRWcD3tcFrq0X2tR5EskTDN7Rtmg5TwO/o7pixSxC5t"
    "putPih6KvmKvwzsSyx2OzgU/wedHWBTau236KMozJdc1un9pbfT31xothauKbOtDmh4YKz"
    "BVxhdzer3uoIm7/M7+Z7lN/hIOywroi5AdWiWTY2doVayN9c8T7rCtxqqu2GxlnOtLoTOc"
    "+EPFoLbSapha33TNHX9aqrGgPGvNkMO1vvnD5kQ9lZbbfPNw08KaepNE/cyUsJvsIYiT2n"
    "9yqDyW7Hyb2ycGa25/iOYToxSIDmtgEqQ9npTazPGs3ZArEqvolTEaKytH1mR6Yszaz54l"
    "Fk81XsSPD3KnBEHXOSSwoylZXAIC8EIXbkUKIIIHbkEEc9xAhiRzaKavh0kid4hLfKztl0"
    "knLNA0+yXXuS5XF6CgJft2Vpi8aVl21+53QjeO0sLZWECfzoCoDFX8zRTbbtrOoE3dToBF"
    "iyVDaVmV3A9gDbU+VvfWURZcR11/tyFMh8E/Y6jHRaE/QKcmURDURBmMX1k2zWzFeG+NsY"
    "OXO5tBDjv84iH/gnhoTYkgWbYmowkWVllYjlV+SQiclcIhBBz6Y7RaaL/mGLipvuFLtZ6V"
    "329ZBCGV/4nb/8vH73CyjyucEUB9butdaUivI3wNod4qjnYe3Eml84931MqHZ1Bnafg+SV"
    "iziUTA97hZoCUPFzExWh5GuVYouCip+1Hl/INrD7bAPhoaoApHGpLUCtzqcCSQfeLOnAki"
    "lUTNwd4JqTfS3nVM1Dv0Y+1Riu/BVQ7/bq6q2qaV6bumO3F7o6FXLkbmMdbTYT7TR92fBF"
    "2qxPCQp995HwEPb9xwIjWwOZ1Hcq483m/AijKKO5UQ8Kwuuv0LIXjI7oSpPzyWe4YmSY7C"
    "mjIVBhQIWVb+GvKCkCVNghjnoeKiyy7KZGPTMNYlxoo1SIpRviHedC5Bqa42pizqu/JjWw"
    "cal1X1IFIV6Dn/gSkuwWNQrDF5U5aPD4PHI9hUk8X+bnlfQr5nyeW5hSEo5p7lzPN1etXq"
    "9z0USB/Ji22qPu76L0qCzSOabt/vWNKEZ6IaqTzubipGAk1d9c/qw7r0C6ChplOj/hKc59"
    "lo0zk/umZBOD9SCEK3sIVE70/u35VQfdDDrt7rDb78U3U3lTXFql+Bx0WlfJzOiRI0fec0"
    "RUBti2VKr56HEvN6QxKQB1Pd02X7m3bkkM1ddhtpEgieIz7GXyTX7kO0A4QPYm7K6u8EbW"
    "xBw+kBkT+60ShJZzz9uyGGBBqjI2URVkZXIiZ9OV4ae2/ITy+PndW7YeJxnR8T0Wbe890z"
    "IaaE7w48ePH983kO0YxCEGwtRA1KYf7CfiWPx1Qoc8kyLTVbn57eUZOUhP/+OQXaZYT+A2"
    "gdss59JfUZYLuM1DHPU83GbRoFwIxi0WjPtg61kkkxrgpUANPfxyAXy6BuDTNMBRPSIFcy"
    "Y7n5ACeh7oeaDnSwUe0PNVoOeB2QRmswwsUGMDZjMP+RbxMtuSgIv7tdUE9viKDUTlWqz2"
    "SVQmv2wFV6n4+LPpymWS48jik4exlM6875jcytCD7UhnyCBKGAm+EGEk1BfkYDohv/JbaM"
    "YXQ9nMZOhO9xyHUPcOzUVTX07FWu7tOXnik4P2weISqBoyVjkaufyvo9XYRUVEd+TH3Am/"
    "luAJSxqGv4CWhF8L3leOUfC9HMl+eEvxB/p+2Rl0kP8u6D/Ru0Dgnb/MAZkKZGr5dpWK0m"
    "pAph7iqOchU13TtQqxqUuBGtKpe2H7om+WwnnEt0M1zgmxOlCr6z6bzh+j2BcTQnp83frj"
    "feyruer3voXNI0PQvuqfAxsIbGBpwJvhWLRX3vU1IVaH7/4VFtlDpl7bt4NBpzdqouAApS"
    "Zfx1TA1/1dXMSOPjWfykLI8qMvU26OmaawiMTrmcE+7evr2LENLH7Uz3tWjksBv50AFbI5"
    "7NdgEEy/HRgMapuOupGwF8S/2Jc9oSG5Qz5cM5M7DPhZe9Btj8AMs2szjHRt2RKlmjrol8"
    "JcVUmw3raiXsmOYG9q4Qsn2hoLX2Qu5rDwsUjrXElUgrMSeradR9tzf0V3wpgVtroT9rUn"
    "bJmSxkZ4wh/DXGS6DIlZ8I6h/xr2e4jpUzLD6hwru37ABjY9Lmx4lk/DS8te3KEgfT+yQy"
    "0zFy/jfyBZC9jgSrr6V9QaAza4Qxx1sMGVgh6Obn4Fv6ykbA2/rep+S+kl1PCCWkEzk3rK"
    "il2ZtLJKdCN+uWTK/64ZZq6ac13WVWS0zGduicqXeQU7Gtz2msjx6Jied3/rNNG9+UjGdN"
    "D/zq/az2M6/N69biL2bM74v0eDTu/b6JL/7TpyMRvT6/5596o7+rOJZva9KX7ymPZHl51B"
    "E9lSrd9gfdy9/SU4TfljsOGQJvso9bCqhqrTu7gdtHptPsqEioUg/JVvPjzRg2R6eMTBMS"
    "tiYa0HiWHqLvpfZJmsioFja0AWiMQ2q5QrSdJrJLELiQ6SriQQE7lnDU1U+aNsi00l1kGJ"
    "QT8adNr93zsDvik4RBd+33xT6LSG/G+C2UJsGhedAdekxKZhyPcdU47aRRNxHAx+v/UHv4"
    "V/lGN1OmjHC6WbxfC37s2NuMYezfm8LE4WwUtrlo0V/N2ajHRJQUhHlyMd3XI6bMLfJWSh"
    "zEeZj5vBR645fPFW6WfZGkJassS71oaqwlkuVeFsjapwllYVwMFpDw5OCWNQAWDTklBlpT"
    "TJSeuJJ0TwQwR/CZwnGtXMTVrONWHz1KSr4kAZG9oOIC7kg1dRgNMbeQ6YwXF3L467eTxM"
    "HwgxRJs09kUc2wLPq6+RzmqCe2yeWvZkWw9A37Xryp7UZwmIf8oidZPpbu0q2fL7AS/JfF"
    "6SyQ9Q4SWp+EazvSRDU1x0eXjZS/LSfkYYBbLogVguOma8B3RycvqOIcOm5KeAsfhJ8NA/"
    "zTk+aG55DAXNTnizmW0bDSTGfLJoIMa3AFHL4n3aZ3L/j1Pmcw6x8ZfeaIaTl7wrvfuZ6Q"
    "akHPhGgm9kSffCinrJgW/kIY56Ht/IcBfbyjsl1Ump3VMuOJJNuQWmjYlxU/BNq9trIrE1"
    "lsPIKPbjIiaQsH0dDR+57B5rzB5JbH0tJ41upjfjSgB8GBWZogNlsQCgURGANA2pbs9mRP"
    "SdgjQ7y1FUpg6rwKunOIqeSwqqRUnZGipG1VWE0vovmL33YEqMEwJ5QY1LAajrTYmRaN0d"
    "mRLrF7neSNgI4jPsZVMimGFe2QyzT0Y4YmlQkMFxO0Q2DxyEomtW0DBHKmzhkOwYfmW9kJ"
    "vFPhv7EXVnM0923kSYImKYLnp2TJcw3piSZxQk5ULuFLvoziFzC+uE3fG/TSaSWKtyYu//"
    "gcUD6WP+lzIoni2orkVzZke+zr8nsmZnM8yNl3NoR4Ysb/psk4Ut0X/KaQ7Zs4GdLuvSXF"
    "GeEtjpQxz1POx0yfz8yzby1R1pxfFbdz1sidTGOD3S2VGYCTEIwtwiCNNRWYAy6VpHaeoB"
    "plZMO8iRsG+Iqa3ENZsJXwoADb4BDR45oaUwzxmKGu/iFeNRxZM3CEft9C66vW9NNCfU4G"
    "MxpsM/e21pKpb9jWlnMOgPmog4jl2STBOQ6Xuna0xIeRRkrxNie40uSp3wS0lexxIRsCj1"
    "kvCCtW2LYJrBl8QEE6jec8l9TdcQ49eF9Lzfv4qt4+fd5EJ9e33e4SuERH0VLg0Z6w/Bsl"
    "UdhaSahq1y4ruNXQvii2pv2DonVJ/OsPN4TfhP1Y8U1q1kk8Y6E9d92FibrVrnSgg9I5h5"
    "DjHQsotf0dRkru0sRK7mRzJ3EaYGcqdE2JoIc9Hx/QLx/+fPNtlUsnbv0bNJmToh9K4fUN"
    "yO5UOydHmN9+zbsbioo5uQ8BnMRqVe+CpqQACz0SGOeh6zUWJpzu0uHxcrcxDDhm7zP5/m"
    "oJx+Ps2knMStBOWELU9Vv5Lo5gxbGaRTKJP8qnyhj4FwBdFeg+5Fp929bl0dfzpp/Jw4sY"
    "fAf04FJfDfpVi4smdw2L6GU/c0X1LMNTkxUxEfcY1NuT9khH6kJA+6EivwS3vgl6JnhwKo"
    "JsSAYYKyiK/Pfqjm8Q4w7kS6quTkfRHcxNdbuDziPsmlJfoKVik6Mtl0UnQq5HGXntlPRE"
    "SvIZNKHkfnZ3vLnnhE2GCZS2bCC5mhY2ojeUa3nQaae3xj1htIHG4+2Px08x7ZDsJIVp18"
    "x5D9TFWO0vt8VB5qiT+PTGxn4fNGIeNwvwDm6LV2XmCODodDAOboEEc9D3Mk/z813tkH7r"
    "D9bg7cL6+nr3bc/pQrs/SnNZmlP6UzSy93OSXCL/uQReXLTHEcDf/7tjXiqsM/PeyO6WW3"
    "963TRFOOPhnTG67IDZtIRirxv26vrvgf/BFj2mq3+a2+KF2BdZ3ftkXtinZ/0BEFEBwhe/"
    "Vn/7oj1EBRJmFhr8xyb+98NvOYyGw5cWxvrvASzHbhTgm+vhN3RE2590zLFVZB8by30FT2"
    "4tptMs1XV9MD85LT1UruFX2ullcq63QV1+ELqOkpQeBw1nI4K7x2QDG0xdmtssC+yC+k5t"
    "bm2XGXfhdbZjNVOKTUA/u9JjXtclWCiTcdePRIQcjE7jfWkTJm2FJzvAIV330x4X+DXX2K"
    "HmxHMCQoYAfRg2NLygQx23N03sez6U5lQfY5cT74YQBcp/E4hmr/nh33v0G9dxc70SB1/n"
    "aTCXFWrIy4KIqiTYKAHdd+JBT4mtfZDxrA1xzQyR34mkMc9Tx8jb/8F2FsVhJlZhBK49/z"
    "yH/XpnRNKFtmoI++d66uepKReSaWRSUpM7zqdG6aiFmEzMf0cvB7E02dJ/6vTmsw0vzioV"
    "PC9QPNLx/aao+6v3dH3c5QMDdhlv8xbV922r9pIoesPiX6o2bSMf3aHWlfu1e8hwfT1YSx"
    "mLcb/h5c09mTFhqQ357SqV7x0Q0mgLrK6A0f6W5LUHN8mE1s8YFr8RG6EA/l41OSqqMRJb"
    "XgpheXrOGmV91NLq3bPJh0vZta9jgnRKHYaZnH2SE6MZ+IYsPNzsIREXm9CO6TfWkzO47g"
    "xvO5ZRbCMyIBcCbh9Kg+xXRSCNCYDECazjHwZLKCX/xSAuBMw/kPorsF8VyJAKBJQC2sco"
    "/NBDNsDkAmgZRpYgrZxVcSYBCPaXC7MIiLQ7ZW1NsnJlSHPFKJEJuzszwxNmdn2UE24h4E"
    "h+w/iY7K7lQA3ix5cDWI45w0+hWAWCEK6EIwztsG40Qn5Q5wvmWkgpteXnAVX3COhDqppX"
    "UHOHdXfY7CLuuJedbGlAF8HkcleV6WJQFSA1HET2kgSykMgs7qMwKxybsyamkGXmyJ2KXo"
    "bMD7usB1qlUdw8t50oRxnXe0LVjO08DvqKZQSWOqxsLyHFuBNRR91S6XWwyu0Bi9g+/we9"
    "DVBTatun6IK6v7dli1/H7qBNN+3VATionSFTWtvKxzR1WoT3mChcOoW/F0kRUOO8RBsgfp"
    "PIopinSNpt79RyRcoqTP6PCy9eH07ItIHCcyyBFDFSK8+wfkCgwWTw0rJ63cEyFM+I24AX"
    "A7PRwHRHA7PcRRz+N2+rZhwm89rvsPFJ475MH8UQThlUQdMd6546DPrUwxmxYBOS5Vu5j3"
    "L59zwPzlcybM4lbSes5czWMb7Q9JWXDdK8+GoNADGNFkvFl6mLNdo6Iy4DGhcI3i680mn0"
    "5cEj6cMn840QNu7hD5iAz4BkDigTdKPBDmCnilnAMlna4vJx2IfK0vm6h3ms6h3gbq9dkc"
    "ClpJvW2NMsmUA/XAfK/0ecKmrCDP01bnbOrckW01J9r4ReJ8NCVI5mNnCCO/BzTFgt9+4B"
    "8bvyY8eh1+Z247LgpK28myKjN0HD4K3YX/unufps7384g85HmAiJyojSVAYfKGiPNMkMwh"
    "kgkDGPXX0lyAUT8cbhUY9UMc9TyMemKpzstIJsRqyP3uPqXDahsssIfFhODMrYriU5aqXB"
    "/Gp1ao98j97XPa7pj+mwuEbFX6ieyQqajM6wdNvc003Ut4VKiFb0S+xkRruA1Xd9tNa1sQ"
    "nrWX8KzESbIAtCpZIGIhcOhtA4dSWUK3jmipI1mYRFn1LRfmaPdJQLZFWrKuknkMbzXWUY"
    "5hWrP8XGMw8d4xNLMdUZLdT432waRNNLWfBeu3EInXgvLND4RY6PjThzPEdGwR9r6BCHWJ"
    "LPy8QFPeRM037ucxCs4xmTY2RESTlf/+nqAkgVAEQrGcG0dFqSUgFA9x1PMQivGFWDnwGZ"
    "96UvCga7v6YXv/9LAVREXlpLdScsBxqZIC8V8/KQLrSgDwVODJ+DlEhDoWmagREcBUhanr"
    "FER0KQB4KvCc2XZGRm01nGH7+uWbOssTOXKWHThyloobkfH4XDlRAPzVsnHGhI1JJWB+EG"
    "LVA3rdJt+/Pb/qoJtBp90ddgPbwVJzkzfFpVVtq0GndZUyDzCXP16bOoUsXlGhjdaGkqG8"
    "86XWu5+Z7oYJvROyNTytVPd0AnYXsAuUAd+d2AXehqrmqx/+yod+KpV1BWEdb9BYR1v7BG"
    "Gs7Yvk9Q1xQla5EVQdk9SxKHKC7Ack+mzK2vGUPPOdLvR0FW2ep4TKBkgE9SHsOCJle5q5"
    "3sMzxnTM5/ncFTy2EFyaJNAci4ppfrl7xqHk8wFThn2KFzN53bGfWQNZ5qNw021ftNHMpq"
    "ZrO+/YmD4Lr11RuE+8atCa8UvvGFpCKxJe2LKam5z1SNBNeZn0VaEeWUcGqHSg0qux1laU"
    "VAUq/RBHPQ+VDkXW3qzImhreKhRW2xDc3ae68FWlwmaghNhBG4ECLIqv+jHBGi761V3k03"
    "u7zDcSlpPaNF9JQh6GvNRDDiQUkFBAQhUgoWIprRUcVDLldTYFFc+0nY+C6lLegLf2a88i"
    "ISxYIUGwBJB9sGwdW0i0eXDsmbzl6+KNIPGorHHKn2ItOPbPdoqC2sMzxnSOHWxZxBKsFF"
    "4wdMwInwQGQ8zkM15yR6tO78kE04ZIsOoyNCcOmpnUc8n7j0jyWOJxC/5uxWkkhkV1V7Vj"
    "JkR/A8NUnYW0olwDMEyHOOrAMJWAYYrufcrvKgPluNhBkyBcN9Fk1fSiC1NMsIbrUnXXof"
    "T2Yz88MOIqvB1bQnNVj29EJjG69Qs27/ZGf/098WHcz2eF8Ara1x6r4XXr6koFWLCqFk0X"
    "mxQD71qVd61JNeWEzIQ1IgGIqhDlmklBRFcSgKgysfHGJDvw61XSJtTF089t2yKYZllRlK"
    "r2PZfZ12Aur7zuaJ73+1exgTzvjhIHmtvr887g+JMcwZU/ujJTeDXSL32qyAoFhiHIClMJ"
    "fMHw9tqGN8gKU/usMJFatCobZ6xS7RoL56o2bj7zZp8SdDn4Hc0IZp5DZoS6CPP/IaHJNp"
    "FzPRxeNNDwotdDx5Q8ScsgH+b3yHbQvNc7OxF2RWKgk5OfFVmod957Iduji0XlJF9pnxH+"
    "UrrCBBkXDrAL7JWQoBpMlFXacipqrAIT5SGOOpgoy2CidLGryvYrAO5Qb5bSIRNJJ0Lp1w"
    "ObvyjFVsEt62jU6Y1ao+7vHT7JuBKCXfOJjOnXbq91xR+y7PHN/eYDRWmTdS4hCgXYyrOu"
    "pbczYKMPZKCBjQY2OgZ1Vdjo2ElYuURloRqXO2j3pSgDUWSNj8rBAl/qBT4gljbUoFfSZT"
    "6uHA0EUddEMl/XmAq+romYQemY3giWronmlJ6dbKJC/5JDg/4lU4H+Jak/y5J3ClI8Ow/Z"
    "UmLDHGQV+rZ2kYSMP80lPxQLWr75HhF/xSNjkI686KHxuj/odXvfmmE6cz7zrzqdmyaSeV"
    "bHtHV1pV20/mwibFkioIhfafMzZnckLun8iBlkYX37Y2XxVLLbJpEt2dkRbPUltSWDrR5s"
    "9aXBF2z1pUC59Lb6odj/h4RlFZCO3W+ss9f7GdtZpGkui71v5RCFVjiMvjoiAoYxouZk6j"
    "aQtHiF2efSIcSmiwifAgayqdpmv+P+i0UMS0gyAoYTQpGmYKsHW32VtpyKWm3BVn+Iow62"
    "erDVg60ebPUHyfCDrf5ABhps9WCrj0FdFVt95BysXKAy1K+Y1EHb6WWmkE3qv0TkYHEv9e"
    "JO6CYb+EoKhrfUw+vaLrY0P2thkbp5KTlInqDYYAyxUxQHNykGluQ0tJZg1DfANiUH4Ko0"
    "zdkG0CakAFiF/8MzfiQbQJuSA3Cz1Hmm245Cn3+h+PNSCoBVVdXFE9V0/a9hv5ep4E+UE9"
    "UwdRf9L8qZQK1kuK4BTUAR0/lCBvT4uvVHkhxtX/XPk8qc6OAcvKXAW6qK+IK3VAF8wVuq"
    "FCiX31tKmnlvhC3EIGLAVB5TyTaNtV5TsrU2jzd/0XOqRZHtGEQUSxD7tvBo8ntiTYRp6M"
    "f0jiH7mTZEChKMdBvrU34lGF30wK+6U2IuS4aytAPV/h6j8KNKeEiBvxP4O5Vz06io5wv4"
    "Ox3iqOf3dyp2mlyJbHWcLNsoH9h5Mqkovry3lfKwEw/r4wpIQTyjMoBm6uhYRNnOcczsUz"
    "Ky+X/2dcgs4zDs/IQpp+zW2LbDXuoIafSrzlEFcKuT4XdiWZQwdoFNS1naL96gse5M+Bw0"
    "1Yxl22KhNFIOMW82w85CnsDU9ffCjJQnXOaZYEe8QPDUjAyYu3/EDkvwJaSibSGkBo6YVV"
    "JDK3rYgCPmIY46hNRASA2E1EBIzUF6a0JIzYEMNITUQEhNDOrKhNRA7d5Cc1kRVOMI4oBO"
    "tKlTaFZGhcCJMT0zZYkXkYgxjeqaNIcxqQ1THZYM2HWzcQeZDgViIsdlYZhDIUA5B8rg67"
    "xXJ/LiHvopOQBX5UhO5oVADdsDmGkwdWzZjllokkZFAFLV/OR6VLEJGgoAnGk4721jod1j"
    "1yVOkRy6STGAVjFT5/ZpIQ0rFADtKod2xT/qucnRUDIDa0BOyAHWObCGICcIcqoEvhDkVA"
    "BfCHIqBcqlD3JqhfUeFF5srUgtiGwHtmjFiHyua8+282h7LsIMYWSQJ1MnyCG6CD4ykOl+"
    "RHeGN7dMnc8GzX64QzPsPDKZspnxF1yKO2RuO0E+Z5y0A+/tQWPKeA/UCLzj0PEjmbsN5F"
    "eBtviq1UD3XIbaLtJtjwox95k/eI0D3Mr5gfzgOjfF1tJhbZ3LW5jDSfq7xe9Jl7y13nDi"
    "avTHg4vcaykJ4CJ3OM5S4CJ3iKMOLnLgIgcucuAid5CeU+AidyADDS5y4CIXg7oqLnLRQ3"
    "YB/SshVkMl7NNpnqq2vFX2tn+aqmwb0kM+UhuqY6lOyoz+0eC259dfdTzq119t/9m+klf0"
    "hW75FVm/d6+v5SX2bM5m8tr31tVv8tIzth7llcuuf2Fq+n8P+t/9ju1nv5fRoNP7NrrURo"
    "NW13+msIiL8dTkMAe9dEeiD9Md0z/731pNtLAnmL9Va3DR7fOXwo5h2mPaH112Bk1kS2aq"
    "FEq8/P8C32jYfqPpUTKlMI7t6clJDnB5q0x05T1IH39oWtqKCVYOcoaiFpM6aG9ww/P9CT"
    "Sf9i+URlwhCmnaVWnaTX/f12aE61gKiNe4fChkwe0jh9sHsciTPzsn/JGbIJ/ZA+Cfx+3m"
    "qWCEyUoA/PHSS4hQlgrBuRIAOBV58vlkm9vPpOgEXcoAqOAw/gqQhodcje8xxQLLUpKwa+"
    "XZtYhj35u6Rh4eiK44N64BPC0KiOdBnG6DuUIYUM8VRKn9j03XVIrJTpaqEIUaHJvnTJ1h"
    "V5+Kw8XUzqDrX6aPk32UmB48at2O+k0kOJ0xvW71boUZf4apt5kdPw+hn03np8j8pMdgaj"
    "yynQIVouDUDpEYEIlRcXznFqaUGBojTJicCyKslgaMIdoFol2qh3KBaJc1S8gO4B4Fh/vh"
    "qsd6Iq5eP8sVYUSxtXBNnd1gB8/YQMbfHKnCjZQNG2tjj0IRbS5lZOt86bOJLHAkxaThoi"
    "Gie0yXoeFl68Pp2Zcmep5iF935HWtTzKZ3QgIj5tqiRpJjPyPxCxSVlPbxAKihVIJNWQhC"
    "9M6hxHFA9M4hjnqe6B2xWKvJqAxOMGi/G7fFN63HEeeXvnzOQTB9+ZzJMIlbCRLEmtiO6U"
    "5nhUjXuBQUqdqCcF1pUnnBX0kA8AWBT53y31pHJ9TwMVmjngdt8mrmkeZ5Sp0GR3WuHdtM"
    "qNHC/I1mHnPRvR+9P5t7Iqr+wbFn6E78VzPw4g4di9/U9C+LEP57MjGl+7Wius1+HjOmY/"
    "qdr0IuocikqzwC/DdThn31Fvv5BfQp5mdl/k9+AtCxx2Q+ggZiNqJ2eNNkaJlU4NcxnTu2"
    "zk95vOUxpgbyD3jGe+SYk6mL8AM/Y/j9RR/Hf8aMnzlkuVZ+/BCPnvOfavMvE/3Dvs95sk"
    "imF4gorJAzAE4dJV2/K6p/wqnjEEc9z6kj3ITUY64e76jMln785aRIc7rx81nBVNRy9plt"
    "JVHmYLMNz227D9UC4zUY/kpoIMlj+HvjM9eQuKJ0hD9Bsg5dy0Y5T10s2v7lYxeS5VPfMb"
    "TsAYU9NP1Tw9KOIf5chGeU5TEoGGCGjn024ONcVVV0j88B+0gJ1i44qRySzgonlUMc9Twn"
    "FfuJOI5pFHOcjgm9PpMcWWPvPdPiexL7KB77FsvsXoj9aIX0vJtdVOZ1t7xq6OZFVMfESK"
    "SHoU/JyOb/yanDt8Neqgj+i4p7dOblUNu3UsUvRIX6AV+NTSqqiSj08ESLtUq4rHevObHG"
    "uXySgrPKB5l9ARl4wfXkZTfomBFioJOTn/nVxCPeN9Cz6U59hyLTlUJqr6TdP0KZ0Th+6h"
    "L0UzqbsV8FC+wHoJWDfgZaOYz6/rXygqaD3VgNyja+xcwGGQUe19V5yijuCHG26kJPwkOB"
    "UCOj1lO++M50L2WO8LzsfrvUur1Rpzfsjv4UifkmXNGlLqHMdBdjet2/6Az4VGwioVyK9x"
    "3TTmvIWxLM+H2Od//3zoD/LX43PzTLa8OR+Ns/Hr99tmf+uAd+lKfFUpzHpWpodttxOO4K"
    "L823VhbiW9TS4MK3FcVC+Qvde+I9i45FXBCGYYthELniHyw8KTQEMSGAfwv4XVNVZDgb+b"
    "A9gL4F6KKC+4zwd9KL7LhxKdhxX9pxBV5P2PKKnQliUnAuyFcAVjgFaFNnA7hVwoB6DtSZ"
    "Rchc2+DMG5cDrPNgnVHqfB3MWcXOAWE1wkSlh6wFmCg1EcBXhe89ZsQSxqEiul5MCBS+LR"
    "Q+rD8rsrOuSwYYCMDkzpN2kYMl8/htyknGOigzHXnbuxBVPzzeqyPqknR4u+FNfyQqkxDi"
    "amxuu6JWyO2IQymKhUiSYkwvWr1vQtAQDpob1QvZPe0YS+qq/W2LjLCBMHwrOb6VOHCnv2"
    "wDeyANuOdRcGRF0ELbb0QENt8tNl+Tzj23EPIrCQB+G60nTPSgPRFHnS0sm+1SCteQ9Np9"
    "dFckSVURwBNiNYR6DwlQIJAOAukgkK6g926Y8fFKVHPIcuCNNWq87MObqhGxoR+vSOsngt"
    "fC/j6I/sKcI1Gn27guLB71qE5gsp/HiAQmX01X+Ps2+A90zYmYBw+2M0Mi5Qhfy+dITG2E"
    "HRJmKTQpurfdKZp791yFmfIrfCo9ESot2WN6HGJ+Q/AjQ3fuXLtroG+2ZRDanvLzJZ6iu4"
    "mu3b3/FbXa3wdhlhLpnDARVb+Rn7d9G2dj8DEGH+Nyrr4V9TYFH+NDHHXwMd6Pj7HcoDX5"
    "rmnsMkuDJcWgsqiiPljhsmBbVgMrG577ZiCDtOO67VHFMr9m7ibkYPIqJu+z7TzaBWnGqA"
    "wQjVuZVz0lQbDOvuop62WD8UK1dOhTx6YqZ8U1CEdkAOOcRuyCUxhcBMBFIEVq1cpFYM77"
    "cmlR37u4GGiHufwCOGY+iVgY6pUYQJ0XatuZFcY5kAGQc4IsKPCiIIcysKnmwHiib7Q8x8"
    "VgOueFeoPlOS4GUOeFuujyHJEBkHOCXHh5jsjA8pwDY67uP1oLrTCtmpADrHNirbHiOAcy"
    "gHEOjGc2tV2bKmxWa0COCgHK+WLd+KMKYbwSAYTzcFHgFgtusSWCGtxiwS0W3GLf1C12ma"
    "32KyGG6PJI4RabbtRY5xa7TAerPUTbv+gV+30q/TWlZ2dYeA/zeUkMP6ssXpuK1mPE0WTz"
    "GaGudEWVl8J3UPjHvsYDwRkVnFHBLbHx5m6J4Ix6iKMOzqh7cUb1N8k0aue2bRFMM7TspV"
    "ACu3suVS/Izvv9q9jsP++OEoeY2+vzzuD40/v4oT3t3ufnrFUsSCPyI8sBaiVSYn+RXeA8"
    "6vwxiuGc8ulbrjRX/d63sHnS0Q+yOUM2Z8jmvK3PFPPuZ6Ks+Sb6U1K2hhpUdTWmtKIMNB"
    "vQbECzFaDZvkvL9rXMoetPjgTFFm/QWEevBVbyWaTtBgHnohd0fG1TERLu2mjoiX+9R45t"
    "WcRA3nzJdZ2+Yyj+zFyh5ts/IAd15luyXey4wKABg1aR5ayiXAowaIc46nkYtMgqrBz1dV"
    "5IodRB82kSCn6WLQxfIHPQ4Dle8dDimAyEFSt4R4GQYfpHC+2xmFOyQhack3NRYxy4mUk9"
    "V5Wv8wXAI3IAdi6wTYMUXzhiQrByqFYOAdHGS4dCGKZz7um80eKREAS4c3krP5uz4hlNYk"
    "KweihWDwnRJtM4KQjTOM80tgWzVngeJ6RgIism8pN9qgUZjBQTORPapBhgq8DWJbO5vQm6"
    "aUHAV5kQjU40fqgoAm1MBlBVbW2uI63vxdWGlCDguw7fwoGnKUlQHvJWp5OwuTYVhs/NMI"
    "8IA+y5MozYLraKT/K4GECdK/+ca2kzgotFpUaFwCMwT1zqJihjQLkgQYRnIs2QS4pjnRYF"
    "xHPWJxb1hYvjnRAEtPNWci2OdVwMkC5WAXoDvBXCgHoO1EV9+MJoR4UA5Twa37IuTRrn7F"
    "wNcakapmrYfbgAFEeE4ohlGgbIAvNGUEMWGAhPgfCUEoSnDL3ZDDuLo8zwlLBBI0d4Cou0"
    "fTE8pYUczyIf7jEjRgORH3OLwyg6REE3omihnRFiEkSRfH7HUKsbe1FFnMpen7RdwMpfR3"
    "PHnvDVXjTl9/5afQfCK/7vENACAS3lXAArGtoAAS2HOOohRhDQAgEt5QRPt2dztW69Nr9O"
    "VAwy7OTPsIMNrqsR4W7u4KLF3FKiwLHmLwjJNK59U6pKJPVSTciYKDhDqZyhQqDCZWEjlG"
    "PCgPM6nNmjOZ9vhnJEFDBWuftKz6UnAZxifc42GCTlwGywhdkgKOejYYqtBTMVlpvsjHQq"
    "2Vow2a+dm44fuZhNxRsV+AxiQvANbPENzLHrEkflFp+NflQGwN8CfOZNJoS56oiPbPwTYj"
    "AEWwyBYTLdwvwgrigYnL36x6Vg3d9g3Y9ZAlLQrycik7I1pCKrSz2mGWfwiwG/mDINA/jF"
    "gF8M+MUk7cSR+bsy2hcANS61BajVYY7B16hkvkaKWbwDiEfitfhPuFn1WMkp/CLE8U84Bj"
    "F/BdS7vbp6K3+ulmeY7pU9OVK4ci3vNdZ5cWHRSrOCZvnyCwsRYiAsHX1+RY79zBB2CKKE"
    "60Qo8IdAtoN8oAx0jDmwJj+eO8ghDx4jDJluVnLhXfaucNRKOWPJWl7+2EYceKRflvD0dx"
    "f+xOe3gz+F1xb4aL2pj1ZkzPJCHRGBXTihLupFw2BWEjXUxz+dnOSJgTk5yQ6CEffiGCeW"
    "krxAJ8RKXPqkNIef1SpdYHWICcH6kCiLTlwsluIiXFVUZiu2qjqI7oWsMueCU+QNFExh9r"
    "IRl6rfqvH5LMeq8fksc9UQt+I4B0VelRXYsnGOS9UP57NPeWhA3ioTaXkv4fYIDvY1c7UG"
    "B/tDHPUsB/sUwfc23EjbppTIc8olwZY77YjA/SMFUaJu2FjHmuhLEW0qZTSyFMrFoQjVSM"
    "SmIcf2qPGBz485mjv2PflVFimn5JkwFxmO+UQY+sl/xk/GvZoy2aazPAwJoU+mY9Ow1qg+"
    "JfojxKqVgQeBrbRuiypspYc46llbaUxtXi27Rb/1mOTrjHpquQWvoFxeQYm9Nj9PGBOrIS"
    "u7e4cU5mLXy6BVXq5LvZIuM9hHN63hsInmmLEx/drqXoluTSupRuYZgF9y4P9LJvy/JNG3"
    "ODZUX2izYtUf4mIQhZcjCo84ji2KOBjFLA8xqfpRW7s3PMwIY8rk2NkgR0Tqh/BZLjva2R"
    "o72lnajsZsz9ELYbySeL2F+mhfx8iEpfI0z6LMW2VbKk/lwlwSyuYiIDJWjEzowKWgbbIb"
    "N9ZRNyFZokU4nHlE8EX65jqwbCF8b3suwiv6ZdXjr+iOH7ANYVXEluaQhzsk3p7x1ozwO2"
    "4jcGeZ2hwXkYcozezs8Tkvkz7A6wCvU9JTQTVP+MDrHOKo5+F1ynTif3l1rfB5f2qzQgiH"
    "7ct8vt8Q3NOzPA4UvFUmvPJeIkDCVqXRysyKETaHTBiKTBihrldkvkZlajhnd3bYiR0n9S"
    "mZKRzb1hwnlxKveJyce/eWqVfsUJnw+YmcUorgnZaEuZ0Pc8d2sTze8mcS54kDaOBFkUqP"
    "2R283pr9HycVWbEtzFyNY2RuqsMrO9iBKl8yjrC6mrt/YCsJVcYXTDohGaFfq5uNtV5Msl"
    "mx4C9fRiTPFlFXWNiVRYhWAz07pusSiu4X6MaHefjfV2FgFkPHPg/F7wqXpP7gOiP8a4f9"
    "j+mY3rk/TOMOmUxeFn3wZ4mOKfNjWN4xZBro+G4+0XTPcfhOo/3gdzTTOH5/9953oHoQ6c"
    "AZXwEJ88PRTN7zsei5wYXfI9sxiNNAmBrI5kdUdE8s+1lK2pYhXK8iz0PMNS0LOR4VsZPo"
    "mI/OT2xB9Z/8H84+zhfize9WcZ13suM73cb61P/TIUimM0f+4sGaAit7xsdPJDS3PdeSnl"
    "7iBfzXdX1WMLfDl/hpom2YnzweZCrvyuvhO62uFuINz81J5t6jZA4V+0ywupX3UOtvM/9x"
    "evrzz387Pfn5yy9nn//2t7NfTpb7TfrWuo3nvPtN7D2xJS/cjLL5xHBA8+MfStTpdPYqg5"
    "AMRCrG6YQSNdRxd29w5YtbwTCvlQSkt0iAac/Fb86MA33ZISbWQZnnL/9Uh53BqMm3cb6p"
    "u2N6eyO0yWYQWz6mF52rjvjbDzAfUzEDu7/zC9jRp3xr5VdGl6KJ9o0rls2whIg24dtvUq"
    "nJdfrbec01EURPaJad/OWxjMqXeiiDgViOwZh2/ugM2t0hv8Sf4+gm49fa/Vb7somkurIa"
    "vH7v6s/V4AnNrSSD97bZe6pzXiywukU11byIRmUAzwRvypcRVQ7stYULVkKvWLZgeaWydQ"
    "vAGSB7Ka6mWRicAQ5x1EseL9k1yGxuS+/q34iyOGCiRWMdt2iu2mqPJHd5QN3ieqcrSbml"
    "POLykgOThBZhfC4JSmvu2Iani+p+j2TuIo+fnS10R37MTd6GT/47VVHAnfYvCMahzs89XN"
    "SW0iIfAHqe2ojxp/BOfkV3c7ywbGzIBJZLInJ42fpwevZF0JySJgyPTvzFdExtaurYGlOR"
    "D6KBmN8142Mh3/TZdKf8dW3B3qGgd9Gvn/vK+Iju/N+g/YPZNEZ9CvqUn4ARZmMqeU3TYa"
    "74xXP+ffEnTO1n/lP4Tz92yQ/hOmi7SOakaPr/h55tzzK4gCQ8Zbf8hZj4FeI+esKWR9ia"
    "EomRHExiTqQLI67QhdBScEGE/Qe0Dhj1V3BBDDbovDR10LzMxFCZ/OJeYFbVGFeGTS2NNS"
    "CqaBVBOikHYOcxvfgq5qOpKv2ZjXVCDKDOD3VBQ1dUCGxdakjFASkNanZ9m4RYLWbvOi1m"
    "HwVuIie8ggpmXLKGCmZ1FUrFOeKtEjRXaFA3r5MgoEpDWziD/23QTTUhfTFvf2RCqesivA"
    "3POlxQvb/U7hU0a7xBYx3LKjwHtdhRIZ8X51IE4YASRXxoPUF2Yp8vlO6ODmL4GZmusJK7"
    "ZDZ3WQOJ9CEen6kNJByWkUwTwdS+nDt/iiBc+fQmhvDzPBbj2wg7Fr6YwT9XjzWN9x/RUH"
    "hvnpx8fseQn7OliW46vYtu71vA6ZrumHKIuTBDx8M/e+3OxfsG6gwG/QGy+QckGFHxPoLm"
    "nTqEILG/MMnDysBsLrrgvzoX7em/YvyP5fsuKwtk1ieISq8S0ESol6S7pvzbxQ5/Hahb8F"
    "qKJpCqh0OvAal6iKOeh1SNLda5o92iQrU4YL5CbQ3VPloc86Q4oJ8P/Teit0vmVrdvFlDh"
    "T5EXa4VoDef2Xkw3h5Ei0j8NNdGcUIMDPqb+IaiJxPGSGGMqz0JN/xSWPOm9lY+0f1JMD0"
    "1mRFNU5PWimqoSvhweuAsAGhUBQJXx4Lbn6vZs4zCMZB+lXkZaNzdXXbFq+FwKXzYubvmV"
    "tgytMTx+TZfRNe1+7yu/PBLxGPSBX3XHdND5r057JIQd8g+iu76X+NsvM3IAfPIpPYbZxa"
    "8SYq9frT3Cldx7puWalH0Uz3sLumQvZbFWlFZqWLJZq5gQRHQoy+YVtegnxECVhwKFrz93"
    "IWJu95iCBRcsuKW34CoWgR2g2vJ7iqSTruQC8CK88QWwTDbyG+Iwrq4S47894ihjkRItGu"
    "us5POwrfbPZeMcsUgOmQgphxiIY+6JTKsN5MewCvuzyDe0CC3Yc8fWCWPo2CJYxtTovLW1"
    "EAFBBm9piiONH2+jyHu030dBsu8SbAUNMAofkHkQjMKHOOp5jMJ8TT89+1LkgL2SqF2K79"
    "0frcPNMw1wtld3VKbMBGtpXbol2ym0j02TnkZkoThheRYvf88qSXaCFnFMfXqkOAkEd9ae"
    "APCqzUuKf/bA7liRPpTUl1ta1LL15idxrCvmdhIRqcVS/wouEOKjKoBw0LyG6O7Hdc2mrl"
    "JfyTYuRkRe37D4NhvlzkyIb7qZ/fv/AyVhw7A="
)

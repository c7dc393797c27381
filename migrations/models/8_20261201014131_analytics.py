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
    "eJztff1z4ji67r+iyi+drqJ70plO7xzmnltFCN3hDIEcINMzd9hyFFsBb4zMWiY0Z8/+71"
    "eSbfCHTGw+Etu8VVuzHVuvbB7J0qvn/frXydQ2iMU+NubupOG6ZDpzT+roXycUTwn/h+p2"
    "DZ3g2Wx9U1xw8YMl22PeUMOhlg/MdbAuOn3EFiP8kkGY7pgz17SpkGjwG6ZFDGTZY5Mi20"
    "EYOeTRIWyCdGxZNfREZi565DfciWO7rmXSMZoR3k7X7Tl1EaaG/Fu3TELdj+Kxhq3z5/KG"
    "B3vCnJr/nBPNtcfEnRCHP+evv/PLJjXID8LEn3+dPPG/JAheN9oTWco/PXiIwYE64ULrhl"
    "7/6nai99mT9mgSy4gMkSlF5XXNXc7ktbu79tVX2VKA8aDptjWf0nXr2dKd2HTVfD43jY9C"
    "RtwbE0oczB8bGjM6tyx/iINLHgD8guvMyeqXG+sLBnnEc0uM/Mn/eZxTXQw4kk8S//n8f/"
    "1XCzXTtG5vqA1aQ007SUwU8QqxkfUv6TYVk8ykrsD9X//2+l0DIq+eiAc0rxv905+/vJcQ"
    "2MwdO/KmhOvk31IQu9gTlWO4Rll3CPaHIoH2Fb/jmlOiRjwqGUPe8EU/Bv/YZgSCC+shWH"
    "9rAbgBfAcA/IT/QKNHraU/9hsGYNi+aQ2GjZtb8bgpY/+0JH6NYUvcOZdXl7Grp9542XwZ"
    "8daYVSfoe3t4jcSf6P/1uq34qK7aDf/fiXgnvjbZGrUXGjZC0zS4GqDGW65HfT4zthz1qC"
    "SMelFGPcAoNOz+269HPViOo+PdnGBHPdZB+9goc7TKOK5T/EOzCB27E/7npy8bxvX3Rl+u"
    "qJ/iY9X175zLW/+OgBvbDLNiHBPbCmr/iy8m0ucXFxmg5q1SsZb3omBHFYqsWEelqgf1l8"
    "8ZkP7yORVocSs2qcOqWs6dIi5bwb2ivHuDpxII3fvxKaQXigsPWH9aYMfQEnfsczutbfLW"
    "9Hwav4IpHstBEmiK9/RPYX3v0DK0nwg9UZzSIvdrm45p/vGHH1+Cpi+e03qUIJOxOT9HBY"
    "cnKV1DzLUdfhUzfq4aXDc+nF98QRPMJr8ifpjCUu3XJ3wuMHHEmvJGj3hqWsvkQe0wj8hy"
    "Upsz4mj8aASnLDhlFXQNLam+DaesYxz1LKcsubRrYhXPo5tGpfZz4np5bS2xaurthFq+/S"
    "sitM9tLPk5vSbWu2xaa0TJj5nJ726xXEUlK7hclXd5UuxKbLstie1zPyrYObpK4+uQZ76X"
    "bDPEUUkY5TKMMtejmE3zaBpJyeoxYT+fZ1A3fj5PVTfErX/HV00np7IREjmsqlGUj+gFXS"
    "PBNkXRTUL71XaIOaa/kaUEuM3fA1OdKAD1iaI7v5tyQrq+uv68HLxYkTbhCcV/O//FxPW+"
    "9cag2bhqnfz7beg7ibqCtgtGI52ukz/It4BkY+sanrNDHXljx/9aEEfHXDdBZIpNDm7DGd"
    "v03DTQDDO2sB1DEmo1ZFOCHNsiKj+KvfT5Mh8HJByQcMVcgUpKxwAJd4yjnoWEkwt3Hq14"
    "JVA56u0gBvhgI8zNcyYEK+hcchDEhZ6hBrpF59OEghw98vmyRcb6pNlrNK/rSLexPhnRxv"
    "C60xq26gi7E6Hn8itXN+0u/9uYmjSuw72Ny4/JuPLqms+Kcbm0OeSYpihwYbnYmDxwwUMN"
    "SrAGva7GdtnrdSK7xmV7GMP47uayxbGX0PNGpnesaXeHMcAtzFxNKutbbOcJYSC4irOBJ/"
    "U2aRBj2jO2TK6CPboqgmDzgKt7gFEv2qjn8EIK858hTx+mWIB9+a+/9YklPWnSaaO4f1Ex"
    "NsSd6aOk1cekz3xt3RGttuykyf8o7aeyGSreAWGiZ82Z7zq12kFf/XmWqVVOuFwydiQOe/"
    "ka2+v+sn6RpYTNINOZ7RKqL4VH8q6grXv7zXNvruIixpZU1+wZ8WbHjpANeGe9oK8qIZaL"
    "6w/7esuDVjqoPUqGNv/Py9A2vK5uHfvRtKq6TciD6j7QagYdVQSknOaj2GRRRekmptOGQF"
    "2vrTYLNX7RqjSckIBnQIwvzMh+RJiuLgkzFTr9VP/0voYwY+aYEgO5tjT/yFmQtCntpccs"
    "Ht6ytW8UNEw2s/BSk/CByzdYmwq6c5XU7gDWpmMc9SzWpsjCmxj3dGNIXK7I/PyWtpBfzj"
    "Kw7r+cpbLu4laUBBbT/3/4RpkH6LDM64F8cjdsHmrTOrR7/cwxp9hZamMbp9hRXzY7xft4"
    "ReS9Ti2Oh0sJYzlH4WQw7Le634bXdcRfUoI8oq3u1V2/0W226ohQY+6Inzyi139e9ttXdT"
    "RZPjimIf6+bfWH/d7t9Z/iIj9fuo49myxH9Hur/e16qHV6g0EdLYg5nghzBGMj+q3VbfUb"
    "He1re9htibuxtx/RfqPZ0m77rdtGvzFs97p1xAdRKLlkhr0DLG/Tum5ctjvtYdCCTPCDaZ"
    "nu6vjx9l6UnrZKbSUJOSQ/3BSNKCpWBX/VTbtf649hZOMLED29afzxPrL5dXp8lvrNQyPQ"
    "7PQu4+ZjQUPSsTZRmFHaNAX3qFAMdtPz2SsX7Px1+f99OP/0+W+ff/n5y+dfeBP5nqsrf9"
    "swMkmLpPheckG6FgA4k3BOvGVRnyq0Z6Lz3cRSoxqRi+vOnuBHv4PygbwBwatWs33T6Jxe"
    "1OLG82DJ+JzQn/yt52mcE+OIHGC8EeMwK5OVaAnLQLxAYcMv3tSz7yDBFylEdu7oi6w8dk"
    "Fn6IvhF+EPNBJ/0W/x80K7OdwUgBE+WdljB093tF4NxZvyX3Xr9VYh2KMWP3782d3UF4A1"
    "8HqrKliPhBhi9u1oF/VA+hrqrIpgWfZ4x1n13Xae7LnbscdVxeiBUH0yxc7TjkhdBv3cEP"
    "5WelXhekPHoVLi5RBdRAI45NncwyLfl731/c6qipk+IfqTZu4KVlN0064sStKfMyB+t0fp"
    "Crv4a7irKmI1IdhxNfGrNAPv6od2LTrr876ucGW90CbOs0ieYPCOdkXLee57HVUVK2YRMt"
    "P2o8UPRF8VV+EXxLLEYrOHT/G739UVNq3Kfosyjsp0zV2d2hteP9XFiWJr6Zo602aEBgvO"
    "DnAF3d2ue6sibN4yv5/vUX6H/aDDqiLm+lSLZtnY2BdqAX/T4X1WFbj1VNsPjbOaaVUnch"
    "aEPFlLbSqphZ33TNHXzbqrCgPG5tMpdnbeOT3IBrKzym6fbxp4UkxTaZa4k5cSfAUxEgdO"
    "71UEk92ek3ul4czsueM5hunEID6auwaoDGSnt5E+KzRnc8SqeCZORYjKyvaZHpmyMrNmi0"
    "eRzdexI/7f68ARdcxJJinIVFYAg7wQhNiRY4kigNiRYxz1ACOIHdkqquHTWZbgEd4qPWfT"
    "WcI1DzzJ9u1JlsXpyQ983ZWlzRtXXrT5ndGN4LWztJQSJvCjywEWfzFHN9mus6rld1OhE2"
    "DBUtmUZnYB2wNsT5m/9bVFlBHX3ezLkSPzTdDrINRpRdDLyZWFNBAFYRbVT9JZM08Z4m9j"
    "ZMzl0kCM/zqLfOCfGBJiKxZsgqnBRJaVdSKWX5FDxiZziUAELUx3gkwX/cMWFTfdCXbT0r"
    "sc6iG5Mr7wO395ef0ellDkc4spDqzda60pJeVvgLU7xlHPwtqJNT937vuIUOXqDOw/B8kr"
    "F3EomB72CjUFoOLnNipCwdcqxRYFFT8rPb6QbWD/2QaCQ1UOSKNSO4Bank8Fkg68WdKBFV"
    "OomLh7wDUj+1rMqZqFfg19qhFc+Sug7l2n81bVNG9M3bGbS12dCjl0t7aJNpuKdpq+avgi"
    "bdajBAW++0h4CHv+Y76RrYZM6jmV8WYzfoRRlNHcqgcF4fVXYNnzR0d0pcn55DFcETJM9p"
    "TSEKgwoMKKt/CXlBQBKuwYRz0LFRZadhOjnpoGMSq0VSrEwg3xnnMhcg3NcTUx59VfkxrY"
    "qNSmL6mEEG/AT3wJcXaLGrnhC8scNXh8HrlzhUk8W+bntfQr5nyeWZhSEoxp5lzPt51Gt9"
    "u6qiNffkQbzWH7d1F6VBbpHNFm7+ZWFCO9EtVJpzNxUjDi6m8mf9a9VyBdB40ynZ/wFOc+"
    "y8apyX0TsrHBehTCpT0EKid67+6y00K3/VazPWj3utHNVN4Ul9YpPvutRieeGT105Mh6jg"
    "jLANuWSDUfPu5lhjQiBaBupttma/fWHYmh6jrM1mIkUXSGvUy+yY98Dwj7yN4G3VUV3tCa"
    "mMEHMmViv1WC0GLueTsWA8xJVUYmqoKsjE/kdLoy+NRWn1AWP78Hy9ajJCM6fcCi7cPctI"
    "wamhH89PHjx/c1ZDsGcYiBMDUQtekH+5k4Fn+dwCHPpMh0VW5+B3lGBtLT+zhklwnWE7hN"
    "4DaLufSXlOUCbvMYRz0Lt5k3KBeCcfMF4z7aehrJpAZ4JVBBD79MAJ9vAPg8CXBYj0jAnM"
    "rOx6SAngd6Huj5QoEH9HwZ6HlgNoHZLAILVNuC2cxCvoW8zHYk4KJ+bRWBPbpiA1G5EatD"
    "EpXxL1vBVSo+/nS6cpXkOLT4ZGEspTPvOya3MvRoO9IZ0o8SRoIvRBgJ9QU5mI7Jr/wWmv"
    "LFUDYzGbrX545DqHuPZqKpJ6diLQ/2nCzxyX57f3HxVQ0ZqxyOXP7XyXrswiKiO/Jj5gRf"
    "i/+EFQ3DX0CLw6/57yvHyP9eTmQ/vKX4A32/bvVbyHsX9J/onS/wzlvmgEwFMrV4u0pJaT"
    "UgU49x1LOQqa7pWrnY1JVABenUg7B94TdL4Dzk26Ea55hYFajVTZ9N649h5IsJID29afzx"
    "PvLVdHrdb0Hz0BA0O71LYAOBDSwMeFMcifbKur7GxKrw3b/CInvM1Gvzrt9vdYd15B+g1O"
    "TriAr42r+Li9jRJ+ZzUQhZfvRlys0x1RQWkng9M9inQ30de7aBRY/6Wc/KUSngt2OgQjaH"
    "wxoM/Om3B4NBZdNR12L2gugX+7InNCR3yIZranKHPj9r99vNIZhh9m2Gka4tO6JUUQf9Qp"
    "irSgnW21bUK9gR7E0tfMFE22DhC83FDBY+FmqdKYmKf1ZCC9t5sufur+heGLOCVvfCvvaM"
    "LVPS2AiP+WOYi0yXITEL3jH0X4NeFzF9QqZYnWNl3w/YwqbHhY255dHw0rIXdShI3g/tUK"
    "vMxav4H0jWAja4gq7+JbXGgA3uGEcdbHCFoIfDm1/OLysuW8Fvq7zfUnIJNeZ+raCpSefK"
    "il2ptLJKdCt+uWDK/74ZZq6ac13WVWS0zGZuCcsXeQU76d9168iZ0xG9bP/WqqMH84mMaL"
    "/3nV+1FyM6+N6+qSO2MKf838N+q/tteM3/dh25mI3oTe+y3WkP/6yjqf1gip88or3hdatf"
    "R7ZU67dYH/dvf/FPU94YbDmk8T4KPayqoWp1r+76jW6TjzKhYiEIfuWbD0/4IJkcHnFwTI"
    "tY2OhBYpi6i/4XWSYrY+DYBpAFIpHNKuFKEvcaie1CooO4KwnERB5YQxNV/ijbYVOJdFBg"
    "0E/6rWbv91afbwoO0YXfN98UWo0B/5tgthSbxlWrzzUpsWkY8n1HlKN2VUccB4Pfb/zBb+"
    "EfxVidjtrxQulmMfitfXsrrrEnczYripOF/9KaZWMFf7chI11cENLRZUhHt5oO2/B3MVko"
    "81Hk46b/kWsOX7xV+lm6hpCULPCutaWqcJFJVbjYoCpcJFUFcHA6gINTzBiUA9ikJFRZKU"
    "xy0mriCRH8EMFfAOeJWjlzkxZzTdg+Nem6OFDKhrYHiHP54JUU4ORGngFmcNw9iONuFg/T"
    "R0IM0SaJfR7HNt/z6muos4rgHpmnlj3e1QPQc+3q2OPqLAHRT1mkbjLdnV0lG14/4CWZzU"
    "sy/gEqvCQV32i6l2RgigsvDy97SV7bC4SRL4seieWiU8Z7QGdn5+8YMmxKfvIZi58ED/3T"
    "jOODZtacIb/ZGW82tW2jhsSYj5c1xPgWIGpZvE/6TB7+ccp8zgE23tIbznDyknfl/GFquj"
    "4pB76R4BtZ0L2wpF5y4Bt5jKOexTcy2MV28k5JdFJo95QrjmRdboFJY2LUFHzbaHfrSGyN"
    "xTAyiv04jwkkaF9Fw0cmu8cGs0ccW0/LSaKb6s24FgAfRkWmaF9ZzAFoWAQgTUKq29MpEX"
    "0nIE3PchSWqcIq8OopjsLnkpxqUVy2gopReRWhpP4LZu8DmBKjhEBWUKNSAOpmU2IoWndP"
    "psTqRa7XYjaC6Ax72ZQIZphXNsMckhEOWRoUZHDUDpHOA/uh6JrlN8yQCls4JDuGV1kv4G"
    "axx8Z+RO3pdC47ryNMETFMFy0c0yWMN6ZkgfykXMidYBfdO2RmYZ2we/63yUQSa1VO7MM/"
    "MH8gfcT/UgbFsyXVtXDO7NDX+fdY1ux0hrn2cg7t0JBlTZ9tsqAl+k85zSF7NrDTRV2aS8"
    "pTAjt9jKOehZ0umJ9/0Ua+vCOtOH7r7hxbIrUxTo50ehRmTAyCMHcIwnRUFqBUutZRmnqA"
    "qRXTDnIkHBpiaitxTWfCVwJAg29Bg4dOaAnMM4aiRrt4xXhU8eQtwlFb3at291sdzQg1+F"
    "iM6ODPblOaimV/I9rq93v9OiKOYxck0wRk+t7rGhNQHjnZ65jYQaOLEif8QpLXkUQELEy9"
    "xLxgbdsimKbwJRHBGKoPXPJQ0zXA+HUhvez1OpF1/LIdX6jvbi5bfIWQqK/DpSFj/TFYts"
    "qjkJTTsFVMfHexa0F8UeUNW5eE6pMpdp5uCP+p+onCuhVvUttk4noIGmvTdetMCaGnBLO5"
    "Qwy06uJXNDGZaztLkav5icxchKmB3AkRtibCXHT6sET8//mzTTaRrN17tDApUyeE3vcD8t"
    "uxPEhWLq/Rnj07Fhd1dBMSPoPZqNALX0kNCGA2OsZRz2I2ii3Nmd3lo2JFDmLY0m3+5/MM"
    "lNPP56mUk7gVo5ywNVfVryS6OcVWCukUyMS/Kk/ooy9cQrQ3oHvVarZvGp3TT2e1n2Mn9g"
    "D4z4mgBP67FAtX+gwO2ldw6p5nS4q5ISdmIuIjqrEp94eU0I+E5FFXYgV+6QD8UvjskAPV"
    "mBgwTFAW8fXZD9U83gPGrVBXpZy8L4Ib+3pzl0c8JLm0Ql/BKoVHJp1OCk+FLO7SU/uZiO"
    "g1ZFLJ4+j8bG/Z4zkRNljmkqnwQmbolNpIntFtp4Zmc74x6zUkDjcfbH66eY9sB2Ekq06+"
    "Y8heUJWj9CEflYVa4s8jY9tZerxRwDg8LIE5eq2dF5ij4+EQgDk6xlHPwhzJ/0+Md/qBO2"
    "i/nwP3y+vpqx23P2XKLP1pQ2bpT8nM0qtdTonwyz5kYfkiUxwng/++awy56vDPOXZH9Lrd"
    "/daqowlHn4zoLVfkBnUkI5X4X3edDv+DP2JEG80mv9UTpSuwrvPbtqhd0ez1W6IAgiNkO3"
    "/2blpCDRRlEpb22iz39s5n0zkTmS3Hjj2fKbwE0124E4Kv78QdUlMe5qblCqugeN5baCoH"
    "ce02meapq8mBecnpai33ij5XqyuldbqK6vA51PSEIHA4GzmcNV57oBia4uxWWmBf5BcSc2"
    "v77Lgrv4sds5kqHFKqgf1Bk5q2uSrBxJv25/REQchE7tc2kTJm0FJz5jkqvntiwv8Gu/oE"
    "PdqOYEiQzw6iR8eWlAli9tzReR8L053Iguwz4nzwwgC4TjPnGKr9e/bc/xb13l3shIPU+d"
    "uNx8RZszLioiiKNvYDdlz7iVDga15nP6gBX3NEJ3fga45x1LPwNd7yn4exWUsUmUEojH/P"
    "E/9d29I1gWyRgT753up0upKRWRDLopKUGXRards6YhYhsxG97v9eRxPnmf+r1egPNa946I"
    "Rw/UDzyoc2msP27+1huzUQzE2Q5X9Em9et5m+ayCGrT4j+pJl0RL+2h9rXdof38Gi6mjAW"
    "83aD3/1rOnvWAgPy21M65Ss+usUEUFcZveUj3W4Iao4Ps4ktPnANPkJX4qF8fApSdTSkpO"
    "bc9KKSFdz0yrvJJXWbR5NudlNLH+eYKBQ7LfI4O0Qn5jNRbLjpWThCIq8XwX12KG1mzxHc"
    "eDazzFx4hiQAzjicc6pPMB3nAjQiA5Amcww8myznF7+SADiTcP6D6G5OPNciAGgcUAur3G"
    "NTwQyaA5BxIGWamFx28bUEGMQjGtw+DOLikK3l9faJCFUhj1QsxObiIkuMzcVFepCNuAfB"
    "IYdPoqOyO+WAN00eXA2iOMeNfjkgVogCuhCM87bBOOFJuQec7xgp4aaXFVzFF5whoU5iad"
    "0Dzu11n8Ogy2pinrYxpQCfxVFJnpdlSYDEQOTxU+rLUgp9v7PqjEBk8q6NWpqBlzsidi06"
    "6/O+rnCValVH8HKeNWFc5x3tCpbz3Pc6qihU0piqsaA8x05gDURflcvlFoErMEbv4Tv87n"
    "d1hU2rqh/i2uq+G1YNr58qwXRYN9SYYqJ0RU0qL5vcURXqU5Zg4SDqVjxdZIXDDnGQ7EE6"
    "j2KKQl2jyfzhIxIuUdJndHDd+HB+8UUkjhMZ5IihChHe/wMyBQaLpwaVk9buiRAm/EbcAL"
    "idHo8DIridHuOoZ3E7fdsw4bce18MHCs8c8mj+yIPwWqKKGO/dcdDjViaYTfKAHJWqXMz7"
    "l88ZYP7yORVmcStuPWeuNmdb7Q9xWXDdK86GoNADGNFkvFlymNNdo8Iy4DGhcI3i6802n0"
    "5UEj6cIn844QNu5hD5kAz4BkDigTdKPBDkCnilnAMFna4vJx0Ifa0vm6j3ms6h2gbqzdkc"
    "clpJ57saZeIpB6qB+UHp85hNWUGeJ63O6dS5I9tqTrjxi8T5cEKQzMfOEEZeD2iCBb/9yD"
    "82fk149Dr8zsx2XOSXtpNlVaboNHgUug/+df8+SZ0f5hFZyHMfETlRayuAguQNIecZP5lD"
    "KBMGMOqvpbkAo3483Cow6sc46lkY9dhSnZWRjIlVkPvdf0qH9TaYYw+LCMGZWxXFpyxVuT"
    "mMT61QH5D7O+S03TP9NxMI2ar0E+khU2GZ1w+aeptpepDwqEAL34p8jYhWcBsu77ab1LYg"
    "POsg4Vmxk2QOaFWyQMRC4NDbBg4lsoTuHNFSRbIwjrLqW87N0R6SgGyKtGRtJfMY3Kptoh"
    "yDtGbZuUZ/4r1jaGo7oiS7lxrtg0nraGIvBOu3FInX/PLNj4RY6PTThwvEdGwR9r6GCHWJ"
    "LPy8RBPeRM03HuYxCs4xnjY2QESTlf/+HqMkgVAEQrGYG0dJqSUgFI9x1LMQitGFWDnwKZ"
    "96XPCoa7t6YXv/nGPLj4rKSG8l5IDjUiUF4r9+nAfWtQDgqcCT8XOICHXMM1FDIoCpClPX"
    "yYnoSgDwVOA5te2UjNpqOIP21cs3dZElcuQiPXDkIhE3IuPxuXKiAPirZeOUCRuRisH8KM"
    "TKB/SmTb53d9lpodt+q9ketH3bwUpzkzfFpXVtq36r0UmYB5jLH69NnFwWr7DQVmtDwVDe"
    "+1I7f5ia7pYJvWOyFTytlPd0AnYXsAsUAd+92AXehqrmqx/+yod+IpV1BWEdbVDbRFt7BG"
    "Gk7Yvk9S1xAla55lcdk9SxKHKC7Eck+qzL2vGULPhOF3i6ijaLCaGyARJBfQg7jkjZnmSu"
    "D/CMER3xeT5zBY8tBFcmCTTDomKaV+6ecSj5fMCUYY/ixUxed+wFqyHLfBJuus2rJpra1H"
    "Rt5x0b0YXw2hWF+8Sr+q0Zv/SOoRW0IuGFLau5yVmPBN2UlUlfF+qRdWSASgcqvRxrbUlJ"
    "VaDSj3HUs1DpUGTtzYqsqeEtQ2G1LcHdf6oLT1XKbQaKiR21EcjHIv+qHxGs4KJf3kU+ub"
    "fLfCNBOalt85XE5GHICz3kQEIBCQUkVA4SKpLSWsFBxVNep1NQ0Uzb2SioNuUNeGuv9iwS"
    "woIVEgSLD9kHy9axhUSbR8eeylueLl7zE4/KGqf8KdaSY7+wExTUAZ4xojPsYMsilmCl8J"
    "KhU0b4JDAYYiaf8ZI7Wnf6QMaY1kSCVZehGXHQ1KRzl7z/iCSPJR635O+Wn0ZiWFR3VTtm"
    "QvQ3MEzlWUhLyjUAw3SMow4MUwEYpvDep/yuUlCOih01CcJ1E01WTc+7MEUEK7gulXcdSm"
    "4/9uMjI67C27EhNFf1+IZkYqNbvWDzdnf4199jH8bDbJoLL7995bEa3DQ6HRVg/qqaN11s"
    "XAy8a1XetSbVlBMyFdaQBCCqQpRrJjkRXUsAosrExluT7MCvl0mbUBdPv7Rti2CaZkVRqt"
    "oPXOZQg7m68rqjednrdSIDedkexg40dzeXrf7pJzmCa390ZabwcqRf+lSSFQoMQ5AVphT4"
    "guHttQ1vkBWm8llhQrVoVTbOSKXaDRbOdW3cbObNHiXouv87mhLM5g6ZEuoizP+HhCZbR8"
    "7NYHBVQ4OrbhedUvIsLYN8mN8j20GzbvfiTNgViYHOzn5WZKHee++5bI8uFpWTPKV9SvhL"
    "6QoTZFTYx863V0KCajBRlmnLKamxCkyUxzjqYKIsgonSxa4q268AuEXn04QOGUs6EUi/Ht"
    "j8RSm2cm5ZJ8NWd9gYtn9v8UnGlRDsms9kRL+2u40Of8iqxzf3m/cVpW3WuZgoFGArzrqW"
    "3M6AjT6SgQY2GtjoCNRlYaMjJ2HlEpWGalTuqN2XwgxEnjU+LAcLfKEXeJ9Y2lKDXksX+b"
    "hy0hdEXR3JfF0jKvi6OmIGpSN6K1i6OppRenG2jQr9SwYN+pdUBfqXuP4sS94pSPH0PGQr"
    "iS1zkJXo29pHEjL+NJf8UCxo2eZ7SPwVj4x+OvK8h8abXr/b7n6rB+nM+czvtFq3dSTzrI"
    "5oo9PRrhp/1hG2LBFQxK80+RmzPRSXdH7E9LOwvv2xMn8q2V2TyBbs7Ai2+oLaksFWD7b6"
    "wuALtvpCoFx4W/1A7P8DwtIKSEfu1zbZ672M7SzUNJPF3rNyiEIrHEZPHREBwxhRczxxa0"
    "havILsc8kQYtNFhE8BA9lUbbPfc//5IoYlJCkBwzGhUFOw1YOtvkxbTkmttmCrP8ZRB1s9"
    "2OrBVg+2+qNk+MFWfyQDDbZ6sNVHoC6LrT50DlYuUCnqV0TqqO30MlPINvVfQnKwuBd6cS"
    "d0mw18LQXDW+jhdW0XW5qXtTBP3byEHCRPUGwwhtgp8oMbFwNLchJaSzDqW2CbkANwVZrm"
    "dAtoY1IArML/YYGfyBbQJuQA3DR1num2o9DnXyj+vJICYFVVdfFYNV3/a9Drpir4Y+VENU"
    "zdRf+LMiZQKxiuG0ATUER0voABPb1p/BEnR5ud3mVcmRMdXIK3FHhLlRFf8JbKgS94SxUC"
    "5eJ7S0kz762whRhEDJjKYyreprbRa0q21mbR5i96TjUosh2DiGIJYt8WHk1eT6yOMA38mN"
    "4xZC9oTaQgwUi3sT7hV/zRRY/8qjsh5qpkKEs6UB3uMQo/qpiHFPg7gb9TMTeNknq+gL/T"
    "MY56dn+nfKfJtchOx8mijfJrnyfldpnzyBOW2eNR5+V9rZAHnQKdziuCaOLomEfZznDM7F"
    "EytPl/DnXILOIw7P2EKReBnbFtBr1UEdLwOpmhCuBOJ8PvxLIoYewKm5aytF+0QW3TmXDh"
    "N9WMVdt8oTRSDrH5dIqdpTyBqevvBRkpz7jMgmBHvID/1JQMmPt/xB5L8MWkwm0hpAaOmG"
    "VSQ0t62IAj5jGOOoTUQEgNhNRASM1RemtCSM2RDDSE1EBITQTq0oTUQO3eXHNZEVTjCOKA"
    "jrWJk2tWhoXAiTE5M2WJF5GIMYnqhjSHEaktUx0WDNhNs3EPmQ4FYiLHZW6YAyFAOQPK4O"
    "t8UCfy/B76CTkAV+VITma5QA3aA5hJMHVs2Y6Za5KGRQBS1fzkelS+CRoIAJxJOB9sY6k9"
    "YNclTp4cunExgFYxU2f2eS4NKxAA7SqDdsU/6pnJ0VAyAxtAjskB1hmwhiAnCHIqBb4Q5J"
    "QDXwhyKgTKhQ9yagT1HhRebI1QLYh0B7ZwxYhsrmsL23my5y7CDGFkkGdTJ8ghugg+MpDp"
    "fkT3xnxmmTqfDZr9eI+m2HliMmUz4y+4EnfIzHb8fM44bgc+2INGlPEeqOF7x6HTJzJza8"
    "irAm3xVauGHrgMtV2k23MqxNwFf/AGB7i18wP5wXVuiq2Vw9oml7cgh5P0d4veky55G73h"
    "xNXwjwcXuddSEsBF7nicpcBF7hhHHVzkwEUOXOTARe4oPafARe5IBhpc5MBFLgJ1WVzkwo"
    "fsHPpXTKyCStin8yxVbXmr9G3/PFHZNqCHPKS2VMcSnRQZ/ZP+Xderv+rMqVd/tflnsyOv"
    "6Evd8iqyfm/f3MhLbGFOp/La90bnN3lpga0neeW67V2YmN7f/d53r2N74fUy7Le634bX2r"
    "DfaHvPFBZxMZ6aHGa/l/ZQ9GG6I/pn71ujjpb2GPO3avSv2j3+UtgxTHtEe8PrVr+ObMlM"
    "FUKJl/+f4xsN2m81PQqmFEaxPT87ywAub5WKrrwH6eOPTUtbM8HKQU5R1CJSR+0Nbsw9fw"
    "LNo/1zpRFXiEKadlWadtPb97Up4TqWAuINLh8KWXD7yOD2QSzy7M3OMX/kNsin9gD4Z3G7"
    "ec4ZYbIWAH+85BIilKVccK4FAE5Fnnw+2Wb2guSdoCsZABUcxl8B0uCQq/E9Jl9gWUISdq"
    "0suxZx7AdT18jjI9EV58YNgCdFAfEsiNNdMFcIA+qZgii1/7Hphkox6clSFaJQg2P7nKlT"
    "7OoTcbiY2Cl0/cv0cbyPAtODJ427Ya+OBKczojeN7p0w408xnW9nx89C6KfT+QkyP+4xmB"
    "iPdKdAhSg4tUMkBkRilBzfmYUpJYbGCBMm55wIq6UBY4h2gWiX8qGcI9plwxKyB7iH/uF+"
    "sO6xmoir189iRRhRbC1dU2e32MFT1pfxNyeqcCNlw9rG2KNARJtJGdk6W/psIgscSTFpuK"
    "iJ6B7TZWhw3fhwfvGljhYT7KJ7r2NtgtnkXkhgxFxb1Ehy7AUSv0BRSekQD4AaSgXYlIUg"
    "RO8cSxwHRO8c46hnid4Ri7WajErhBP32+3FbfNN6HFF+6cvnDATTl8+pDJO4FSNBrLHtmO"
    "5kmot0jUpBkaodCNe1JpUV/LUEAJ8T+MQp/611dEIND5MN6rnfJqtmHmqepdSpf1Tn2rHN"
    "hBotzN9oOmcuevCi96ezuYiqf3TsKboX/9UMvLxHp+I31b3LIoT/gYxN6X6tqG5zmMeM6I"
    "h+56uQSygy6TqPAP/NlGFPvcVefgF9gvlZmf+TnwB0PGcyH0ENMRtRO7hpMrRKKvDriM4c"
    "W+enPN7yFFMDeQc84z1yzPHERfiRnzG8/sKP4z9jys8cslwrP36IR8/4T7X5l4n+YT9kPF"
    "nE0wuEFFbIGQCnjoKu3yXVP+HUcYyjnuXUEWxC6jFXj3dYZkc//mJSpBnd+PmsYCpqOf3M"
    "tpYocrDZlue2/YdqgfEaDH8FNJBkMfy98ZlrQFxROsKbIGmHrlWjjKcuFm7/8rELyfKp7x"
    "ha9YCCHureqWFlxxB/LoMzyuoY5A8wQ6ceG/BxpqoqesDngH2kAGsXnFSOSWeFk8oxjnqW"
    "k4r9TBzHNPI5TkeEXp9JDq2xD3PT4nsS+yge+xbL7EGI/XCF9KybXVjmdbe8cujmeVTH2E"
    "gkh6FHydDm/8mowzeDXsoI/ouKe3jmZVDbd1LFr0SF+j5fjU0qqoko9PBYi41KuKx3rzmR"
    "xpl8kvyzygeZfQEZeMn15FU36JQRYqCzs5/51dgj3tfQwnQnnkOR6UohtVfS/h+hzGgcPX"
    "UJ+imZzdirggX2A9DKQT8DrRxG/fBaeU7TwX6sBkUb33xmg5QCj5vqPKUUd4Q4W3WhJ+Gh"
    "QKiRUuspW3xnspciR3het79da+3usNUdtId/isR8Y67oUpdQZrrLEb3pXbX6fCrWkVAuxf"
    "uOaKsx4C0JZvw+x7v3e6vP/xa/mx+a5bXBUPztHY/fPtszf9wjP8rTfCnOo1IVNLvtORx3"
    "jZfmWStz8S1qaXDh24liofyFHubiPfOORVQQhmGHYRC54h8tPM41BBEhgH8H+F1TVWQ4Hf"
    "mgPYC+A+iigvuU8HfS8+y4USnYcV/acQVez9ia5zsTRKTgXJCtAKxwCtAmzhZwq4QB9Qyo"
    "M4uQmbbFmTcqB1hnwTql1PkmmNOKnQPCaoSJSg/ZCDBRaiKArwrfB8yIJYxDeXS9iBAofD"
    "sofFhfKLKzbkoG6AvA5M6SdpGDJfP4bctJRjooMh15170SVT/mvFdH1CVp8XaD295QVCYh"
    "xNXYzHZFrZC7IYdSFAuRJMWIXjW634SgIRw0t6oXsn/aMZLUVfvbDhlhfWH4VjJ8K1Hgzn"
    "/ZBXZfGnDPouDIiqC5tt+QCGy+O2y+Jp3N3VzIryUA+F20niDRg/ZMHHW2sHS2SylcQdJr"
    "/9FdoSRVeQCPiVUQ6gMkQIFAOgikg0C6nN67QcbHjqjmkObAG2lUe9mHN1EjYks/XpHWTw"
    "SvBf19EP0FOUfCTrdRXVg86kmdwOQwjxEJTL6arvD3rfEf6JpjMQ8ebWeKRMoRvpbPkJja"
    "CDskyFJoUvRguxM0mz9wFWbCr/Cp9EyotGSP6GmA+S3BTwzduzPtvoa+2ZZBaHPCz5d4gu"
    "7Hunb//lfUaH7vB1lKpHPCWFT9Rl7e9l2cjcHHGHyMi7n6ltTbFHyMj3HUwcf4MD7GcoPW"
    "5LsmsUstDRYXg8qiivpgucuC7VgNrGh4HpqB9NOO6/acKpb5DXM3JgeTVzF5F7bzZOekGc"
    "MyQDTuZF6dKwmCTfbVubJeNhgvVEuHPnFsqnJW3IBwSAYwzmjEzjmFwUUAXAQSpFalXARm"
    "vC+X5vW9i4qBdpjJL4Bj5pGIuaFeiwHUWaG2nWlunH0ZADkjyIICzwtyIAObagaMx/pWy3"
    "NUDKZzVqi3WJ6jYgB1VqjzLs8hGQA5I8i5l+eQDCzPGTDm6v6TtdRy06oxOcA6I9Yay4+z"
    "LwMYZ8B4alPbtanCZrUB5LAQoJwt1o0/KhfGaxFAOAsXBW6x4BZbIKjBLRbcYsEt9k3dYl"
    "fZar8SYoguTxRusclGtU1usat0sNpjuP2LXrHfJ9JfU3p2BoX3MJ+XxPCyyuKNqWjnjDia"
    "bD4l1JWuqPJS8A4K/9jXeCA4o4IzKrgl1t7cLRGcUY9x1MEZ9SDOqN4mmUTt0rYtgmmKlr"
    "0SimH3wKWqBdllr9eJzP7L9jB2iLm7uWz1Tz+9jx7ak+59Xs5axYI0JD/SHKDWIgX2F9kH"
    "zsPWH8MIzgmfvtVK0+l1vwXN445+kM0ZsjlDNuddfabY/GEqyppvoz/FZSuoQZVXY0oqyk"
    "CzAc0GNFsOmu27tGzfyBy63uSIUWzRBrVN9JpvJZ+G2m4RcC56Qac3NhUh4a6NBnPxr/fI"
    "sS2LGGg+W3Fd5+8Yij4zU6j57g/IQJ15lmwXOy4waMCglWQ5KymXAgzaMY56FgYttAorR3"
    "2TF1IgddR8moSCn2Vzw+fLHDV4zjx/aHFEBsKKFbyjQMgwvaOF9pTPKVkhC87JmagxDtzU"
    "pHNXla/zBcBDcgB2JrBNg+RfOCJCsHKoVg4B0dZLh0IYpnPm6bzV4hETBLgzeSsvzGn+jC"
    "YRIVg9FKuHhGibaRwXhGmcZRrbglnLPY9jUjCRFRP52T7X/AxGiomcCm1cDLBVYOuS6cze"
    "Bt2kIOCrTIhGxxo/VOSBNiIDqKq2NteR1vf8akNCEPDdhG/uwNOEJCgPWavTSdhcmwrD53"
    "aYh4QB9kwZRmwXW/kneVQMoM6Uf861tCnB+aJSw0LgEZglLnUblDGgnJMgwlORZsgl+bFO"
    "igLiGesTi/rC+fGOCQLaWSu55sc6KgZI56sAvQXeCmFAPQPqoj58brTDQoByFo1vVZcmiX"
    "N6roaoVAVTNew/XACKI0JxxCINA2SBeSOoIQsMhKdAeEoBwlMG8+kUO8uT1PCUoEEtQ3gK"
    "C7V9MTylgZy5RT48YEaMGiI/ZhaHUXSI/G5E0UI7JcTEjyL5/I6hRjvyooo4lYM+abeAlb"
    "9OZo495qu9aMrv/bX+DoRX/N8hoAUCWoq5AJY0tAECWo5x1AOMIKAFAlqKCZ5uT2dq3Xpj"
    "fp2wGGTYyZ5hBxtcVyPC3dzBeYu5JUSBY81eEJJpXPumVJVI6qWakBFRcIZSOUMFQAXLwl"
    "YoR4QB5004sydzNtsO5ZAoYKxy95WeS88COMX6nG4wiMuB2WAHs4FfzkfDFFtLZiosN+kZ"
    "6VSylWCyXzs3HT9yMZuKN8rxGUSE4BvY4RuYYdcljsotPh39sAyAvwP4bD4eE+aqIz7S8Y"
    "+JwRDsMASGyXQL84O4omBw+uoflYJ1f4t1P2IJSEC/mYiMy1aQiiwv9ZhknMEvBvxiijQM"
    "4BcDfjHgFxO3E4fm79ponwPUqNQOoJaHOQZfo4L5Gilm8R4gHorX4j/hdt1jKafwixBHP+"
    "EIxPwVUPeu03krf67G3DDdjj0+Ubhyre7VNnlxYdFKs/xm2fILCxFiICwdfX5Fjr1gCDsE"
    "UcJ1IuT7QyDbQR5QBjrFHFiTH88d5JDHOSMMmW5acuF99q5w1Eo4Y8laXt7Yhhx4pF+W8P"
    "R3l97E57f9P4XXFvhovamPVmjMskIdEoFdOKYu6nnDYNYSFdTHP52dZYmBOTtLD4IR96IY"
    "x5aSrEDHxApc+qQwh5/1Kp1jdYgIwfoQK4tOXCyW4jxcVVhmJ7aqPIgehKwyZ4JT5A0UTG"
    "H6shGVqt6q8fkiw6rx+SJ11RC3ojj7RV6VFdjScY5KVQ/ni09ZaEDeKhVpeS/m9ggO9hVz"
    "tQYH+2Mc9TQH+wTB9zbcSNOmlMhzyjXBljtpicD9EwVRom5Y28Sa6CsRbSJlNLISysShCN"
    "VIxKYhx55T4wOfHzM0c+wH8qssUk7JgjAXGY75TBj6yXvGT8aDmjLZpbMsDAmhz6Zj06DW"
    "qD4h+hPEqhWBB4GttGqLKmylxzjqaVtpRG1eL7t5v/WI5OuMemK5Ba+gTF5Bsb02O08YEa"
    "sgK7t/hxTmYneeQqu8XJd6LV1ksE9uG4NBHc0wYyP6tdHuiG5NK65GZhmAXzLg/0sq/L/E"
    "0bc4NlRfatN81R+iYhCFlyEKjziOLYo4GPksDxGp6lFb+zc8TAljyuTY6SCHRKqH8EUmO9"
    "rFBjvaRdKOxuy5o+fCeC3xegv1yaGOkTFL5XmWRZm3SrdUnsuFuSCUzZVPZKwZmcCBS0Hb"
    "pDeubaJuArJEC3E4s5Dgi/TNjW/ZQvjBnrsIr+mXdY+/ont+wDaEVRFbmkMe75F4e8ZbM8"
    "LvuDXfnWVic1xEHqIks3PA57xM+gCvA7xOQU8F5TzhA69zjKOehdcp0on/5dW1xOf9ic1y"
    "IRy0L/L5fktwzy+yOFDwVqnwynuxAAlblUYrNStG0BwyYSgyYQS6Xp75Gpap4Jzd22Encp"
    "zUJ2SqcGzbcJxcSbzicXI2f7BMvWSHypjPT+iUkgfvpCTM7WyYO7aL5fGWP5M4zxxAAy/z"
    "VHpM7+D11uz/OCvJim1h5mocI3NbHV7ZwR5U+YJxhOXV3L0DW0GoMr5g0jFJCf1a36xt9G"
    "KSzfIFf3kyInm2iLrCwq4sQrRqaOGYrksoeliiWw/mwX93gsAshk49HorfFS5Jvf5NSvjX"
    "Hvsf0RG9d3+Yxj0ymbws+uDPEh1T5sWwvGPINNDp/Wys6XPH4TuN9oPf0Uzj9P39e8+B6l"
    "GkA2d8BSTMC0czec+noucaF36PbMcgTg1haiCbH1HRA7HshZS0LUO4XoWeh5hrWhZy5lTE"
    "TqJTPjo/sSXVf/J+OPs4W4o3v1/Hdd7Lju91G+sT70+HIJnOHHmLB6sLrOwpHz+R0Nyeu5"
    "b09BIv4L2u67GCmR2+xE8TbYP85NEgU3lXXg/eaX01F294aY5T9x4lc6jYZ/zVrbiHWm+b"
    "+Y/z859//tv52c9ffrn4/Le/Xfxyttpvkrc2bTyX7W9i74ksecFmlM4nBgOaHf9Aokqns1"
    "cZhHggUj5OJ5CooI67f4MrX9xyhnmtJSC9RQxMeyZ+c2oc6MsOMZEOijx/+ac6aPWHdb6N"
    "803dHdG7W6FN1v3Y8hG9anVa4m8vwHxExQxs/84vYEef8K2VXxleiybaN65Y1oMSItqYb7"
    "9xpSbT6W/vNddEED2haXbyl8cyLF/oofQHYjUGI9r6o9Vvtgf8En+Oo5uMX2v2Gs3rOpLq"
    "ynrwet3On+vBE5pbQQbvbbP3lOe8mGN1C2uqWRENywCeMd6ULyOqHNgbCxeshV6xbMHqSm"
    "nrFoAzQPpSXE6zMDgDHOOoFzxesm2Q6cyW3tW/EWVxwFiL2iZu0Vy31Z5I5vKAusX1TleS"
    "cit5xOUlByYJLcL4XBKU1syxjbkuqvs9kZmL5vzsbKF78mNm8jZ88t+rigLutX9BMA50fu"
    "7horaUFvkA0GJiI8afwjv5Fd3P8NKysSETWK6IyMF148P5xRdBc0qaMDg68RfTMbWpqWNr"
    "REU+iBpiXteMj4V804XpTvjr2oK9Q37vol8v95XxEd17v0H7B7NphPoU9Ck/ASPMRlTymq"
    "bDXPGLZ/z74k+Y2Av+U/hPP3XJD+E6aLtI5qSoe/+HFvbcMriAJDxlt/yFmPgV4j56xtac"
    "sA0lEkM5mMScSBZGXKMLoaXgggj7D2gdMOqv4ILob9BZaWq/eZGJoSL5xb3ArKoxLg2bWh"
    "hrQFjRyoN0XA7AzmJ68VTMJ1NV+jMd65gYQJ0d6pyGrrAQ2LrUkIoDUhLU9Po2MbFKzN5N"
    "WswhCtyETng5FcyoZAUVzPIqlIpzxFslaC7RoG5fJ0FAlYQ2dwb/O7+bckL6Yt7+0IRS10"
    "V4G551sKR6b6XdK2jWaIPaJpZVeA5qkaNCNi/OlQjCPiWK+NDOBdmJPb5Qujs6iOEFMl1h"
    "JXfJdOayGhLpQ+Z8ptaQcFhGMk0EU/ty7v0pgnDl05sYws/zVIxvLehY+GL6/1w/1jTef0"
    "QD4b15dvb5HUNezpY6um11r9rdbz6na7ojyiHmwgydDv7sNltX72uo1e/3+sjmH5BgRMX7"
    "CJp34hCCxP7CJA8rA7O56JL/6ky0p/eK0T9W77uqLJBanyAsvU5AE6Je4u6a8m8XO/x1oG"
    "7BaymaQKoeD70GpOoxjnoWUjWyWGeOdgsLVeKA+Qq1NVT7aH7M4+KAfjb034jeLphb3aFZ"
    "QIU/RVasFaIVnNsHMd0cR4pI7zRURzNCDQ74iHqHoDoSx0tijKg8C9W9U1j8pPdWPtLeST"
    "E5NKkRTWGR14tqKkv4cnDgzgFoWAQAVcaD23NXt6dbh2HE+yj0MtK4ve20xarhcSl82bi6"
    "41eaMrTGmPNruoyuafa6X/nloYjHoI/8qjui/dZ/tZpDIeyQfxDd9bzE336ZkQPgkU/JMU"
    "wvfhUTe/1q7SGu5GFuWq5J2UfxvLegSw5SFmtNaSWGJZ21ighBRIeybF5ei35MDFR5KFD4"
    "+nMXIub2jylYcMGCW3gLrmIR2AOqDa+nUDrpUi4AL8IbXQCLZCNvEMfUJycK47h/p7axpv"
    "26zUvW8HRM95wj+1gS3ex4fk43nT4Th+UkmUMiRT45F4nwFB9VDoT95hVE9zCGKpu6yjTP"
    "6VRCSOT1aYS30ar2Rhi8aWDtv/8/gJPfgQ=="
)

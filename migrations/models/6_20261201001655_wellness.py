from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "integration_token" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "prefix" VARCHAR(16) NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "last_used_at" TIMESTAMPTZ,
    "use_count" INT NOT NULL,
    "revoked_at" TIMESTAMPTZ,
    "coach_id" UUID NOT NULL REFERENCES "coach" ("id") ON DELETE CASCADE,
    "created_by_id" UUID REFERENCES "user_account" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_integration_coach_i_066520" ON "integration_token" ("coach_id", "created_at");
CREATE INDEX IF NOT EXISTS "idx_integration_created_7f37e9" ON "integration_token" ("created_by_id");
COMMENT ON TABLE "integration_token" IS 'A coach''s named bearer token for an integration hub. Only its SHA-256 is stored.';
        CREATE TABLE IF NOT EXISTS "ingestion_run" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "source" VARCHAR(32) NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "started_at" TIMESTAMPTZ NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "received" INT NOT NULL,
    "applied" INT NOT NULL,
    "unchanged" INT NOT NULL,
    "revised" INT NOT NULL,
    "rejected" INT NOT NULL,
    "late" INT NOT NULL,
    "errors" JSONB NOT NULL,
    "file_name" VARCHAR(255),
    "athlete_id" UUID NOT NULL REFERENCES "athlete_profile" ("id") ON DELETE CASCADE,
    "integration_token_id" UUID REFERENCES "integration_token" ("id") ON DELETE SET NULL,
    "triggered_by_id" UUID REFERENCES "user_account" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_ingestion_r_athlete_9f92c5" ON "ingestion_run" ("athlete_id", "started_at");
CREATE INDEX IF NOT EXISTS "idx_ingestion_r_trigger_320af8" ON "ingestion_run" ("triggered_by_id");
CREATE INDEX IF NOT EXISTS "idx_ingestion_r_integra_a1d628" ON "ingestion_run" ("integration_token_id");
COMMENT ON COLUMN "ingestion_run"."kind" IS 'WELLNESS: wellness\nSLEEP: sleep\nHRV: hrv\nHEART_RATE: heart_rate\nACTIVITIES: activities\nCHECK_IN: check_in\nFIT_FILE: fit_file\nCSV_FILE: csv_file';
COMMENT ON COLUMN "ingestion_run"."status" IS 'COMPLETED: completed\nPARTIAL: partial\nFAILED: failed';
COMMENT ON TABLE "ingestion_run" IS 'One ingested batch for one athlete from one source, with its per-status counts.';
        CREATE TABLE IF NOT EXISTS "record_revision" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "record_type" VARCHAR(32) NOT NULL,
    "record_id" UUID NOT NULL,
    "revision" INT NOT NULL,
    "previous" JSONB NOT NULL,
    "replaced_at" TIMESTAMPTZ NOT NULL,
    "athlete_id" UUID NOT NULL REFERENCES "athlete_profile" ("id") ON DELETE CASCADE,
    "ingestion_run_id" UUID REFERENCES "ingestion_run" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_record_revi_record__4cbe51" ON "record_revision" ("record_type", "record_id");
CREATE INDEX IF NOT EXISTS "idx_record_revi_athlete_30de48" ON "record_revision" ("athlete_id");
CREATE INDEX IF NOT EXISTS "idx_record_revi_ingesti_7199a2" ON "record_revision" ("ingestion_run_id");
COMMENT ON TABLE "record_revision" IS 'The values a record had before a later report replaced them (revision `revision`).';
        CREATE TABLE IF NOT EXISTS "check_in" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "check_in_date" DATE NOT NULL,
    "sleep_quality" INT NOT NULL,
    "energy" INT NOT NULL,
    "soreness" INT NOT NULL,
    "stress" INT NOT NULL,
    "mood" VARCHAR(50),
    "hrv_rmssd" DOUBLE PRECISION,
    "resting_hr" INT,
    "submitted_at" TIMESTAMPTZ NOT NULL,
    "athlete_id" UUID NOT NULL REFERENCES "athlete_profile" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_check_in_athlete_2a4377" UNIQUE ("athlete_id", "check_in_date")
);
COMMENT ON TABLE "check_in" IS 'The athlete''s morning check-in: how they slept and feel (1-5 scales), entered by hand.';
        CREATE TABLE IF NOT EXISTS "data_freshness" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "source" VARCHAR(32) NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "newest_date" DATE NOT NULL,
    "newest_at" TIMESTAMPTZ NOT NULL,
    "last_received_at" TIMESTAMPTZ NOT NULL,
    "athlete_id" UUID NOT NULL REFERENCES "athlete_profile" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_data_freshn_athlete_8f00c6" UNIQUE ("athlete_id", "source", "kind")
);
COMMENT ON TABLE "data_freshness" IS 'Per athlete, source and kind of data: the newest record and when data last arrived.';
        CREATE TABLE IF NOT EXISTS "heart_rate_day" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "source" VARCHAR(32) NOT NULL,
    "sample_date" DATE NOT NULL,
    "day_start" TIMESTAMPTZ NOT NULL,
    "offsets" INT[] NOT NULL,
    "bpm" SMALLINT[] NOT NULL,
    "sample_count" INT NOT NULL,
    "min_bpm" INT NOT NULL,
    "max_bpm" INT NOT NULL,
    "received_at" TIMESTAMPTZ NOT NULL,
    "late" BOOL NOT NULL,
    "revision" INT NOT NULL,
    "athlete_id" UUID NOT NULL REFERENCES "athlete_profile" ("id") ON DELETE CASCADE,
    "ingestion_run_id" UUID REFERENCES "ingestion_run" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_heart_rate__athlete_8abde5" UNIQUE ("athlete_id", "source", "sample_date")
);
CREATE INDEX IF NOT EXISTS "idx_heart_rate__ingesti_9352cd" ON "heart_rate_day" ("ingestion_run_id");
COMMENT ON TABLE "heart_rate_day" IS 'Intraday heart rate of one athlete-local day from one source, stored compactly: two';
        CREATE TABLE IF NOT EXISTS "hrv_reading" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "source" VARCHAR(32) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "measured_at" TIMESTAMPTZ,
    "received_at" TIMESTAMPTZ NOT NULL,
    "late" BOOL NOT NULL,
    "revision" INT NOT NULL,
    "reading_date" DATE NOT NULL,
    "taken_at" TIMESTAMPTZ NOT NULL,
    "metric" VARCHAR(8) NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "context" VARCHAR(16) NOT NULL,
    "quality" INT,
    "athlete_id" UUID NOT NULL REFERENCES "athlete_profile" ("id") ON DELETE CASCADE,
    "ingestion_run_id" UUID REFERENCES "ingestion_run" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_hrv_reading_athlete_b3ca98" UNIQUE ("athlete_id", "source", "taken_at", "metric")
);
CREATE INDEX IF NOT EXISTS "idx_hrv_reading_athlete_e8ee65" ON "hrv_reading" ("athlete_id", "reading_date");
CREATE INDEX IF NOT EXISTS "idx_hrv_reading_ingesti_f3e994" ON "hrv_reading" ("ingestion_run_id");
COMMENT ON COLUMN "hrv_reading"."status" IS 'TENTATIVE: tentative\nFINAL: final';
COMMENT ON COLUMN "hrv_reading"."metric" IS 'RMSSD: rmssd\nSDNN: sdnn\nPNN50: pnn50';
COMMENT ON COLUMN "hrv_reading"."context" IS 'MORNING: morning\nSLEEP: sleep\nALL_DAY: all_day\nACTIVITY: activity';
COMMENT ON TABLE "hrv_reading" IS 'One HRV measurement at a time: rMSSD, SDNN (never mixed) or pNN50 (seed 003).';
        CREATE TABLE IF NOT EXISTS "sleep_session" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "source" VARCHAR(32) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "measured_at" TIMESTAMPTZ,
    "received_at" TIMESTAMPTZ NOT NULL,
    "late" BOOL NOT NULL,
    "revision" INT NOT NULL,
    "sleep_date" DATE NOT NULL,
    "start_at" TIMESTAMPTZ NOT NULL,
    "end_at" TIMESTAMPTZ NOT NULL,
    "total_minutes" INT NOT NULL,
    "deep_minutes" INT,
    "light_minutes" INT,
    "rem_minutes" INT,
    "awake_minutes" INT,
    "sleep_score" INT,
    "stages" JSONB,
    "athlete_id" UUID NOT NULL REFERENCES "athlete_profile" ("id") ON DELETE CASCADE,
    "ingestion_run_id" UUID REFERENCES "ingestion_run" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_sleep_sessi_athlete_498139" UNIQUE ("athlete_id", "source", "sleep_date")
);
CREATE INDEX IF NOT EXISTS "idx_sleep_sessi_athlete_5dcfda" ON "sleep_session" ("athlete_id", "sleep_date");
CREATE INDEX IF NOT EXISTS "idx_sleep_sessi_ingesti_7c85cd" ON "sleep_session" ("ingestion_run_id");
COMMENT ON COLUMN "sleep_session"."status" IS 'TENTATIVE: tentative\nFINAL: final';
COMMENT ON TABLE "sleep_session" IS 'One source''s main sleep of a night, dated by the athlete-local day it ended on.';
        CREATE TABLE IF NOT EXISTS "source_precedence" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "sources" JSONB NOT NULL,
    "athlete_id" UUID UNIQUE REFERENCES "athlete_profile" ("id") ON DELETE CASCADE,
    "coach_id" UUID UNIQUE REFERENCES "coach" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "source_precedence" IS 'An ordered list of sources: an athlete''s own, or a coach''s default for their athletes.';
        CREATE TABLE IF NOT EXISTS "wellness_daily" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "source" VARCHAR(32) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "measured_at" TIMESTAMPTZ,
    "received_at" TIMESTAMPTZ NOT NULL,
    "late" BOOL NOT NULL,
    "revision" INT NOT NULL,
    "sample_date" DATE NOT NULL,
    "resting_hr" INT,
    "hrv_rmssd" DOUBLE PRECISION,
    "hrv_sdnn" DOUBLE PRECISION,
    "sleep_score" INT,
    "sleep_minutes" INT,
    "steps" INT,
    "calories" INT,
    "stress" INT,
    "body_battery" INT,
    "spo2" DOUBLE PRECISION,
    "respiration" DOUBLE PRECISION,
    "athlete_id" UUID NOT NULL REFERENCES "athlete_profile" ("id") ON DELETE CASCADE,
    "ingestion_run_id" UUID REFERENCES "ingestion_run" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_wellness_da_athlete_aef2a0" UNIQUE ("athlete_id", "source", "sample_date")
);
CREATE INDEX IF NOT EXISTS "idx_wellness_da_athlete_edb798" ON "wellness_daily" ("athlete_id", "sample_date");
CREATE INDEX IF NOT EXISTS "idx_wellness_da_ingesti_5323bc" ON "wellness_daily" ("ingestion_run_id");
COMMENT ON COLUMN "wellness_daily"."status" IS 'TENTATIVE: tentative\nFINAL: final';
COMMENT ON TABLE "wellness_daily" IS 'One source''s daily summary for one athlete-local day (seed 000''s wearables_daily).';
        CREATE TABLE IF NOT EXISTS "activity" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "source" VARCHAR(32) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "measured_at" TIMESTAMPTZ,
    "received_at" TIMESTAMPTZ NOT NULL,
    "late" BOOL NOT NULL,
    "revision" INT NOT NULL,
    "external_id" VARCHAR(128) NOT NULL,
    "activity_type" VARCHAR(32) NOT NULL,
    "name" VARCHAR(200),
    "start_at" TIMESTAMPTZ NOT NULL,
    "local_date" DATE NOT NULL,
    "duration_seconds" INT NOT NULL,
    "distance_meters" DOUBLE PRECISION,
    "elevation_gain_meters" DOUBLE PRECISION,
    "avg_hr" INT,
    "max_hr" INT,
    "avg_power" INT,
    "calories" INT,
    "training_load" DOUBLE PRECISION,
    "aerobic_effect" DOUBLE PRECISION,
    "anaerobic_effect" DOUBLE PRECISION,
    "hr_zone_minutes" JSONB,
    "match_method" VARCHAR(8),
    "duplicate_of_id" UUID,
    "athlete_id" UUID NOT NULL REFERENCES "athlete_profile" ("id") ON DELETE CASCADE,
    "ingestion_run_id" UUID REFERENCES "ingestion_run" ("id") ON DELETE SET NULL,
    "planned_session_id" UUID REFERENCES "training_session" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_activity_source_f3dc1b" UNIQUE ("source", "external_id")
);
CREATE INDEX IF NOT EXISTS "idx_activity_athlete_d402d4" ON "activity" ("athlete_id", "start_at");
CREATE INDEX IF NOT EXISTS "idx_activity_athlete_dfc558" ON "activity" ("athlete_id", "local_date");
CREATE INDEX IF NOT EXISTS "idx_activity_ingesti_f49877" ON "activity" ("ingestion_run_id");
CREATE INDEX IF NOT EXISTS "idx_activity_duplica_bf8c76" ON "activity" ("duplicate_of_id");
COMMENT ON COLUMN "activity"."status" IS 'TENTATIVE: tentative\nFINAL: final';
COMMENT ON COLUMN "activity"."activity_type" IS 'RUNNING: running\nCYCLING: cycling\nSWIMMING: swimming\nWALKING: walking\nHIKING: hiking\nROWING: rowing\nSTRENGTH_TRAINING: strength_training\nHIIT: hiit\nYOGA: yoga\nCARDIO: cardio\nOTHER: other';
COMMENT ON COLUMN "activity"."match_method" IS 'AUTO: auto\nMANUAL: manual';
COMMENT ON TABLE "activity" IS 'One workout as a device recorded it. `duplicate_of` marks the same workout reported by a';
        -- Hand-written: rules the database holds itself, and indexes aerich cannot declare.
        ALTER TABLE "activity" ADD CONSTRAINT "fk_activity_duplicate_of"
            FOREIGN KEY ("duplicate_of_id") REFERENCES "activity" ("id") ON DELETE SET NULL;
        CREATE UNIQUE INDEX "uniq_activity_planned_session" ON "activity" ("planned_session_id")
            WHERE "planned_session_id" IS NOT NULL;
        -- intraday heart rate is appended in date order and pruned by date: a BRIN index is tiny
        CREATE INDEX "brin_heart_rate_day_date" ON "heart_rate_day" USING BRIN ("sample_date");
        ALTER TABLE "wellness_daily" ADD CONSTRAINT "ck_wellness_daily_ranges" CHECK (
            (resting_hr IS NULL OR resting_hr BETWEEN 20 AND 250)
            AND (hrv_rmssd IS NULL OR hrv_rmssd BETWEEN 1 AND 300)
            AND (hrv_sdnn IS NULL OR hrv_sdnn BETWEEN 1 AND 300)
            AND (sleep_score IS NULL OR sleep_score BETWEEN 0 AND 100)
            AND (sleep_minutes IS NULL OR sleep_minutes BETWEEN 0 AND 1440)
            AND (steps IS NULL OR steps BETWEEN 0 AND 200000)
            AND (calories IS NULL OR calories BETWEEN 0 AND 20000)
            AND (stress IS NULL OR stress BETWEEN 0 AND 100)
            AND (body_battery IS NULL OR body_battery BETWEEN 0 AND 100)
            AND (spo2 IS NULL OR spo2 BETWEEN 50 AND 100)
            AND (respiration IS NULL OR respiration BETWEEN 4 AND 60)
            AND revision >= 1);
        ALTER TABLE "sleep_session" ADD CONSTRAINT "ck_sleep_session_ranges" CHECK (
            end_at > start_at AND total_minutes BETWEEN 0 AND 1440
            AND (deep_minutes IS NULL OR deep_minutes BETWEEN 0 AND 1440)
            AND (light_minutes IS NULL OR light_minutes BETWEEN 0 AND 1440)
            AND (rem_minutes IS NULL OR rem_minutes BETWEEN 0 AND 1440)
            AND (awake_minutes IS NULL OR awake_minutes BETWEEN 0 AND 1440)
            AND (sleep_score IS NULL OR sleep_score BETWEEN 0 AND 100) AND revision >= 1);
        ALTER TABLE "hrv_reading" ADD CONSTRAINT "ck_hrv_reading_value" CHECK (
            (metric IN ('rmssd', 'sdnn') AND value BETWEEN 1 AND 300)
            OR (metric = 'pnn50' AND value BETWEEN 0 AND 100));
        ALTER TABLE "hrv_reading" ADD CONSTRAINT "ck_hrv_reading_quality"
            CHECK (quality IS NULL OR quality BETWEEN 0 AND 100);
        ALTER TABLE "heart_rate_day" ADD CONSTRAINT "ck_heart_rate_day_arrays" CHECK (
            cardinality(offsets) = cardinality(bpm) AND sample_count = cardinality(bpm)
            AND min_bpm >= 20 AND max_bpm <= 250 AND min_bpm <= max_bpm);
        ALTER TABLE "activity" ADD CONSTRAINT "ck_activity_ranges" CHECK (
            duration_seconds BETWEEN 1 AND 172800
            AND (distance_meters IS NULL OR distance_meters BETWEEN 0 AND 1000000)
            AND (avg_hr IS NULL OR avg_hr BETWEEN 20 AND 250)
            AND (max_hr IS NULL OR max_hr BETWEEN 20 AND 250)
            AND (avg_power IS NULL OR avg_power BETWEEN 0 AND 3000)
            AND (aerobic_effect IS NULL OR aerobic_effect BETWEEN 0 AND 5)
            AND (anaerobic_effect IS NULL OR anaerobic_effect BETWEEN 0 AND 5)
            AND (duplicate_of_id IS NULL OR duplicate_of_id <> id));
        ALTER TABLE "check_in" ADD CONSTRAINT "ck_check_in_scales" CHECK (
            sleep_quality BETWEEN 1 AND 5 AND energy BETWEEN 1 AND 5 AND soreness BETWEEN 1 AND 5
            AND stress BETWEEN 1 AND 5
            AND (hrv_rmssd IS NULL OR hrv_rmssd BETWEEN 1 AND 300)
            AND (resting_hr IS NULL OR resting_hr BETWEEN 20 AND 250));
        ALTER TABLE "source_precedence" ADD CONSTRAINT "ck_source_precedence_owner"
            CHECK ((athlete_id IS NULL) <> (coach_id IS NULL));
        ALTER TABLE "ingestion_run" ADD CONSTRAINT "ck_ingestion_run_counts" CHECK (
            received >= 0 AND applied >= 0 AND unchanged >= 0 AND revised >= 0 AND rejected >= 0
            AND late >= 0 AND applied + unchanged + revised + rejected <= received);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "ingestion_run" DROP CONSTRAINT IF EXISTS "ck_ingestion_run_counts";
        ALTER TABLE "source_precedence" DROP CONSTRAINT IF EXISTS "ck_source_precedence_owner";
        ALTER TABLE "check_in" DROP CONSTRAINT IF EXISTS "ck_check_in_scales";
        ALTER TABLE "activity" DROP CONSTRAINT IF EXISTS "ck_activity_ranges";
        ALTER TABLE "heart_rate_day" DROP CONSTRAINT IF EXISTS "ck_heart_rate_day_arrays";
        ALTER TABLE "hrv_reading" DROP CONSTRAINT IF EXISTS "ck_hrv_reading_quality";
        ALTER TABLE "hrv_reading" DROP CONSTRAINT IF EXISTS "ck_hrv_reading_value";
        ALTER TABLE "sleep_session" DROP CONSTRAINT IF EXISTS "ck_sleep_session_ranges";
        ALTER TABLE "wellness_daily" DROP CONSTRAINT IF EXISTS "ck_wellness_daily_ranges";
        DROP INDEX IF EXISTS "brin_heart_rate_day_date";
        DROP INDEX IF EXISTS "uniq_activity_planned_session";
        ALTER TABLE "activity" DROP CONSTRAINT IF EXISTS "fk_activity_duplicate_of";
        DROP TABLE IF EXISTS "record_revision";
        DROP TABLE IF EXISTS "data_freshness";
        DROP TABLE IF EXISTS "wellness_daily";
        DROP TABLE IF EXISTS "hrv_reading";
        DROP TABLE IF EXISTS "sleep_session";
        DROP TABLE IF EXISTS "integration_token";
        DROP TABLE IF EXISTS "heart_rate_day";
        DROP TABLE IF EXISTS "activity";
        DROP TABLE IF EXISTS "source_precedence";
        DROP TABLE IF EXISTS "check_in";
        DROP TABLE IF EXISTS "ingestion_run";"""


MODELS_STATE = (
    "eJztfWtz2ziW9l9B+UucKiXtOHG6V/3uWyXLSqxpWfJKcqezrS4aJmGJYwrgEJQV7Wz/9w"
    "VAUuIFlEndTFKompqOSRyQeg4IHDzngn+fTImBLPq+MXMnDddFU9s9qYN/n2A4Rewfsts1"
    "cAJte3WTX3DhgyXaQ9ZQg6GWD9R1oM47fYQWReySgajumLZrEswlGuyGaSEDWGRsYkAcAI"
    "GDHh1EJ0CHllUDT8h2wSO74U4c4rqWicfARqydrpMZdgHEhvhbt0yE3ff8sQbR2XNZw709"
    "YYbNf82Q5pIxcifIYc/58y922cQG+oEo//PPkyf2lwDB60Z7QgvxpwcPMhhQJ0xo1dDrX9"
    "6O924/aY8msoyIikwhKq5r7sIW1+7u2ldfREsOxoOmE2s2xavW9sKdELxsPpuZxnsuw++N"
    "EUYOZI8N6QzPLMtXcXDJA4BdcJ0ZWv5yY3XBQI9wZnHNn/y/xxnWucKBeBL/v0//33+1UD"
    "NN6/aG2qA11LSTxEDhrxDTrH9JJ5gPMhO7HPd//+31uwJEXD3hD2heN/qnHz+/FRAQ6o4d"
    "cVPAdfK3EIQu9ESFDlco6w6CvioSaF+xO645RXLEo5Ix5A1f9H3wj000EFxYqWD1rQXgBv"
    "DtAfAT9gONHrYWvu7XKGDYvmkNho2bW/64KaX/sgR+jWGL3zkXVxexq6eevgibRrw5ZtkJ"
    "+NYeXgP+J/jvXrcV1+qy3fC/T/g7sbmJaJjMNWiEhmlwNUCNtVxpfWYbG2o9Kqm0XhStBx"
    "iF1O6//UrrwXQc1XdzAh25roP2MS0ztMqo1yn8oVkIj90J+/PD5zV6/b3RFzPqh7iuuv6d"
    "c3Hr7wi4scUwK8YxsY2g9r/4YiJ9fnGRAWrWKhVrcS8KdtSgyIp1VKp6UH/+lAHpz59Sge"
    "a3YoM6bKrlXCnishVcK8q7NngmAbe9H59CdiG/8AD1pzl0DC1xh5yTtLbJW9PzafwKxHAs"
    "lMTR5O/p78L63qZlSJ4QPpHs0iL3a+u2af72h21fgqYv7tN6GAGT0hnbRwWbJyFdA9QlDr"
    "sKKdtXDa4b784vPoMJpJNfAdtMQWH26xM2FijfYk1Zo0c4Na1FcqO2n0dk2anNKHI0tjVS"
    "uyy1yyroHFpSe1vtso5R61l2WWJq1/gsnsc2jUrtZsf18txaYtPUWwm1fOtXRGiXy1jycz"
    "ok1tssWitE0Q/bZHc3mK6ikhWcrso7PUlWJbrZkkR3uR4VbB9dJf066JmtJZuoOCqptFwG"
    "LTM7ihKcx9JISlaPCft4nsHc+Hieam7wW3/HZ00np7EREtmvqVGUj+gFWyPBNkXRTUL7hT"
    "jIHOPf0EIA3GbvAbGOJID6RNGd3005IV1dXX1eDpwvSZvwgGK/nf1i5HrfemPQbFy1Tv5+"
    "HfpOoC6h7QJtpNN14gf5HpBsbF3DC3aoA0937K85cnTIbBOAptBk4DacMcHnpgFsSOmcOI"
    "Yg1GqAYAQcYiFZHMVO+nyZj1MknCLhijkDlZSOUSTcMWo9CwknJu48VvFSoHLU214c8MFC"
    "mJvnTAhWMLhkL4hzO0MOdAvPpgkDObrl82WLjPVJs9doXteBTqA+GeHG8LrTGrbqALoTbu"
    "eyK1c37S7725iaOG7DvU7Ij0mZ8eqazxK9XBIGOcQpBlxYLqaTBya4L6UEc9BhLbbLXq8T"
    "WTUu28MYxnc3ly2GvYCeNTK9bU27O4wBbkHqasJY32A5Twgrgqs4C3jSbhMOMao9Q8tkJt"
    "ijKyMI1itc3oPSetG0niMKKcx/hiJ9qGQC9uW//NZHloikSaeN4vFFxVgQt6aPkl4fEz+z"
    "uXVLtNqikyb7o7SfynqoWAeI8p41Z7bt0GoHffVnWYZWOeFy0dgROOzka2yv+sv6RZYSNg"
    "NNbeIirC94RPK2oK16+80Lb67iJEYXWNeIjbzRsSVkA9ZZL+irSojl4vrDsd5io5UOag+j"
    "IWH/9zK0Da+rW4c8mlZVlwmxUd0FWs2go4qAlNN9FBsssizdxHBak6jrtdXsUOMXvUrDCQ"
    "p4BkDZxAzII4B4eYm7qcDph/qHtzUAKTXHGBnAJcL9I0ZB0qe0kx6zRHiL1r5T0DCpbcGF"
    "JuBTId/K21TQlaukfgflbTpGrWfxNkUm3oTe050hcbki8/Mb+kJ+OcvAuv9ylsq681tREp"
    "gP//9hC2UeoMMyhwP55G7Y3Neite/wetsxp9BZaGMCU/yoL7ud4n0cEHmvU4vh4WJEaU4t"
    "nAyG/Vb36/C6DthLCpBHuNW9uus3us1WHSBszBz+k0f4+vtlv31VB5PFg2Ma/O/bVn/Y79"
    "1ef+cX2f7SdYg9WYzwt1b76/VQ6/QGgzqYI3M84e4ISkf4a6vb6jc62pf2sNvid2NvP8L9"
    "RrOl3fZbt41+Y9judeuAKZEbuciG3gaWtWldNy7bnfYwaIEm8MG0THe5/Xj9KErPWsVESk"
    "IO0Q83xSKKilUhXnXd6tf6YxhZ+AJET28af7yNLH6dHhulfvOQBpqd3mXcfcxpSDzWJhI3"
    "Shun4B4VisFuejF75YKdvS77z7vzD59+/vTLx8+ffmFNxHsur/y8RjNJjyT/XnJBuhJQcC"
    "bhnHjToj6VWM9IZ6uJJUc1Ihe3nT3B934H5QN5DYJXrWb7ptE5vajFnefBlPEpYT/5S8/T"
    "OCfGETmF8VqMw6xMVqIlLKPyBQqbfvGqkX17Sb5IIbJzZ19k5bELOkJfTL8If6CR/It+i+"
    "0X2s3hugSM8M6KjB043dJ7NeRvyn7VrddbhWCPevzY9md7V18A1sDrrapgPSJk8NG3pV/U"
    "A+lLqLMqgmWR8Zaj6htxnsjM7ZBxVTF6QFifTKHztCVSl0E/N4i9lV5VuF4xcKiUeDlI55"
    "kADno2dzDJ90Vvfb+zqmKmT5D+pJnbgtXk3bQri5KI5wyI381RuoIu/BLuqopYTRB0XI3/"
    "Ks2A28ahXfPO+qyvK1jZKLSJ88yLJxiso23Rcp77XkdVxYpaCNnabqz4Ae+r4ib8HFkWn2"
    "x28Cl+87u6gqZV2W9R5FGZrrltUHvD66eyOL1q5Gwxud4sgbMvVSgJgjz3XJ+kCJzjjquT"
    "pOFMyczxPNs6MpCP5rYRtgPR6W2kzwqN2RzBth5HK4mxXZK36aG1S544W0CtaL4KfvX/Xk"
    "W+yoNmM0mpUisF8ChwQRX8eixhkCr49Ri1roJftztl5ixL9CtrlV504iwRW6Bc4bt2hWfx"
    "2vqZO9tuM/MmxhVtfGf0gxw6zbyUMKlAgBxgsRdzdJNuO6pafjcV2gEWLBe/NKNLsT2K7S"
    "nbt56T7QmtoRLKJ7rCpvM+3nLO3sbImE7dAJT9Ogu9Y4MEcLEljzOB2KA80XmVC/0rcNDY"
    "pC7iiIC56U6A6YJ/En7olTuBblqG9b4ekivp+i9+yrEorfOwUOdsHcZ8ryne6YgYCMU7Ha"
    "PWs/BOfM7PXX42IlS5Ur+7TwM+cB3lgtlhByjrqw7d2sREKPhcJVmi1KFbldavSvjbfcJf"
    "sKnKAWlUagtQy/OpqLy/V8v7W3JdkoG7A1wz8ofFHKpZCMTQpxrBlb0C6N51Oq91oNWNqT"
    "ukudDl1QhDd2vraLMpb6fpy4aZTqJ3fW8OmCP05EVA+W6iGjCxFxbFmtlsCyM5yWqjHiSE"
    "15+Bb8rXDu9KE+PJY7giZJjoKaWhosIUFVa8ib+kpIiiwo5R61mosNC0m9B6aiWiqNBG1Y"
    "gKp+IdlyNiFprjanzMy78mObBRqXVfUgkhXlcoh30JcXYLG7nhC8scNXhsHLkzSQBHtuKL"
    "K+kDll20LYgxCnSaudzibafR7bau6sCXH+FGc9j+nZ/+Jc7JGuFm7+aWnwd2xQ8Im9p8p2"
    "DEzd9MEZk7PwTMywTlKXtUZzs8yb7PIjC1vl5CNqasRy5c2k2gdKD37i47LXDbbzXbg3av"
    "G11MxU1+aVVlq99qdOLFSUNbjqz7iLCMYtsS1V7D273MkEakFKjr6TZ7FaC5JTFU3ZDPWo"
    "wkio6wl8k38ZHvAGEf2dugu6rCG5oT854o//o1uoq55m15Hk9OqjIyUCVkZXwgp9OVwae2"
    "/ISyxPk9WESPkozg9AHytg8z0zJqwEbw6f37929rgDgGcpABIDYAJvgdeUaOxV4nCMgzMT"
    "BdWZjfXp6RgfT0Pg7RZYL1VNym4jaLOfWXlOVS3OYxaj0Lt5k3rVSlk+ZLJ30kehrJJAd4"
    "KVDBCL9MAJ+vAfg8CXDYjkjAnMrOx6QUPa/oeUXPFwo8Rc+XgZ5XzKZiNovAAtU2YDazkG"
    "+hKLMtCbhoXFtFYI/O2IqoXIvVPonK+Jct4SolH386XRmEOWqhyScLYymCed9QsZSBR+KI"
    "YMjgWGbOFwIIuPkCHIjH6Fd2C0zZZCiamRTc6zPHQdi9BzZv6snJWMu9PSdLfnJwCLY3uf"
    "imhshVDmcu//tkpbuwCO8O/bCd4Gvxn7CkYdgLaHH4Nf99hY787+VE9MNa8j/At+tWvwW8"
    "dwH/Cd74Am+8aU6RqYpMLd6qUlJaTZGpx6j1LGSqa7pWzoOTfYEK0ql7YfvCb5bAOf2E25"
    "hYFajVdZ/NPk64VWygYgNfD7wpjGR7ZZ1fY2JV+O4PMMkeM/XavOv3W91hHfgbKDn5OsIc"
    "vvbv/CJ09In5XBRClm19qXRxTHWFhSQO5wb7sK+vY8c+sOhWP+teOSql+G11fPNBHQb+8N"
    "uBw6CyBZVrMX9B9It9ORJaFXfIhuuODnVWbpjsbhgR2rIlShUN0C+Eu6o0YB3CXxXAtsZf"
    "FUI2g7+KhlpnKgniW/5g7h03/Su4566ZoNU99xY9Q8sUpCyAY/YY6gLTpYAPhDcU/GPQ6w"
    "KqT9AUyiuG7PoBG3iomLAxszxSWfipou7x5P3QfLusw7vMZlGlR5RHqaBzWUl9C8qjdIxa"
    "Vx6lQpCd4cUv55cVl63gt1Xebyk5hRoz/+yWqYln0hOUUklSmehGbGnRvAk75kuZac5sWV"
    "dSnzGb8yAsX+QZ7KR/160DZ4ZH+LL9W6sOHswnNML93jd2lcxHePCtfVMHdG5O2b+H/Vb3"
    "6/Ca/e06YjIb4ZveZbvTHn6vgyl5MPlPHuHe8LrVrwMizPoN5sfdexP83ZSngw1VGu+j0G"
    "qVqarVvbrrN7pNpmWE+UQQ/MpXV094I5lUD984psXfr42HMEzdBf8LLJOWMQ1qDcgckchi"
    "lQiMiMdAxFYh3kE8MEJl+O3ZQuOnrmG6xaIS6aDAoJ/0W83e760+WxQcpPMoZrYotBoD9j"
    "eCdMEXjatWn1lSfNEwxPuOMEPtqg4YDga73/iD3YI/ijE7HXUYgTRoYPBb+/aWX6NPpm0X"
    "JWTAf2nNIlDC362prxYXVMXVMhRXWw6HTfi7mKw6tKLI203/I9ccNnnL7LN0CyEpWeBVa0"
    "NT4SKTqXCxxlS4SJoKKlxnD+E6MWdQDmCTkurMkMKU2qwmniofXeWjFyB4olbOSpvFnBM2"
    "L7S5OuomZUHbAcS5IspKCnByIc8AswpD3UsYapZ4yUeEDN4miX2e2DY/8upLqLOK4B4Zpx"
    "YZbxkE+M0L7eqQcXWmgOinzAsRma65bVxpw+tnUSGY9hklGf8AJVGSkm80PUoycMWFp4eX"
    "oySvyRxA4MuCR2S54JSyHsDZ2fkbCgyC0U8+Y/ET56F/shk+wLZmFPjNzlizKSFGDXCdjx"
    "c1QNkSwE9meJuMmdz/46TViQNsvKk3XK/jpejK2cPUdH1STsVGqtjIgq6FJY2SU7GRx6j1"
    "LLGRwSq2VXRKopNCh6dcMSTrYglMOhOjruDbRrtbB3xpLIaTka/HeVwgQfsqOj4y+T3WuD"
    "3i2HpWThLd1GjGlYCKYZTUPfaNxRyAhkUUpElIdTKdIt53AtL0mj1hmSrMAgcv2BPel+Q0"
    "i+KyFTSMymsIJe1f5fbegysxSghkBTUqpUBd70oMZevuyJVYvTzsWsxHEB1hL7sSlRvmwG"
    "6YfTLCIU+DhAyO+iHSeWA/FV2z/IYZCjvzgGTH8M6JC7hZ6LGx70F7Op2JzusAYoAM0wVz"
    "x3QRZY0xmgO/xBRwJ9AF9w6yLagjes/+NikvySyr8Lz/B+ZPpI/EX4qkeLrAuhauAB36Ov"
    "+K1YBOZ5hrL1eEDqksazFokwYtwX+KYa5qQSt2uqhTc0l5SsVOH6PWs7DTBYvzL5rmy6tp"
    "yfZbd2fQ4oV6YVLT6VmYMTGVhLlFEqYj8wCl0rWO1NWjmFo+7FSNhH1DjIkU13QmfCmgaP"
    "ANaPDQDi2BecZU1GgXB8xH5U/eIB211b1qd7/WgY2wwXQxwoPv3aZwFYv+RrjV7/f6dYAc"
    "hxSk0oSqW73TOSagPHKy1zGxvWYXJXb4hSSvI4UIaJh6iUXBEmIhiFP4kohgDNUHJrmv4R"
    "pgfFhIL3u9TmQev2zHJ+q7m8sWmyEE6qt0aVV//Rg8W+UxSMrp2Comvtv4tVR+UeUdW5cI"
    "65MpdJ5uEPup+onEuxVvUlvn4noIGmvTVetMBaGnCNKZgwyw7OJXMDGpS5wFr9X8hGwXQG"
    "wAd4K4rwlRF5w+LAD7L3u2SSeCtXsL5iam8oLQu35Afj+WB8ky5DXas+fHYqKObqqCz8pt"
    "VOiJr6QOBOU2OkatZ3EbxabmzOHyUbEiJzFsGDb/8TwD5fTxPJVy4rdilBO0ZrLTGJFuTq"
    "GVQjoFMvGvyhN67wuXEO016F61mu2bRuf0w1ntY2zHHgD/KZGUwH6XZOJKH8FB+woO3fNs"
    "RTHX1MRMZHxELTbp+pCS+pGQPOpzRRW/tAd+Kbx3yIFqTEwxTOqQv8OzH7JxvAOMW6GuSj"
    "l4XwQ39vXmPuxvn+TSEn0JqxTWTDqdFB4KWcKlp+QZ8ew1YGLB4+hsb2+R8QxxHyx10ZRH"
    "IVNwigkQe3Ti1IA9YwuzXgN8c/OOsN3NW0AcAIE4Q/ENBWSOZYHS+3xUFmqJPQ+NibPweK"
    "OAcXhYKOboUCuvYo6Oh0NQzNExaj0LcyT+m9B3+oY7aL+bDffL8+nBttsfMlWW/rCmsvSH"
    "ZGXp5SonRfjlGLKwfJEpjpPBf901hsx0+NcMuiN83e5+bdXBhKGPRviWGXKDOhCZSuyvu0"
    "6H/cEeMcKNZpPd6vGjK6Cus9uEn13R7PVb/AAEh8t2vvduWtwM5MckLMjKLff6wWfTGeWV"
    "LccOmdmSKMH0EO6E4OGDuENmysPMtFzuFeTPew1LZS+h3SbVPHM1qZiXgq5WcgeMuVpeKW"
    "3QVdSGz2GmJwQVh7OWw1nhtQOKocn3bqUF9kV+ITG2Nq+Ou4y72LKaqSQgpRrY77WoaZuZ"
    "EpS/aX+GTySETOR+bR0pYwYtNWeW48R3T4zH30BXn4BH4nCGBPjsIHh0iKBMACUzR2d9zE"
    "13Ig5kt5HzzksDYDbNjGEoj+/Zcf8bnPfuQiecpM7ebjxGzoqV4Rf5oWhjP2HHJU8IK77m"
    "MOtBTfE1R7RzV3zNMWo9C1/jTf95GJuVRJEZhMLE9zyx37UpXRPIFhnok2+tTqcrGJk5si"
    "wsSJlBp9W6rQNqIWSP8HX/9zqYOM/sX61Gf6h5h4dOELMPNO/40EZz2P69PWy3Bpy5Car8"
    "j3DzutX8TeM1ZPUJ0p80E4/wl/ZQ+9LusB4eTVfjzmLWbvC7f02nz1rgQH59Sqd8h49uMA"
    "Dkp4zeMk23G5yaY2o2ocUU12AauuIPZfopyKmjISM156IXlazgolfeRS5p2zyaeH2YWrqe"
    "Y6LqsNMi69lBOjKfkWTBTa/CERI5XAb32b6smR1ncEPbtsxceIYkFJxxOGdYn0A8zgVoRE"
    "ZBmqwx8GzSnF/8UkLBmYTzn0h3c+K5ElGAxgG1oCw8NhXMoLkCMg6kKBOTyy++klAO8YgF"
    "twuHON9ka3mjfSJCVagjFUuxubjIkmNzcZGeZMPvqeSQ/RfRkfmdcsCbJq9CDaI4x51+OS"
    "CWiCp0VTLO6ybjhAflDnC+o6iEi15WcCVfcIaCOompdQc4t1d9DoMuq4l52sKUAnyWQCWx"
    "XxZHAiQUkSdOqS+OUuj7nVVHA5HBu3JqaQZcbInYNe+sz/q6glU6qzqCl/Oscec662hbsJ"
    "znvtdRRaESzlSNBsdzbAXWgPdVuVpuEbgCZ/QOvsNvfldX0LSq+iGuvO7bYdXw+qkSTPsN"
    "Q40ZJtJQ1KTxsi4cVWI+ZUkWDrJu+dN5VTjoIAeIHkTwKMQg1DWYzB7eAx4SJWJGB9eNd+"
    "cXn3nhOF5BDhmyFOHdPyBTYjB/anBy0io8UaUJvxI3oMJOjycAUYWdHqPWs4Sdvm6a8Gvr"
    "df+JwraDHs0feRBeSVQR450HDnrcygTSSR6Qo1KVy3n//CkDzJ8/pcLMb8W959TVZnSj9S"
    "Euq0L3irMgSOwAijSRb5ZUc3poVFhGRUxIQqPYfLPJpxOVVB9OkT+c8AY3c4p8SEbFBqjC"
    "A69UeCCoFXCgmgMFHa4vFx0Ifa0vu6h3Ws6h2g7q9dUccnpJZ9s6ZeIlB6qB+V7p85hPWU"
    "KeJ73O6dS5I9pqTrjxi8T5cIKAqMdOAQReD2ACOb/9yD42do1H9Drsjk0cF/hH24ljVabg"
    "NHgUuA/+df82SZ3v5xFZyHMfETFQa0uAguINoeAZv5hDqBKGYtQPZbkoRv14uFXFqB+j1r"
    "Mw6rGpOisjGROrIPe7+5IOq2UwxxoWEVJ7blkWn/SoyvVpfHKDeo/c3z6H7Y7pP5sjRGTl"
    "J9JTpsIyh0+aep1hupf0qMAK34h8jYhWcBku77KbtLZUetZe0rNiO8kc0MpkFRGrEodeN3"
    "EoUSV064yWKpKFcZRl33JujnafBGSTlyVrS5nH4FZtHeUYlDXLzjX6A+8NBVPi8CPZvdJo"
    "70xcBxMy56zfghde849vfkTIAqcf3l0AqkML0bc1gLCLxMHPCzBhTeR8434eI+Ec42VjA0"
    "Q0cfLfXzFKUhGKilAs5sJRUmpJEYrHqPUshGJ0IpYqPuVTjwse9dmuXtrev2bQ8rOiMtJb"
    "CTnFccmKArFfP84D60pA4SnBk7J9CE91zDNQQyIKUxmmrpMT0aWAwlOC55SQlIracjiD9t"
    "WrN3WRJXPkIj1x5CKRNyLy8ZlxIgH4i0VgyoCNSMVgfuRi5QN63SLfu7vstMBtv9VsD9q+"
    "72BpuYmb/NLqbKt+q9FJuAeoyx6vTZxcHq+w0EZzQ8FQ3vlUO3uYmu6GBb1jshXcrZR3d6"
    "L8LsovUAR8d+IXeB2qms1+8AtT/UQY6xLCOtqgto629gjCSNsXyetb5ASscs0/dUxQx/yQ"
    "E0AeAe+zLs6Ox2jOVrog0pW3mU8QFg0AT+oD0HF4yfYkc72HZ4zwiI1z2+U8NhdcuiSADf"
    "mJad5x95RBycYDxBR6FC+k4rpD5rQGLPOJh+k2r5pgSrDpEucNHeE5j9rlB/fxV/VbU3bp"
    "DQVLaHnBCyJOcxOjHnC6KSuTvjqoR5wjo6h0RaWXY64tKamqqPRj1HoWKl0dsvZqh6zJ4S"
    "3DwWobgrv7UheeqZTbDRQTO2onkI9F/lk/IljBSb+8k3xybRf1RoLjpDatVxKTVyovtMoV"
    "CaVIKEVC5SChIiWtJRxUvOR1OgUVrbSdjYJqY9aAtfbOngVcmLNCnGDxIXtnER1agLd5dM"
    "hU3PJs8ZpfeFScccqeYi0Y9nOSoKD28IwRtqEDLQtZnJWCCwpOKWKDwKCAmmzEC+5o1ekD"
    "GkNc4wVWXQps5ICpiWcuevseCB6LP27B3i0/jUQhP91VHpipsr8Vw1SeibSkXINimI5R64"
    "phKgDDFF77pN9VCspRsaMmQZhtoolT0/NOTBHBCs5L5Z2HkssPeXykyJVEOza45SrXb0gm"
    "pt3qJZu3u8M//4p9GA/2NBdefvvKYzW4aXQ6MsD8WTVvudi4mIqulUXXmliTDshUWEMSCl"
    "EZoswyyYnoSkIhKi1svDHJrvj1MlkT8sPTLwmxEMRpXhSpqf3AZPalzOWVw2rzstfrRBR5"
    "2R7GNjR3N5et/ukHocFVPLq0Ung5yi99KMkMpRxDqipMKfBVjrdDO95UVZjKV4UJnUUr83"
    "FGTqpd4+FcnY2bzb3Zwwhc938HUwTpzEFThF0A2f8At2TrwLkZDK5qYHDV7YJTjJ6FZ5Cp"
    "+S0gDrC73Ysz7ldEBjg7+yipQr3z3nP5Hl3IT07yjPYpYi+lS1yQUWEfO99fqQpUKxdlmZ"
    "ackjqrlIvyGLWuXJRFcFG60JVV++UAt/BsmrAhY0UnAunDgc1eFEMr55J1Mmx1h41h+/cW"
    "G2TMCIGu+YxG+Eu72+iwhyx7fPW4ed9Q2mSei4mqA9iKM68llzPFRh+JohUbrdjoCNRlYa"
    "MjO2HpFJWGalTuqMOXwgxEnjk+LKcm+EJP8D6xtKEFvZIu8nblpM+JujoQ9bpGmPN1dUAN"
    "jEf4lrN0dWBjfHG2iQn9SwYL+pdUA/qXuP0sjryTkOLpdciWEhvWICvRt7WLImTsaS76IZ"
    "nQso33kPgBt4x+OfK8m8abXr/b7n6tB+XM2cjvtFq3dSDqrI5wo9PRrhrf6wBaFk8oYlea"
    "bI/ZHvJLOtti+lVYX39bmb+U7LZFZAu2d1S++oL6kpWvXvnqC4Ov8tUXAuXC++oHfP0fIJ"
    "p2gHTkfm2dv96r2E5DTTN57D0vBz9ohcHomSM8YRgCbI4nbg0Ij1dQfS6ZQmy6ALEhYACC"
    "5T77HfefL2NYQJKSMBwTCjVVvnrlqy/TklNSr63y1R+j1pWvXvnqla9e+eqPkuFXvvojUb"
    "Ty1StffQTqsvjqQ/tg6QSVYn5FpI7aTy8qhWxy/ktITk3uhZ7cEd5kAV9JKfUWWr0ucaGl"
    "eVUL85ybl5BTxRMkC4zBV4r84MbFlCc5Ca3FGfUNsE3IKXBlluZ0A2hjUgpYSfzDHD6hDa"
    "BNyClw08x5qhNHYs+/cPjzUkoBKztVF45lw/Ufg1431cAfSweqYeou+F+QsYBawXBdAxqH"
    "ImLzBQzo6U3jjzg52uz0LuPGHO/gUkVLqWipMuKroqVy4KuipQqBcvGjpYSb95b7QgzEFS"
    "aLmIq3qa2NmhKtNTva/MXIqQYGxDEQPyyBr9s8osnridYBxEEc0xsKyBzXeAkSCHQC9Qm7"
    "4msXPLKr7gSZyyNDaTKAan+PkcRRxSKkVLyTincq5qJR0sgXFe90jFrPHu+Ubze5EtlqO1"
    "k0LR/ZfjJuKL68thVysxNN62MGSE48wzIKzcTWMY+xnWGb2cNoSNj/7WuTWUQ17HyHKYbs"
    "1tg2g16qCGn4q85wCuBWO8NvyLIwovQKmpb0aL9og9q6PeHcb6oZy7b5UmmEHKCz6RQ6C7"
    "EDk5+/F1SkPGMycwQd/gL+U1MqYO7+ETs8gi8mFW6rUmrUFrNMZmhJNxtqi3mMWlcpNSql"
    "RqXUqJSao4zWVCk1R6JolVKjUmoiUJcmpUad3ZtrLEuSahxOHOCxNnFyjcqwkApiTI5Mcc"
    "QLL8SYRHVNmcOI1IalDgsG7LrRuINKhxwxXuMyN8yBkEI5A8oq1nmvQeT5I/QTcgpcWSA5"
    "snOBGrRXYCbB1KFFHDPXIA2LKEhl45PZUfkGaCCg4EzC+UCMhfYAXRc5eWroxsUUtJKRap"
    "PzXBZWIKCsqwzWFfuobZOhIWUG1oAck1NYZ8BaJTmpJKdS4KuSnHLgq5KcCoFy4ZOcGsF5"
    "D5IotkboLIj0ALbwiRHZQtfmxHkiMxdACiAw0LOpI+AgnScfGcB034N7Y2Zbps5Gg0Ye78"
    "EUOk9UlGym7AWX4g6yiePXc4ZxP/DeHjTClPWADT86Dpw+IdutAe8UaIvNWjXwwGQwcYFO"
    "ZpiLuXP24DUBcKvgB/SD2dwYWsuAtXUhb0ENJxHvFr0nQvLWRsPxq+Efr0LkDmUkqBC54w"
    "mWUiFyx6h1FSKnQuRUiJwKkTvKyCkVInckilYhcipELgJ1WULkwpvsHPZXTKyCRtiH8yyn"
    "2rJW6cv+eeJk24Ae8pDa0BxLdFJk9E/6d13v/FVnhr3zV5vfmx1xRV/olnci67f2zY24RO"
    "fmdCqufWt0fhOX5tB6Eleu296Fien93e998zomc6+XYb/V/Tq81ob9Rtt7JveIc31qQs1+"
    "L+0h78N0R/h772ujDhZkDNlbNfpX7R57KegYJhnh3vC61a8DIpipQhjx4r85vtGg/UbDo2"
    "BGYRTb87OzDOCyVqnoinuqfPyxWWkrJliq5BRDLSJ11NHgxsyLJ9A82j9XGXGJqCrTLivT"
    "bnrrvjZFzMaSQLwm5EMiq8I+MoR9IAs9e6NzzB65CfKpPSj8s4TdPOfMMFkJqHi85BTCja"
    "VccK4EFJySOvlssNlkjvIO0KWMAlUFjB8A0mCTq7E1Jl9iWUJSrVpZVi3kkAdT19DjI9Il"
    "+8Y1gCdFFeJZEMfbYC4RVqhnSqLU/ofgNSfFpBdLlYiqMzg2r5k6ha4+4ZuLCUmh61+mj+"
    "N9FJgePGncDXt1wDmdEb5pdO+4G38K8WwzP34WQj+dzk+Q+fGIwYQ+0oMCJaIqqF1lYqhM"
    "jJLja1sQY2RoFFHucs6JsFxaYayyXVS2S/lQzpHtsmYK2QHcQ39zP1j1WE3E5fNnsTKMZo"
    "bpdsj4RJZhFNyrrc0w4q00y2+WKcVIiCADQJES8isPmKAAOsjP0/Ej5/khRh5QBjiFDGBz"
    "PGZ3HfQ4Y4AC000pjL3T3l8+HOnPEybg+LoNpXqIJB6E3XBgjP+nyuZ59WyekM6yQh0SUS"
    "ZQMoxMtjSkxwKtJIocLLZpqF6mcKAPa8KBPiTDgWJTSebAyKhYgcmVDcH+/CkD1p8/pULN"
    "b0mRzjc7RITU/BBPL3Ehn4rzMLVhGUXRbk7RmjaPSJNXbkqfNqJS1Zs1Pl1kmDU+XaTOGv"
    "xWFGdhHjAjG0ucQOk4R6Wqh/PFhyxhx6xVKtLiXsxVr1KxK5aUq1Kxj1Hrkhhp8fYJdvV1"
    "uJEmwRiJfco1gpY7aT0jQfUkiBJ5w9o61kRfimgTIaOhpVAmDoWbRg+QIuCQGTbesfFhA9"
    "shD+hXUSIFozmiLjAc8xlR8JP3jJ+MBzllsk1nWRgShJ9Nh+Cp/wv1CdKffJZE8SCqqoma"
    "VNVSqrS+96omoWk377cekTyM1gtyQG/BlZz8tmNrbXaeMCJWQVZWVbHZKOTttjEY1IENKR"
    "3hL402r1sDzSKEu/F6FVhfaNN8iVFRMRVvmyUbzXGIwyA08nkeIlLVo7Z273iYIkrZVjQP"
    "yCGR6iF8kcmPdrHGj3YhSasvRW23k31tI/dUVKQglM2VT2SsGJkgek5C26Q3rq2jbgKyRA"
    "txOHZI8EX65sb3bAH4IOrfruiXVY+/gnu2wTa4VxFamoMe7wF/e14qlyJ2Z1nUdkIYLvzE"
    "9ySzs8fnvEz6KF5H8ToF3RWUc4eveJ1j1HoWXqdIO/6XZ9cS7/cnhOZCOGhf5P39huCeX2"
    "QJoGCt0iteXSRCKHgh/yS+qen3QXNVtUdWtce39fKM17BMBcfsXiooUn2CppLAtjXbyaXE"
    "AbeT9uzBMvWSbSpjMT+hXUoevJOSamxnw9whrldCij0TOc+i6NwiT4GU9A4ON2f/x1lJZm"
    "wLUldjGJmb2vDSDlQ99uJY7t6GrSBUGZsw8RilpH6tbtbWRjGJZvmSvzwZQB4Bz7qC3K/M"
    "U7RqYO6YroswP8fp1oN58F+dIDGLglOPh2J3eUhSr3+Tkv61w/5HeITv3R+mcQ9M7+Qp3g"
    "d7Fu8YUy+H5Q0FpgFO7+2xps8ch6002g92RzON07f3b70AqkfEXoKyGRBRLx3NZD2f8p5r"
    "TPgt4GdeOTUAsQEI26KCB2SRuZAklsFDr0LPA9Q1LSuoXgxOmXZ+ogus/+T9cPreXvA3v1"
    "8l1d6Lju91AvWJ96eDgG2xDwp4kwetc6zIlOmPMATJzLVEpBd/Ae91XY8VzBzwxX8abxsc"
    "ZhXN8BV3xfXgnVZXc/GGl+Y4de2RMoeSdcaf3Yq7qfWWmf84P//48efzs4+ff7n49PPPF7"
    "+cLdeb5K11C89l+ytfeyJTXrAYpfOJgUKz4x9IVGl3dhAlxBOR8nE6gUQFbdzdO1zZ5JYz"
    "zWsloWq5xMAkNko7FDpbQEykgyKPX/apDlr9YZ0t42xRd0f47pZbk3U/t3yEr1qdFv/bSz"
    "AfYT4CxSFQ0NEn4gioxvCaN9G+MsOSXfaXxzFbfuNGTabd384PhOJJ9Ain+ckznAkRki+0"
    "Kn1FLHUwwq0/Wv1me8Ausec4uknZtWav0byuA2GurJTX63a+r5THLbeCKO91S1WVZ7+YY3"
    "YLW6pZEQ3LKDxjvCmbRpDMpFx3RNVKSB1SleOQKhUMkD4Vl9MtrIIBjlHrBc+XbBtoahMR"
    "Xf0bkp5ZH2tRW8ctmqu22hPKeIB9A+gWsztdQcot5QGTFxyYILQQZWOJU1q2Q4yZjowa4K"
    "fEgxnbO1vgHv2wTdaGDf77JMG44/45wTjQ2b6HiRIhzesBgPmEAMqewjr5FdzbcMGroGsT"
    "SCdLInJw3Xh3fvGZ05yCJgy2TuzFdIgJNnVojTCvB1ED1OuaMl2IN52b7oS9rjhJDPi983"
    "692lfGe3Dv/Qbtn5TgCPXJ6VO2AwaQjrDgNU2HuvwX2+z7Yk+YkDn7Keynn7roBw8dJC4Q"
    "NSnq3n/AnMwsgwkIwlN0y16I8l/B74NnaM0QTa28FSm1xcfEX8lM0yW6KrVUhSCq9UdZHU"
    "rrBwhB9BforDS137zIxFCR4uJeYFblGJeGTS2MNyBsaOVBOi6nwM7ievFMzCf28/JgHRNT"
    "UGeHOqejKyykfF1ySPkGKQnqkO191oIaiFVi9K6zYlp/DCMGTKKe4dKI6fS6X4Pm8SKH8Q"
    "Pilzu8nAZmVLKCBmZ5DUrJPuK1CjSXSKmbH1LBoUpCm7uS/53fTTkhfbF+f2hAyQ+leB2e"
    "dbDAem9p3Uto1miD2jqWlUcOapGtQrYozqUIgD4lCphqZ5zshB5fKMIdHUDhHJgu95K7aG"
    "q7tAZ4+ZAZG6k1wAOWgSgTQeWxnDt/Cidc2fBGBo/zPOX6rQUd81hM/5+rx5rG2/dgwKM3"
    "z84+vaHAq9lSB7et7lW7+9XndE13hBnETJiC08H3brN19bYGWv1+rw8I+4A4I8rfh9O8Ew"
    "chwNcXKnhYkZjNRBfsV2eiPb1XjP6xfN/lyQKp5xOEpVcFaELUSzxcU/ztQoe9jjq34FCG"
    "piJVj4deU6TqMWo9C6kamawzZ7uFhSqxwTzA2RqydTQ/5nFxhX429F+J3i5YWN2+WUBJPE"
    "VWrCWiFRzbe3HdHEeJSG83VAc2wgYDfIS9TVAd8O0lMkZY7IXq3i4svtN7rRhpb6eYVE1q"
    "RlNY5HBZTWVJXw423DkADYsoQKX54GTm6mS6cRpGvI9CTyON29tOm88aHpfCpo2rO3alKV"
    "JrlieU82SM7hd2ecjzMfAju+qOcL/1j1ZzyIUd9E+ku16U+OtPM0IBHvmU1GH64Vcxsa3O"
    "v9pIfSGu5GFmWq6J6Xv+vNegS/ZyLNaK0kqoJZ21igipjA7psXl5PfoxMWXKqwMKDz92Vc"
    "bc7jFVHlzlwS28B1cyCewA1YbXU6icdCkngBfhjU6ARfKRN5Bj6pMTiXPcv1Nbe6b9qs1L"
    "3vB0THdcI/tYCt1suX9Od50+I4fmJJlDIkXeOReJ8OQfVQ6E/eYVRHc/jiqCXWmZ53QqIS"
    "RyeBrhdayqnREGr5pY+/f/ASeTEj8="
)

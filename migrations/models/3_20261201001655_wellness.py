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
    "eJztXW1z4ji2/iuqfOl0Fd2TZDq9c5m7t4oQusMOgVwg3TN3mHILW4A3RmYkE5rdnf9+Jd"
    "kGv8jE5i22UdXWTmPryM5zZOnoOS/699nUNpBF39fmzqTmOGg6c86q4N9nGE4R+4fsdgWc"
    "wdlsfZNfcODQEu0ha6jBQMshdQjUeacjaFHELhmI6sScOaaNuUSN3TAtZADLHpsY2ARAQN"
    "CIIDoBOrSsCnhCMweM2A1nQmzHsUw8BjPE2um6PccOgNgQv3XLRNh5zx9r2Dp7Lmt4sCfM"
    "sfnnHGmOPUbOBBH2nN//YJdNbKDviPKfv589sV8CBLcb7QktxU8XHmQwoM6Y0Lqh27+8He"
    "999qSNTGQZIRWZQlRc15zlTFx7fGzefhItORhDTbet+RSvW8+WzsTGq+bzuWm85zL83hhh"
    "RCB7bEBneG5Znor9Sy4A7IJD5mj1lxvrCwYawbnFNX/236M51rnCgXgS/78P/+O9WqCZpr"
    "U7fa3X6GvaWWyg8FeIaNa7pNuYDzITOxz3f//l9rsGRFw94w+o39W65z9+fCsgsKkzJuKm"
    "gOvsLyEIHeiKCh2uUdYJgp4qYmjfsjuOOUVyxMOSEeQNT/S9/49tNOBfWKtg/a354PrwHQ"
    "DwM/YHGh1sLT3db1BAv3nf6PVr9w/8cVNK/7QEfrV+g9+5EleXkavnrr5sNo24c8yqE/C1"
    "2b8D/Cf4v067EdXqql3//874O7G5ydawvdCgERim/lUfNdZyrfX5zNhS62FJpfW8aN3HKK"
    "B27+3XWven47C+6xNI5Lr220e0zNAqol6n8LtmITx2Juzn5ccNev1S64oZ9TKqq7Z350rc"
    "+isEbmQxTItxRGwrqL0vPp9IX11fp4CatUrEWtwLgx02KNJiHZYqH9QfP6RA+uOHRKD5rc"
    "igDppqGVeKqGwJ14rirg2uScBt79FTwC7kF4ZQf1pAYmixO/aVndQ2fmt6NY1egRiOhZI4"
    "mvw9vV1Y19209O0nhM8ku7TQ/cqmbZq3/WHbF7/pi/u0DkbApHTO9lH+5klIVwB1bMKuQs"
    "r2Vb272rur649gAunkZ8A2U1CY/fqEjQXKt1hT1mgEp6a1jG/UDvOIl3dqamultlb5nDgL"
    "amSrrdUpaj3N1krM5xqfurMYpGGp/WyzXp5bC2yPusuflm39CgntcxmLf07HxHqXRWuNKP"
    "o+M9ndLaarsGQJp6viTk+SVYlutyTRfa5HOds8l0m/BD2ztWQbFYcllZaLoGVmR1EbZ7E0"
    "4pLlo79+vEphbvx4lWhu8Ft/RWdNktHYCIgc1tTIy0f0gq0Ro5jC6Mah/WQTZI7xL2gpAG"
    "6y94BYRxJAPXbo0eummJCur64/LwIXK9ImOKDY387+YuS433qtV6/dNs7+eh3OTqAu4ep8"
    "bSRzdOIP8twe6Si6mhvhUAWu7tivBSI6ZLYJQFNoMnBrZGzjK9MAM0jpwiaGYNEqwMYIEN"
    "tCsuCJvfSpSLgczDEVRcKdEB2jSLhT1HoaEk5M3Fms4pVA6ai3g3jd/YUwM88ZEyxhRMlB"
    "EOd2hhzoBp5PYwZyeMvnyeYZ67N6p1a/qwLdhvpkgGv9u1aj36gC6Ey4ncuu3N432+y3MT"
    "Vx1IZ7nTgfkzLj1TGfJXq5sRnkECcYcEG5iE6GTPBQSvHnoONabDedTiu0atw0+xGMH+9v"
    "Ggx7AT1rZLrbmma7HwHcgtTRhLG+xXIeE1YEV34W8LjdJhxiVHuGlslMsJEjIwg2K1zeg9"
    "J63rSeIfQoyH8GwnuoZAL25D/90kWWCJ9Jpo2iQUX5WBB3po/iXh8TP7O5dUe0mqKTOvtR"
    "2E9lM1SsA0R5zxqZ7zq0mn5f3XmaoVVMuBw0JgKHvXyNzXV/ab/IosCWiYUNht4KEzgZ1g"
    "5GfZv938vg1tyuHog9Mq2yfsBiC7EPtOp+RyUBKSOxHxkssqTJ2HDakDfpttVmgcYv8v39"
    "CfJ3gICaBgL2CEC8usQdCOD8snr5tgIgpeYYIwM4tiDmxSiIs/176TFNaqRo7blrDJPOLL"
    "jUBHwqz1H5AXJqShaUEVZ+gFPUeho/QGjijek9maaOyuWZOd2Spf7pIgUf+tNFIh/Kb4Xp"
    "OT78/8UWyixAB2WOB/LZY79+qEXr0IHPM2JOIVlqYxsmeLhedghE+zgi8m6nFsPDwYjSjF"
    "o46/W7jfbn/l0VsJcUIA9wo3372K21640qQNiYE/4nD/Ddbzfd5m0VTJZDYhr890Oj2+92"
    "Hu5+4xdniDjEnk2WA/y10fx819danV6vChbIHE84UUzpAH9utBvdWkv71Oy3G/xu5O0HuF"
    "urN7SHbuOh1q31m512FTAlciMXzaC7iWVtGne1m2ar2fdboAkcmpbprLYfrx/f5lqr2JbS"
    "Q3303UmwiMJiZYgk3LT6NX7thxY+H9Hz+9qvb0OLX6vDRqnXPKCBeqtzE3XscYIIj7WJhO"
    "Bu4gTcw0IR2E03mqpYsLPXZf95d3X54W8ffvrx44efWBPxnqsrf9ugmbiviH8vmSBdCyg4"
    "43BO3GlRn0qsZ6Sz1cSSoxqSi9rOruB7r4PigbwBwdtGvXlfa51fV6JuTX/K+BCzn7yl52"
    "mcEeOQnMJ4I8ZBViYt0RKUUZHcuQ2Mf9WYq4OExScQ2Znj4tPy2DkdoS8Gxgc/0FBkfLfB"
    "9gvNen9TaHxwZ2WPCZzu6L/q8zdlf9WD21uJYA9995Rtf1i/ewKr5/ZWVrBGCBl89O0Glg"
    "fSp0BnZQTLssc7jqqvNnmy507LHpcVoyHC+mQKydOOSN34/dwj9lZ6WeF6xZCOQuJFkM5j"
    "tAl6NvcwyXdFb12vs7Jipk+Q/qSZu4JV5900S4uSiLTzid/tUbqFDvwU7KqMWE0QJI7G/y"
    "rNgMsdEbvjnXVZX7dwWVrAyDNPazdYR7uiRZ67bkdlxYpaCM20/VjxPd5XyU34BbIsPtns"
    "4VP86nV1C02rtN+iyHAxHXPXcOOa20+pcIrHgb5UCsGPWTxwIYQ8UGh7LoOQhDO158R11O"
    "rIQB6auwaM9kSnD6E+C0m37xw76lKOkpDRFReZHCm6oj3TxYeK5utYTu/3OpBTHgOaSkrV"
    "dMgBQc4FVSznqUT1qVjOU9S6iuXc7QyLizTBnKxVcnb7RcxVrjy7+/bspnFCeokou+6asu"
    "Z55W18p6T1j53PWkiYlF87A1jsxYhu0l1HVcPrpkQ7wJwl/RZmdCm2R7E9RfvWM7I9gTVU"
    "QvmEV9hk3sddztnbGCmzg2uAsr/OQu/YIAFcbMXjTCA2KM/bXaf2/gwIGpvUQRwRsDCdCT"
    "Ad8E+bH6njTKCTlDB8qIcobikHJnpFcUsnxDIobukUtZ6GW+LzeuZaliGh0tUN3X/m6pGL"
    "subM1jpCjVB1gs82JkLO5yrJEqVO8Cm1flWO2v5z1AxtmPWwuLDUDqAW51NRqWqvlqq24r"
    "MkA3cPuKbkCPM5VNOQhIFPNYQrewXQfmy1Xut0nHtTJ3Z9qcsL6AXuVjZRY1PeTtNXDVOd"
    "Ze14HhuwQOjJjXLyXEEVYGI39Ik1m7EtjORYnK16kJBav/v+J087vCtNjCe3Ep4ivBThlf"
    "vpvaDUhyK8TlHraQivwCwc03piiZyw0FZlcnKn4j3XyWF2GHE0PublX5Mc2LDUpi+pgBBv"
    "quDCvoQoh4WNzPAFZU4aPDaOnLkkFCNdVcC19BHrAc4siDHydZq6DuBDq9ZuN26rwJMf4F"
    "q93/zCDwwSR+sMcL1z/8CPELrlZwpNZ3w/YESN3FSxlXs/N8hNUeS5ZFRn+zjJ7s6yYWLh"
    "t5hsRFkjLlzYrZ50oHceb1oN8NBt1Ju9ZqcdXkzFTX5pXf6p26i1olUz+RYlIwEUlFGcWq"
    "wMaXBTlxrSkJQCdTOpNluHWu5I/5Q3eLMSoYLCI+xlik185HtA2EP2we+urPAG5sSsh1C/"
    "fvGofK55Ox4Uk5GQDA1UCSUZHcjJpKT/qa0+oTQRe0PL1sNUIjgfQt52ODctowJmCD69f/"
    "/+bQXYxEAEGQBiA2Abv7OfEbHY6/ihdSYGpiML2DvIM1JQm+7HIbpU3KbiNgsy9ReU5VLc"
    "5ilqPQ23mTVBVCWGZksMHdl6EskkB3glUMI4vlQAX20A+CoOcNCOiMGcyM5HpBQ9r+h5Rc"
    "/nCjxFzxeBnlfMpmI288ACVbZgNtOQb4FYsh0JuHD0WklgD8/YiqjciNUhicroly3hKiUf"
    "fzJd6QczaoHJJw1jKUJ231CxlIGRTUTIo39eMOcLAQTcfAEE4jH6md0CUzYZimYmBd/0OS"
    "EIO9/AjDd15WSs5cGek+a0Yv90Zndy8UyNP/insNZWsBHvAH2fEf/78PpcES/skVoUcM17"
    "Q6EV7ws5E/2wlvwH+HrX6DaA+3Twd/DGE3jjTmyKPlX0af7WkYISaYo+PUWtp6FPHdOxMp"
    "7h6wmUkEA9CL8XfLMYzsmHrUbEykCmbvpsDnHYquL/FP/3euBNYSiLK+38GhErw3d/hEn2"
    "lMnW+mO322j3q8DbQMnp1gHm8DW/8IuQ6BPzOS8ULNvsUunimOj8Ckgcz/F1eaivY89er/"
    "DmPu1eOSylGG11kvBRXQTe8NuDi6C0xZArEQ9B+It9OfZZFW1Ih+uezhdWjpf0jhcRzLIj"
    "SiUNyc+Fg6owYB3DQ+XDtsFDFUA2hYeKBlqnKvXhWf5g4Z58/DP4xl0zfqtv3D/0DC1TkL"
    "IAjtljqANMhwI+EN5Q8I9epw2oPkFTKK8Esu8HbOGTYsLG3HJJZdY2Gnwfvx+Yb4XLSvmQ"
    "lA8pn7NXQb0Jyod0ilpXPqRc0JvB5S7jlxWVLeG3VdxvKT6FGnPvpJWpiefS844SaVGZ6F"
    "b8aN78B3tmSJkxzqxXR1JpMZ27ICif5xnsrPvYrgIyxwN80/ylUQVD8wkNcLfzlV21FwPc"
    "+9q8rwK6MKfs3/1uo/25f8d+O0RMZgN837lptpr936pgag9N/icPcKd/1+hWgS0M+S3mx/"
    "37D7z9k6uDLVUa7SPXapWpqtG+fezW2nWmZYT5ROD/la+unuDWMa4evlVMirHfGAFhmLoD"
    "/gMskxYx1WkDyByR0GIVC4WIRj1EViHeQTQUQmXxHdhC42ekYbrDohLqIMegn3Ub9c6XRp"
    "ctCgTpPFKZLQqNWo/9RpAu+aJx2+gyS4ovGoZ43wFmqN1WAcPBYPdrv7Jb8Hs+ZqeTDhyQ"
    "hgn0fmk+PPBr9MmczfISJOC9tGbZUMLfbaihFhVUBdRSFFBbDYdt+LuIrDp+Is/bTe8j1w"
    "ibvGX2WbKFEJfM8aq1palwncpUuN5gKlzHTQUVoHOAAJ2I+ycDsHFJdfpHbspplhNPlXOu"
    "cs5zEC5RKWY1zXzOCdsX01wfWpOwoO0B4kwxZAUFOL6Qp4BZBZ4eJPA0TYTkCCGDt4ljny"
    "WazYu1+hTorCS4h8apZY93DPv76gZztexxeaaA8KfMiw2ZjrlrJGnN7WdZIpgOGRcZ/QAl"
    "cZGSbzQ5LtJ3xQWnh5fjIu/sBYDAkwUjZDngnLIewMXF1RsKDBujHzzG4gfOQ/8wY/iAmT"
    "WnwGt2wZpNbduoAK7z8bICKFsC+OkLb+NRkod/nLQCsY+NO/UGK3S8FE85H05NxyPlVGyk"
    "io3M6VpY0Cg5FRt5ilpPExvpr2I7RafEOsl1eMotQ7IqlsC4MzHsCn6oNdtVwJfGfDgZ+X"
    "qcxQXity+j4yOV32OD2yOKrWvlxNFNjGZcC6gYRkltY89YzABoUERBGodUt6dTxPuOQZpc"
    "pScoU4ZZ4OgleoL7koxmUVS2hIZRcQ2huP2r3N4HcCWGCYG0oIalFKibXYmB/Nw9uRLLl3"
    "ldifgIwiPsZVeicsMc2Q1zSEY44GmQkMFhP0QyD+wln2uW1zBF8WYekEwM9yw4n5uFLhv7"
    "HjSn07novAogBsgwHbAgpoMoa4zRAnhFpYAzgQ74RtDMgjqi39hvk/Kyy7Iqzod/YPbU+V"
    "D8pUiNp0usawlVnpMZ5crLNZ8DKkpb7tmkfkvwdzGsVbVnxUbndSouKC+p2OhT1HoaNjpn"
    "cf1503xxNS3ZbuvOHFq8FC+Mazo56zIippIud0i6JDKPTyI9S6SuHcXM8mGnaiIcGmJsS3"
    "FNZr5XAor23oL2DuzIYpinTD0Nd3HE/FP+5C3STxvt22b7cxXMEDaYLga491u7LlzDor8B"
    "bnS7nW4VIELsnFSWUJWp9zrH+BRHRrY6InbQbKLYDj+XZHWo8AANUi+RqFfbthDECXxJSD"
    "CC6pBJHmq4+hgfF9KbTqcVmsdvmtGJ+vH+psFmCIH6Oj1aVVg/BU9WcQySYjqy8onvLn4s"
    "lU9UekfWDcL6ZArJ0z1if6p+JvFmRZtUNrm0hn5jbbpunark8xRBOifIAKsufgYTkzo2Wf"
    "JqzE9o5gCIDeBMEPctIeqA8+ESsP+yZ5t0Ili7t2BhYiov+bzvB2T3W7mQrEJcwz27jiwm"
    "SnSTqgLPym2U54mvoA4E5TY6Ra2ncRtFpubU4fFhsTwnLWwZJv/jVQrK6cerRMqJ34pQTt"
    "Cay85bRLo5hVYC6eTLRL8qV+i9J1xAtDeVOWvUm/e11vnlReXHyI7dB/5DLAmB/V2SiSt5"
    "BPvtSzh0r9IVwdxQAzOW4RG22KTrQ0KqR0zypE8OVfzSAfil4N4hA6oRMcUwqWP8js9+yM"
    "bxHjBuBLoq5OB9EdzI15v5OL9Dkksr9CWsUlAzyXRScCikCY+e2s+IZ6sBEwseR2d7e8se"
    "zxH3wVIHTXnUMQXn2AZij26TCpjN2cKsVwDf3Lyz2e7mLbAJgECckviGAnuBZYHRh3xUGm"
    "qJPQ+NbbJUNJGiifK6QhSUMFA00SlqPQ1NJP4b03fy7tpvv5/d9cvz6dH21pepykZfbigb"
    "fRkvG71a0qQIvxwwFpTPM59x1vvfx1qf2Ql/zqEzwHfN9udGFUwY+miAH5jV1qsCkZbEfj"
    "22WuwHe8QA1+p1dqvDz6WAus5u2/xginqn2+CnGxAu2/qtc9/gNh8/A2Fpr31wrx9pNp1T"
    "XrZyTOz5TBISmByvHRM8fsR2wEwZzk3L4S5A/rzXsFQOEsdtUs21TeOKeSnCai13xACr1Z"
    "XCRlj5tt9wmZGuiQkqwmYjYbPGaw98Qp1v1AoL7ItkQmxsbV/6dhVksWOpUkn0STmwP2jF"
    "0iYzJSh/0+4cn0nYl9D9yiYGxvRbamSe4QB3V4wH20BHn4CRTTgdAjwqEIyILfgRQO050V"
    "kfC9OZiPPVZ4i8c2P+mU0zZxjKg3n23P8Wx7c7kAQz0NnbjceIrD4ecZGfeDb2snMc+wlh"
    "FdZznPWgoviaE9q5K77mFLWehq9xp/8sjM1aIs8MQm6CeZ7Y37UtXePL5hnos6+NVqstGJ"
    "kFsiwsSJleq9F4qAJqITQb4LvulyqYkGf2r0at29fck0EniNkHmns2aK3eb35p9puNHmdu"
    "/BL+A1y/a9R/0XiBWH2C9CfNxAP8qdnXPjVbrIeR6WjcM8za9b5413T6rPne4tendIp3su"
    "gWA0B+hOgD03Szxqk5pmYTWkxxNaahW/5Qpp+cHCkaMFIzLnphyRIuesVd5OK2zcjEm2PS"
    "kvUcEVUnmeZZzwTpyHxGkgU3ueRGQOR46doXh7Jm9pyuDWczy8yEZ0BCwRmFc471CcTjTI"
    "CGZBSk8YICzybN+MWvJBSccTj/iXQnI55rEQVoFFALymJhE8H0mysgo0CKmjCZ/OJrCeUQ"
    "D1lw+3CI8022ljXaJyRUhqJRkXya6+s0CTXX18kZNfyeygQ5fMUcmd8pA7xJ8irUIIxz1O"
    "mXAWKJqEJXZd68buZNcFDuAedHigq46KUFV/IFp6ieE5ta94Bzc91n3++ynJgnLUwJwKcJ"
    "VBL7ZVH/P6aILHFKXXFOQtfrrDwaCA3etVNLM+ByR8TueGdd1tctLNNB1CG8yLPGneuso1"
    "3BIs9dt6OSQiWcqRr1z+LYCawe76t0hdtCcPnO6D18h1+9rm6haZX1Q1x73XfDqub2UyaY"
    "DhuGGjFMpKGoceNlUziqxHxKkxnsp9jyp/MScJAgAkQPIngUYhDoGkzmw/eAh0SJmNHeXe"
    "3d1fVHXiWOl4tDhiwfeP8PSJUFzJ/qH4u0Dk8U0afhaG4VdqrCTnO6nS1oAKIKOz1FracJ"
    "O33dNOHX1uvhE4VnBI3M71kQXkuUEeO9Bw663MoE0kkWkMNSpct5//ghBcwfPyTCzG9Fve"
    "fU0eZ0q/UhKqtC9/KzIEjsAIo0kW8WV3NyaFRQRkVMSEKj2HyzzacTllQfTp4/nOAGN3WK"
    "fEBGxQaowgOvVHjArxVwpJoDOR2uLxcdCHytL7uo91rOodwO6s3VHDJ6See7OmWiJQfKgf"
    "lB6fOIT1lCnse9zsnUORFtNRJs/CJx3p8gIIqvUwCB2wOYQM5vj9jHxq7xiF7C7sxs4gDv"
    "HDtxhsoUnPuPAt/8f317G6fOD/OINOS5h4gYqJUVQH7xhkDwjFfMIVAJQzHqx7JcFKN+Ot"
    "yqYtRPUetpGPXIVJ2WkYyIlZD73X9Jh/UymGENCwmpPbcsi096LuXmND65QX1A7u+Qw3bP"
    "9N+MI2TLyk8kp0wFZY6fNPU6w/Qg6VG+Fb4V+RoSLeEyXNxlN25tqfSsg6RnRXaSGaCVyS"
    "oiViUOvW7iUKxK6M4ZLWUkC6Moy77lzBztIQnIOi9L1pQyj/6tyibK0S9rlp5r9AbeGwqm"
    "NuHnr7ul0d6ZuAom9oKzfkteeM07q3mEkAXOL99dA6pDC9G3FYCwg8Qpz0swYU3kfONhHi"
    "PhHKNlY31ENHHM3x8RSlIRiopQzOfCUVBqSRGKp6j1NIRieCKWKj7hU48KnvRBrm7a3p9z"
    "aHlZUSnprZic4rhkRYHYXz/OAutaQOEpwZOyfQhPdcwyUAMiClMZpg7JiOhKQOEpwXNq2w"
    "kVteVw+u3LV2/qOk3myHVy4sh1LG9E5OMz40QC8CfLhgkDNiQVgXnExYoH9KZFvvN402qA"
    "h26j3uw1Pd/BynITN/ml9dlW3UatFXMPUIc9XpuQTB6voNBWc0POUN77VDsfTk1ny4LeEd"
    "kS7laKuztRfhflF8gDvnvxC7wOVc1mP/iJqX4ijHUJYR1uUNlEW7sEYajti+T1AyI+q1zx"
    "Th0T1DE/5ATYI8D7rIqD4jFasJXOj3TlbRYThEUDwJP6ACSEl2yPM9cHeMYAD9g4nzmcx+"
    "aCK5cEmEF+Ypp7tj1lULLxADGFLsULqbhO7AWtAMt84mG69ds6mNrYdGzyhg7wgkft8oP7"
    "+Kt6rSm79IaCFbS84IUtTnMTox5wuiktk74+qEecI6OodEWlF2OuLSipqqj0U9R6GipdHb"
    "L2aoesyeEtwsFqW4K7/1IXrqmU2Q0UETtpJ5CHRfZZPyRYwkm/uJN8fG0X9Ub846S2rVcS"
    "kVcqz7XKFQmlSChFQmUgoUIlrSUcVLTkdTIFFa60nY6CamLWgLV2z54FXJizQpxg8SB7Z9"
    "k6tABvMyL2VNxybfGKV3hUnHHKnmItGfYLO0ZBHeAZAzyDBFoWsjgrBZcUnFPEBoFBATXZ"
    "iBfc0brTIRpDXOEFVh0KZoiAqYnnDnr7Hggeiz9uyd4tO41EIT/dVR6YqbK/FcNUnIm0oF"
    "yDYphOUeuKYcoBwxRc+6TfVQLKYbGTJkGYbaKJU9OzTkwhwRLOS8Wdh+LLjz0aUeRIoh1r"
    "3HKV6zcgE9Fu+ZLNm+3+739EPozhbJoJL6996bHq3ddaLRlg3qyatVxsVExF18qia02sSQ"
    "dkIqwBCYWoDFFmmWREdC2hEJUWNt6aZFf8epGsCfnh6Te2bSGIk7woUlN7yGQOpczVleNq"
    "86bTaYUUedPsRzY0j/c3je75pdDgOh5dWim8GOWXLgsyQynHkKoKUwh8lePt2I43VRWm9F"
    "VhAmfRynycoZNqN3g412fjpnNvdjACd90vYIognRM0RdgBkP0PcEu2Csh9r3dbAb3bdhuc"
    "Y/QsPINMzW+BTcCs3b6+4H5FZICLix8lVaj33nsm36MD+clJrtE+ReyldIkLMizsYef5K1"
    "WBauWiLNKSU1BnlXJRnqLWlYsyDy5KBzqyar8c4AaeT2M2ZKTohC99PLDZi2JoZVyyzvqN"
    "dr/Wb35psEHGjBDomM9ogD8127UWe8iqx1ePm/cMpW3muYioOoAtP/NafDlTbPSJKFqx0Y"
    "qNDkFdFDY6tBOWTlFJqIblTjp8KchAZJnjg3Jqgs/1BO8RS1ta0GvpPG9XzrqcqKsCUa9r"
    "gDlfVwXUwHiAHzhLVwUzjK8vtjGhf0phQf+UaED/FLWfxZF3ElI8uQ7ZSmLLGmQF+rb2UY"
    "SMPc1B3yUTWrrxHhA/4pbRK0eeddN43+m2m+3PVb+cORv5rUbjoQpEndUBrrVa2m3ttyqA"
    "lsUTitiVOttjNvv8ks62mF4V1tffVmYvJbtrEdmc7R2Vrz6nvmTlq1e++tzgq3z1uUA597"
    "76Hl//e4gmHSAdul/Z5K93K7bTQNNUHnvXy8EPWmEwuuYITxiGAJvjiVMBwuPlV5+LpxCb"
    "DkBsCBjAxnKf/Z77z5YxLCBJSBiOCAWaKl+98tUXackpqNdW+epPUevKV6989cpXr3z1J8"
    "nwK1/9iSha+eqVrz4EdVF89YF9sHSCSjC/QlIn7acXlUK2Of8lIKcm91xP7ghvs4CvpZR6"
    "c61ex3agpblVC7OcmxeTU8UTJAuMwVeK7OBGxZQnOQ6txRn1LbCNySlwZZbmdAtoI1IKWE"
    "n8wwI+oS2gjckpcJPMearbRGLPv3D480pKASs7VReOZcP1H71OO9HAH0sHqmHqDvgPSFlA"
    "LWe4bgCNQxGy+XwG9Py+9muUHK23OjdRY453cKOipVS0VBHxVdFSGfBV0VK5QDn/0VLCzf"
    "vAfSEG4gqTRUxF21Q2Rk2J1tos3PzFyKkaBjYxED8sga/bPKLJ7YlWAcR+HNMbCuwFrvAS"
    "JBDoNtQn7IqnXTBiV50JMldHhtJ4ANXhHiOJo4pESKl4JxXvlM9Fo6CRLyre6RS1nj7eKd"
    "tuci2y03Yyb1o+sf1k1FB8eW3L5WYnnNbHDJCMeAZlFJqxrWMWYzvFNrODUd9m/3eoTWYe"
    "1bD3HaYYsjtjW/d7KSOkwa86xSmAO+0MvyLLwojSW2ha0qP9wg0qm/aEC6+pZqzaZkulEX"
    "KAzqdTSJZiByY/f8+vSHnBZBYIEv4C3lMTKmDu/xF7PIIvIhVsq1Jq1BazSGZoQTcbaot5"
    "ilpXKTUqpUal1KiUmpOM1lQpNSeiaJVSo1JqQlAXJqVGnd2baSxLkmoIJw7wWJuQTKMyKK"
    "SCGOMjUxzxwgsxxlHdUOYwJLVlqcOcAbtpNO6h0iFHjNe4zAyzL6RQToGyinU+aBB59gj9"
    "mJwCVxZIjmaZQPXbKzDjYOrQsomZaZAGRRSksvHJ7KhsA9QXUHDG4RzaxlIbQsdBJEsN3a"
    "iYglYyUmf2VSYLyxdQ1lUK64p91DOToSFlBjaAHJFTWKfAWiU5qSSnQuCrkpwy4KuSnHKB"
    "cu6TnGr+eQ+SKLZa4CyI5AC24IkR6ULXFjZ5sucOgBRAYKBnU0eAIJ0nHxnAdN6Db8Z8Zp"
    "k6Gw2aPfoGppA8UVGymbIXXIkTNLOJV88ZRv3AB3vQAFPWAza86Dhw/oRmTgW4p0BbbNaq"
    "gCGTwbYDdHuOuZizYA/eEAC3Dn5A35nNjaG1CljbFPLm13AS8W7heyIkb2M0HL8a/ONViN"
    "yxjAQVInc6wVIqRO4Uta5C5FSInAqRUyFyJxk5pULkTkTRKkROhciFoC5KiFxwk53B/oqI"
    "ldAIu7xKc6ota5W87F/FTrb16SEXqS3NsVgneUb/rPvYds9fJXPsnr9a/63eElf0pW65J7"
    "J+bd7fi0t0YU6n4trXWusXcWkBrSdx5a7pXpiY7u9u56vbsb1we+l3G+3P/Tut36013Wdy"
    "jzjXpybU7PXS7PM+TGeAf+t8rlXB0h5D9la17m2zw14KEsO0B7jTv2t0q8AWzFQujHjx3w"
    "zfqN9+q+GRM6MwjO3VxUUKcFmrRHTFPVU+/tSstDUTLFVygqEWkjrpaHBj7sYTaC7tn6mM"
    "uERUlWmXlWk33XVfmyJmY0kg3hDyIZFVYR8pwj6QhZ7d0Tlmj9wG+cQeFP5pwm6eM2aYrA"
    "VUPF58CuHGUiY41wIKTkmdfDbYZvYCZR2gKxkFqgoYPwKk/iZXY2tMtsSymKRatdKsWojY"
    "Q1PX0GiEdMm+cQPgcVGFeBrE8S6YS4QV6qmSKLV/2XjDSTHJxVIlouoMju1rpk6ho0/45m"
    "JiJ9D1L9PH0T5yTA+e1R77nSrgnM4A39faj9yNP4V4vp0fPw2hn0znx8j8aMRgTB/JQYES"
    "URXUrjIxVCZGwfGdWRBjZGgUUe5yzoiwXFphrLJdVLZL8VDOkO2yYQrZA9x9b3PfW/dYTs"
    "Tl82e+Mozmhum07PGZLMPIv1fZmGHEW2mW1yxVipEQQQaAIiXkZx4wQQEkyMvT8SLn+SFG"
    "LlAGOIcMYHM8ZncJGs0ZoMB0Egpj77X3lw9H+v2MCRBPt4FUD5HEg7ATDIzxfqpsnlfP5g"
    "noLC3UARFlAsXDyGRLQ3Is0Foiz8Fi24bqpQoHutwQDnQZDweKTCWpAyPDYjkmV7YE++OH"
    "FFh//JAINb8lRTrb7BASUvNDNL3EgXwqzsLUBmUURbs9RWvOeESavHJT8rQRlirfrPHhOs"
    "Ws8eE6cdbgt8I4C/OAGdlY4gRKxjksVT6cry/ThB2zVolIi3sRV71KxS5ZUq5KxT5FrUti"
    "pMXbx9jV1+FG6jbGSOxT7hC0nEnjGQmqJ0aUyBtWNrEm+kpEmwgZDa2EUnEo3DQaQooAse"
    "fYeMfGxwzMiD1EP4sSKRgtEHWAQcxnRMEP7jN+MIZyymSXztTx0bkwtlXhktOZN9VqeYpa"
    "T1otQ5bxBOlP233rIcnjaD0nZ/DmXMnxbxvhZ5PYeJpxrxkRKyHxqgrVbBXV9lDr9apgBi"
    "kd4E+1Ji9NA808RLTxkhRYX2rTbLlPYTEVUpsm4YwQmzAIjWzOhZBU+dir/fsWpohSttvM"
    "AnJApHwIX6dylV1vcJVdu66ynHAGt95Oek0J+OFbEt4guXFlE3fg79a1AIkwCwi+yB/ce6"
    "4VAIeiAOt6/7/u8WfwjW3/DO7WgpZG0Ogb4G/Pa7VSxO6sqqpObIYLP3I8Ti0c8DmKdVCs"
    "g9p/KtZBaT0HrEOe9qMvz64F3o1ObJoJYb99nnefW4J7dZ3Gg89aJZdcuo758Hkl+Ti+if"
    "nffnNVNkZWNsaz9bKM16BMCcfsQUr4UX2CppLIqg21qlcSRyyfPJsPLVM/lA17BJzDu5Qs"
    "eMcl1dhOhzmxHbeGEXsmIs+i6tkyS4WO5A6ON2f/10VBZmwLUkdjGJnb2vDSDlRB8PxY7u"
    "6GLSdUWQ0RU5+cyRKP3DuVjWlH6zYv8V3Jit0zi5Q4DUlJJMmU4w30/O5v9jLjJJNGz4jI"
    "cwyTF9eASAlX1YPscvhHlQFhr3kJ0T1Ing57oiMlQpJTHQIiO2U65A3tY6Q6vOpi9tf/A0"
    "7SsZ0="
)

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE "auth_attempt" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "account_key" VARCHAR(255),
    "client_key" VARCHAR(64),
    "attempted_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX "idx_auth_attemp_kind_cded85" ON "auth_attempt" ("kind", "account_key", "attempted_at");
CREATE INDEX "idx_auth_attemp_kind_324f92" ON "auth_attempt" ("kind", "client_key", "attempted_at");
COMMENT ON TABLE "auth_attempt" IS 'A failed login or a refresh call, kept for throttling per account and per client.';
CREATE TABLE "user_account" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "email" VARCHAR(255) NOT NULL UNIQUE,
    "password_hash" VARCHAR(255) NOT NULL,
    "role" VARCHAR(16) NOT NULL,
    "is_active" BOOL NOT NULL,
    "last_login_at" TIMESTAMPTZ,
    "tokens_valid_after" TIMESTAMPTZ
);
COMMENT ON COLUMN "user_account"."role" IS 'COACH: coach\nATHLETE: athlete\nADMIN: admin';
COMMENT ON TABLE "user_account" IS 'A login: unique lowercased email, Argon2id password hash, one role.';
CREATE TABLE "refresh_token" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "family_id" UUID NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "revoked_at" TIMESTAMPTZ,
    "revoked_reason" VARCHAR(32),
    "user_id" UUID NOT NULL REFERENCES "user_account" ("id") ON DELETE CASCADE
);
CREATE INDEX "idx_refresh_tok_family__1354e9" ON "refresh_token" ("family_id");
COMMENT ON TABLE "refresh_token" IS 'One issued refresh token, stored as a SHA-256 hash; rotation chains form a family.';
CREATE TABLE "coach" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "display_name" VARCHAR(100) NOT NULL,
    "user_id" UUID NOT NULL UNIQUE REFERENCES "user_account" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "coach" IS 'The coach side of a coach user (1:1).';
CREATE TABLE "invite_code" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "code_hash" VARCHAR(64) NOT NULL UNIQUE,
    "email" VARCHAR(255),
    "expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "coach_id" UUID NOT NULL REFERENCES "coach" ("id") ON DELETE CASCADE,
    "used_by_id" UUID REFERENCES "user_account" ("id") ON DELETE SET NULL
);
COMMENT ON TABLE "invite_code" IS 'A single-use code a coach hands to an athlete; registering with it joins that coach.';
CREATE TABLE "athlete_profile" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "display_name" VARCHAR(80) NOT NULL,
    "timezone" VARCHAR(64) NOT NULL,
    "primary_goal" VARCHAR(32) NOT NULL,
    "coach_notes" TEXT,
    "resting_hr" INT,
    "max_hr" INT,
    "height_cm" DECIMAL(5,1),
    "weight_kg" DECIMAL(5,1),
    "coach_id" UUID NOT NULL REFERENCES "coach" ("id") ON DELETE RESTRICT,
    "user_id" UUID NOT NULL UNIQUE REFERENCES "user_account" ("id") ON DELETE CASCADE
);
CREATE INDEX "idx_athlete_pro_coach_i_19e58e" ON "athlete_profile" ("coach_id", "display_name");
COMMENT ON COLUMN "athlete_profile"."primary_goal" IS 'STRENGTH: strength\nENDURANCE: endurance\nHYBRID: hybrid\nHYPERTROPHY: hypertrophy\nWEIGHT_LOSS: weight_loss\nGENERAL_FITNESS: general_fitness\nRACE_PREPARATION: race_preparation\nREHABILITATION: rehabilitation';
COMMENT ON TABLE "athlete_profile" IS 'The athlete side of an athlete user (1:1), assigned to one coach.';
CREATE TABLE "audit_log" (
    "id" UUID NOT NULL PRIMARY KEY,
    "user_id" UUID,
    "action" VARCHAR(100) NOT NULL,
    "entity_type" VARCHAR(64),
    "entity_id" UUID,
    "metadata" JSONB,
    "ip_address" VARCHAR(45),
    "user_agent" VARCHAR(512),
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX "idx_audit_log_user_id_2b0f77" ON "audit_log" ("user_id", "created_at");
CREATE INDEX "idx_audit_log_entity__d7945b" ON "audit_log" ("entity_type", "entity_id");
COMMENT ON TABLE "audit_log" IS 'One audited action; rows are never updated or deleted (a trigger refuses it).';
CREATE TABLE "connection_health_event" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "checked_at" TIMESTAMPTZ NOT NULL,
    "environment" VARCHAR(32) NOT NULL,
    "status" VARCHAR(8) NOT NULL,
    "latency_ms" DOUBLE PRECISION,
    "error_code" VARCHAR(64),
    "message" VARCHAR(500)
);
CREATE INDEX "idx_connection__checked_bebecc" ON "connection_health_event" ("checked_at");
COMMENT ON COLUMN "connection_health_event"."status" IS 'PASS: pass\nFAIL: fail';
COMMENT ON TABLE "connection_health_event" IS 'One database round-trip probe; the newest drives /health/db.';
CREATE TABLE "database_connection_profile" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "environment" VARCHAR(32) NOT NULL UNIQUE,
    "host" VARCHAR(255) NOT NULL,
    "port" INT NOT NULL,
    "database" VARCHAR(128) NOT NULL,
    "schema" VARCHAR(128) NOT NULL,
    "credential_ref" VARCHAR(128) NOT NULL,
    "rotation_interval_days" INT NOT NULL,
    "last_validated_at" TIMESTAMPTZ
);
COMMENT ON TABLE "database_connection_profile" IS 'Metadata about a database connection; `credential_ref` names a secret, never holds one.';
CREATE TABLE "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);
-- coachgraph: the audit log is append-only; the database refuses updates and deletes.
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END
$fn$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON "audit_log"
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztXW1z4jgS/isqPmWqmNmESbJzmaurcogzYZdAiji3b9nyCltgXYzMWiIZbm7++0myDX"
    "4FmwAx4C+ZsdQtm6dlqftRS/5WGzkmsukHZcIshTE0GrPaBfhWI3CE+H/SquugBsfjeaUo"
    "YLBvS3nIBXUYkuxT5kJDNDqANkW8yETUcPGYYYcIDYVXYBuZwHaGmADHBRC4aOAiagED2n"
    "YdPKExAwNewSzXYczGZAjGiMsZhjMhDEBiymvDxoiwD+K2pmPw+3LBjd1hQvDfE6QzZ4iY"
    "hVx+nz/+5MWYmOgrouLyj9oTv5IgeM3oT2gqLz14kMmBqnGluaDXfrqcaH38pA8wss2Iib"
    "BUleU6m45l2cND6+paSgow+rrh2JMRmUuPp8xyyEx8MsHmB6Ej6oaIIBfy24ZsRia27Zs4"
    "KPIA4AXMnaDZLzfnBSYawIktLF/752BCDGFwIO8k/pz+y3+0kJiud7qafq9qul5LdBTxCD"
    "HL+kWGQ0Qnw4QJ3L9999qdAyJLa+IGzRuld/Tx/J2EwKFs6MpKCVftu1SEDHqq0oZzlA0X"
    "Qd8UCbSveA3DI5SOeFQzhrzpq34I/rOKBYKCuQnm71oAbgDfBgCv8R9odok99W2/wABa61"
    "a915TbO3G7EaV/2xI/RVNFTUOWTmOlR569HD6MeGPMrBHwS0u7AeIS/N7tqHGrzuS032vi"
    "mfjY5OjEedGhGeqmQWmAGpecW30yNle0elSzsnpZrB5gFDK7//RzqwfDcdTeTQu66bYO5G"
    "NW5mjtol1H8KtuIzJkFr88OV9g138rPTminsRt1fFrGrLqewTc2GSYF+OY2kpQ+298OZFu"
    "nJ3lgJpLZWIt66JgRx2KvFhHtfYP6vPTHEifn2YCLapinTrsqhWcKeK6ezhX7O7c4LkEwv"
    "cePIX8QlHQh8bTC3RNPVHjNJws2WTVqDGKl0ACh9JIAk3xnH4U1iLPmKEmv6ilxGih2vqi"
    "EA1LOd4BfcEcERrlxrXR+wlFQKjx+MlwoGEBiwdGFDCHB0gAMstGDH3modUQU4ZEhwAvmF"
    "kAM/AfBxMuaEHmaaYFaZu5yfI4rQqsqsCqnMPmjrrYVWB1iFbPE1iJcV23ILUKeaNhpfWE"
    "WMtH1h32RdEIYrsIwDOF/fP0NxJUoa9jzN+JFcauqOYejl27O1alTFF0tfmJrnNyKtnbtU"
    "/2lTGCXszJD+us09Uvr1mXevaxF6Y/LQhpVOsVoO7Oq7IE0wTbEOuzSXSvHRfhIfkZTSXG"
    "Lf4gkBgoBVCfK2gG7exmR52Xzu3uwpdZDB95T/mv578ZMc8LUu6bypVaS+u4a8D1gaId9J"
    "nyohp9VSO48kcAnYd2u/b9baixnreerzlPiNRSyLFIfX0RPeZnBuhsJrqUIOsSBDClE2TO"
    "8gqkdh1QxnuQCSAFENzfKO8bZ+dAhDKfgeswKIkbw4KCtho47ogLDeAI29MkPbaZW1TkWA"
    "mG+3pFjh0QTVKRY4do9TzkmBzPC7NjUa2KHltKj3nTX8EgJaK02cBvm1ivJ+6r+LBVAC75"
    "8FTxYYdmXxc987lkFRNHNSsr74KVuR9FHVLE00hq7t960cdGDnfjYyPT3RBVCVLULc6Iuh"
    "XHnIsPnfh823Zou5JCmoe3cxeSoW/D2UnUU7i6wBrZHJ38QX5GcD6KTvE2/1wAz3b86gW5"
    "BuS+CZDL33WguEOHNLAJxpDSF8c1JYtWBw5BwHVslJaytpY2KxKuBGNMvSLhDoiOqUi4Q7"
    "R6HhJuy8lTZabeNpI7FUyEhXnOhOIebrbaCOLCz0gHWiWTUcJBjoZ8vm6Zsa41u0rz5sJL"
    "+X8kinbTVjX1ItgqwEuublsdfm2OMIn7cG+zBQ5T7rwy/Jxil0uHQw5JhgMX1ovZpM8VN2"
    "WUYAzarsd22e22I7PGZUuLYfxwe6ly7CX0XAh7YU2ro8UAtyFlunTWV5jOE8oVwVWeCTzp"
    "t8kFMao/QxtzF2zA0giCxQZPb6GyetmsXmBXXmwVw9sCR1OGX1/7+ucesmXyTDZpFN1vt5"
    "OmTzBHMao4lAn1SrDi+Vfl8B1ej1chfiy8X1g6J9mYdgnSHP5nObKK19Sd6wywva9dMSPv"
    "tThaeRNfdwWkgpRrrLOknfSU6E4LDnvyZPVxSHgpE6tZKPDNAcUmAs4gtLMXCGoXHJ1cnL"
    "yrAx7y4SFBptj8KyjTjK3Da2kxz3lO4axiE9OxDae6hK86nKliaEs6c+0oV1cxtIdo9TwM"
    "bWTgTdg9m0CM65WZ01qRP/x0nIOp+nScyVSJqihxIrr/f/lEWQTosM72QK49aM1NTVqbTk"
    "kdu3gE3ak+dGDG2sNyqjbexhaR9xq1OR6MIEoLWqF2r/XUzhft5gLwh5QgPxK1c/XQUzpN"
    "9QIgYk5c8ZMfyc1vl73W1QWwpn0Xm+L6Tu1pve7dzW+icIxc5jpja/pIflFbX240vd29v7"
    "8ALwgPLUHhUfpIvqgdtae09euW1lFFbezpH0lPaar6XU+9U3qK1up2LgA3onBy0Ri6Mrzg"
    "MuqNctlqt7RAAlmwj23MZuHH22ceed4qcVKJDg19ZYu2uM7U9iHHa9Hsp/6qRSa+ANGjW+"
    "XXd5HJr93lvdQXD1mg2e5expdcEGX8eXQrhXpskQzco0ox2LGX57JbsPPH5f+8b5yc/nj6"
    "6eP56ScuIp9zVvLjAsskWXzxvhSCdK5QwZmE0/KGRWOU4j0jg88mdjqqEb247+wpfvAb2D"
    "2QFyB4pTZbt0r76KweX3AKhozThP/kTz1Pw4IYR/QqjBdiXJ3jsP5zHEqSsvym2TDVAQ5l"
    "PMChp/J4odXUiiUtL8sYDxYQNpwvXob+vOZs8VdlgHu9OGUVYta9sxcfZm9SviUH7yzR2f"
    "KAfz1fG0hfVsilVSVwl2DMrVfLAwdEFFfLA4do9Wp54HXfcjjOsz7ApbJTWY8T0VcVLKw7"
    "WMiTxbb9BLayde1caUN+CsgrcSqcYbUzWFWB0o4ESsrExKztDGtpGVtBXX3xh/m4lEhjzx"
    "cyifPmpIo4Wk66/+I8uRcKoIsAQc88APK9JPE9Pe+3m+AIcqDwcMhrXTTg+FCAWUpotfbW"
    "82RvhcwVcuv/FN/fQ4RhNvU6L6/2L7lsldj1tpHbm3kXu0OZFyB2vVetiFc816j84Xz+cG"
    "woyb2NNKq2D6vuG//OwWyULjA6RJSq8SG2wI4YFENxEtCf7rudjDX2kE6cKcEGA/8DNqY7"
    "uNq+AFEBRoQNSeSMxNNDYtCLBuI5I3gsSA7Xz5/KO2xEtfZv1DjNsyH6NHs/9GliO7R3dA"
    "zHJIUVzMY5qrV/OJ+d5Ek/41KZSMu62MJ8RbvvGQFb0e6HaPUs2r0Ac1lom2ThRWRCkIxT"
    "bhC0maU+I0nZpCwqpwnWFy8yByq6JXV0NFPKxaEI16gPqTjua0LM97x/jMHYdfroM2CW4D"
    "peEGXAdPEzouAH7x4/mP10yuQ1jVWL1KVwtqtF6sMZN6vZ8hCtnmeR2rCQsdpRy1HN7Vi9"
    "JOuoJTdy8t1G5Bm7DhkVjDVjantIvK5/rxNlkE0ymJPle+fm2mUGu3aniP1q4iC8R3KttN"
    "qiWe/swcIbRfPsE83eJhpH3+bYEGOqj1IscG07MGN7TlQtBv1A6O0erbJob0P34bKtgrue"
    "2mzdt3wKcTZgyUpRNN/y0FOVdpzzdl3H1Q0/ZSP3iBLR2j/2av1rCyNEKY82i4AcUtk/hM"
    "9yLZWdLVgqO/OWykrCGVz5kfScElhwJE62cH0RdxBE63qIRCh0Us6tv7QCYN+ZMADn8f+8"
    "xc/gLx7+mWJZC9q6iwZ/AfH04mOAFPEaVvfzKSyH4yLOvElSCxu8T8U6VKxDFX9WrENl9R"
    "KwDmWKR0t0zvn6o1HLoYUQDuTLHH2uCO5mDpF33BR8M4+BCMRXOgSidPCu+RSIwNcr0l/D"
    "OnvYZ08aefgRLpWdF9hIcCTUsNAoJbMqG+W5xhbPchpP+jY2NuXDbgHnaJRSBO+kZtW382"
    "EefGhe5/dE7jMH0ITTFC4w++yjzAa2N2b/43hHRmz5PQJ5OP2KPnxqA9Xx9uXx3L2ArSRU"
    "mYJcnH5Ig19TX7jtaC6zjO/KNuyaWaTMYSiVREoZcvyOXt74Zi0jTjZp9IxcWnAjSUhlD2"
    "fVjUQ54qUqgLAvvofobmSfDr8jSyVCsrc6hFRetdOhbGhvY6vDm05m3/8PlI0HYQ=="
)

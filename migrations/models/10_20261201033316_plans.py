from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "analysis_cache" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "content_hash" VARCHAR(64) NOT NULL UNIQUE,
    "analysis_type" VARCHAR(32) NOT NULL,
    "generator" VARCHAR(32) NOT NULL,
    "generator_version" VARCHAR(32) NOT NULL,
    "prompt_id" VARCHAR(64) NOT NULL,
    "model_id" VARCHAR(100),
    "input_context" JSONB NOT NULL,
    "response" TEXT NOT NULL,
    "structured_output" JSONB,
    "hit_count" INT NOT NULL,
    "last_accessed_at" TIMESTAMPTZ,
    "expires_at" TIMESTAMPTZ,
    "stored_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_analysis_ca_analysi_e38219" ON "analysis_cache" ("analysis_type");
CREATE INDEX IF NOT EXISTS "idx_analysis_ca_expires_d64792" ON "analysis_cache" ("expires_at");
CREATE INDEX IF NOT EXISTS "idx_analysis_ca_stored__22a154" ON "analysis_cache" ("stored_at");
COMMENT ON TABLE "analysis_cache" IS 'A generator''s answer keyed by the SHA-256 of its canonical input (seed 003''s ai_analysis_cache).';
        CREATE TABLE IF NOT EXISTS "plan_generation_run" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "request_id" UUID,
    "status" VARCHAR(16) NOT NULL,
    "attempt" INT,
    "attempts" INT NOT NULL,
    "max_attempts" INT NOT NULL,
    "week_start" DATE NOT NULL,
    "week_end" DATE NOT NULL,
    "generator" VARCHAR(32) NOT NULL,
    "generator_version" VARCHAR(32) NOT NULL,
    "prompt_id" VARCHAR(64) NOT NULL,
    "model_id" VARCHAR(100),
    "inputs" JSONB NOT NULL,
    "input_hash" VARCHAR(64) NOT NULL,
    "raw_output" TEXT,
    "validated_output" JSONB,
    "errors" JSONB NOT NULL,
    "error_count" INT NOT NULL,
    "attempt_log" JSONB NOT NULL,
    "cache_hit" BOOL NOT NULL,
    "started_at" TIMESTAMPTZ NOT NULL,
    "finished_at" TIMESTAMPTZ NOT NULL,
    "duration_ms" DOUBLE PRECISION NOT NULL,
    "timings" JSONB NOT NULL,
    "athlete_id" UUID NOT NULL REFERENCES "athlete_profile" ("id") ON DELETE CASCADE,
    "cache_entry_id" UUID REFERENCES "analysis_cache" ("id") ON DELETE SET NULL,
    "requested_by_id" UUID REFERENCES "user_account" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_plan_genera_request_4f72b8" UNIQUE ("requested_by_id", "request_id")
);
CREATE INDEX IF NOT EXISTS "idx_plan_genera_athlete_b62b96" ON "plan_generation_run" ("athlete_id", "started_at");
CREATE INDEX IF NOT EXISTS "idx_plan_genera_status_83bf35" ON "plan_generation_run" ("status", "started_at");
CREATE INDEX IF NOT EXISTS "idx_plan_genera_started_d2157e" ON "plan_generation_run" ("started_at");
CREATE INDEX IF NOT EXISTS "idx_plan_genera_cache_e_ce4235" ON "plan_generation_run" ("cache_entry_id");
COMMENT ON COLUMN "plan_generation_run"."status" IS 'SUCCESS: success\nFAILURE: failure';
COMMENT ON TABLE "plan_generation_run" IS 'One weekly-plan generation for one athlete and week, successful or not, with its whole record.';
        CREATE TABLE IF NOT EXISTS "plan_snapshot" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "attempt" INT,
    "week_start" DATE NOT NULL,
    "week_end" DATE NOT NULL,
    "schema_version" VARCHAR(16) NOT NULL,
    "plan" JSONB NOT NULL,
    "generated_plan" JSONB NOT NULL,
    "justification" JSONB NOT NULL,
    "status" VARCHAR(24) NOT NULL,
    "version" INT NOT NULL,
    "edited" BOOL NOT NULL,
    "accepted_keys" JSONB NOT NULL,
    "generated_at" TIMESTAMPTZ NOT NULL,
    "reviewed_at" TIMESTAMPTZ,
    "athlete_id" UUID NOT NULL REFERENCES "athlete_profile" ("id") ON DELETE CASCADE,
    "micro_cycle_id" UUID REFERENCES "micro_cycle" ("id") ON DELETE SET NULL,
    "reviewed_by_id" UUID REFERENCES "user_account" ("id") ON DELETE SET NULL,
    "run_id" UUID REFERENCES "plan_generation_run" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_plan_snapsh_athlete_1d9df6" ON "plan_snapshot" ("athlete_id", "week_start");
CREATE INDEX IF NOT EXISTS "idx_plan_snapsh_run_id_606b85" ON "plan_snapshot" ("run_id");
CREATE INDEX IF NOT EXISTS "idx_plan_snapsh_reviewe_479b3e" ON "plan_snapshot" ("reviewed_by_id");
CREATE INDEX IF NOT EXISTS "idx_plan_snapsh_micro_c_7f5fdf" ON "plan_snapshot" ("micro_cycle_id");
CREATE INDEX IF NOT EXISTS "idx_plan_snapsh_generat_3498b6" ON "plan_snapshot" ("generated_at");
COMMENT ON COLUMN "plan_snapshot"."status" IS 'DRAFT: draft\nACCEPTED: accepted\nPARTIALLY_ACCEPTED: partially_accepted\nDISCARDED: discarded';
COMMENT ON TABLE "plan_snapshot" IS 'A validated weekly plan draft (seed 002''s plan snapshot), reviewed, edited and accepted by a coach.';
        CREATE TABLE IF NOT EXISTS "plan_session" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "draft_key" VARCHAR(40) NOT NULL,
    "change" VARCHAR(16) NOT NULL,
    "athlete_id" UUID NOT NULL REFERENCES "athlete_profile" ("id") ON DELETE CASCADE,
    "run_id" UUID REFERENCES "plan_generation_run" ("id") ON DELETE SET NULL,
    "session_id" UUID REFERENCES "training_session" ("id") ON DELETE SET NULL,
    "snapshot_id" UUID NOT NULL REFERENCES "plan_snapshot" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_plan_sessio_snapsho_405fb1" ON "plan_session" ("snapshot_id");
CREATE INDEX IF NOT EXISTS "idx_plan_sessio_run_id_f53b0f" ON "plan_session" ("run_id");
CREATE INDEX IF NOT EXISTS "idx_plan_sessio_session_463865" ON "plan_session" ("session_id");
CREATE INDEX IF NOT EXISTS "idx_plan_sessio_athlete_0eb33e" ON "plan_session" ("athlete_id");
COMMENT ON COLUMN "plan_session"."change" IS 'ADDED: added\nCHANGED: changed\nUNCHANGED: unchanged\nREMOVED: removed';
COMMENT ON TABLE "plan_session" IS 'A draft session a coach accepted, and the training session it became (so feedback on that';
ALTER TABLE "plan_generation_run" ADD CONSTRAINT "chk_plan_run_status" CHECK ("status" IN ('success', 'failure'));
ALTER TABLE "plan_generation_run" ADD CONSTRAINT "chk_plan_run_week" CHECK ("week_end" = "week_start" + 6);
ALTER TABLE "plan_generation_run" ADD CONSTRAINT "chk_plan_run_attempts" CHECK ("attempts" >= 0 AND "attempts" <= "max_attempts" AND ("attempt" IS NULL OR "attempt" BETWEEN 1 AND "max_attempts"));
ALTER TABLE "plan_generation_run" ADD CONSTRAINT "chk_plan_run_errors" CHECK ("error_count" >= 0);
ALTER TABLE "plan_generation_run" ADD CONSTRAINT "chk_plan_run_outcome" CHECK (("status" = 'success') = ("validated_output" IS NOT NULL));
ALTER TABLE "plan_snapshot" ADD CONSTRAINT "chk_plan_snapshot_status" CHECK ("status" IN ('draft', 'accepted', 'partially_accepted', 'discarded'));
ALTER TABLE "plan_snapshot" ADD CONSTRAINT "chk_plan_snapshot_week" CHECK ("week_end" = "week_start" + 6);
ALTER TABLE "plan_snapshot" ADD CONSTRAINT "chk_plan_snapshot_version" CHECK ("version" >= 1);
ALTER TABLE "plan_session" ADD CONSTRAINT "chk_plan_session_change" CHECK ("change" IN ('added', 'changed', 'unchanged', 'removed'));
ALTER TABLE "analysis_cache" ADD CONSTRAINT "chk_analysis_cache_hits" CHECK ("hit_count" >= 0);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "plan_session";
        DROP TABLE IF EXISTS "analysis_cache";
        DROP TABLE IF EXISTS "plan_generation_run";
        DROP TABLE IF EXISTS "plan_snapshot";"""


MODELS_STATE = (
    "eJztfW1z2ziW7l9B+UucKiXtuONMr/vurZJlJda2bHkludN9R1M0TMISxxSoIUg72tn+7x"
    "cASYkvoEzqzSR1qqZ6YhIHpB6AwMFz3v59NLUNYrGPTc+dNF2XTGfu0Tn69xHFU8L/obrd"
    "QEd4NlveFBdc/GDJ9pg31HCk5QNzHayLTh+xxQi/ZBCmO+bMNW0qJJr8hmkRA1n22KTIdh"
    "BGDnl0CJsgHVtWAz2RmYse+Q134tiua5l0jGaEt9N126MuwtSQf+uWSaj7UTzWsHX+XN5w"
    "Z0/wqPkvj2iuPSbuhDj8OX//B79sUoP8IEz8+fejJ/6XBMHvRnsic/mnDw8xOFBHXGjZ0O"
    "9f3U70PnvSHk1iGbEhMqWovK6585m8dnfXufwqWwowHjTdtrwpXbaezd2JTRfNPc80PgoZ"
    "cW9MKHEwf2xkzKhnWcEQh5d8APgF1/HI4pcbywsGecSeJUb+6P88elQXA47kk8R/Pv/f4N"
    "UizTTtpjfUBu2hph2lJop4hcTIBpd0m4pJZlJX4P7vv/x+l4DIq0fiAa2rZv/45y/vJQQ2"
    "c8eOvCnhOvpLCmIX+6JyDJco6w7BwVCk0L7kd1xzStSIxyUTyBuB6MfwH+uMQHhhOQTLby"
    "0EN4RvB4Af8R9o9Kg1D8Z+xQAMO9ftwbB5fSseN2XsX5bErzlsizun8uo8cfXYHy+bLyP+"
    "GrPoBH3vDK+Q+BP9v95NOzmqi3bD/3ck3omvTbZG7RcNG5FpGl4NUeMtl6PuzYw1Rz0uCa"
    "NellEPMYoMe/D2y1EPl+P4eLcm2FGPddg+McocrSqO6xT/0CxCx+6E//npy4px/b3Zlyvq"
    "p+RY3QR3TuWtv2LgJjbDvBgnxNaCOvjiy4n06dlZDqh5q0ys5b042HGFIi/Wcan6Qf3lcw"
    "6kv3zOBFrcSkzqqKpWcKdIytZwr6ju3uCrBEL3fnyK6IXiwgPWn16wY2ipO/apndU2fWt6"
    "Ok1ewRSP5SAJNMV7Bqewvn9oGdpPhB4pTmmx+41Vx7Tg+MOPL2HTV89pPUqQyZjHz1Hh4U"
    "lKNxBzbYdfxYyfqwZXzQ+nZ1/QBLPJr4gfprBU+/UJnwtMHLGmvNEjnprWPH1Q280j8pzU"
    "PEYcjR+N4JQFp6ySrqEV1bfhlHWIo57nlCWXdk2s4kV007jUdk5cr6+tFVZN/Z1QK7Z/xY"
    "S2uY2lP6d9Yr3JprVElPyYmfzuGstVXLKGy1V1lyfFrsTW25LYNvejkp2j6zS+Dnnme8k6"
    "QxyXhFGuwihzPYrZtIimkZasHxP282kOdePn00x1Q9z6K7lqOgWVjYjIblWNsnxEr+gaKb"
    "Ypjm4a2q+2Q8wx/Y3MJcAd/h6Y6kQBaEAU3QXdVBPS5dXl5+XglwVpE51Q/LfzX0xc/1tv"
    "DlrNy/bRX29D30nUFbRdOBrZdJ38QYEFJB9b1/SdHc6RP3b8rxfi6JjrJohMscnBbTpjm5"
    "6aBpphxl5sx5CEWgPZlCDHtojKj2Irfb7OxwEJByRcOVegitIxQMId4qjnIeHkwl1EK14I"
    "1I5624kBPtwIC/OcKcEaOpfsBHGhZ6iBblNvmlKQ40e+QLbMWB+1es3W1TnSbaxPRrQ5vO"
    "q2h+1zhN2J0HP5lcvrzg3/25iaNKnDvY3Lj8m48uqaz4pxubA55JhmKHBRucSYPHDBXQ1K"
    "uAbtV2O76PW6sV3jojNMYHx3fdHm2EvoeSPTP9Z0boYJwC3MXE0q62ts5ylhILjKs4Gn9T"
    "ZpEGPaM7ZMroI9uiqCYPWAq3uAUS/bqBfwQorynxFPH6ZYgAP5r7/1iSU9abJpo6R/UTk2"
    "xI3po7TVx6TPfG3dEK2O7KTF/6jsp7IaKt4BYaJnzfE2nVqdsK++l2dqVRMul4wdicNWvs"
    "bOsr+8X2QlYTPIdGa7hOpz4ZG8KWjL3n7z3ZvruIixOdU1e0b82bEhZAPeWS/sq66IzSy8"
    "jWXslnfzzYen1muZQ55N8sJ3SoHbFjAbUDxjE9utEVyFLEnRSAJ5jM+GtEfJ0Ob/eR3Ypt"
    "/VrWM/mlZdlRBJg2wDrVbYUU1AKmicTEwWVQx4ajqtCAP322qzSONXbZbDCQlZLMT4to/s"
    "R4Tp4pIwgqLjT+ef3jcQZswcU2Ig15bGRTkL0hbLrfSYJ35Atg5MzobJ+Ko41yR8EFAAts"
    "yS6kUVtWqBLfMQRz2PLTO28KbGPdvUlpQrs/VnTUvbLyc5bDq/nGTadMStuIlBTP//4Rtl"
    "EaCjMvsD+ehu2NrVprXr4I2ZY06xM9fGNs6w0r9u1Ez2sUfk/U4tjodLCWMFR+FoMOy3b7"
    "4Nr84Rf0kJ8oi2by7v+s2bVvscEWp4jvjJI3r150W/c3mOJvMHxzTE37ft/rDfu736U1yc"
    "Ecd17NlkPqLf251vV0Ot2xsMztELMccTYexibES/tW/a/WZX+9oZ3rTF3cTbj2i/2Wprt/"
    "32bbPfHHZ6N+eID6JQcskM+yd+3qZ91bzodDvDsAWZ4AfTMt3F8ePtfXR9bZXaSop7SH64"
    "GRpRXKwO3tCrdr/2H8PYxhcienzd/ON9bPPr9vgsDZpHRqDV7V0knRMEyU3H2kRhpOvQDN"
    "zjQgnYTVpB0oS/Lv+/D6efPv/t8y8/f/n8C28i33Nx5W8rRiZt7xbfSyFIlwIAZxrOib8s"
    "6lOF9kx0vptYalRjcknd2Rf8GHRQPZBXIHjZbnWum93js0bSNSNcMj6n9Kdg63kaF8Q4Jg"
    "cYr8Q4ysrkJVqiMhCNUtrgnjf1G91JaE8GkV04ticvj13SGfpqcE/0A41F9/Tb/LzQaQ1X"
    "hfdET1b22MHTDW1XQ/Gm/Ffd+r3VCPa4PZkffzY3JIdgDfze6grWIyGGmH0bWt19kL5GOq"
    "sjWJY93nBWfbedJ9tzu/a4rhg9EKpPpth52hCpi7Cfa8LfSq8rXG/ollZJvByiizgT4dKx"
    "hUW+L3vrB53VFTN9QvQnzdwUrJboplNblKS3cEj8ro/SJXbx12hXdcRqQrDjauJXaQbe1M"
    "vxSnTW531d4tr6OE6cZ5Gaw+AdbYqW89z3O6orVswiZKZtR4sfiL5qrsK/EMsSi80WPsXv"
    "QVeX2LRq+y3KKD3TNTcNmWj6/dQXJ4qtuWvqTJsRGi44G8AVdne77K2OsPnL/Ha+R/kd9s"
    "MO64qYG1AtmmVjY1uohfxNl/dZV+CWU207NM5iptWdyHkh5Mmaa1NJLWy8Z4q+rpdd1Rgw"
    "5k2n2Nl45/QhG8jOart9vmlYUzlNpaWNaqrkBJN4beeYJKOa6n1K8tEKIrf2GwRWGbzSUW"
    "CvJXMMI5Z2nMqxDAb0LSdyzMKZ2Z7ju2nqxCABmpuGiw1kp7exPmuygxSMHPMdDhQBYwtP"
    "hOw4sYXTQ77oMNl8GckV/L0M41JHgOWSgqyUJXCPEYIQyXUoMT0QyXWIox5iBJFca8UYfT"
    "rJE8rFW2Xn5ztJOcqCX+e2/TrzuCAGYeib2kyKZnko2/zO6dSz74xclYQJvFoLgMVfzNFN"
    "tumsagfd1OgEWLK0ZZWZXcD2ANtT5W996Z/AiOuu9qwqkIcq7HUQ6bQm6BXkyiIaiIIwi+"
    "sn2ayZrwzxtzFyZlZqIsZ/nUU+8E8MCbEFCzbB1GAi59EyLdKvyCFjk7lEIIJeTHeCTBf9"
    "0xbVld0JdrOSLe3qIYXyL/E7f/dzuD7MoaDzGlMcWLt9rSkV5W+AtTvEUc/D2ok1v3Cdk5"
    "hQ7WrKbD8j0J4L9pRMD9tD/Rio7ryOilDytUqxRUF151qPL+T+2H7uj/BQVQDSuNQGoFbn"
    "U4EUIG+WAmTBFCom7hZwzcm+lnOq5qFfI59qDFf+Cujmrtt9q8rJ16bu2K25rk5MHrnbWE"
    "WbTUU7TV80fJU261GCwkgaJPz1ff+xwMjWQCb1ncp4sxk/wihKJq/Vg4Lw+nto2QtGR3Sl"
    "yfnkM1wxMkz2lNEQqDCgwsq38FeUFAEq7BBHPQ8VFll2U6OemZQ0LrRWYtLSDfGWM5NyDc"
    "1xNTHn1V+TGti41KovqYIQr8BPfAlJdosaheGLyhw0eHweuZ7CJJ4vD/tSeo8Z2EWMFiXh"
    "mObF7+i227y5aV+eo0B+RJutYed3UWZaFmQe0Vbv+lYUnr4UlainM3FSMJLqby5/1q1Xm1"
    "6GcDOdn/AU5z7LxpmptlOyicF6FMKVPQQqJ3rv7qLbRrf9dqsz6PRu4pupvCkuLRPu9tvN"
    "brJOQeTIkfccEZUBti1V+CF63MsNaUwKQF1Nt82W7q0bEkP1dZhtJEii+Ax7nXyTH/kWEA"
    "6QvQ27qyu8kTUxhw9kxsR+q3S95dzzShvEXhW4dsnsxr5rBbeb/O6z2d1wZVqsOHncIh8s"
    "W49zsuj4AYu2D55pGQ00I/jp48eP7xvIdgziEANhaiBq0w/2M3Es/jqh/6JJkemqvCJ38o"
    "wcHLG/lsguUyQxUMFABZdzp6woKQhU8CGOeh4quGgMM8QuF4tdfrT1LE5ODfBCoIYOkbkA"
    "Pl0B8Gka4KgekYI505iRkAJrBlgzwJpRKvDAmlEFawYQwUAEl4EFaqxBBOfhKiNOeRuyb3"
    "E3wJrAHl+xgdddidUuicrkl63gKhUffzZducjQHll88jCW0vf5HZNbGXq0Hek7GgRVI8EX"
    "IoyE+oIcTMfkV34LTfliKJuZDN3rnuMQ6t6jmWjqy6lYy509J084d9A+WFwCVUOGdkcDvf"
    "99tBy7qIjojvyYOeHXEjxhQcPwF9CS8GvB+8oxCr6XI9kPbyn+QN+v2v028t8F/Sd6Fwi8"
    "85c5IFOBTC3frlJRWg3I1EMc9Txkqmu6ViE2dSFQQzp1J2xf9M1SOA/5dqjGOSFWB2p11W"
    "fT/mMY+2JCSI+vm3+8j3013d7Nt7B5ZAha3d4FsIHABpYGvCmOBcflXV8TYnX47vewyB4y"
    "9dq66/fbN8NzFByg1OTriAr4Or+Li9jRJ+ZzWQhZfvRlys0x0xQWkdifGezTrr6OLdvA4k"
    "f9vGfluBTw2wlQIfnFbg0GwfTbgsGgttm7Gwl7QfyLfd1xHHJh5MM1MxdGn5+1+53WEMww"
    "W3cZF64tm7qK1zOeoRTmqkqC9bblQEt2BHtTC1840VZY+CJzMYeFj0Va58o5E5yV0IvtPN"
    "me+yu6F8assNW9sK89Y8uUNDbCY/4Y5iLTZUjMgncM/degd4OYPiFTrE5Js+0HrGHT48KG"
    "Z/k0vLTsxR0K0vcjO9Qi0fMiXApy24ANrqSrf0WtMWCDO8RRBxtcKejh6OZX8MtKytbw26"
    "rut5ReQg0vKK00NamnLHCWSSurRNfil0um/G+bYeaqOddlXUUC0Hzmlqh8mVewo/7dzTly"
    "PDqiF53f2ufowXwiI9rvfedX7ZcRHXzvXJ8j9mJO+b+H/fbNt+EV/9t15GI2ote9i063M/"
    "zzHE3tB1P85BHtDa/a/XNkS7V+jfVx+/aX4DTlj8GaQ5rso9TDqhqq9s3lXb950+KjTKhY"
    "CMJf+ebDEz1IpodHHByzIhZWepAYpu6i/0WWyaoYOLYCZIFIbLNKuZIkvUYSu5DoIOlKAj"
    "GRO9bQRFFEyjbYVGIdlBj0o3671fu93eebgkN04ffNN4V2c8D/JpjNxaZx2e5zTUpsGoZ8"
    "3xHlqF2eI46Dwe83/+C38I9yrE4H7XihdLMY/Na5vRXX2JM5m5XFySJ4ac2ysYK/W5HALy"
    "kI2ftyZO9bTId1+LuELFRFKfNxM/jINYcv3ir9LFtDSEuWeNdaU1U4y6UqnK1QFc7SqgI4"
    "OO3AwSlhDCoAbFoSitKUJpdrPfGECH6I4C+B80Sjmqlcy7kmrJ/JdVlLKWND2wLEhXzwKg"
    "pweiPPATM47u7EcTePh+kjIYZok8a+iGNb4Hn1NdJZTXCPzVPLHm/qAei7dnXtcX2WgPin"
    "LFI3me7GrpJNv586eUmm8ltbJn3aRm5ryBhTwJ80uVQp/EkVq1m2P2lotIwupK/7k17ZLw"
    "ijQBY9EstFx4z3gE5OTt8xZNiU/BRwOz8Jxv6nGccHzSyPoaDZCW82tW2jgcSYj+cNxPhm"
    "KYqkvE97l+7+ccrM1yE2/iYVzQXzmh+q9zA13YC+BC9S8CItqdZQUX9C8CI9xFHP40Ua7m"
    "Ib+fGkOim1I88lR/JcboFps2vcaH7b7NycI7E1lsMcK/bjIsaisH0dTUS5LEQrDERJbH0t"
    "J41upt/nUgC8PRU5tQNlsQCgURGANA2pbk+nhKqKI2Xng4rK1GEV2HsyqOi5pKBalJStoW"
    "JUXUUorf+Cg8AOjK5xQiAvqHEpAHW10TUS17wlo2v9YvwbCWtKfIa9bnQFg9WeDVa7ZIQj"
    "NhkFGRy32GTzwEHQvmYFDXMkDReu247h1yAMuVnss7EfUWc69WTn5whTRAzTRS+O6RLGG1"
    "PygoL0ZcidYBfdO2RmYZ2we/63yUS6b1X28N0/sHjKgZinqkwfwOZU16LZxSNf5z8S+cWz"
    "GebG69nGI0OWN9G4ycKW6D/lNIc848BOl3VprihPCez0IY56Hna6ZBERZRv56o604vitux"
    "62RBJonB7p7HjVhBiEq24QruqoLECZdK2jNPUAUyumHWST2DXE1Fbims2ELwSABl+DBo+c"
    "0FKY5wzajXexx8hd8eQ1AnfbN5edm2/naEaowcdiRAd/3rSkqVj2N6Ltfr/XP0fEceyS5O"
    "SAnOhbXWNCyqMge50Q22kcVuqEX0ryOpaygUWpl4QjrG1bBNMMviQmmED1gUvuarqGGO8X"
    "0oterxtbxy86yYX67vqizVcIifoysBxy+x+CZas6Ckk1DVvlxHcTuxZEYtXesHVBqD6ZYu"
    "fpmvCfqh8prFvJJo1VJq6HsLE2XbbOlTp7SjDzHGKgRRe/oonJXNuZi6zWT2TmIkwN5E6I"
    "sDUR5qLjhzni/8+fbbKJZO3eoxeTMnXq7G0/oLgdy4dk4fIa79m3Y3FRRzchNTaYjUq98F"
    "XUgABmo0Mc9Txmo8TSnNtdPi5W5iCGNd3mfz7NQTn9fJpJOYlbCcoJW56q0ifRzSm2Mkin"
    "UCb5VflCHwPhCqK9At3Ldqtz3ewefzpp/Jw4sYfAf04FJfDfpVi4smdw2L6GU/c0X/rQFd"
    "lDUxEfcY1NuT9khH6kJA+6Zi3wSzvgl6JnhwKoJsSAYYICkvtnP1TzeAsYtyNdVXLyvgpu"
    "4ustXEhyl+TSAn0FqxQdmWw6KToV8rhLT+1nIqLXkEklj6Pzs71ljz0ibLDMJVPhhczQMb"
    "WRPKPbTgPNPL4x6w0kDjcfbH66eY9sB2Ek63O+Y8h+oSpH6V0+Kg+1xJ9HxrYz93mjkHF4"
    "mANztK+dF5ijw+EQgDk6xFHPwxzJ/0+Nd/aBO2y/nQP36+vp3o7bn3Ll4P60Igf3p3QO7s"
    "Uup0T4dR+yqHyZKY6jwX/fNYdcdfiXh90RvercfGufowlHn4zoLVfkBudIRirxv+66Xf4H"
    "f8SINlstfqsninxgXee3bVHlo9Xrt0WpCEfIdv/sXbeFGigKSsztpVnu7Z3Pph4TOUDHju"
    "3NFF6C2S7cKcH9O3FH1JQHz7RcYRUUz3sLTWUnrt0m03x1NT0wrzldLeX26HO1uFJZp6u4"
    "Dl9ATU8JAoezksNZ4rUFiqElzm6VBfZVfiE1t9bPI7zwu9gwoanCIaUe2O80qWmHqxJMvG"
    "nfo0cKQiZ2v7GKlDHDlpoTNM3l4OOLCf8b7OoT9Gg7giFBATuIHh1bUiaI2Z6j8z5eTHci"
    "S9fPiPPBDwPgOo3HMVT792y5/+LuPbwPJxqkzt9uPCbOkpURF0X5uHEQsOPaT4QCX7Of/a"
    "ABfM0BndyBrznEUc/D1/jLfxHGZilRZgahNP49T/x3rUvXhLJlBvroe7vbvZGMzAuxLCpJ"
    "mUG33b49R8wiZDaiV/3fz9HEeeb/ajf7Q80vszohXD/Q/EKrzdaw83tn2GkPBHMT1kMY0d"
    "ZVu/WbJnLI6hOiP2kmHdGvnaH2tdPlPTyariaMxbzd4Pfgms6etdCA/PaUTvXKtK4xAdT1"
    "WG/5SHeagprjw2xiiw9ck4/QpXgoH5+S1GeNKKkFN724ZA03vepucmnd5tGkq93Ussc5IQ"
    "plYcs8zg7RiflMFBtudhaOiMj+IrhPdqXNbDmCG89mllkIz4gEwJmE06P6BNNxIUBjMgBp"
    "OsfAs8kKfvELCYAzDec/ie4WxHMpAoAmAbWwyj02E8ywOQCZBFKmiSlkF19KgEE8psFtwy"
    "AuDtlaUW+fmFAd8kglQmzOzvLE2JydZQfZiHsQHLL7JDoqu1MBeLPkwdUgjnPS6FcAYoUo"
    "oAvBOG8bjBOdlFvA+Y6RCm56ecFVfME5EuqkltYt4NxZ9jkMu6wn5lkbUwbweRyV5HlZlg"
    "RIDUQRP6W+LKXQDzqrzwjEJu/SqKUZeL4hYleisz7v6xLXtar3xHnWhHGdd7QpWM5z3++o"
    "plBJY6rGwvIcG4E1EH3VLpdbDK7QGL2F7/B70NUlNq26fohLq/tmWDX9fuoE027dUBOKid"
    "IVNa28rHJHVahPeYKFw6hb8XSRFQ47xEGyB+k8iimKdI0m3sNHJFyipM/o4Kr54fTsi0gc"
    "JzLIEUMVIrz9B+QKDBZPDSsnLd0TIUz4jbgBcDs9HAdEcDs9xFHP43b6tmHCbz2uuw8Unj"
    "nk0fxRBOGlRB0x3rrjoM+tTDCbFAE5LlW7mPcvn3PA/OVzJsziVtJ6zlzNY2vtD0lZcN0r"
    "z4ag0AMY0WS8WXqYs12jojLgMaFwjeLrzTqfTlwSPpwyfzjRA27uEPmIDPgGQOKBN0o8EO"
    "YK2FPOgZJO19eTDkS+1tdN1FtN51BvA/XqbA4FraTepkaZZMqBemC+U/o8YVNWkOdpq3M2"
    "de7ItpoTbfwqcT6cECTzsTOEkd8DmmDBbz/yj41fEx69Dr8zsx0XBaXtZFmVKToOH4Xuw3"
    "/dv09T57t5RB7yPEBETtTGAqAweUPEeSZI5hDJhAGM+r40F2DUD4dbBUb9EEc9D6OeWKrz"
    "MpIJsRpyv9tP6bDcBgvsYTEhOHOroviUpSpXh/GpFeodcn+7nLZbpv9mAiFblX4iO2QqKr"
    "P/oKm3maY7CY8KtfC1yNeYaA234epuu2ltC8KzdhKelThJFoBWJQtELAQOvW3gUCpL6MYR"
    "LXUkC5Moq77lwhztLgnIlkhL1lEyj+GtxirKMUxrlp9rDCbeO4amtiNKsvup0T6Y9BxN7B"
    "fB+s1F4rWgfPMjIRY6/vThDDEdW4S9byBCXSILP8/RhDdR8427eYyCc0ymjQ0R0WTlv38k"
    "KEkgFIFQLOfGUVFqCQjFQxz1PIRifCFWDnzGp54UPOjarn7Y3r88bAVRUTnprZQccFyqpE"
    "D814+LwLoUADwVeDJ+DhGhjkUmakQEMFVh6joFEV0IAJ4KPKe2nZFRWw1n2L5++abO8kSO"
    "nGUHjpyl4kZkPD5XThQAf7VsnDFhY1IJmB+FWPWAXrXJ9+4uum1022+3OoNOYDtYaG7ypr"
    "i0rG3Vbze7KfMAc/njtYlTyOIVFVprbSgZyltfar2HqemumdA7IVvD00p1TydgdwG7QBnw"
    "3Ypd4G2oar764a986CdSWVcQ1vEGjVW0tU8Qxtq+Sl7fEidklRtB1TFJHYsiJ8h+RKLPc1"
    "k7npIXvtOFnq6izcuEUNkAiaA+hB1HpGxPM9c7eMaIjvg8n7mCxxaCC5MEmmFRMc0vd884"
    "lHw+YMqwT/FiJq879gtrIMt8Em66rcsWmtrUdG3nHRvRF+G1Kwr3iVcNWjN+6R1DC2hFwg"
    "tbVnOTsx4Juikvk74s1CPryACVDlR6NdbaipKqQKUf4qjnodKhyNqbFVlTw1uFwmprgrv9"
    "VBe+qlTYDJQQO2gjUIBF8VU/JljDRb+6i3x6b5f5RsJyUuvmK0nIw5CXesiBhAISCkioAi"
    "RULKW1goNKprzOpqDimbbzUVAdyhvw1n7tWSSEBSskCJYAsg+WrWMLiTaPjj2Vt3xdvBEk"
    "HpU1TvlTrDnH/sVOUVA7eMaIzrCDLYtYgpXCc4aOGeGTwGCImXzGS+5o2ekDGWPaEAlWXY"
    "ZmxEFTk3ouef8RSR5LPG7O3604jcSwqO6qdsyE6G9gmKqzkFaUawCG6RBHHRimEjBM0b1P"
    "+V1loBwXO2gShOsmmqyaXnRhignWcF2q7jqU3n7sx0dGXIW3Y1NorurxjcgkRrd+weadm+"
    "Hf/5H4MB5m00J4Be1rj9XgutntqgALVtWi6WKTYuBdq/KuNammnJCZsEYkAFEVolwzKYjo"
    "UgIQVSY2XptkB369StqEunj6hW1bBNMsK4pS1X7gMrsazMWV/Y7mRa/XjQ3kRWeYONDcXV"
    "+0+8ef5Agu/dGVmcKrkX7pU0VWKDAMQVaYSuALhrd9G94gK0zts8JEatGqbJyxSrUrLJzL"
    "2rj5zJs9StBV/3c0JZh5DpkS6iLM/4eEJnuOnOvB4LKBBpc3N+iYkmdpGeTD/B7ZDprd3J"
    "ydCLsiMdDJyc+KLNRb772Q7dHFonKSr7RPCX8pXWGCjAsH2AX2SkhQDSbKKm05FTVWgYny"
    "EEcdTJRlMFG62FVl+xUAt6k3TemQiaQTofT+wOYvSrFVcMs6GrZvhs1h5/c2n2RcCcGu+U"
    "xG9GvnptnlD1n0+OZ+84GitM46lxCFAmzlWdfS2xmw0Qcy0MBGAxsdg7oqbHTsJKxcorJQ"
    "jcsdtPtSlIEossZH5WCBL/UCHxBLa2rQS+kyH1eO+oKoO0cyX9eICr7uHDGD0hG9FSzdOZ"
    "pRenayjgr9Sw4N+pdMBfqXpP4sS94pSPHsPGQLiTVzkFXo29pGEjL+NJf8UCxo+eZ7RHyP"
    "R8YgHXnRQ+N1r3/Tufl2HqYz5zO/227fniOZZ3VEm92udtn88xxhyxIBRfxKi58xO0NxSe"
    "dHzCAL69sfK4unkt00iWzJzo5gqy+pLRls9WCrLw2+YKsvBcqlt9UPxP4/ICyrgHTsfmOV"
    "vd7P2M4iTXNZ7H0rhyi0wmH01RERMIwRNccTt4GkxSvMPpcOITZdRPgUMJBN1Tb7LfdfLG"
    "JYQpIRMJwQijQFWz3Y6qu05VTUagu2+kMcdbDVg60ebPVgqz9Ihh9s9Qcy0GCrB1t9DOqq"
    "2Ooj52DlApWhfsWkDtpOLzOFrFP/JSIHi3upF3dC19nAl1IwvKUeXtd2saX5WQuL1M1LyU"
    "HyBMUGY4idoji4STGwJKehtQSjvga2KTkAV6VpTteANiEFwCr8H17wE1kD2pQcgJulzjPd"
    "dhT6/CvFnxdSAKyqqi4eq6brfw16N5kK/lg5UQ1Td9H/opwJ1EqG6wrQBBQxnS9kQI+vm3"
    "8kydFWt3eRVOZEBxfgLQXeUlXEF7ylCuAL3lKlQLn83lLSzHsrbCEGEQOm8phKtmms9JqS"
    "rbVZvPmrnlNNimzHIKJYgti3hUeT3xM7R5iGfkzvGLJfaEOkIMFIt7E+4VeC0UWP/Ko7Ie"
    "aiZChLO1Dt7jEKP6qEhxT4O4G/Uzk3jYp6voC/0yGOen5/p2KnyaXIRsfJso3yvs+Tcrss"
    "eOSJymzxqPP6vlbKg06JTuc1QTR1dCyibOc4ZvYoGdr8P7s6ZJZxGLZ+wpSLwMbYtsJe6g"
    "hpdJ3MUQVwo5Phd2JZlDB2iU1LWdov3qCx6kz4EjTVjEXbYqE0Ug4xbzrFzlyewNT198KM"
    "lCdc5oVgR7xA8NSMDJjbf8QWS/AlpKJtIaQGjphVUkMretiAI+YhjjqE1EBIDYTUQEjNQX"
    "prQkjNgQw0hNRASE0M6sqE1EDt3kJzWRFU4wjigI61iVNoVkaFwIkxPTNliReRiDGN6oo0"
    "hzGpNVMdlgzYVbNxC5kOBWIix2VhmEMhQDkHyuDrvFMn8uIe+ik5AFflSE5mhUAN2wOYaT"
    "B1bNmOWWiSRkUAUtX85HpUsQkaCgCcaTgfbGOuPWDXJU6RHLpJMYBWMVNn9mkhDSsUAO0q"
    "h3bFP+qZydFQMgMrQE7IAdY5sIYgJwhyqgS+EORUAF8IcioFyqUPcmqG9R4UXmzNSC2IbA"
    "e2aMWIfK5rL7bzZHsuwgxhZJBnUyfIIboIPjKQ6X5E94Y3s0ydzwbNfrxHU+w8MZmymfEX"
    "XIg7ZGY7QT5nnLQD7+xBI8p4D9QIvOPQ8ROZuQ3kV4G2+KrVQA9chtou0m2PCjH3hT94hQ"
    "Pc0vmB/OA6N8XWwmFtlctbmMNJ+rvF70mXvJXecOJq9MeDi9y+lARwkTscZylwkTvEUQcX"
    "OXCRAxc5cJE7SM8pcJE7kIEGFzlwkYtBXRUXueghu4D+lRCroRL26TRPVVveKnvbP01Vtg"
    "3pIR+pNdWxVCdlRv+of3fj1191POrXX2392erKK/pct/yKrN8719fyEnsxp1N57Xuz+5u8"
    "9IKtJ3nlquNfmJj+3/3ed79j+8XvZdhv33wbXmnDfrPjP1NYxMV4anKYg146Q9GH6Y7on7"
    "1vzXM0t8eYv1Wzf9np8ZfCjmHaI9obXrX758iWzFQplHj5/wW+0bD9WtOjZEphHNvTk5Mc"
    "4PJWmejKe5A+/tC0tCUTrBzkDEUtJnXQ3uCG5/sTaD7tXyiNuEIU0rSr0rSb/r6vTQnXsR"
    "QQr3D5UMiC20cOtw9ikWd/do75I9dBPrMHwD+P281zwQiTpQD446WXEKEsFYJzKQBwKvLk"
    "88k2s19I0Qm6kAFQwWF8D5CGh1yN7zHFAstSkrBr5dm1iGM/mLpGHh+Jrjg3rgA8LQqI50"
    "GcboK5QhhQzxVEqf2PTVdUislOlqoQhRoc6+dMnWJXn4jDxcTOoOtfp4+TfZSYHjxq3g17"
    "50hwOiN63by5E2b8Kabeenb8PIR+Np2fIvOTHoOp8ch2ClSIglM7RGJAJEbF8Z1ZmFJiaI"
    "wwYXIuiLBaGjCGaBeIdqkeygWiXVYsIVuAexgc7gfLHuuJuHr9LFeEEcXW3DV1dosdPGV9"
    "GX9zpAo3UjZsrIw9CkW0mZSRrfOlzyaywJEUk4aLhojuMV2GBlfND6dnX87RywS76N7vWJ"
    "tgNrkXEhgx1xY1khz7BYlfoKiktIsHQA2lEmzKQhCidw4ljgOidw5x1PNE74jFWk1GZXCC"
    "QfvtuC2+aT2OOL/05XMOgunL50yGSdxKkCDW2HZMdzItRLrGpaBI1QaE61KTygv+UgKALw"
    "h86pT/1jo6oYaPyQr1PGiTVzOPNM9T6jQ4qnPt2GZCjRbmbzT1mIse/Oj96cwTUfWPjj1F"
    "9+K/moHn9+hY/KZz/7II4X8gY1O6Xyuq2+zmMSM6ot/5KuQSiky6zCPAfzNl2FdvsZ9fQJ"
    "9gflbm/+QnAB17TOYjaCBmI2qHN02GFkkFfh3RmWPr/JTHWx5jaiD/gGe8R445nrgIP/Iz"
    "ht9f9HH8Z0z5mUOWa+XHD/HoGf+pNv8y0T/th5wni2R6gYjCCjkD4NRR0vW7ovonnDoOcd"
    "TznDrCTUg95urxjsps6MdfToo0pxs/nxVMRS1nn9mWEmUONlvz3Lb9UC0wXoPhr4QGkjyG"
    "vzc+cw2IK0pH+BMk69C1aJTz1MWi7V8/diFZPvUdQ4seUNjDuX9qWNgxxJ/z8IyyOAYFA8"
    "zQsc8GfJypqoru8DlgHynB2gUnlUPSWeGkcoijnuekYj8TxzGNYo7TMaH9M8mRNfbBMy2+"
    "J7GP4rFvsczuhNiPVkjPu9lFZfa75VVDNy+iOiZGIj0MPUqGNv9PTh2+FfZSRfBfVdyjMy"
    "+H2r6RKn4pKtT3+WpsUlFNRKGHJ1qsVMJlvXvNiTXO5ZMUnFU+yOwLyMBzricvukHHjBAD"
    "nZz8zK8mHvG+gV5Md+I7FJmuFFJ7JW3/EcqMxvFTl6Cf0tmM/SpYYD8ArRz0M9DKYdR3r5"
    "UXNB1sx2pQtvEtZjbIKPC4qs5TRnFHiLNVF3oSHgqEGhm1nvLFd6Z7KXOE51Xn25XWuRm2"
    "bwad4Z8iMd+YK7rUJZSZ7nxEr3uX7T6fiudIKJfifUe03RzwlgQzfp/j3fu93ed/i9/ND8"
    "3y2mAo/vaPx2+f7Zk/7pEf5WmxFOdxqRqa3bYcjrvES/OtlYX4FrU0uPBtRLFQ/kIPnnjP"
    "omMRF4Rh2GAYRK74RwuPCw1BTAjg3wB+11QVGc5GPmwPoG8AuqjgPiX8nfQiO25cCnbc13"
    "ZcgdcztrxiZ4KYFJwL8hWAFU4B2sRZA26VMKCeA3VmETLT1jjzxuUA6zxYZ5Q6XwVzVrFz"
    "QFiNMFHpISsBJkpNBPBV4fuAGbGEcaiIrhcTAoVvA4UP6y+K7KyrkgEGAjC586Rd5GDJPH"
    "7rcpKxDspMR97dXIqqHx7v1RF1Sdq83eC2NxSVSQhxNTazXVEr5G7IoRTFQiRJMaKXzZtv"
    "QtAQDppr1QvZPu0YS+qq/W2DjLCBMHwrOb6VOHCnv2wCeyANuOdRcGRF0ELbb0QENt8NNl"
    "+Tzjy3EPJLCQB+E60nTPSgPRNHnS0sm+1SCteQ9Np+dFckSVURwBNiNYR6BwlQIJAOAukg"
    "kK6g926Y8bErqjlkOfDGGjVe9+FN1YhY049XpPUTwWthfx9Ef2HOkajTbVwXFo96Uicw2c"
    "1jRAKTr6Yr/H0b/Ae65ljMg0fbmSKRcoSv5TMkpjbCDgmzFJoUPdjuBM28B67CTPgVPpWe"
    "CZWW7BE9DjG/JfiJoXt3pt030DfbMghtTfj5Ek/Q/VjX7t//ipqt7/0wS4l0ThiLqt/Iz9"
    "u+ibMx+BiDj3E5V9+KepuCj/Ehjjr4GO/Gx1hu0Jp81zR2maXBkmJQWVRRH6xwWbANq4GV"
    "Dc9dM5BB2nHd9qhimV8xdxNyMHkVk/fFdp7sgjRjVAaIxo3Mq56SIFhlX/WU9bLBeKFaOv"
    "SJY1OVs+IKhCMygHFOI3bBKQwuAuAikCK1auUiMON9ubSo711cDLTDXH4BHDOfRCwM9VIM"
    "oM4Lte1MC+McyADIOUEWFHhRkEMZ2FRzYDzW11qe42IwnfNCvcbyHBcDqPNCXXR5jsgAyD"
    "lBLrw8R2Rgec6BMVf3n6y5VphWTcgB1jmx1lhxnAMZwDgHxlOb2q5NFTarFSBHhQDlfLFu"
    "/FGFMF6KAMJ5uChwiwW32BJBDW6x4BYLbrFv6ha7yFb7lRBDdHmkcItNN2qscotdpIPVHq"
    "PtX/WK/T6R/prSszMsvIf5vCSGn1UWr0xF6zHiaLL5lFBXuqLKS+E7KPxj9/FAcEYFZ1Rw"
    "S2y8uVsiOKMe4qiDM+pOnFH9TTKN2oVtWwTTDC17IZTA7oFL1Quyi16vG5v9F51h4hBzd3"
    "3R7h9/eh8/tKfd+/yctYoFaUh+ZDlALUVK7C+yDZyH7T+GMZxTPn2Llabbu/kWNk86+kE2"
    "Z8jmDNmcN/WZYt7DVJQ1X0d/SsrWUIOqrsaUVpSBZgOaDWi2AjTbd2nZvpY5dP3JkaDY4g"
    "0aq+i1wEo+jbRdI+Bc9IKOr20qQsJdGw088a/3yLEtixjImy24rtN3DMWfmSvUfPMH5KDO"
    "fEu2ix0XGDRg0CqynFWUSwEG7RBHPQ+DFlmFlaO+ygsplDpoPk1Cwc+yheELZA4aPMcrHl"
    "ock4GwYgXvKBAyTP9ooT0Vc0pWyIJzci5qjAM3NannqvJ1vgJ4RA7AzgW2aZDiC0dMCFYO"
    "1cohIFp76VAIw3TOPZ3XWjwSggB3Lm/lF3NaPKNJTAhWD8XqISFaZxonBWEa55nGtmDWCs"
    "/jhBRMZMVEfrZPtSCDkWIiZ0KbFANsFdi6ZDqz10E3LQj4KhOi0bHGDxVFoI3JAKqqrc11"
    "pPW9uNqQEgR8V+FbOPA0JQnKQ97qdBI216bC8Lke5hFhgD1XhhHbxVbxSR4XA6hz5Z9zLW"
    "1KcLGo1KgQeATmiUtdB2UMKBckiPBUpBlySXGs06KAeM76xKK+cHG8E4KAdt5KrsWxjosB"
    "0sUqQK+Bt0IYUM+BuqgPXxjtqBCgnEfjW9SlSeOcnashLlXDVA3bDxeA4ohQHLFMwwBZYN"
    "4IasgCA+EpEJ5SgvCUgTedYmd+lBmeEjZo5AhPYZG2r4anNJHjWeTDA2bEaCDyY2ZxGEWH"
    "KOhGFC20M0JMgiiSz+8YanZiL6qIU9npkzYLWPn70cyxx3y1F035vb8vvwPhFf8PCGiBgJ"
    "ZyLoAVDW2AgJZDHPUQIwhogYCWcoKn29OZWrdemV8nKgYZdvJn2MEG19WIcDd3cNFibilR"
    "4FjzF4RkGte+KVUlknqtJmRMFJyhVM5QIVDhsrAWyjFhwHkVzuzJnM3WQzkiChir3H2l59"
    "KzAE6xPmcbDJJyYDbYwGwQlPPRMMXWnJkKy012RjqVbC2Y7H3npuNHLmZT8UYFPoOYEHwD"
    "G3wDM+y6xFG5xWejH5UB8DcAn3njMWGuOuIjG/+EGAzBBkNgmEy3MD+IKwoGZ6/+cSlY99"
    "dY92OWgBT0q4nIpGwNqcjqUo9pxhn8YsAvpkzDAH4x4BcDfjFJO3Fk/i6N9gVAjUttAGp1"
    "mGPwNSqZr5FiFm8B4qF4Lf4Tbpc9VnIKvwpx/BOOQcxfAd3cdbtv5c/V9AzT7drjI4Ur1+"
    "JeY5UXFxatNCtoli+/sBAhBsLS0edX5NgvDGGHIEq4ToQCfwhkO8gHykDHmANr8uO5gxzy"
    "6DHCkOlmJRfeZu8KR62UM5as5eWPbcSBR/plCU9/d+5PfH47+FN4bYGP1pv6aEXGLC/UER"
    "HYhRPqol40DGYpUUN9/NPJSZ4YmJOT7CAYcS+OcWIpyQt0QqzEpU9Kc/hZrtIFVoeYEKwP"
    "ibLoxMViKS7CVUVlNmKrqoPoTsgqcyY4Rd5AwRRmLxtxqfqtGp/Pcqwan88yVw1xK45zUO"
    "RVWYEtG+e4VP1wPvuUhwbkrTKRlvcSbo/gYF8zV2twsD/EUc9ysE8RfG/DjbRsSok8p1wR"
    "bLmTtgjcP1IQJeqGjVWsib4Q0SZSRiMLoVwcilCNRGwacmyPGh/4/JihmWM/kF9lkXJKXg"
    "hzkeGYz4Shn/xn/GQ8qCmTTTrLw5AQ+mw6Ng1rjeoToj9BrFoZeBDYSuu2qMJWeoijnrWV"
    "xtTm5bJb9FuPSe5n1FPLLXgF5fIKSuy1+XnCmFgNWdntO6QwF7teBq3yel3qpXSZwT66bQ"
    "4G52iGGRvRr81OV3RrWkk1Ms8A/JID/18y4f8lib7FsaH6XJsWq/4QF4MovBxReMRxbFHE"
    "wShmeYhJ1Y/a2r7hYUoYUybHzgY5IlI/hM9y2dHOVtjRztJ2NGZ7jl4I46XE/hbqo10dIx"
    "OWytM8izJvlW2pPJULc0kom8uAyFgyMqEDl4K2yW7cWEXdhGSJFuFwZhHBV+mb68CyhfCD"
    "7bkIL+mXZY+/ont+wDaEVRFbmkMe75F4e8ZbM8LvuI3AnWVic1xEHqI0s7PD57xO+gCvA7"
    "xOSU8F1TzhA69ziKOeh9cp04n/9dW1wuf9ic0KIRy2L/P5fk1wT8/yOFDwVpnwynuJAAlb"
    "lUYrMytG2BwyYSgyYYS6XpH5GpWp4Zzd2mEndpzUJ2SqcGxbcZxcSOzxODnzHixTr9ihMu"
    "HzEzmlFME7LQlzOx/mju1iebzlzyTOMwfQwPMilR6zO9jfmv0fJxVZsS3MXI1jZK6rwys7"
    "2IIqXzKOsLqau39gKwlVxhdMOiYZoV/Lm42VXkyyWbHgL19GJM8WUVdY2JVFiFYDvTim6x"
    "KKHubo1od58N/dMDCLoWOfh+J3hUtSr3+dEf61xf5HdETv3R+mcY9MJi+LPvizRMeU+TEs"
    "7xgyDXR8Pxtruuc4fKfRfvA7mmkcv79/7ztQPYp04IyvgIT54Wgm7/lY9Nzgwu+R7RjEaS"
    "BMDWTzIyp6IJb9IiVtyxCuV5HnIeaaloUcj4rYSXTMR+cnNqf6T/4PZx9nc/Hm98u4znvZ"
    "8b1uY33i/+kQJNOZI3/xYOcCK3vKx08kNLc915KeXuIF/Nd1fVYwt8OX+GmibZifPB5kKu"
    "/K6+E7La8W4g0vzHHm3qNkDhX7TLC6lfdQ628z/3F6+vPPfzs9+fnLL2ef//a3s19OFvtN"
    "+taqjeei803sPbElL9yMsvnEcEDz4x9K1Ol0tpdBSAYiFeN0Qoka6rjbN7jyxa1gmNdSAt"
    "JbJMC0Z+I3Z8aBvu4QE+ugzPOXf6qDdn94zrdxvqm7I3p3K7TJ8yC2fEQv2922+NsPMB9R"
    "MQM7v/ML2NEnfGvlV4ZXoon2jSuW52EJEW3Mt9+kUpPr9Lf1mmsiiJ7QLDv562MZlS/1UA"
    "YDsRiDEW3/0e63OgN+iT/H0U3Gr7V6zdbVOZLqynLwejfdP5eDJzS3kgze22bvqc55scDq"
    "FtVU8yIalQE8E7wpX0ZUObBXFi5YCu2xbMHiSmXrFoAzQPZSXE2zMDgDHOKolzxesmOQ6c"
    "yW3tW/EWVxwESLxipu0Vy21Z5I7vKAusX1TleScgt5xOUlByYJLcL4XBKU1syxDU8X1f2e"
    "yMxFHj87W+ie/JiZvA2f/PeqooBb7V8QjAOdn3u4qC2lRT4A9DKxEeNP4Z38iu5neG7Z2J"
    "AJLBdE5OCq+eH07IugOSVNGB6d+IvpmNrU1LE1oiIfRAMxv2vGx0K+6YvpTvjr2oK9Q0Hv"
    "ol8/95XxEd37v0H7J7NpjPoU9Ck/ASPMRlTymqbDXPGLZ/z74k+Y2C/8p/CffuySH8J10H"
    "aRzElx7v8ferE9y+ACkvCU3fIXYuJXiPvoGVseYStKJEZyMIk5kS6MuEQXQkvBBRH2H9A6"
    "YNT34IIYbNB5aeqgeZmJoTL5xb3CrKoxrgybWhprQFTRKoJ0Ug7AzmN68VXMJ1NV+jMb64"
    "QYQJ0f6oKGrqgQ2LrUkIoDUhrU7Po2CbFazN5VWswuCtxETngFFcy4ZA0VzOoqlIpzxFsl"
    "aK7QoK5fJ0FAlYa2cAb/u6CbakL6at7+yIRS10V4G551MKd6b6HdK2jWeIPGKpZVeA5qsa"
    "NCPi/OhQjCASWK+NB6guzEPl8o3R0dxPALMl1hJXfJdOayBhLpQzw+UxtIOCwjmSaCqX05"
    "t/4UQbjy6U0M4ed5LMa3EXYsfDGDfy4faxrvP6KB8N48Ofn8jiE/Z8s5um3fXHZuvgWcru"
    "mOKIeYCzN0PPjzptW+fN9A7X6/10c2/4AEIyreR9C8E4cQJPYXJnlYGZjNRef8V+eiPf1X"
    "jP+xeN9FZYHM+gRR6WUCmgj1knTXlH+72OGvA3UL9qVoAql6OPQakKqHOOp5SNXYYp072i"
    "0qVIsD5h5qa6j20eKYJ8UB/XzovxG9XTK3ul2zgAp/irxYK0RrOLd3Yro5jBSR/mnoHM0I"
    "NTjgI+ofgs6ROF4SY0TlWejcP4UlT3pv5SPtnxTTQ5MZ0RQV2V9UU1XCl8MDdwFAoyIAqD"
    "Ie3PZc3Z6uHYaR7KPUy0jz9rbbEauGz6XwZePyjl9pydAaw+PXdBld0+rdfOWXhyIegz7y"
    "q+6I9tv/1W4NhbBD/kl01/cSf/tlRg6ATz6lxzC7+FVCbP/V2iNcyYNnWq5J2UfxvLegS3"
    "ZSFmtJaaWGJZu1iglBRIeybF5Ri35CDFR5KFC4/7kLEXPbxxQsuGDBLb0FV7EIbAHVpt9T"
    "JJ10JReAV+GNL4BlspHfEodxdZUY/+0RRxmLlGjRWGUln4VttX8tGueIRXLIWEg5xEAcc0"
    "9kWm0gP4ZV2J9FvqF5aMGeObZOGEPHFsEypkbnra25CAgyeEtTHGn8eBtF3qPdPgqSfZdg"
    "K2iAUfiAzINgFD7EUc9jFOZr+unZlyIH7KVE7VJ8b/9oHW6eaYCzvbqjMmUmWEvr0i3ZTq"
    "F9rJv0NCILxQnLs3j5e1ZJshM0KbbmXItvYX1CjhQHgniDlecBHDTV9EXbHMeBYNrZzjuG"
    "MGUvXBV/Cn1REzH9phuJ40cmnXkuOma+H+rPQtzU4u+gPBTs/oF5coEu5OQ3Kf1Jo1H64m"
    "/G3xHqQcNRotS7YkWVSjhKHOKo5/Ivtakr/BaLxjsn5eBY8eqxIr4HFsA6JViLA8auCzUt"
    "FJ8iUMeEAOYiMGvPgiAv5sCrFAbYc8A+c+zprGhcQEyohjDvoBqzOPcVRDkqUz9Plp14/8"
    "uzpiZ1ih8K9TPbRy4luH8vubdhfXbiDxcm8StCfEZlarGk7Jv45M/2dNcT3IftuXw6F5n/"
    "SuGNvoGSLT77/gQmplhOPBX5n+nCHpMBH3alDzvWhbvB+ux+Qh4qmpWHU0hTSSVKzwOjvL"
    "NRXhL2BQc5JlhDurDqg1zAWBfRHT2qiG65CKS+/tYnVlaobuiMZ2H6zR9p3q7v0cp+3imf"
    "yb926uaYwk3l6agCd4WzI2+ujRftNccrkBfohZAna/5B9IGWfaBH20GitGDgMCqTpYumDc"
    "Q8ubs/ehbibajtNvz85MIg+TKxLZFQXbcdQ50gaLePU+bicQi/Jn1BH8JoiuCSOvtO3EeW"
    "udiJZtpZRvgq7sT+llZXjVDXmUMini0tyWAoBZMZGEoPetTzGEoj63uBlTUuBdFhB5gYY3"
    "DXarUHg/NQ7RjRr81O967fFv3L3AdJrSYXDb+rZBgFeK+IxFqsV8nm9LZ5L8gusmVAxQew"
    "BqhJsToVo94atuJkpMnjhlqpUUMbl1ql0FQQ4hX4CYVEBSBRpT14BT6izHlwWOCBrw746t"
    "QXdvDVAV+dN8F4d746hRJZLSXAO2cD1wTf16moo3ZcChaSPLWS8EumK84KR6iYVB0Wk317"
    "Qj1jy/QJ0uKOUCpZ8INaf7Epnq4QMhXuejgKO6YlpIBRyqDoNMseF5nqCTGY71uf776he2"
    "IqZvuFbVsE0wy7alQuMS4PXHBXA7K4sl/sL3q9bgz7i05yn727vmhzHV8OBG9k+pm50p9C"
    "xNUgBflr7lxRyRpaNatrxUwbrx9NarLJWuOcEIWBLvVAG17gujVVaHFfLRtnJbKJyyVG+V"
    "EI1mtkL3t3F902uu23W51BJ9jLFkMpb8bXzn672U0mkjan/OmF1OWISDn0B/HY2ugPb5zL"
    "t0LTv4C7RsL7sACwaUlwhUmG3qU8Sgv6GEVFAd2VeZPfMMlvSVeGrWT5zZrPW8A5Z4rqck"
    "7eV8FVfMExhPl7oJu7bvcoaznexkxOZj6rJ9TpnSgD6TwxL4wwYQjfQtzLwO+pPrjHuQWK"
    "Z2xiq6yGhYEKuqoRUruODQrnVkZUUGTqvRIPxCItc6Q6NBz86KJASBTvtvm3h0Qg78yV1b"
    "upITMQSjQ4coumposeiM7fFB0zGz0SYggwEL/jTvzTZyLH4Y6eNKKLdowfx+iTqN1ty54c"
    "z28i8qhz3YPfMEWudT9X4mn+vIjhl7Goss07Xvw7ePri72hFboj8gcifcmqUFY0BgcifQx"
    "x1BZWa0l7k7lK0XG5MqIZeN5/zeJZ9znYs+5yuvz3BdLx2kculdJnBPmpeXsriloYhSlty"
    "KG6+ib/9t+dX7m4W1/geGV7tt697v/t1Laf2MylJWUvgWHfBA3rqwvMr6D8vo9b8QbJ+sW"
    "PnUn8ugGdcCjD9S3mULwpqXAw++9UENYuwHBvyegVJk5LC+yqvl5hgOQhqTxH9sha6Nc1Z"
    "k0R4uc/k4KYjVNGGCA8DzqZ2DGlqBsf2nRwYgxWrTrUqo8t0FlMbWcZfo2qjTXNwtQv3+S"
    "CbEpLZlHxeNSwBc/qO+ZfDzt83+IHk2SQvgmMlhinEBdUaEq+ixExAxqoq0+zlmbmK08Rm"
    "RSSmOcXIho8O7HTy2tTUHVvT5/zEtLi2+HygnM2+VFTgag+HtQOu9hBHPQ9XC0lsIC9IuV"
    "JbQF6QDcBj+oRM8TrZKtKSZbYLrGmE2T6nL3TtNMzZXuxhewjs38BZfXlaKAp/WhIGYoOB"
    "+KfHXPPR1Bd+aHnHISVYjpCOWoWEVi9ZpO8EUBD/o8t+8+vw3OdBRrTZarVvh9JmHDAcI3"
    "rb7A87zW73T215d8Z1LRNb1lxbtrvsDFrNvjQ4GybTsWOsZzo+zZNh4zQ7w8ZpKsNG5oae"
    "qaZnb+Q7DGP/VBEl3efB0miuDJVeCkGcdIE46fDzEr49hQL+UoKwR+xQkypO+yRla0j8VJ"
    "foSfN7Cyq++EgnRKHKUJnHGbzMduDFk7BZFQA2LQkeUslI3piNsAC2aUnAFrwjt4nlCpcz"
    "8IfapT8U+OrsIeJ8sXpuAea6B5wnd5occziy9W8B4GvRWyvsrJ4wp5WligWbV2Xt2GkMdZ"
    "M4pj45UjjlBXcaq9zx8LLNa3542TC87sVWyMcsk2VVakoKgjWY7Jv5lpXeCyLbpWwNg3S9"
    "LdGnZ2d5bARnZ9lGAnEvQbXyj6oAwkHzGqK7kzz+/IkuUaUTzqawIyJgZy5IU6eOXvv0M/"
    "/r/wMsx4EN"
)

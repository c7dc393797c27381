from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        -- Morning check-ins join the changes feed, and an athlete's reassignment resends them.
        CREATE TRIGGER change_log_check_in AFTER INSERT OR UPDATE OR DELETE ON "check_in"
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
        DROP TRIGGER IF EXISTS change_log_check_in ON "check_in";
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
    "k0LR96PymWy5xbnrDMDrc6L69rhdzoFGh3XhFEE1vHPMZ2hm1mD6MhYf+3r01mEdWw8x2m"
    "mAS2xrYZ9FJFSMPzZIZTALfaGX5DloURpVfQtKRH+0Ub1NbtCed+U81Yts2XSiPkAJ1Np9"
    "BZiB2Y/Py9oCLlGZOZI+jwF/CfmlIBc/eP2OERfDGpcFuVUqO2mGUyQ0u62VBbzGPUukqp"
    "USk1KqVGpdQcZbSmSqk5EkWrlBqVUhOBujQpNers3lxjWZJU43DiAI+1iZNrVIaFVBBjcm"
    "SKI154IcYkqmvKHEakNix1WDBg143GHVQ65IjxGpe5YQ6EFMoZUFaxznsNIs8foZ+QU+DK"
    "AsmRnQvUoL0CMwmmDi3imLkGaVhEQSobn8yOyjdAAwEFZxLOB2IstAfousjJU0M3LqaglY"
    "xUm5znsrACAWVdZbCu2EdtmwwNKTOwBuSYnMI6A9YqyUklOZUCX5XklANfleRUCJQLn+TU"
    "CM57kESxNUJnQaQHsIVPjMgWujYnzhOZuQBSAIGBnk0dAQfpPPnIAKb7HtwbM9sydTYaNP"
    "J4D6bQeaKiZDNlL7gUd5BNHL+eM4z7gff2oBGmrAds+NFx4PQJ2W4NeKdAW2zWqoEHJoOJ"
    "C3Qyw1zMnbMHrwmAWwU/oB/M5sbQWgasrQt5C2o4iXi36D0Rkrc2Go5fDf94FSJ3KCNBhc"
    "gdT7CUCpE7Rq2rEDkVIqdC5FSI3FFGTqkQuSNRtAqRUyFyEajLEiIX3mTnsL9iYhU0wj6c"
    "ZznVlrVKX/bPEyfbBvSQh9SG5liikyKjf9K/63rnrzoz7J2/2vze7Igr+kK3vBNZv7Vvbs"
    "QlOjenU3HtW6Pzm7g0h9aTuHLd9i5MTO/vfu+b1zGZe70M+63u1+G1Nuw32t4zuUec61MT"
    "avZ7aQ95H6Y7wt97Xxt1sCBjyN6q0b9q99hLQccwyQj3htetfh0QwUwVwogX/83xjQbtNx"
    "oeBTMKo9ien51lAJe1SkVX3FPl44/NSlsxwVIlpxhqEamjjgY3Zl48gebR/rnKiEtEVZl2"
    "WZl201v3tSliNpYE4jUhHxJZFfaRIewDWejZG51j9shNkE/tQeGfJezmOWeGyUpAxeMlpx"
    "BuLOWCcyWg4JTUyWeDzSZzlHeALmUUqCpg/ACQBptcja0x+RLLEpJq1cqyaiGHPJi6hh4f"
    "kS7ZN64BPCmqEM+CON4Gc4mwQj1TEqX2PwSvOSkmvViqRFSdwbF5zdQpdPUJ31xMSApd/z"
    "J9HO+jwPTgSeNu2KsDzumM8E2je8fd+FOIZ5v58bMQ+ul0foLMj0cMJvSRHhQoEVVB7SoT"
    "Q2VilBxf24IYI0OjiHKXc06E5dIKY5XtorJdyodyjmyXNVPIDuAe+pv7warHaiIunz+LlW"
    "E0M0y3Q8Ynsgyj4F5tbYYRb6VZfrNMKUZCBBkAipSQX3nABAXQQX6ejh85zw8x8oAywClk"
    "AJvjMbvroMcZAxSYbkph7J32/vLhSH+eMAHH120o1UMk8SDshgNj/D9VNs+rZ/OEdJYV6p"
    "CIMoGSYWSypSE9FmglUeRgsU1D9TKFA31YEw70IRkOFJtKMgdGRsUKTK5sCPbnTxmw/vwp"
    "FWp+S4p0vtkhIqTmh3h6iQv5VJyHqQ3LKIp2c4rWtHlEmrxyU/q0EZWq3qzx6SLDrPHpIn"
    "XW4LeiOAvzgBnZWOIESsc5KlU9nC8+ZAk7Zq1SkRb3Yq56lYpdsaRclYp9jFqXxEiLt0+w"
    "q6/DjTQJxkjsU64RtNxJ6xkJqidBlMgb1taxJvpSRJsIGQ0thTJxKNw0eoAUAYfMsPGOjQ"
    "8b2A55QL+KEikYzRF1geGYz4iCn7xn/GQ8yCmTbTrLwpAg/Gw6BE/9X6hPkP7ksySKB1FV"
    "TdSkqpZSpfW9VzUJTbt5v/WI5GG0XpADeguu5OS3HVtrs/OEEbEKsrKqis1GIW+3jcGgDm"
    "xI6Qh/abR53RpoFiHcjderwPpCm+ZLjIqKqXjbLNlojkMcBqGRz/MQkaoetbV7x8MUUcq2"
    "onlADolUD+GLTH60izV+tAtJWn0parud7GsbuaeiIgWhbK58ImPFyATRcxLaJr1xbR11E5"
    "AlWojDsUOCL9I3N75nC8AHUf92Rb+sevwV3LMNtsG9itDSHPR4D/jb81K5FLE7y6K2E8Jw"
    "4Se+J5mdPT7nZdJH8TqK1ynorqCcO3zF6xyj1rPwOkXa8b88u5Z4vz8hNBfCQfsi7+83BP"
    "f8IksABWuVXvHqIhFCwQv5J/FNTb8PmquqPbKqPb6tl2e8hmUqOGb3UkGR6hM0lQS2rdlO"
    "LiUOuJ20Zw+WqZdsUxmL+QntUvLgnZRUYzsb5g5xvRJS7JnIeRZF5xZ5CqSkd3C4Ofs/zk"
    "oyY1uQuhrDyNzUhpd2oOqxF8dy9zZsBaHK2ISJxygl9Wt1s7Y2ikk0y5f85ckA8gh41hXk"
    "fmWeolUDc8d0XYT5OU63HsyD/+oEiVkUnHo8FLvLQ5J6/ZuU9K8d9j/CI3zv/jCNe2B6J0"
    "/xPtizeMeYejksbygwDXB6b481feY4bKXRfrA7mmmcvr1/6wVQPSL2EpTNgIh66Wgm6/mU"
    "91xjwm8BP/PKqQGIDUDYFhU8IIvMhSSxDB56FXoeoK5pWUH1YnDKtPMTXWD9J++H0/f2gr"
    "/5/Sqp9l50fK8TqE+8Px0EbIt9UMCbPGidY0WmTH+EIUhmriUivfgLeK/reqxg5oAv/tN4"
    "2+Awq2iGr7grrgfvtLqaize8NMepa4+UOZSsM/7sVtxNrbfM/Mf5+cePP5+fffz8y8Wnn3"
    "+++OVsud4kb61beC7bX/naE5nygsUonU8MFJod/0CiSruzgyghnoiUj9MJJCpo4+7e4com"
    "t5xpXisJVcslBiaxUdqh0NkCYiIdFHn8sk910OoP62wZZ4u6O8J3t9yarPu55SN81eq0+N"
    "9egvkI8xEoDoGCjj4RR0A1hte8ifaVGZbssr88jtnyGzdqMu3+dn4gFE+iRzjNT57hTIiQ"
    "fKFV6StiqYMRbv3R6jfbA3aJPcfRTcquNXuN5nUdCHNlpbxet/N9pTxuuRVEea9bqqo8+8"
    "Ucs1vYUs2KaFhG4RnjTdk0gmQm5bojqlZC6pCqHIdUqWCA9Km4nG5hFQxwjFoveL5k20BT"
    "m4jo6t+Q9Mz6WIvaOm7RXLXVnlDGA+wbQLeY3ekKUm4pD5i84MAEoYUoG0uc0rIdYsx0ZN"
    "QAPyUezNje2QL36IdtsjZs8N8nCcYd988JxoHO9j1MlAhpXg8AzCcEUPYU1smv4N6GC14F"
    "XZtAOlkSkYPrxrvzi8+c5hQ0YbB1Yi+mQ0ywqUNrhHk9iBqgXteU6UK86dx0J+x1xUliwO"
    "+d9+vVvjLeg3vvN2j/pARHqE9On7IdMIB0hAWvaTrU5b/YZt8Xe8KEzNlPYT/91EU/eOgg"
    "cYGoSVH3/gPmZGYZTEAQnqJb9kKU/wp+HzxDa4ZoauWtSKktPib+SmaaLtFVqaUqBFGtP8"
    "rqUFo/QAiiv0Bnpan95kUmhooUF/cCsyrHuDRsamG8AWFDKw/ScTkFdhbXi2diPrGflwfr"
    "mJiCOjvUOR1dYSHl65JDyjdISVCHbO+zFtRArBKjd50V0/pjGDFgEvUMl0ZMp9f9GjSPFz"
    "mMHxC/3OHlNDCjkhU0MMtrUEr2Ea9VoLlESt38kAoOVRLa3JX87/xuygnpi/X7QwNKfijF"
    "6/CsgwXWe0vrXkKzRhvU1rGsPHJQi2wVskVxLkUA9ClRwFQ742Qn9PhCEe7oAArnwHS5l9"
    "xFU9ulNcDLh8zYSK0BHrAMRJkIKo/l3PlTOOHKhjcyeJznKddvLeiYx2L6/1w91jTevgcD"
    "Hr15dvbpDQVezZY6uG11r9rdrz6na7ojzCBmwhScDr53m62rtzXQ6vd7fUDYB8QZUf4+nO"
    "adOAgBvr5QwcOKxGwmumC/OhPt6b1i9I/l+y5PFkg9nyAsvSpAE6Je4uGa4m8XOux11LkF"
    "hzI0Fal6PPSaIlWPUetZSNXIZJ052y0sVIkN5gHO1pCto/kxj4sr9LOh/0r0dsHC6vbNAk"
    "riKbJiLRGt4Njei+vmOEpEeruhOrARNhjgI+xtguqAby+RMcJiL1T3dmHxnd5rxUh7O8Wk"
    "alIzmsIih8tqKkv6crDhzgFoWEQBKs0HJzNXJ9ON0zDifRR6Gmnc3nbafNbwuBQ2bVzdsS"
    "tNkVqzPKGcJ2N0v7DLQ56PgR/ZVXeE+61/tJpDLuygfyLd9aLEX3+aEQrwyKekDtMPv4qJ"
    "bXX+1UbqC3ElDzPTck1M3/PnvQZdspdjsVaUVkIt6axVREhldEiPzcvr0Y+JKVNeHVB4+L"
    "GrMuZ2j6ny4CoPbuE9uJJJYAeoNryeQuWkSzkBvAhvdAIsko+8gRxTn5xInOP+ndraM+1X"
    "bV7yhqdjuuMa2cdS6GbL/XO66/QZOTQnyRwSKfLOuUiEJ/+ociDsN68guvtxVBHsSss8p1"
    "MJIZHD0wivY1XtjDB41cTav/8PcxgSPw=="
)

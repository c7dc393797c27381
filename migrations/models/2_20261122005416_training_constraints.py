from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        -- Rules the database holds itself, beside the service-level validation.
        ALTER TABLE "workout_log" ADD CONSTRAINT "fk_workout_log_replaces"
            FOREIGN KEY ("replaces_id") REFERENCES "workout_log" ("id") ON DELETE RESTRICT;
        ALTER TABLE "workout_log" ADD CONSTRAINT "ck_workout_log_rpe" CHECK (rpe IS NULL OR rpe BETWEEN 1 AND 10);
        ALTER TABLE "workout_log" ADD CONSTRAINT "ck_workout_log_duration"
            CHECK (duration_minutes IS NULL OR duration_minutes BETWEEN 0 AND 1440);
        ALTER TABLE "workout_log" ADD CONSTRAINT "ck_workout_log_notes" CHECK (notes IS NULL OR char_length(notes) <= 1000);
        ALTER TABLE "session_feedback" ADD CONSTRAINT "ck_session_feedback_energy" CHECK (energy IS NULL OR energy BETWEEN 1 AND 5);
        ALTER TABLE "session_feedback" ADD CONSTRAINT "ck_session_feedback_soreness" CHECK (soreness IS NULL OR soreness BETWEEN 1 AND 5);
        ALTER TABLE "session_feedback" ADD CONSTRAINT "ck_session_feedback_comments"
            CHECK (comments IS NULL OR char_length(comments) <= 1000);
        ALTER TABLE "training_program" ADD CONSTRAINT "ck_training_program_dates" CHECK (end_date >= start_date);
        ALTER TABLE "training_program" ADD CONSTRAINT "ck_training_program_version" CHECK (version >= 1);
        ALTER TABLE "program_phase" ADD CONSTRAINT "ck_program_phase_dates" CHECK (end_date >= start_date);
        ALTER TABLE "micro_cycle" ADD CONSTRAINT "ck_micro_cycle_dates" CHECK (end_date >= start_date);
        ALTER TABLE "training_session" ADD CONSTRAINT "ck_training_session_duration"
            CHECK (duration_minutes IS NULL OR duration_minutes BETWEEN 1 AND 300);
        ALTER TABLE "benchmark_metric" ADD CONSTRAINT "ck_benchmark_metric_value" CHECK (value > 0);
        ALTER TABLE "benchmark_metric" ADD CONSTRAINT "ck_benchmark_metric_1rm_exercise"
            CHECK (metric_type <> '1RM' OR exercise_id IS NOT NULL);
        ALTER TABLE "athlete_profile" ADD CONSTRAINT "ck_athlete_profile_hr"
            CHECK ((resting_hr IS NULL OR resting_hr BETWEEN 20 AND 150) AND (max_hr IS NULL OR max_hr BETWEEN 100 AND 250));
        CREATE UNIQUE INDEX "uniq_exercise_name_ci" ON "exercise" (lower("name"));"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP INDEX IF EXISTS "uniq_exercise_name_ci";
        ALTER TABLE "athlete_profile" DROP CONSTRAINT IF EXISTS "ck_athlete_profile_hr";
        ALTER TABLE "benchmark_metric" DROP CONSTRAINT IF EXISTS "ck_benchmark_metric_1rm_exercise";
        ALTER TABLE "benchmark_metric" DROP CONSTRAINT IF EXISTS "ck_benchmark_metric_value";
        ALTER TABLE "training_session" DROP CONSTRAINT IF EXISTS "ck_training_session_duration";
        ALTER TABLE "micro_cycle" DROP CONSTRAINT IF EXISTS "ck_micro_cycle_dates";
        ALTER TABLE "program_phase" DROP CONSTRAINT IF EXISTS "ck_program_phase_dates";
        ALTER TABLE "training_program" DROP CONSTRAINT IF EXISTS "ck_training_program_version";
        ALTER TABLE "training_program" DROP CONSTRAINT IF EXISTS "ck_training_program_dates";
        ALTER TABLE "session_feedback" DROP CONSTRAINT IF EXISTS "ck_session_feedback_comments";
        ALTER TABLE "session_feedback" DROP CONSTRAINT IF EXISTS "ck_session_feedback_soreness";
        ALTER TABLE "session_feedback" DROP CONSTRAINT IF EXISTS "ck_session_feedback_energy";
        ALTER TABLE "workout_log" DROP CONSTRAINT IF EXISTS "ck_workout_log_notes";
        ALTER TABLE "workout_log" DROP CONSTRAINT IF EXISTS "ck_workout_log_duration";
        ALTER TABLE "workout_log" DROP CONSTRAINT IF EXISTS "ck_workout_log_rpe";
        ALTER TABLE "workout_log" DROP CONSTRAINT IF EXISTS "fk_workout_log_replaces";"""


MODELS_STATE = (
    "eJztXWt32ziS/Ss4+hLnHOVhx85klZ09R5aZtrZlySvLnc605zAQCUkck4CaoOxoevLfF+"
    "BD4gOUSL1MUvjSaZEokL4FAlW3CoW/ahbRkUnfNmfOpOk4yJo6tQb4q4ahhdj/iG7XQQ1O"
    "p8ub/IIDh6bbHrKGKgy1HFLHhhrvdARNitglHVHNNqaOQTCXaLIbhol0YJKxgQGxAQQ2Gt"
    "mIToAGTbMOHtHUASN2w5nYxHFMA4/BFLF2mkZm2AEQ6+5vzTQQdt7yx+pEY89lDff2hBk2"
    "/pwh1SFj5EyQzZ7zxz/ZZQPr6Aei/OcftUf2ywXB60Z9RHP3pwcP0hlQNSa0bOj1L27He5"
    "8+qiMDmXpERYYr6l5XnfnUvXZ/37764rbkYAxVjZgzCy9bT+fOhOBF89nM0N9yGX5vjDCy"
    "IXtsSGd4Zpq+ioNLHgDsgmPP0OIv15cXdDSCM5NrvvbfoxnWuMKB+yT+n/P/8V8t1ExVu7"
    "2BeqcMVLWWGCj8FWKa9S9pBPNBZmCH4/7XT6/fJSDu1Rp/QOu62T/58PG1CwGhzth2b7pw"
    "1X66gtCBnqirwyXKmo2gr4oE2lfsjmNYSIx4VDKGvO6Lvg3+ZxMNBBeWKlh+awG4AXx7AL"
    "zG/kC9h825r/sVChi0b5S7QfPmlj/OovRP08WvOVD4nTP36jx29cTTF2HTiDfHLDoBX9uD"
    "a8B/gn/0ukpcq4t2g3/U+DuxuYmomDyrUA8N0+BqgBprudT6bKpvqPWopNR6UbQeYBRSu/"
    "/2S60H03FU360JtMW6DtrHtMzQKqNeLfhDNREeOxP28/TjCr3+1uy7M+ppXFdd/86Ze+tn"
    "BNzYYpgV45jYRlD7X3wxkT67uMgANWuVirV7Lwp21KDIinVUqnpQfzzPgPTH81Sg+a3YoA"
    "6bajlXirhsBdeK8q4NnknAbe/RY8gu5BeGUHt8hrauJu6QM5LWNnnLOrPiVyCGY1dJHE3+"
    "nr4X1sZPhoNa7EdN4KOF7tZXuWiG244NQL9hBg+NMuWa6M2MIsDFmP+kEahNwIQ5RhQ4hD"
    "lIADoTEznoM3OtxgZ1EB8Q4NlwJsBwwL+IgVnDCXQ8SZGTtp+HrPfTpGMlHatiTpslNbGl"
    "Y3WMWs/iWPF5XZ1AOslljYaFduNirZ9ZS2yLIgsaZh6AFwLVs/T34lShH1ODfRMbzF1RyQ"
    "rOXeWdqwRLFN1sfaK7XJwK9nVVSb+uj6DmM/LDMrs09Yur1rWWfeyDGc5zQhqV2gLU8nwq"
    "azBNsA2xMZtE9wuxkTHGv6K5i3GbvQjEGhIA6nMFraCfcg7U5dWl3m34vPDhI98p++vZ34"
    "wczwpq3rWaV0pNNHB3gOs9RSW0mbKiGv1UI7iyVwDd+06n9vNlqLG+F88fkEeEawJyLHK/"
    "vooe8zMDVGfRdC1B1sMIGJTOkL7IK3Cl64A6bATpAFIAwd11883ZxUfAXZnPwCYOdIkbbQ"
    "I5bTUitsUajaBlmPMkPbafR0hyrADTfV2SY0dEk0hy7Bi1noUcc+fz3OxYVErSY2vpMW/5"
    "y+mkRIT26/gdEuvd+H2SD9sE4IJPT5IPOzb92uiJrSWbqDgqKbVcBi0zO4oSnMfSSEpWL1"
    "704SyDufHhLNXc4LcSpKidnxG1JceciQ+d+XzbYWi7gkKahbezV5KhL8PZuagLuLpAG+kc"
    "nfsH+RnB2Si6prf5pwE83bFfz8jWILNNgBv+roOmPSb4zNDBFFL6TGzdZdHqgGAEbGIiUc"
    "raTvqUJFwB5pi6JOGOiI6RJNwxaj0LCXfg5KkiU297yZ0KFsLcPGdCsIKbrfaCOLczxEAr"
    "eGYlDOSoy+fLFhnrWqvXbF03vJT/B9wcXHeUgdIItgqwK1c37S77rVsGjttwL7MFzqDMeH"
    "WMJ4FeLgmDHOIUAy4sF9PJkAnuSynBHHRYi+2y1+tEVo3L9iCG8f3NpcKwd6FnjQzPrWl3"
    "BzHATUgd1TXWN1jOE8KS4CrOAp6029yAGFWfoGkwE2zkiAiC1QoX9yC1XjSt59iVF4tieF"
    "vgqGD69aW//NpHpps8k04aRffblVL1CeYoRhWHMqG2BCuef1UM22F7vHLxY+H9wq5xko5p"
    "D6MBYf9Zj2zT6+rWJiPDrOpQTMl7zY9W1sTXsoCUk3KNDRZRpafEcFpR7Mlrq05DjdcysY"
    "MJCmxzQA0dATIK7ewFnNoFJ6eN09d1wFw+Y4yRzjf/cso0ZevwTnrMUs8pnFWsG3Rqwrnq"
    "wieLM0mGtqArV0m5OsnQHqPWszC0kYk3ofd0AjEuV2ROa0P+8NP7DEzVp/epTBW/FSVO+P"
    "D/N1so8wAdljkcyLX7QWtfi9a+U1KntmFBe66OCUyJPaynauN9HBB5r1OT4eFgRGlOLdTu"
    "Bn2l+8vgugHYS7ogP2Cle3Xfb3ZbSgMgrM9s/ic/4Otvl/32VQNM5kPb0PnvW6U/6Pdur7"
    "/xi1NkOzaZTuYP+KvS/uV6oHZ6d3cN8IyM8YRTeJQ+4F+UrtJvdtQv7UFX4Xdjb/+A+82W"
    "ot72ldtmvzlo97oNwJTIjVw0hbbrXrA2ynXzst1pD4IWaAKHhmk4C/fj5TOPPGsVEyHRMU"
    "A/nFVbXBdiVcjxWrX6Kb8PIgtfgOjJTfP315HFr9Njo9RvHtJAq9O7jIdcEHXY+6gTAfXY"
    "xim4R4VisBtenku5YGevy/55c3Z6/rfzTx8+nn9iTdz3XFz52wrNJFl8/r3kgnQpIOFMwj"
    "nxpkXNEljPSGOriSlGNSIXt509wbd+B+UDeQWCV0qrfdPsnFzU4wGnYMo4T9hP/tLzOM6J"
    "cUROYrwSY1nHYfd1HAqSsvyi2TCygEMRCzj0FeYvtFuDVUnLYc+KjG1obRm8GvA3ZX/Vrd"
    "dbhWCPfPeUuT+s3x2Bdef1VlWwRgjpfPRtB5YP0pdQZ1UEyyTjLUfVV2I/kpnTIeOqYjRE"
    "WJtY0H7cEqnLoJ8bxN5KqxJcyWD7up1AQWB4z/uAimCn7HgX0FY7ezzrRBBdXpgt6UHlhY"
    "WULZTs1YhehH3938uYrzhcnElKbswpgC1dl2HfIwoAyrDvMWpdhn23O6PnfZa4L2uVvkXh"
    "fYJVkyTQrkmgLHzF4ROTiza0M/lKfmrfljjlzpwtJVaSAssBFnsxWzPotiNL8bspbWxG+t"
    "6l9b1vDM0mrbkmTu8O3a2v8sIt3k7VFg0z1cB1/EkCPCP06DnW/uxTBwb2vG3WbDqBVFBO"
    "Y6MeBD76H8GU5wPOu1Ld4eHlaUv/XfrvhV+tSurJSf/9GLWexX8PzcIJracmcEWFNkriKp"
    "yKd5zFxcwq21H5mBd/TWJgo1KrvqQSQrwqv4h9CfHqtVjPDV9Y5qjBY+PImQmcpWw560vp"
    "A2arT02IMQp0mjlL/bbT7HaVqwbw5R9wszVo/8YLjbglOR5wq3dzy0uPXPFaJNaUm/h63M"
    "jNROftvN4IX1UMntyuUo3YgpH+xSQwNS05IRtT1ogLl9bTFQ703v1lRwG3faXVvmv3utHF"
    "1L3JLy2TE/tKsxPf08FdlJwEalhGZiUmNsmEnbrMkEakJKirsxOnS3Zvy/zE6vKF9Ri1Ex"
    "1h6w+bcj/yHSDsI3sbdFdVeENzYt7itS+f2ljMNW/LMiY5CcnIQBVQkvGBnE5KBp/a4hPK"
    "Uvd3aBItSiWCkyHkbYczw9TrYIrg49u3b1/XAbF15J6lhXWACX5DnpBtstcJDpk3MDAcUR"
    "3gvTwjA7XpfRxul5LblNxmSab+krJckts8Rq1n4Tbz5iTJXKR8uUgjoqWRTGKAFwJV2L0e"
    "qxGcCeCzFQCfJQEO2xEJmFPZ+ZiUpOclPS/p+UKBJ+n5MtDzktmUzGYRWKD6BsxmFvItlE"
    "u2JQEXzV6rCOyF2INdMJv3RYjK+Jct4CoFH386XRkkM6qhyScLY+luRnxF3aUMjIjtpjwG"
    "1Ww5Xwgg4OYLsCEeo8/sFrDYZOg2Myj4rs1sG2HnO5jypp6ciLXc23Oy1NINagd7k4tvav"
    "yTfwpLbYUb8Q7Qj6kdfB9+nwvihT1SjQOu+m/oasX/QmpuP6wl/wG+Xit9BXhPB38Hr3yB"
    "V97EJulTSZ8Wbx0pKZEm6dNj1HoW+tQxnLQjqsTKXghUkEDdC78XfrMEzumlQGNiVSBTV3"
    "02+ygFKvk/yf+9HHgWjOziyjq/xsSq8N0fYJI9ZrK1dd/vK91BA/gOlJhufcAcvvZv/CK0"
    "tYnxVBQKljm7VLg4pga/QhKHC3yd7uvr2HHUK+rcZ/WVo1KS0ZZ1bg8aIkg9ky13iKCyhS"
    "XqsQhB9Itdn/ssq99mw3VH1W9l4CVHmRSezLIlShVNyS9EgKo0YB0iQhXAtiJCFUI2Q4SK"
    "hlpnKvXhW/7g2avL+xl856GZoNV3Hh9yz0/mCgVwzB5DHWA4FPCB8IqC/73rdQHVJsiC4k"
    "ogu37ABjEpJqzPTI9UZm3jyffJ+6H51g1ZyRiSjCEVc/YqaTRBxpCOUesyhlQIejO83OX8"
    "suKyFfy2yvstJadQfuAi//tVy8AzYZnNVFpUJCoPXxOcZUd0Zr06803DBWH5Is9gtf49Px"
    "5zhh/wZftXpQGGxiN6wP3eV3aVPD/gu6/tmwagz4bF/l9wEuhNzz1n81sDWMQ9YXP+gHuD"
    "a6XfAMQ15DeYH3cfP/D9J08HG6o03keh1Zr10NZiqCfsOibVw13FtBz7lRkQuqE54D/ANG"
    "gZtzqtAJkjElmsEqkQ8ayH2CrEO4inQshdfHu20NijEKZbLCqRDgoMeq2vtHq/Kf1v/OBl"
    "jWcqs0VBad6x3wjSOV80rpQ+s6T4oqG77/uAGWr86Gho6+x+83d2C/4oxux01IkDwjSBu1"
    "/bt7f8Gn00ptOiJAn4L62aBAr4uxU11OKCsoBahgJqi+GwCX8Xk92Bv1ke8EvnbvofuWqz"
    "yVtkn6VbCEnJAq9aG5oKF5lMhYsVpsJF0lSQCTp7SNCJhX9yAJuU3ALcgo3m3WD7guU0q4"
    "mn3HMu95wXIF2iXs5qmsWcEzYvpsleAHTvO51a2oK2A4hz5ZCVFODkQp4BZpl4upfE0ywZ"
    "kvIU9+Ke4l6SKWCvCX/xkSVI+BMMvvSEvyDGFB736xP+rskzgMCXBSNkOuCEsh7A+/dnry"
    "jQCUbvfFf8HSdY300ZPmBqzijwm71nzSxC9DrgOh/P64CyuY0fKyA4oHv/jxOW1g2w8eaU"
    "cOmJdYmCs6FlOD7bJJP+ZNJfQSf5kqZ/yaS/Y9R6lqS/YBXbKu0i0Umh8y6uGJINdwlMRs"
    "miMc7bZrvbAHxpLEb0jK/Hebj9oH0VGf1MhP4KPj+OrWflJNFNTdNbCsjkPEHRXt9YzAFo"
    "WERCmoRUI5aFeN8JSNPLz4RlqjALHLz2TNgvyWkWxWUraBiV1xBK2r8ynruHGFmUEMgKal"
    "RKgro6RhbaeLqjGFn1thTXY+R3dIStj5HJ+MKB4wv7ZIRDFLqADI4S7Ok8sL+rWjX9hhmq"
    "EvNMW1v3DjkLuFnosbFvQduyZm7nDQAxQLrhgGfbcBBljTF6Bn61JOBMoAO+22hqQg3R7+"
    "y3QXk9YVF54v0/MP+e8Ehiobvnm86xpqaUL05nlOvrixmHVJS1jrFBg5bg7+6wlmWMJRtd"
    "1Km4pLykZKOPUetZ2OiCJawXTfPl1bTA3dacGTR5jVmY1HT6dsKYmNxNuMVuQlsU8UmlZ2"
    "1haEcys3zYyc3++4YYEyGu6cz3QkDS3hvQ3iGPLIF5xj2V0S4OuLGSP3mDfZVK96rd/aUB"
    "pgjrTBcP+O5bt+WGht3+HrDS7/f6DYBsmxSkZIIsubzTOSagOHKy1TGxvW6TSXj4hSSrIz"
    "vqaZh6ieW9EmIiiFP4kohgDNUhk9zXcA0wPiykl71eJzKPX7bjE/X9zaXCZggX9eW+X1k6"
    "/BgiWeUxSMoZyComvtvEseRGmcoHsi4R1iYWtB9vEPtTtZogmhVvUl8V0hoGjVVr2TpTLW"
    "MLQTqzkQ4WXXwGE4M6xJ7zMsOPaOoAiHXgTBCPLSHqgJPhHLB/2bMNOnFZu9fg2cBUXMt4"
    "1w/IH7fyIFmkuEZ79gJZTNTWDCorF8uwUZEnvpIGEGTY6Bi1niVsFJuaM6fHR8WKvGlhwz"
    "T5D2cZKKcPZ6mUE78Vo5ygORMdJIg0w4JmCukUyMS/Kk/orS9cQrRX1e9SWu2bZufk9H39"
    "Q8xjD4A/T2xCYH+XYOJKH8FB+woO3bNs1R1XFHdM7PCIWmzC9SFlq0dC8qiPxJT80h74pb"
    "DvkAPVmJhkmOT5dIdnP0TjeAcYK6GuSjl414Ib+3pzn1O3T3Jpgb6AVQprJp1OCg+FLOnR"
    "FnlCfLcaMLDL42jMtzfJeIZ4DJY6yOJZxxScYAJcH53YdTCdsYVZqwPu3LwhzLt5DYgNIH"
    "CP/3tFAXnGosTofT4qC7XEnofGxJ5LmkjSREVdIUpKGEia6Bi1noUmcv9N6Dvduw7a78a7"
    "Xj+fHsy3Ps1UD/l0RT3k02Q95MWSJkR4fcJYWL7IfEbt7v/umwNmJ/w5g84Dvm53f1EaYM"
    "LQRw/4llltdw3gbktiv+47HfaDPeIBN1stdqvHD1yAmsZuE37iQqvXV3jZfpvLdr71bhRu"
    "8/Hi/nOyjMG9fKaZNaO8HuPYJrOpICUwPV87IXj4jO2QmTKcGabDQ4D8eS9hqewlj9ugqm"
    "ebJhWzLsNqKXfABKvFldJmWAW233Cek65JCErCZiVhs8RrB3xC1iPviwns+hPv42Nr85qu"
    "iySLLYuVCrJPqoH9XiuWNme6kbY7fXGvvop5gbxV9p3pPMHGFeHngLsr5Wd+siAF0ObZNE"
    "/IBr7fwxkPb0zp4AQyKIzxmN210WhGEQWGI6hFuvPesxAsTMAONpwvHXUvSwc7hjNfJvJ4"
    "P2XKzotzMSGdZYU6JCJX0liUThMf1Zju7y4liux/FcnnjU0lWYGOiVVhh1oU7I/nGbD+eJ"
    "4KNb8lRDpncDQsJOeHmEuPHJh393VYZitHvjyI7sdjn3La0hbWx0yfNqJS1Zs1zi8yzBrn"
    "F6mzBr8Vy6fi5gEzskWbz1ZkVUWkqofzxWmWtEDWKr187mkiMVAG0tLRL2dIRQbSjlHraY"
    "G0BEn3MlkpLYIxcv2UawRNZ6I8IZeUSRAl4ob1VayJthBRJ66MihZCmTgUbhoNIUXAJjOs"
    "v2HjYwqmNhmiz+F9SbptPCEK3nnPeKcPxZTJNp2tZ0gk1SHTTuS8KVdLqfX9F7WbIO1xs2"
    "89InkYrRekwkjBlZz8thF+MmyCrZy+ZkysgsTr7vegbVmY6gVqUm2QZXTbdBOJIM8j+tJs"
    "d3i3hhm3FLMo4FMG/D+lwv8pjr7JsMHaXLUEGvhiEphSeSoqFoN+xOXKR6us2jbVu7/sKO"
    "C2r7Tad22fQlxMWO5NfmmZZNJXmp04580rjTEI9XzBhYhU9dir3ccWLEQp8zbzgBwSqR7C"
    "F5lCZRcrQmUXXqisIJzBle9JLymBYNuWgDdIb1xfxR0E3roaIhGmIcG1/MGNH1oBcEhmDo"
    "BL/3/Z42fwnbl/Og9rQVO10eg74G9P3er+7I5T9/MpJoThIj4UYI/PkayDZB2k/ylZB6n1"
    "ArAORfJHC7T1Zffe6ITQXAgH7YvsfW4I7tlFlgg+a5VeteMiEcOfEluAb2qF46D54cob7x"
    "PeXReq9229POM1LFPBMXt6loUfYa3S8wLPEhwJ1SbIEmRWpaO8lDhgpfTl7p+S4hz1UvLg"
    "nZSUYzsb5jZxvBMr2DOR/eQexjLPc+RFegeHm7P/631JZmwTUkdlGBmb2vDCDnZgyheMwS"
    "qv5e45bAWhyprINrRJTbTxyLtTX7ntaNlmHd+Vrtgds0ip05CQRBJMOf5AL65/s5MZJ500"
    "Sj1kJH1xTT9lpAqr6l68HP5R5UDYb15BdPdTm4IwU0NEhKRvdQiJyEPmcm51eNHF7Of/A9"
    "X/ISc="
)

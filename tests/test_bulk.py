"""Variable coercion with a plan per input type (graphql_schema/bulk.py) gives exactly what
graphql-core's own coerce_input_value and input_is_nested_too_deeply give, valid or not."""

from __future__ import annotations

import copy
import json
import random
from typing import Any

import pytest
from graphql import (
    GraphQLField,
    GraphQLInputField,
    GraphQLInputObjectType,
    GraphQLInt,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    GraphQLString,
    Undefined,
)
from graphql.execution.values import input_is_nested_too_deeply as stock_too_deep
from graphql.utilities.coerce_input_value import coerce_input_value as stock_coerce

from app.settings import Settings
from graphql_schema import bulk
from graphql_schema.schema import build_schema

WELLNESS = {
    "date": "2026-03-01",
    "status": "TENTATIVE",
    "measuredAt": "2026-03-01T08:00:00Z",
    "restingHr": 52,
    "hrvRmssd": 61.5,
    "sleepMinutes": 452,
    "steps": 8214,
    "spo2": 97,
}
ACTIVITY = {"externalId": "a-1", "start": "2026-03-01T07:00:00Z", "durationSeconds": 3600, "type": "RUN"}
SLEEP = {
    "start": "2026-02-28T22:00:00Z",
    "end": "2026-03-01T06:00:00Z",
    "stages": [{"stage": "deep", "start": "2026-02-28T23:00:00Z", "end": "2026-02-28T23:30:00Z"}],
}
# replacements that break (or keep valid) one value each
ODD_VALUES: list[Any] = [
    None,
    "52",
    52.0,
    52.5,
    True,
    2**31,
    -(2**31) - 1,
    float("inf"),
    float("nan"),
    [],
    [52],
    {},
    "",
    "NOT_AN_ENUM",
    "2026-02-30",
    "not a date",
]


@pytest.fixture(scope="module")
def schema() -> Any:
    return build_schema(Settings(APP_ENV="test"))._schema


def _same(value: Any, type_: Any) -> None:
    fast = bulk.coerce_input_value(copy.deepcopy(value), type_)
    stock = stock_coerce(copy.deepcopy(value), type_)
    if stock is Undefined:
        assert fast is Undefined
    else:
        assert fast == stock and type(fast) is type(stock)
    assert bulk.input_is_nested_too_deeply(value, type_) == stock_too_deep(value, type_)


@pytest.mark.parametrize(
    ("name", "record", "extra"),
    [
        ("IngestWellnessInput", WELLNESS, {}),
        ("IngestActivitiesInput", ACTIVITY, {}),
        ("IngestSleepInput", SLEEP, {}),
        ("IngestHeartRateInput", {"start": "2026-03-01T00:00:00Z", "offsets": [0, 1], "bpm": [60, 61]}, {}),
        ("IngestHrvInput", {"takenAt": "2026-03-01T06:00:00Z", "value": 61.5, "metric": "SDNN"}, {}),
    ],
)
def test_batches_coerce_to_the_same_value_or_fail_alike(
    schema: Any, name: str, record: dict[str, Any], extra: dict[str, Any]
) -> None:
    type_ = GraphQLNonNull(schema.get_type(name))
    base = {"source": "garmin", "athleteId": "7f1b5a2e-52a3-4c4e-9d0b-8e2c3c1f4a10", "records": [record] * 3}
    _same(base, type_)
    _same({**base, "athleteId": None}, type_)
    _same({k: v for k, v in base.items() if k != "athleteId"}, type_)
    _same({**base, "records": record}, type_)  # a single value for a list
    _same({**base, "records": []}, type_)
    _same({**base, "unknown": 1}, type_)
    _same({k: v for k, v in base.items() if k != "source"}, type_)
    _same(None, type_)
    _same([base], type_)
    rng = random.Random(11)  # noqa: S311 (test data)
    fields = list(schema.get_type(name).fields["records"].type.of_type.of_type.of_type.fields)
    for _ in range(300):
        broken = copy.deepcopy(record)
        for _ in range(rng.randint(1, 3)):
            field = rng.choice([*fields, "unknownField"])
            if rng.random() < 0.2:
                broken.pop(field, None)
            else:
                broken[field] = rng.choice(ODD_VALUES)
        _same({**base, "records": [record, broken, record]}, type_)


def test_a_recursive_input_type_is_still_checked_for_depth() -> None:
    node = GraphQLInputObjectType(
        "Node", lambda: {"child": GraphQLInputField(node), "n": GraphQLInputField(GraphQLInt)}
    )
    deep: dict[str, Any] = {"n": 1}
    for _ in range(300):
        deep = {"child": deep, "n": 1}
    GraphQLSchema(
        GraphQLObjectType("Query", {"f": GraphQLField(GraphQLString, args={})}), types=[node]
    )  # a valid schema around it
    assert bulk.input_is_nested_too_deeply(deep, node) is True
    assert bulk.input_is_nested_too_deeply({"child": {"n": 2}}, node) is False
    _same({"child": {"n": 2, "child": None}, "n": 1}, node)
    _same({"child": {"n": "x"}}, node)
    lists = GraphQLList(GraphQLList(GraphQLNonNull(GraphQLInt)))
    for value in ([[1, 2], [3]], [1], 1, [[None]], [["1"]], None, [[2**40]]):
        _same(value, lists)


@pytest.mark.parametrize(
    "document",
    [
        '{"a": 1, "a": 2, "b": -0, "c": -0.0, "d": 1e5, "e": "\\u00e9", "f": [1.5, null, true]}',
        '{"big": 18446744073709551616, "small": -9223372036854775809, "edge": 18446744073709551615}',
        '{"digits": "12345678901234567890", "id": 1234567890123456789}',
        '{"huge": 2e308, "tiny": 1e-400, "nan": NaN, "inf": -Infinity}',
        '{"lone": "\\ud800", "pair": "\\ud83d\\ude00"}',
        "[" * 2000 + "]" * 2000,
    ],
)
def test_request_bodies_decode_as_the_standard_library_decodes_them(document: str) -> None:
    from graphql_schema.view import GraphQLEndpoint

    decode = GraphQLEndpoint.decode_json
    for data in (document, document.encode("utf-8", "surrogatepass")):
        try:
            expected = json.loads(data)
        except RecursionError:
            with pytest.raises(json.JSONDecodeError):
                decode(None, data)  # type: ignore[arg-type]
            continue
        got = decode(None, data)  # type: ignore[arg-type]
        assert repr(got) == repr(expected)  # repr: NaN, -0.0 and int/float told apart

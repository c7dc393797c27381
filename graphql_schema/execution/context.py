"""The executor every operation runs with (the techniques are described in __init__.py)."""

from __future__ import annotations

from functools import partial
from types import CoroutineType
from typing import Any

from graphql import (
    GraphQLField,
    GraphQLList,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLResolveInfo,
    is_leaf_type,
)
from graphql.execution.collect_fields import FieldDetailsList, GroupedFieldSet
from graphql.execution.executor import to_nodes
from graphql.execution.values import get_argument_values
from graphql.pyutils import Path, Undefined
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

from graphql_schema.execution.columns import reading
from graphql_schema.execution.compiled import Compiled
from graphql_schema.execution.eager import maybe_awaitable, step
from graphql_schema.execution.plan import (
    ATTRIBUTE,
    COMPUTED,
    OBJECT,
    UNKNOWN,
    Call,
    PlannedField,
    attribute_output,
    direct_call,
    named,
    output,
    plan_fields,
    resolver_call,
)
from graphql_schema.execution.prefetch import Memo, Prefetch

_MISSING = object()


# a Path made without its NamedTuple constructor's Python frame (one per field and list item)
_path = partial(tuple.__new__, Path)


class CoachgraphExecutionContext(StrawberryGraphQLCoreExecutionContext):
    """graphql-core's execution with plain fields completed in place, simple resolvers called
    directly, resolvers stepped eagerly, and lists of objects prefetched level by level."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # strawberry always passes a middleware manager; only one with middlewares wraps resolvers
        manager = self.middleware_manager
        self.wrapped_resolvers = manager is not None and bool(manager.middlewares)
        # per operation: id(grouped field set) -> (the set, kept alive so its id stays unique; plan)
        self._plans: dict[int, tuple[GroupedFieldSet, list[PlannedField] | None]] = {}
        # (parent type, field, id(field details)) -> (details, kept alive; the direct call or None)
        self._direct: dict[tuple[str, str, int], tuple[FieldDetailsList, Call | None]] = {}
        self._walk_calls: dict[tuple[str, str, int], tuple[FieldDetailsList, Call | None]] = {}
        self._arguments_of: dict[tuple[str, str, int], tuple[FieldDetailsList, dict[str, Any]]] = {}
        self._warmed: set[int] = set()  # ids of the lists a prefetch walk covered
        self._memo: Memo = {}  # what the walks resolved (prefetch.py)
        # (type, id(field details)) -> (details, kept alive; the grouped field set, None: @defer)
        self._selections: dict[tuple[str, int], tuple[FieldDetailsList, GroupedFieldSet | None]] = {}
        # (type, id(field details)) -> (details, kept alive; what the selection reads of a row)
        self._readings: dict[tuple[str, int], tuple[FieldDetailsList, frozenset[str] | None]] = {}
        self._compiled = Compiled(self.selection, self._plan, self._memo, self._warmed)

    def build_response(self, data: dict[str, Any] | None) -> Any:
        # the operation is done: drop what it cached (resolve infos refer back to this executor,
        # and the values to the operation's rows), so none of it waits for the cyclic collector
        self._plans.clear()
        self._direct.clear()
        self._walk_calls.clear()
        self._arguments_of.clear()
        self._memo.clear()
        self._warmed.clear()
        self._selections.clear()
        self._readings.clear()
        self._compiled.clear()
        return super().build_response(data)

    # ------------------------------------------------------------------ plain fields

    def execute_fields(
        self,
        parent_type: GraphQLObjectType,
        source_value: Any,
        path: Path | None,
        grouped_field_set: GroupedFieldSet,
        position_context: Any,
    ) -> Any:
        plan = self._plan(parent_type, grouped_field_set)
        if plan is None:
            return super().execute_fields(
                parent_type, source_value, path, grouped_field_set, position_context
            )
        results: dict[str, Any] = {}
        pending: list[str] = []
        try:
            for entry in plan:
                name = entry.name
                kind = entry.kind
                if kind == ATTRIBUTE:
                    value = attribute_output(entry, source_value)
                    if value is not UNKNOWN:
                        results[name] = value
                        continue
                    result = self.execute_field(
                        parent_type,
                        source_value,
                        entry.details,
                        _path((path, name, parent_type.name)),
                        position_context,
                    )
                elif kind == OBJECT:
                    result = self._plain_object(entry, parent_type, source_value, path, position_context)
                elif kind == COMPUTED:
                    result = self._computed(entry, parent_type, source_value, path, position_context)
                else:
                    result = self._stock(entry, parent_type, source_value, path, position_context)
                if result is not Undefined:
                    results[name] = result
                    if maybe_awaitable(result) and self.is_awaitable(result):
                        pending.append(name)
        except Exception:
            if pending:
                self.settle_in_background([results[name] for name in pending])
            raise
        return self._gathered(results, pending) if pending else results

    async def _gathered(self, results: dict[str, Any], pending: list[str]) -> dict[str, Any]:
        if len(pending) == 1:
            results[pending[0]] = await results[pending[0]]
        else:
            awaited = await self.gather_async_work([results[name] for name in pending])
            results.update(zip(pending, awaited, strict=True))
        return results

    def _plain_object(
        self,
        entry: PlannedField,
        parent_type: GraphQLObjectType,
        source: Any,
        path: Path | None,
        position: Any,
    ) -> Any:
        """An object-typed attribute completed by its sub-selection (errors located and
        propagated as graphql-core's execute_field does; anything unusual goes through it)."""
        field_path = _path((path, entry.name, parent_type.name))
        try:
            value = getattr(source, entry.attribute)
        except Exception:
            value = _MISSING
        if value is None and not entry.non_null:
            return None
        if value is None or value is _MISSING:
            return self.execute_field(parent_type, source, entry.details, field_path, position)
        return self._object(entry, field_path, value, position)

    def _stock(
        self,
        entry: PlannedField,
        parent_type: GraphQLObjectType,
        source: Any,
        path: Path | None,
        position: Any,
    ) -> Any:
        """A resolver's field: the value the walk resolved for it (a concrete object completed
        straight away), else execute_field."""
        field_path = _path((path, entry.name, parent_type.name))
        memo = self._memo.get(id(entry.details))
        value = memo.get(id(source), _MISSING) if memo else _MISSING
        if value is _MISSING or entry.field_def is None:
            return self.execute_field(parent_type, source, entry.details, field_path, position)
        if entry.object_type and value is not None and not (position or maybe_awaitable(value)):
            return self._object(entry, field_path, value, None)
        return self._finish(entry.field_def, parent_type, entry.details, field_path, value, position)

    def _computed(
        self,
        entry: PlannedField,
        parent_type: GraphQLObjectType,
        source: Any,
        path: Path | None,
        position: Any,
    ) -> Any:
        """A leaf a synchronous resolver computes: called directly, its output the quick way
        when it can be (the stock completion otherwise; an error located as execute_field does)."""
        try:
            value = entry.call(source)  # type: ignore[misc]
        except Exception as raw_error:
            field_path = _path((path, entry.name, parent_type.name))
            self.handle_field_error(raw_error, entry.return_type, entry.details, field_path)
            return None
        if value is None and not entry.non_null:
            return None
        out = output(entry, value) if value is not None else None
        if out is not None:
            return out
        field_path = _path((path, entry.name, parent_type.name))
        return self._finish(entry.field_def, parent_type, entry.details, field_path, value, position)  # type: ignore[arg-type]

    def _object(self, entry: PlannedField, field_path: Path, value: Any, position: Any) -> Any:
        """One concrete object (not an awaitable) of a field, completed by its sub-selection
        (errors located as execute_field does)."""
        try:
            completed = self._subfields(entry.named_type, entry.details, field_path, value, position)
        except Exception as raw_error:
            self.handle_field_error(raw_error, entry.return_type, entry.details, field_path)
            return None
        return self._located(completed, entry.return_type, entry.details, field_path)

    def _plan(self, parent_type: GraphQLObjectType, grouped: GroupedFieldSet) -> list[PlannedField] | None:
        cached = self._plans.get(id(grouped))
        if cached is None:
            plan = None if self.wrapped_resolvers else plan_fields(self, parent_type, grouped)
            cached = self._plans[id(grouped)] = (grouped, plan)
        return cached[1]

    # ------------------------------------------------------------------ resolvers

    def execute_field(
        self,
        parent_type: GraphQLObjectType,
        source: Any,
        field_details_list: FieldDetailsList,
        path: Path,
        position_context: Any,
    ) -> Any:
        """graphql-core's execute_field, with what the walk resolved taken as it is, simple
        resolvers called directly, coroutines stepped eagerly (a resolver whose data is cached
        completes without suspending) and concrete objects completed in place."""
        field_def = self.schema.get_field(parent_type, field_details_list[0].node.name.value)
        if not field_def:
            return Undefined
        try:
            memo = self._memo.get(id(field_details_list))
            result = memo.get(id(source), _MISSING) if memo else _MISSING
            if result is _MISSING:
                result = self._resolve(parent_type, field_def, field_details_list, source, path)
        except Exception as raw_error:
            self.handle_field_error(raw_error, field_def.type, field_details_list, path)
            return None
        return self._finish(field_def, parent_type, field_details_list, path, result, position_context)

    def _finish(
        self,
        field_def: GraphQLField,
        parent_type: GraphQLObjectType,
        details: FieldDetailsList,
        path: Path,
        result: Any,
        position: Any,
    ) -> Any:
        """The rest of execute_field once the resolver answered: completion, errors located."""
        return_type = field_def.type
        try:
            if not (maybe_awaitable(result) and self.is_awaitable(result)):
                completed = self._complete(field_def, parent_type, details, path, result, position)
            else:
                info = self.build_resolve_info(field_def, to_nodes(details), parent_type, path)
                return self.complete_awaitable_value(return_type, details, info, path, result, position)
        except Exception as raw_error:
            self.handle_field_error(raw_error, return_type, details, path)
            return None
        return self._located(completed, return_type, details, path)

    def _resolve(
        self,
        parent_type: GraphQLObjectType,
        field_def: GraphQLField,
        details: FieldDetailsList,
        source: Any,
        path: Path,
    ) -> Any:
        """The field's resolver called (directly when it can be), its coroutine stepped once."""
        direct = self._direct_call(parent_type, field_def, details)
        if direct is not None:
            result = direct(source)
        else:
            info = self.build_resolve_info(field_def, to_nodes(details), parent_type, path)
            resolve = field_def.resolve or self.field_resolver
            manager = self.middleware_manager
            if manager is not None and self.wrapped_resolvers:
                resolve = manager.get_field_resolver(resolve)
            result = resolve(source, info, **self._arguments(parent_type, field_def, details))
        return step(result) if type(result) is CoroutineType else result

    def _complete(
        self,
        field_def: GraphQLField,
        parent_type: GraphQLObjectType,
        details: FieldDetailsList,
        path: Path,
        result: Any,
        position: Any,
    ) -> Any:
        """complete_value, owned for leaves, concrete objects and lists of them."""
        return_type = field_def.type
        type_ = named(return_type)
        if isinstance(result, Exception):
            raise result
        if result is None or result is Undefined:
            if type_ is not return_type:
                raise TypeError(
                    f"Cannot return null for non-nullable field {parent_type}.{_name(parent_type, field_def)}."
                )
            return None
        if is_leaf_type(type_):
            return self.complete_leaf_value(type_, result)
        if isinstance(type_, GraphQLObjectType) and type_.is_type_of is None:
            return self._subfields(type_, details, path, result, position)
        if isinstance(type_, GraphQLList) and isinstance(result, list):
            item_type = named(type_.of_type)
            if isinstance(item_type, GraphQLObjectType) and item_type.is_type_of is None:
                if None not in result:
                    return self._objects(type_, details, path, result, position)
        info = self.build_resolve_info(field_def, to_nodes(details), parent_type, path)
        return self.complete_value(return_type, details, info, path, result, position)

    def _objects(
        self,
        list_type: GraphQLList[Any],
        details: FieldDetailsList,
        path: Path,
        items: list[Any],
        position: Any,
    ) -> Any:
        """A list of concrete objects (no null among them): warmed by a walk when no walk covered
        it yet, then each item's sub-selection executed (errors as complete_list_item_value)."""
        if items and id(items) not in self._warmed and not self.wrapped_resolvers:
            warming = Prefetch(self, self.call_for_walk, self.reading_for, self._warmed, self._memo).walk(
                named(list_type.of_type), details, items
            )
            if warming is not None:

                async def after_warming() -> Any:
                    await warming
                    completed = self._objects(list_type, details, path, items, position)
                    return (await completed) if self.is_awaitable(completed) else completed

                return after_warming()
        item_type = list_type.of_type
        object_type = named(item_type)
        if position is None:
            compiled = self._compiled.complete(object_type, details, items)
            if compiled is not None:
                return compiled
        completed: list[Any] = []
        pending: list[int] = []
        for index, item in enumerate(items):
            item_path = _path((path, index, None))
            try:
                value = self._subfields(object_type, details, item_path, item, position)
            except Exception as raw_error:
                self.handle_field_error(raw_error, item_type, details, item_path)
                value = None
            if maybe_awaitable(value) and self.is_awaitable(value):
                value = self._located(value, item_type, details, item_path)
                pending.append(index)
            completed.append(value)
        return self._gathered_items(completed, pending) if pending else completed

    def _subfields(
        self, type_: GraphQLObjectType, details: FieldDetailsList, path: Path, value: Any, position: Any
    ) -> Any:
        """collect_and_execute_subfields, its selection looked up once per operation."""
        grouped = self.selection(type_, details) if position is None else None
        if grouped is None:
            return self.collect_and_execute_subfields(type_, details, path, value, position)
        return self.execute_fields(type_, value, path, grouped, None)

    def selection(self, type_: GraphQLObjectType, details: FieldDetailsList) -> GroupedFieldSet | None:
        """The grouped field set of a selection on `type_`, once per operation (None: @defer)."""
        key = (type_.name, id(details))
        cached = self._selections.get(key)
        if cached is None:
            collected = self.collect_subfields(type_, details)
            cached = self._selections[key] = (
                details,
                None if collected.new_defer_usages else collected.grouped_field_set,
            )
        return cached[1]

    def _located(self, completed: Any, return_type: Any, details: FieldDetailsList, path: Path) -> Any:
        """`completed` as it is, or, when it is awaitable, awaited with its error located at
        `path` (a null there, as graphql-core's execute_field does)."""
        if not (maybe_awaitable(completed) and self.is_awaitable(completed)):
            return completed

        async def await_completed() -> Any:
            try:
                return await completed
            except Exception as raw_error:
                self.handle_field_error(raw_error, return_type, details, path)
                return None

        return await_completed()

    async def _gathered_items(self, completed: list[Any], pending: list[int]) -> list[Any]:
        awaited = await self.gather_async_work([completed[index] for index in pending])
        for index, value in zip(pending, awaited, strict=True):
            completed[index] = value
        return completed

    def _direct_call(
        self, parent_type: GraphQLObjectType, field_def: GraphQLField, details: FieldDetailsList
    ) -> Call | None:
        key = (parent_type.name, details[0].node.name.value, id(details))
        cached = self._direct.get(key)
        if cached is None:
            call = None if self.wrapped_resolvers else direct_call(self, parent_type, field_def, details)
            cached = self._direct[key] = (details, call)
        return cached[1]

    def _arguments(
        self, parent_type: GraphQLObjectType, field_def: GraphQLField, details: FieldDetailsList
    ) -> dict[str, Any]:
        """The field's coerced arguments (per operation; arguments that do not coerce raise)."""
        first = details[0]
        if not field_def.args and not first.node.arguments:
            return {}
        key = (parent_type.name, first.node.name.value, id(details))
        cached = self._arguments_of.get(key)
        if cached is None:
            values = get_argument_values(
                field_def,
                first.node,
                self.variable_values,
                first.fragment_variable_values,
                self.hide_suggestions,
            )
            cached = self._arguments_of[key] = (details, values)
        return cached[1]

    def call_for_walk(
        self, parent_type: GraphQLObjectType, field_def: GraphQLField, details: FieldDetailsList
    ) -> Call | None:
        if self.wrapped_resolvers:
            return None
        key = (parent_type.name, details[0].node.name.value, id(details))
        cached = self._walk_calls.get(key)
        if cached is None:
            call = self._direct_call(parent_type, field_def, details) or resolver_call(
                self, parent_type, field_def, details
            )
            cached = self._walk_calls[key] = (details, call)
        return cached[1]

    def reading_for(self, type_: GraphQLObjectType, details: FieldDetailsList) -> frozenset[str] | None:
        key = (type_.name, id(details))
        cached = self._readings.get(key)
        if cached is None:
            cached = self._readings[key] = (details, reading(self, type_, details))
        return cached[1]

    # ------------------------------------------------------------------ prefetch

    def complete_list_value(
        self,
        return_type: GraphQLList[GraphQLOutputType],
        field_details_list: FieldDetailsList,
        info: GraphQLResolveInfo[Any],
        path: Path,
        result: Any,
        position_context: Any,
    ) -> Any:
        item_type = named(return_type.of_type)
        complete = super().complete_list_value
        if (
            isinstance(result, list)
            and result
            and isinstance(item_type, GraphQLObjectType)
            and id(result) not in self._warmed
            and not self.wrapped_resolvers
        ):
            warming = Prefetch(self, self.call_for_walk, self.reading_for, self._warmed, self._memo).walk(
                item_type, field_details_list, result
            )
            if warming is not None:

                async def after_warming() -> Any:
                    await warming
                    completed = complete(
                        return_type, field_details_list, info, path, result, position_context
                    )
                    return (await completed) if self.is_awaitable(completed) else completed

                return after_warming()
        return complete(return_type, field_details_list, info, path, result, position_context)


def _name(parent_type: GraphQLObjectType, field_def: GraphQLField) -> str:
    return next(str(name) for name, candidate in parent_type.fields.items() if candidate is field_def)

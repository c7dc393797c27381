"""The limits every operation is validated against: depth, aliases and cost.

The rules are built once per schema, not per operation: the validation cache is keyed by the
rule classes, so rules rebuilt for each operation would make every lookup miss.

Cost estimates how many objects (rows) an operation can return: each object field costs one per
object it may produce, multiplied through its parents; scalar fields are free. A connection multiplies by its page size (`first`,
the default page when omitted, the largest page when it comes from a variable); a nested list
by the typical size below (the hard caps the services enforce are larger, documented in the
README). An operation over MAX_QUERY_COST is refused before it runs.
"""

from __future__ import annotations

from typing import Any

from graphql import (
    ASTValidationRule,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLNamedType,
    GraphQLObjectType,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    ValidationContext,
    ValidationRule,
    get_named_type,
    is_list_type,
    is_non_null_type,
)
from strawberry.extensions.max_aliases import create_validator as alias_rule
from strawberry.extensions.query_depth_limiter import create_validator as depth_rule

from graphql_schema.pagination import DEFAULT_PAGE_SIZE

# Typical sizes of the nested lists (per parent object), the cost rule's multipliers.
LIST_SIZES: dict[tuple[str, str], int] = {
    ("AthleteProfile", "programs"): 5,
    ("TrainingProgram", "phases"): 6,
    ("TrainingProgram", "microCycles"): 16,
    ("TrainingProgram", "sessions"): 112,
    ("ProgramPhase", "microCycles"): 4,
    ("MicroCycle", "sessions"): 7,
    ("AthleteWeek", "sessions"): 7,
    ("Query", "today"): 3,
    ("Query", "trainingLoad"): 31,
    ("Query", "readinessHistory"): 31,
    ("TrainingLoadDay", "workouts"): 2,
    ("DailyReadiness", "contributions"): 6,
    ("DailyReadiness", "tips"): 3,
    ("DailyReadiness", "sources"): 5,
    ("WeeklySummary", "patterns"): 3,
    ("WeeklySummary", "suggestions"): 3,
    ("Explanation", "inputs"): 30,
    ("RosterEntry", "dataFreshness"): 3,
}
DEFAULT_LIST_SIZE = 10
# Protects the walk itself: deeper documents are refused by the depth rule anyway.
MAX_WALK_DEPTH = 64


def _page_size(field: FieldNode, max_page_size: int) -> int:
    for argument in field.arguments or ():
        if argument.name.value == "first":
            if isinstance(argument.value, IntValueNode):
                return max(1, min(int(argument.value.value), max_page_size))
            return max_page_size  # a variable: assume the largest page
    return DEFAULT_PAGE_SIZE


class _Cost:
    def __init__(self, context: ValidationContext, max_page_size: int) -> None:
        self.schema = context.schema
        self.fragments: dict[str, FragmentDefinitionNode] = {
            d.name.value: d for d in context.document.definitions if isinstance(d, FragmentDefinitionNode)
        }
        self.max_page_size = max_page_size

    def of(self, parent: GraphQLNamedType | None, selections: SelectionSetNode | None, depth: int = 0) -> int:
        if selections is None or not isinstance(parent, GraphQLObjectType) or depth > MAX_WALK_DEPTH:
            return 0
        total = 0
        for selection in selections.selections:
            if isinstance(selection, FieldNode):
                total += self._field(parent, selection, depth)
            elif isinstance(selection, InlineFragmentNode):
                condition = selection.type_condition
                target = self.schema.get_type(condition.name.value) if condition else parent
                total += self.of(target, selection.selection_set, depth + 1)
            elif isinstance(selection, FragmentSpreadNode):
                fragment = self.fragments.get(selection.name.value)
                if fragment is not None:
                    target = self.schema.get_type(fragment.type_condition.name.value)
                    total += self.of(target, fragment.selection_set, depth + 1)
        return total

    def _field(self, parent: GraphQLObjectType, field: FieldNode, depth: int) -> int:
        definition = parent.fields.get(field.name.value)
        if definition is None:
            return 0
        output = definition.type
        named = get_named_type(output)
        if not isinstance(named, GraphQLObjectType):
            return 0  # a scalar or an enum: part of its object, no row of its own
        if named.name.endswith("Connection"):
            return 1 + _page_size(field, self.max_page_size) * (1 + self._edges(named, field, depth))
        nullable = output.of_type if is_non_null_type(output) else output
        size = (
            LIST_SIZES.get((parent.name, field.name.value), DEFAULT_LIST_SIZE)
            if is_list_type(nullable)
            else 1
        )
        return size * (1 + self.of(named, field.selection_set, depth + 1))

    def _edges(self, connection: GraphQLNamedType, field: FieldNode, depth: int) -> int:
        """What one edge of a connection costs: its node's selection (and the edge itself)."""
        assert isinstance(connection, GraphQLObjectType)
        edge = get_named_type(connection.fields["edges"].type)
        total = 0
        for selection in field.selection_set.selections if field.selection_set else ():
            if isinstance(selection, FieldNode) and selection.name.value == "edges":
                total += self.of(edge, selection.selection_set, depth + 1)
        return total


def cost_rule(max_cost: int, max_page_size: int) -> type[ValidationRule]:
    """A validation rule refusing operations whose estimated cost is over `max_cost`."""

    class QueryCost(ValidationRule):
        def enter_operation_definition(self, node: OperationDefinitionNode, *_: Any) -> None:
            root = self.context.schema.get_root_type(node.operation)
            cost = _Cost(self.context, max_page_size).of(root, node.selection_set)
            if cost > max_cost:
                self.report_error(
                    GraphQLError(
                        f"This operation could return about {cost} objects, more than the {max_cost} allowed:"
                        " ask for smaller pages or fewer nested lists.",
                        node,
                        extensions={"code": "QUERY_TOO_COSTLY", "cost": cost, "maxCost": max_cost},
                    )
                )

    return QueryCost


def validation_rules(
    *, max_depth: int, max_aliases: int, max_cost: int, max_page_size: int
) -> list[type[ASTValidationRule]]:
    """The limit rules of one schema, built once."""
    rules: list[type[ASTValidationRule]] = [depth_rule(max_depth, None), alias_rule(max_aliases)]
    rules.append(cost_rule(max_cost, max_page_size))
    return rules

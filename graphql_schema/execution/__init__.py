"""GraphQL execution, owned where graphql-core's generic path dominates.

graphql-core executes every field alike: a resolve info, a resolver call through Strawberry's
wrappers, an awaitable check, then completion; an async resolver costs a coroutine, a wrapper
coroutine and a future per batch it waits for. A coach dashboard is tens of thousands of fields
(50 athletes, 4,000 sessions), and that generic work, not SQL, was its cost.
`CoachgraphExecutionContext` subclasses graphql-core's executor (its public extension point)
with six techniques; whatever they do not cover runs the stock path, and the whole test suite
runs through it:

1. Plain fields (a row's attribute: no resolver, no arguments, no permission) are read and
   completed in place (`plan.py`): `getattr`, then the scalar's serializer or the object's
   sub-selection. No resolve info, no resolver call. Anything unusual (a null for a non-null
   field, a serializer refusing a value, a missing attribute) is handed to the stock path,
   which reports it exactly as before.
2. Simple resolvers (`def field(self, info)`: no arguments, permission classes or extensions)
   are called directly (`plan.py`), with one Strawberry `Info` per field of the operation
   instead of one per call. Resolvers must not read `info.path` (tests/test_house.py holds it).
3. Resolvers run eagerly (`eager.py`): an `async def` resolver whose data the operation's
   loaders already hold finishes without suspending, so its coroutine is stepped once in place
   and its value completed synchronously. One that does suspend is resumed by the event loop.
4. Look-ahead prefetch (`prefetch.py`): before the items of a list of objects are completed,
   the resolvers their selection asks for are called for all items at once, level by level
   down the selection (all programs, then all their phases, then all their weeks, ...), the
   suspended ones driven together. Every loader batch of the subtree is cached before the first
   item completes, and completing them runs without suspending. The walk only warms loaders:
   the response's values come from the normal pass.
5. Rows read with the columns the selection shows (`columns.py`): when every field selected on
   a walked list's objects says what it reads of its row (a plain field its attribute, a
   `loaded` field its key, a resolver its `reading(...)`), the list's loader fetches only those
   columns. A dashboard's 4,000 sessions decode 6 of 18 columns and its 3,000 logs 4 of 13:
   the dashboard's server CPU went from 88 to 58 ms a request, in process.
6. Compiled completion (`compiled.py`): when every field a list's objects select is plain,
   computed, `__typename` or resolved by the walk (a leaf, a concrete object or a list of
   them), the selection becomes one generated Python function per operation (its code cached
   by its source) that turns a row into its response dict: no plan entry, path or awaitable
   check per field. Anything unusual (a null for a non-null field, a value a serializer
   refuses, a value the walk did not resolve) raises inside it, and the list is completed
   again by the owned path, which reports it as before. With the walk's memo kept by field
   then row and rows grouped a run of keys at a time, the dashboard's CPU went from 58 to
   36 ms a request, in process.

docs/PERFORMANCE.md has what each technique bought, measured with `make bench`.
"""

from graphql_schema.execution.context import CoachgraphExecutionContext

__all__ = ["CoachgraphExecutionContext"]

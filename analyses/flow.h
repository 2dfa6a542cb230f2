/* Flow: a control-flow graph over the statements of one scope (a function
 * body, or the module), built from the FlatTree with an explicit stack,
 * and the may/must-be-bound dataflow of the scope's local names (bitsets).
 * Handles if/elif/else, loops with else, break/continue, return/raise,
 * try/except/else/finally (finally analysed three times: normal exit, a
 * return through it, an exception through it; reads in the last are not
 * reported: the exception in flight would only change),
 * with, match, assert False, `while True` without break, expressions
 * that always raise (`1 / 0`, `'a' + 1`) and calls that never return:
 * one table of known callables (sys.exit and its aliases, os._exit,
 * pytest.skip/fail/exit/xfail, typing.assert_never, TestCase.fail and
 * skipTest through self), and a per-file summary (FlowSet.noreturn_def):
 * a function none of whose paths returns, found by rebuilding the flows
 * while the set grows (at most 8 rounds), called by name or as a method
 * through self/cls (the class or its same-file bases; not a placeholder
 * that raises NotImplementedError; `self.fail()` also in a helper outside
 * a class). A try body that always raises sends
 * its handlers only the state before its raising statements; calls of
 * builtins such as repr/len/isinstance do not feed handlers that name
 * only specific classes, nor does the next item of a loop over a name
 * feed handlers of the program's own exception classes; handlers of only
 * StopIteration are fed only by next()/send()/throw() calls, await and
 * yield. Besides the real solution, a quiet one (Flow.quiet_*) follows
 * exception edges only out of statements that always raise: a read unbound
 * in the real one but bound in the quiet one is unbound only because a try
 * body raised before its binding (SNG108). A for loop over a non-empty iterable (a
 * display, `range` with known bounds, `s.split(sep)`, `re.split`) runs its
 * body at least once. A walrus that runs whenever a later read of the
 * same expression does binds it for that read.
 * A test that is false whenever the code runs (`if TYPE_CHECKING:`, `if
 * False:`) never enters its branch. Annotations that are not evaluated
 * (a local variable's; any under `from __future__ import annotations` or
 * a 3.14 target) read nothing. At the module's top level a loop runs its
 * body at least once (it walks the module's own data).
 * Facts are kept per basic block, and only for the locals a query can ask
 * about (a function's reads, the locals nested functions read, the
 * module's names that a read of its top level could find unbound), so they
 * grow with blocks x such locals, not statements x names. With the steps
 * of the correlated-conditions search they draw on one budget per file
 * (FlowSet.max_facts, a setting), so no file can take unbounded memory or
 * time here: over it, the caller reports the file (SNG002).
 * sg_flows_build builds one Flow per function scope and class body of a
 * file (plus the module); free with sg_flows_delete. */
#ifndef SG_FLOW_H
#define SG_FLOW_H

#include <stdbool.h>
#include <stdint.h>

#include "analyses/model.h"

typedef enum FlowNodeKind {
  FLOW_ENTRY,
  FLOW_EXIT,
  FLOW_STATEMENT,     /* a simple statement, or a def/class statement */
  FLOW_CONDITION,     /* if/elif/while test */
  FLOW_ITERATE,       /* a for loop's iterable, evaluated once */
  FLOW_LOOP,          /* a for loop's head: next item or exhausted */
  FLOW_TARGET,        /* a for loop's target, bound for one iteration */
  FLOW_WITH,          /* with items and their `as` targets */
  FLOW_DISPATCH,      /* an exception raised in a try body */
  FLOW_HANDLER,       /* an except clause: its type and `as` name */
  FLOW_HANDLER_END,   /* the end of a handler: the `as` name is deleted */
  FLOW_SUBJECT,       /* a match subject */
  FLOW_CASE,          /* a case pattern and guard */
  FLOW_JOIN,
} FlowNodeKind;

typedef enum FlowEventKind {
  FLOW_EVENT_READ,
  FLOW_EVENT_BIND,
  FLOW_EVENT_UNBIND,
  FLOW_EVENT_MAYBIND,   /* a walrus in a short-circuited operand */
} FlowEventKind;

typedef struct FlowEvent {
  uint8_t kind;
  uint32_t local;     /* index into Flow.locals */
  uint32_t node;      /* the identifier (or statement, for an unbind) */
} FlowEvent;

typedef struct FlowNode {
  uint8_t kind;
  bool reachable;
  uint32_t node;              /* the FlatTree node evaluated here, or SG_NONE */
  uint32_t first_succ, succ_count;
  uint32_t first_event, event_count;
  uint32_t exc;               /* where an exception raised here goes, or SG_NONE */
  bool in_flight;             /* in the copy of a finally that an exception runs:
                                 an exception is already propagating (reads
                                 there are still reads: an UnboundLocalError
                                 replaces the exception in flight) */
  bool terminal;              /* always raises: `raise`, a no-return call */
} FlowNode;

typedef Array(uint32_t) FlowU32s;

struct FlowSet;

typedef struct Flow {
  struct FlowSet *set;        /* its file's: the budget sg_flow_correlated draws on */
  const FlatTree *tree;
  const SemanticModel *model;
  uint32_t scope;
  Array(FlowNode) nodes;      /* node 0 is the entry, node 1 the exit */
  Array(uint32_t) succ;
  Array(FlowEvent) events;
  FlowU32s locals;            /* local index -> symbol */
  uint8_t *external;          /* [local] also assigned by a nested scope (nonlocal) */
  uint32_t *fact_of;          /* [local] its bit in the facts, or SG_NONE: untracked, its
                                 events change nothing and queries about it answer nothing
                                 (the module's names; a function's locals that neither it
                                 nor a nested function reads) */
  uint32_t facts;             /* tracked locals */
  uint32_t words;             /* bitset words per block */
  /* Basic blocks: a block is its leader and the chain of single
   * successors after it that have no other way in. */
  uint32_t *block_of;         /* [node] its block, or SG_NONE (no way in from the entry) */
  uint32_t *block_pos;        /* [node] its place in its block (the leader's: 0) */
  FlowU32s leaders;           /* [block] its first node; block 0 is led by the entry */
  /* Indexes for sg_flow_state_before, so that a query costs what it
   * touches and not the whole flow: */
  FlowU32s by_tree;           /* the nodes that have a tree node, in tree-node order */
  uint32_t *fact_first;       /* [fact], [facts]: where a tracked local's entries start */
  FlowU32s fact_nodes;        /* per tracked local, in block order: the nodes with events on it */
  uint64_t *may_in;           /* [block * words]: bound on some path */
  uint64_t *must_in;          /* [block * words]: bound on every path */
  bool returns;               /* some path returns (a `return`, or off the end) */
  FlowU32s falls;             /* the nodes that fall off the end of the body (not a raise's) */
  /* The quiet variant (NULL when every exception edge is a raise's): the
   * same dataflow with exception edges followed only out of nodes that
   * always raise, so a handler or the exception copy of a finally sees
   * only explicit raises. */
  uint64_t *quiet_may_in, *quiet_must_in;
  uint8_t *quiet_reachable;   /* [block] */
} Flow;

typedef struct FlowSet {
  const SemanticModel *model;
  Array(Flow *) flows;
  uint32_t *scope_flow;       /* [scope] index into flows, or SG_NONE */
  uint8_t *noreturn_def;      /* [scope] a same-file function that never returns */
  /* The budget, per file: the dataflow's facts (blocks x tracked locals,
   * bits) and the correlated-conditions search's (a node visited with k
   * predicates: k + 1) draw on max_facts. */
  uint64_t max_facts;         /* 0: no limit */
  uint64_t facts_left;
  bool deferred_annotations;  /* `from __future__ import annotations`, or a target of 3.14+:
                                 no annotation is evaluated where it is written */
  uint32_t over_scope;        /* where it ran out, else SG_NONE. In the dataflow:
                                 then no scope has a flow. In sg_flow_correlated:
                                 then it answers false (the read is reported) and
                                 the caller must drop the file's flow findings. */
} FlowSet;

/* max_facts: Settings.max_analysis_facts (0: no limit). Peak memory of the
 * solutions is about max_facts / 2 bytes (may and must, real and quiet).
 * target_minor: the Python 3 minor version the code runs on (Settings):
 * from 14 on, annotations are evaluated only when asked for. */
FlowSet *sg_flows_build(const SemanticModel *model, uint64_t max_facts, int target_minor);
/* Does `from __future__ import annotations` head the module? */
bool sg_flow_future_annotations(const SemanticModel *model);
/* Is node an annotation that is not evaluated where it is written: a
 * local variable's (`d: mod.T = v` in a function: never evaluated), or
 * any when annotations are deferred (FlowSet.deferred_annotations)? Its
 * names are not read then. */
bool sg_flow_unevaluated_annotation(const SemanticModel *model, uint32_t node, bool deferred);
/* A test that is false whenever the code runs: a false constant, or
 * `TYPE_CHECKING` (`typing.TYPE_CHECKING`), true only for type checkers.
 * Its branch never runs: names bound only there are unbound after it. */
bool sg_flow_never_true(const FlatTree *tree, uint32_t cond);
void sg_flows_delete(FlowSet *self);
/* The flow of a scope (a function, a class body, the module), or NULL
 * (lambdas, comprehensions). */
const Flow *sg_flows_of(const FlowSet *self, uint32_t scope);

static inline bool sg_flow_bit(const uint64_t *set, uint32_t i) {
  return (set[i / 64] >> (i % 64)) & 1;
}

/* Calls fn for each read event (of a tracked local) of a reachable node,
 * in node order, with the state just before it: *may / *must say whether
 * the local is bound on some / every path. */
typedef void (*FlowReadFn)(void *arg, const Flow *flow, const FlowEvent *event, bool may, bool must);
void sg_flow_each_read(const Flow *flow, FlowReadFn fn, void *arg);
uint32_t sg_flow_local_of(const Flow *flow, uint32_t symbol);
/* The state of `local` just before FlatTree node `at` runs (events of its
 * statement that come before it included). Returns false when no reachable
 * flow node evaluates `at`, or `local` is untracked. */
bool sg_flow_state_before(const Flow *flow, uint32_t at, uint32_t local, bool *may, bool *must);
/* The state of `local` when the body runs to its end (falls off it; not
 * when it raises): for the module, what its functions see once the import
 * is done. Returns false when no path reaches the end, or `local` is
 * untracked. */
bool sg_flow_state_at_end(const Flow *flow, uint32_t local, bool *may, bool *must);
/* Is the read of `local` at identifier `read` bound on every path of the
 * quiet variant (or reached by none of them)? For a read that the real
 * dataflow finds possibly unbound, true means every path that reaches it
 * unbound leaves a try body (or its handlers) by an exception a statement
 * raised before the binding ran: through a handler that falls through, or
 * through the copy of a finally an exception runs. */
bool sg_flow_bound_unless_raised(const Flow *flow, uint32_t read, uint32_t local);

/* Correlated conditions. A FLOW_CONDITION node c with a tree node (an
 * if/elif/while test) has its true branch at node c + 1 (a FLOW_JOIN);
 * its other successors are the false branch. sg_flow_correlated says
 * whether every path that reaches `at` with `local` unbound is
 * infeasible: for some predicate P (an atom of a test of the function:
 * a name, an attribute/subscript chain, a comparison such as `x is
 * None`, isinstance/hasattr/len calls, nothing with side effects), each
 * path is tracked with what it knows of P (unknown / true / false),
 * learnt at the tests (`if P`, `if not P`, `P and Q`, `assert P`, and
 * `P and <at>` / `<at> if P else ...` inside the read's statement) and
 * forgotten when a local P reads is rebound; a path that learns P true
 * after it learnt P false (or the reverse) dies. `if flag: x = 1` ...
 * `if flag: use(x)`, `if not flag: return` ... `x`, `x if flag else
 * None` are silent; a different test, or the flag rebound between, is
 * not. Each of up to 16 predicates is tried alone; then the read's own
 * guards (its enclosing if/elif/while tests and the and/or/ternary tests
 * in its statement) together, up to three, a path's knowledge being one
 * value per predicate and each test evaluated three-valued under it
 * (`if is_a or is_b:` after `is_a = True` / `is_b = True` next to the
 * bindings); likewise the predicates of the if/elif chains that bind the
 * local (up to three: a chain whose tests cover every case). A test splits
 * a path that does not know a predicate it mentions into the true and
 * the false case. Constant flags also come from tuple assignments
 * (`x, done = v, False`). Calls other than isinstance/hasattr/callable/len/type are
 * not predicates; a store to an attribute or subscript a predicate reads
 * forgets it (calls that might change it are not followed). */
/* The tests guarding `read` within its function (stopping at a def,
 * class or lambda), innermost first: the left operand of an and/or whose
 * right holds it (truth: `and`), a ternary's test (truth: in its true
 * arm), the test of each if/elif/while whose body holds it (true), of
 * each if whose elif or else holds it and each while whose else holds it
 * (false). */
typedef struct FlowGuard { uint32_t test; bool truth; } FlowGuard;
typedef Array(FlowGuard) FlowGuards;
void sg_flow_guards_of(const FlatTree *t, uint32_t read, FlowGuards *out);

/* inner_read: for a call of a nested function at `at`, the read of
 * `local` inside it (its guards there, when they test only names of this
 * scope, count too), else SG_NONE. */
/* Draws on the file's budget; once it is spent, answers false (and
 * FlowSet.over_scope says the answers are not to be trusted). */
bool sg_flow_correlated(const Flow *flow, uint32_t local, uint32_t at, uint32_t inner_read);

/* A method whose own body raises NotImplementedError (or is an
 * @abstractmethod): a placeholder subclasses override, not taken to end a
 * path when called through self. */
bool sg_flow_placeholder(const FlatTree *tree, uint32_t def);

const char *sg_flow_kind_name(FlowNodeKind kind);

/* Does the with statement hold `contextlib.suppress(...)` among its items
 * (the flow sends what its body raises past it)? */
bool sg_flow_suppresses(const SemanticModel *model, uint32_t with_stmt);

#endif

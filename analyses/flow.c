#include "analyses/flow.h"

#include <stdlib.h>
#include <string.h>

#include "analyses/resolve.h"

const char *sg_flow_kind_name(FlowNodeKind kind) {
  static const char *const names[] = {
    "entry", "exit", "statement", "condition", "iterate", "loop", "target", "with",
    "dispatch", "handler", "handler-end", "subject", "case", "join"};
  return kind <= FLOW_JOIN ? names[kind] : "?";
}

/* ---- building the graph ------------------------------------------------------ */

typedef enum FrameKind {
  FRAME_BLOCK, FRAME_IF, FRAME_WHILE, FRAME_FOR, FRAME_TRY, FRAME_WITH, FRAME_MATCH,
} FrameKind;

typedef Array(uint32_t) NodeList;

typedef struct Frame {
  FrameKind kind;
  uint32_t node;        /* FlatTree statement (or block) */
  int phase;
  uint32_t cursor;      /* next statement (BLOCK), next alternative/handler/case */
  uint32_t a, b;        /* per kind: last condition / loop head / dispatch / previous case */
  uint32_t fin_abrupt;  /* TRY with finally: entry of the copy run by a return */
  uint32_t fin_raise;   /* TRY with finally: entry of the copy run by an exception */
  uint32_t handler;     /* TRY: the except clause being built */
  uint32_t first_node;  /* TRY: first flow node of the body */
  uint32_t raising;     /* TRY: b->raising when the body started */
  bool flag;            /* WHILE: infinite; TRY: has catch-all; MATCH: exhaustive */
  NodeList acc;         /* ends collected from branches */
  NodeList breaks;      /* loops: break statements */
  NodeList abrupt;      /* TRY: returns routed through finally */
  NodeList branches;    /* IF: each branch's block, high bit set when it falls through */
} Frame;

/* Where a flow node's events come from: a FlatTree subtree (symbol ==
 * SG_NONE), or one synthetic event on a symbol (the end of an except
 * handler unbinds its name; an if/elif chain assumed exhaustive binds). */
typedef struct Region { uint32_t flow_node, tree_node, symbol; uint8_t event; } Region;

typedef struct Builder {
  const SemanticModel *m;
  const FlatTree *t;
  const FlowSet *set;
  Flow *flow;
  Array(Frame) frames;
  NodeList ends;
  Array(uint64_t) edges;   /* from << 32 | to */
  Array(Region) regions;
  uint32_t raising;        /* nodes created so far that may raise */
  uint32_t in_flight;      /* building the copy of a finally an exception runs */
  NodeList terminals;      /* nodes that always raise: `raise`, `1 / 0`, a same-file no-return call */
  bool exits;              /* the last no-return call found exits or skips (sys.exit, pytest.skip) */
  const uint32_t *local_of;  /* [symbol] local index + 1, 0 when not a local of this scope */
  uint8_t *list_kept;      /* [local] a list local's reads, looked at once: 0 not yet,
                              1 some may empty it, 2 none (sg_flow__nonempty) */
} Builder;

static void sg_flow__edge(Builder *b, uint32_t from, uint32_t to) {
  array_push(&b->edges, ((uint64_t)from << 32) | to);
}

static void sg_flow__drop_edge(Builder *b, uint32_t from, uint32_t to) {
  uint64_t e = ((uint64_t)from << 32) | to;
  for (uint32_t i = b->edges.len; i-- > 0;)
    if (b->edges.items[i] == e) {
      b->edges.items[i] = b->edges.items[--b->edges.len];
      return;
    }
}

static void sg_flow__connect(Builder *b, uint32_t to) {
  for (uint32_t i = 0; i < b->ends.len; i++) sg_flow__edge(b, b->ends.items[i], to);
}

static void sg_flow__ends_set(Builder *b, uint32_t node) {
  b->ends.len = 0;
  if (node != SG_NONE) array_push(&b->ends, node);
}

static void sg_flow__ends_append(NodeList *to, const NodeList *from) {
  for (uint32_t i = 0; i < from->len; i++) array_push(to, from->items[i]);
}

bool sg_flow_suppresses(const SemanticModel *m, uint32_t with) {
  const FlatTree *t = m->tree;
  uint32_t body = with == SG_NONE ? SG_NONE : sg_flat_field(t, with, FIELD_BODY);
  for (uint32_t i = with; with != SG_NONE && i <= t->subtree_end[with] && (body == SG_NONE || i < body); i++) {
    if (t->kind[i] != KIND_CALL || t->kind[t->parent[i]] == KIND_ARGUMENT_LIST) continue;
    char buf[64];
    const char *q = sg_resolve_qualified(m, sg_flat_field(t, i, FIELD_FUNCTION), buf, sizeof buf);
    if (q && !strcmp(q, "contextlib.suppress")) return true;
  }
  return false;
}

/* Where an exception raised here goes: the innermost try's dispatch (in
 * its body) or abrupt finally (in its else/handlers), else SG_NONE. */
static uint32_t sg_flow__exception_target(const Builder *b) {
  for (uint32_t i = b->frames.len; i-- > 0;) {
    const Frame *f = &b->frames.items[i];
    /* `with contextlib.suppress(E):` catches what its body raises */
    if (f->kind == FRAME_WITH && f->phase == 1 && f->a != SG_NONE) return f->a;
    if (f->kind != FRAME_TRY) continue;
    if (f->phase == 1) return f->a;
    if (f->phase >= 2 && f->phase <= 4 && f->fin_raise != SG_NONE) return f->fin_raise;
  }
  return SG_NONE;
}

/* Where `return` goes: through the innermost enclosing finally, or exit. */
static uint32_t sg_flow__return_target(const Builder *b) {
  for (uint32_t i = b->frames.len; i-- > 0;) {
    const Frame *f = &b->frames.items[i];
    if (f->kind == FRAME_TRY && f->phase >= 1 && f->phase <= 4 && f->fin_abrupt != SG_NONE)
      return f->fin_abrupt;
  }
  return 1;
}

static Frame *sg_flow__loop(Builder *b) {
  for (uint32_t i = b->frames.len; i-- > 0;) {
    Frame *f = &b->frames.items[i];
    if ((f->kind == FRAME_WHILE || f->kind == FRAME_FOR) && f->phase == 1) return f;
  }
  return NULL;
}

/* Can evaluating this raise? Calls, subscripts, await/yield, raise,
 * assert, import, and a for loop's next(); plain names, attributes and
 * arithmetic are taken not to (a `try` around `x = self.y` is not about
 * AttributeError). */
static bool sg_flow__may_raise(const FlatTree *t, FlowNodeKind kind, uint32_t node) {
  if (kind == FLOW_LOOP || kind == FLOW_WITH) return true;
  if (node == SG_NONE) return false;
  for (uint32_t i = node; i <= t->subtree_end[node]; i++) {
    switch (t->kind[i]) {
      case KIND_BLOCK: case KIND_LAMBDA: case KIND_FUNCTION_DEFINITION: case KIND_CLASS_DEFINITION:
        if (i != node) i = t->subtree_end[i];
        else if (t->kind[i] == KIND_FUNCTION_DEFINITION || t->kind[i] == KIND_CLASS_DEFINITION) continue;
        break;
      case KIND_CALL: case KIND_SUBSCRIPT: case KIND_AWAIT: case KIND_YIELD:
      case KIND_RAISE_STATEMENT: case KIND_ASSERT_STATEMENT: case KIND_IMPORT_STATEMENT:
      case KIND_IMPORT_FROM_STATEMENT:
        return true;
      default:
        break;
    }
  }
  return false;
}

/* Does a module-level loop's iterable come from outside the program:
 * the environment, the command line, input, files or directories (also
 * through a module name bound once to such a value)? Such a loop may run
 * no pass. */
static bool sg_flow__from_environment(const Builder *b, uint32_t node) {
  static const char *const words[] = {"environ", "getenv", "argv", "stdin", "input", "listdir", "scandir",
                                      "iterdir", "glob", "walk", "open", "readlines", "read_text"};
  const FlatTree *t = b->t;
  if (node == SG_NONE) return false;
  for (int hop = 0; hop < 2; hop++) {
    uint32_t next = SG_NONE;
    for (uint32_t i = node; i <= t->subtree_end[node]; i++) {
      if (t->kind[i] != KIND_IDENTIFIER) continue;
      for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (sg_flat_text_is(t, i, words[k])) return true;
      /* one hop through a name bound once: `_EXTRA = os.environ.get(...)` */
      uint32_t r = b->m->node_reference[i];
      uint32_t y = r == SG_NONE ? SG_NONE : b->m->references.items[r].symbol;
      if (next == SG_NONE && y != SG_NONE && b->m->symbols.items[y].binding_count == 1) {
        const Binding *bd = &b->m->bindings.items[b->m->symbols.items[y].first_binding];
        if (bd->kind == BINDING_KIND_ASSIGNMENT && bd->value != SG_NONE) next = bd->value;
      }
    }
    if (next == SG_NONE) break;
    node = next;
  }
  return false;
}

/* Can the block surely not raise: only `pass` and assignments of
 * literals (numbers, strings without interpolation, True/False/None and
 * displays of them) to plain names? What it reads could be unbound, a
 * call or an attribute could raise: any of those, and it may. */
static bool sg_flow__cannot_raise(const Builder *b, uint32_t block) {
  const FlatTree *t = b->t;
  if (block == SG_NONE) return false;
  for (uint32_t i = block; i <= t->subtree_end[block]; i++) {
    if (!(t->flags[i] & FLAT_NAMED)) continue;
    switch (t->kind[i]) {
      case KIND_BLOCK: case KIND_EXPRESSION_STATEMENT: case KIND_PASS_STATEMENT: case KIND_COMMENT:
      case KIND_INTEGER: case KIND_FLOAT: case KIND_TRUE: case KIND_FALSE: case KIND_NONE:
      case KIND_TUPLE: case KIND_LIST: case KIND_PATTERN_LIST:
        break;
      case KIND_ASSIGNMENT:
        if (sg_flat_field(t, i, FIELD_TYPE) != SG_NONE) return false;  /* an annotation is evaluated */
        break;
      case KIND_STRING: case KIND_CONCATENATED_STRING:
        for (uint32_t k = i; k <= t->subtree_end[i]; k++)
          if (t->kind[k] == KIND_INTERPOLATION) return false;
        i = t->subtree_end[i];
        break;
      case KIND_IDENTIFIER:
        if (b->m->node_binding[i] == SG_NONE) return false;  /* a read */
        break;
      default:
        return false;
    }
  }
  return true;
}

/* Calls of builtins that raise nothing but TypeError (for a wrong
 * argument) by themselves: `repr(x)`, `len(x)`, `isinstance(x, C)`,
 * `getattr(x, n, default)` ... (what an object's __repr__ or __len__ does
 * aside). Is every raising part of the node such a call? */
static bool sg_flow__only_safe_calls(const Builder *b, FlowNodeKind kind, uint32_t node) {
  static const char *const safe[] = {
    "repr", "ascii", "id", "type", "isinstance", "issubclass", "callable", "hasattr", "getattr",
    "len", "bool", "str", "object", "list", "dict", "set", "tuple", "frozenset",
  };
  const FlatTree *t = b->t;
  if (kind == FLOW_LOOP || kind == FLOW_WITH || node == SG_NONE) return false;
  for (uint32_t i = node; i <= t->subtree_end[node]; i++) {
    switch (t->kind[i]) {
      case KIND_BLOCK: case KIND_LAMBDA: case KIND_FUNCTION_DEFINITION: case KIND_CLASS_DEFINITION:
        if (i != node) i = t->subtree_end[i];
        else if (t->kind[i] != KIND_BLOCK && t->kind[i] != KIND_LAMBDA) return false;
        break;
      case KIND_SUBSCRIPT: case KIND_AWAIT: case KIND_YIELD: case KIND_RAISE_STATEMENT:
      case KIND_ASSERT_STATEMENT: case KIND_IMPORT_STATEMENT: case KIND_IMPORT_FROM_STATEMENT:
        return false;
      case KIND_CALL: {
        uint32_t fn = sg_flat_field(t, i, FIELD_FUNCTION), args = sg_flat_field(t, i, FIELD_ARGUMENTS);
        char buf[64];
        const char *q = fn == SG_NONE ? NULL : sg_resolve_qualified(b->m, fn, buf, sizeof buf);
        if (!q || strncmp(q, "builtins.", 9) || args == SG_NONE) return false;
        bool known = false;
        for (size_t k = 0; k < sizeof safe / sizeof *safe && !known; k++) known = !strcmp(q + 9, safe[k]);
        if (!known) return false;
        uint32_t n = 0;
        for (uint32_t c = sg_flat_named_child(t, args); c != SG_NONE; c = sg_flat_next_named(t, c)) {
          if (t->kind[c] == KIND_COMMENT) continue;
          if (t->kind[c] == KIND_LIST_SPLAT || t->kind[c] == KIND_DICTIONARY_SPLAT ||
              t->kind[c] == KIND_KEYWORD_ARGUMENT || t->kind[c] == KIND_GENERATOR_EXPRESSION)
            return false;
          n++;
        }
        /* getattr without a default raises AttributeError; str(b, enc)
         * decodes; list(it)/dict(m)... run an iterator */
        if (!strcmp(q + 9, "getattr") ? n != 3
            : !strcmp(q + 9, "str") || !strcmp(q + 9, "type") ? n > 1
            : (!strcmp(q + 9, "list") || !strcmp(q + 9, "dict") || !strcmp(q + 9, "set") ||
               !strcmp(q + 9, "tuple") || !strcmp(q + 9, "frozenset") || !strcmp(q + 9, "object")) && n > 0)
          return false;
        break;
      }
      default:
        break;
    }
  }
  return true;
}

/* The type of an except clause (the class or tuple it names, its `as`
 * name stripped), SG_NONE for a bare `except:`. */
static uint32_t sg_flow__except_type(const FlatTree *t, uint32_t clause) {
  for (uint32_t c = t->first_child[clause]; c != SG_NONE; c = t->next_sibling[c]) {
    if (t->kind[c] == KIND_BLOCK || t->kind[c] == KIND_TOKEN_COLON) break;
    if (!(t->flags[c] & FLAT_NAMED) || t->kind[c] == KIND_COMMENT) continue;
    return t->kind[c] == KIND_AS_PATTERN ? sg_flat_named_child(t, c) : c;
  }
  return SG_NONE;
}

/* Does an exception raised here reach at least one try, no finally on
 * the way, and does type_ok accept the type of every handler of each try
 * it reaches (no bare `except`)? */
static bool sg_flow__every_handler(const Builder *b, bool (*type_ok)(const Builder *, uint32_t, bool),
                                   bool arg) {
  const FlatTree *t = b->t;
  bool any = false;
  for (uint32_t i = b->frames.len; i-- > 0;) {
    const Frame *f = &b->frames.items[i];
    if (f->kind == FRAME_WITH && f->phase == 1 && f->a != SG_NONE) return false;  /* a suppress: any */
    if (f->kind != FRAME_TRY) continue;
    if (f->phase >= 2 && f->phase <= 4 && f->fin_raise != SG_NONE) return false;
    if (f->phase != 1) continue;
    if (f->fin_raise != SG_NONE) return false;
    any = true;
    for (uint32_t clause = t->first_child[f->node]; clause != SG_NONE; clause = t->next_sibling[clause]) {
      if (t->kind[clause] != KIND_EXCEPT_CLAUSE) continue;
      uint32_t type = sg_flow__except_type(t, clause);
      if (type == SG_NONE || !type_ok(b, type, arg)) return false;  /* bare except */
    }
  }
  return any;
}

/* A handler type naming only specific classes (no Exception,
 * BaseException or TypeError, no class held in a variable); with
 * own_classes, no builtin class but the lookup/arithmetic ones. */
static bool sg_flow__specific_type(const Builder *b, uint32_t type, bool own_classes) {
  const FlatTree *t = b->t;
  const SemanticModel *m = b->m;
  for (uint32_t k = type; k <= t->subtree_end[type]; k++) {
    if (t->kind[k] == KIND_CALL || t->kind[k] == KIND_SUBSCRIPT) return false;
    if (t->kind[k] != KIND_IDENTIFIER) continue;
    uint32_t up = t->parent[k];
    if (up != SG_NONE && t->kind[up] == KIND_ATTRIBUTE && sg_flat_field(t, up, FIELD_ATTRIBUTE) == k) continue;
    char buf[128];
    const char *q = sg_resolve_qualified(m, k, buf, sizeof buf);
    if (q) {
      /* iterating a list raises none of these; a file or a generator
       * may raise OSError, ValueError, ... */
      if (own_classes && !strncmp(q, "builtins.", 9) && strcmp(q + 9, "IndexError") &&
          strcmp(q + 9, "KeyError") && strcmp(q + 9, "LookupError") && strcmp(q + 9, "AttributeError") &&
          strcmp(q + 9, "ZeroDivisionError") && strcmp(q + 9, "ArithmeticError") &&
          strcmp(q + 9, "OverflowError") && strcmp(q + 9, "AssertionError"))
        return false;
      if (!strcmp(q, "builtins.Exception") || !strcmp(q, "builtins.BaseException") ||
          !strcmp(q, "builtins.TypeError"))
        return false;
      continue;
    }
    /* a class of this file is specific; a variable may hold anything */
    uint32_t r = m->node_reference[k];
    if (r == SG_NONE || m->references.items[r].symbol == SG_NONE) return false;
    const Symbol *sym = &m->symbols.items[m->references.items[r].symbol];
    if (sym->binding_count != 1 || m->bindings.items[sym->first_binding].kind != BINDING_KIND_CLASS) return false;
  }
  return true;
}

/* Does every try the exception would reach name only specific exception
 * classes, and no finally on the way? Then a safe builtin call (above) is
 * not what its handlers are written for. */
static bool sg_flow__handlers_specific(const Builder *b, bool own_classes) {
  return sg_flow__every_handler(b, sg_flow__specific_type, own_classes);
}

/* The loop being built iterates a name or an attribute chain (a list
 * the function holds, `self.items`): taking its next item is not what a
 * handler of the program's own exception classes is written for
 * (`for name in names: setup(name)` ... `except MultiJoin: ... name`),
 * nor for IndexError, KeyError, AttributeError, ZeroDivisionError and the
 * like (a file or a generator may raise OSError or ValueError: those count). */
static bool sg_flow__plain_iteration(const Builder *b) {
  const FlatTree *t = b->t;
  if (!b->frames.len || array_last(&b->frames).kind != FRAME_FOR) return false;
  uint32_t it = sg_flat_field(t, array_last(&b->frames).node, FIELD_RIGHT);
  it = it == SG_NONE ? SG_NONE : sg_flat_unparen(t, it);
  if (it == SG_NONE) return false;
  for (uint32_t i = it; i <= t->subtree_end[it]; i++)
    if ((t->flags[i] & FLAT_NAMED) && t->kind[i] != KIND_IDENTIFIER && t->kind[i] != KIND_ATTRIBUTE) return false;
  return true;
}

/* A handler type naming only StopIteration or StopAsyncIteration. */
static bool sg_flow__stop_iteration_type(const Builder *b, uint32_t type, bool unused) {
  (void)unused;
  const FlatTree *t = b->t;
  bool named = false;
  for (uint32_t k = type; k <= t->subtree_end[type]; k++) {
    if (t->kind[k] == KIND_CALL || t->kind[k] == KIND_SUBSCRIPT || t->kind[k] == KIND_ATTRIBUTE) return false;
    if (t->kind[k] != KIND_IDENTIFIER) continue;
    char buf[64];
    const char *q = sg_resolve_qualified(b->m, k, buf, sizeof buf);
    if (!q || (strcmp(q, "builtins.StopIteration") && strcmp(q, "builtins.StopAsyncIteration"))) return false;
    named = true;
  }
  return named;
}

/* Every enclosing try (no finally on the way) catches only StopIteration
 * or StopAsyncIteration: what the author expects from `next(it)`. */
static bool sg_flow__handlers_stop_iteration(const Builder *b) {
  return sg_flow__every_handler(b, sg_flow__stop_iteration_type, false);
}

/* Can evaluating node raise StopIteration: a call of next/anext or of a
 * `__next__`/`send`/`throw` method, an await or a yield? (Other calls are
 * taken not to: a function that lets StopIteration escape is a bug of its
 * own.) */
static bool sg_flow__may_stop(const FlatTree *t, FlowNodeKind kind, uint32_t node) {
  if (node == SG_NONE || kind == FLOW_WITH) return true;
  for (uint32_t i = node; i <= t->subtree_end[node]; i++) {
    uint16_t k = t->kind[i];
    if (i != node && (k == KIND_BLOCK || k == KIND_LAMBDA || k == KIND_FUNCTION_DEFINITION || k == KIND_CLASS_DEFINITION)) {
      i = t->subtree_end[i];
      continue;
    }
    if (k == KIND_AWAIT || k == KIND_YIELD) return true;
    if (k != KIND_CALL) continue;
    uint32_t fn = sg_flat_field(t, i, FIELD_FUNCTION);
    if (fn == SG_NONE) return true;
    if (t->kind[fn] == KIND_ATTRIBUTE) fn = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
    if (fn == SG_NONE || t->kind[fn] != KIND_IDENTIFIER) return true;
    if (sg_flat_text_is(t, fn, "next") || sg_flat_text_is(t, fn, "anext") || sg_flat_text_is(t, fn, "__next__") ||
        sg_flat_text_is(t, fn, "__anext__") || sg_flat_text_is(t, fn, "send") || sg_flat_text_is(t, fn, "asend") ||
        sg_flat_text_is(t, fn, "throw") || sg_flat_text_is(t, fn, "athrow"))
      return true;
  }
  return false;
}

/* A new flow node evaluating tree_node (events from its subtree, blocks
 * excluded), with an exception edge when inside a try. */
static uint32_t sg_flow__node(Builder *b, FlowNodeKind kind, uint32_t tree_node) {
  Flow *fl = b->flow;
  FlowNode n = {0};
  n.kind = (uint8_t)kind;
  n.node = tree_node;
  n.exc = SG_NONE;
  n.in_flight = b->in_flight > 0;
  uint32_t id = fl->nodes.len;
  array_push(&fl->nodes, n);
  if (tree_node != SG_NONE) array_push(&b->regions, ((Region){id, tree_node, SG_NONE, 0}));
  /* an exception raised while evaluating it leaves with the state before it */
  uint32_t target = sg_flow__exception_target(b);
  if (target != SG_NONE && sg_flow__may_raise(b->t, kind, tree_node) &&
      !(sg_flow__only_safe_calls(b, kind, tree_node) && sg_flow__handlers_specific(b, false)) &&
      !(kind == FLOW_LOOP && sg_flow__plain_iteration(b) && sg_flow__handlers_specific(b, true)) &&
      !((kind == FLOW_LOOP || !sg_flow__may_stop(b->t, kind, tree_node)) && sg_flow__handlers_stop_iteration(b))) {
    fl->nodes.items[id].exc = target;
    b->raising++;
  }
  return id;
}

static void sg_flow__push(Builder *b, FrameKind kind, uint32_t node) {
  Frame f = {0};
  f.kind = kind;
  f.node = node;
  f.a = f.b = f.fin_abrupt = f.fin_raise = f.handler = SG_NONE;
  f.cursor = kind == FRAME_BLOCK ? sg_flat_named_child(b->t, node) : SG_NONE;
  array_push(&b->frames, f);
}

static void sg_flow__pop(Builder *b) {
  Frame *f = &array_last(&b->frames);
  array_free(&f->acc);
  array_free(&f->breaks);
  array_free(&f->abrupt);
  array_free(&f->branches);
  b->frames.len--;
}

static bool sg_flow__is_true(const FlatTree *t, uint32_t cond) {
  cond = sg_flat_unparen(t, cond);
  if (cond == SG_NONE) return false;
  if (t->kind[cond] == KIND_TRUE) return true;
  return t->kind[cond] == KIND_INTEGER && !sg_flat_text_is(t, cond, "0");
}

static bool sg_flow__is_false(const FlatTree *t, uint32_t cond) {
  cond = sg_flat_unparen(t, cond);
  if (cond == SG_NONE) return false;
  return t->kind[cond] == KIND_FALSE || t->kind[cond] == KIND_NONE ||
         (t->kind[cond] == KIND_INTEGER && sg_flat_text_is(t, cond, "0"));
}

bool sg_flow_never_true(const FlatTree *t, uint32_t cond) {
  cond = cond == SG_NONE ? SG_NONE : sg_flat_unparen(t, cond);
  if (cond == SG_NONE) return false;
  if (sg_flow__is_false(t, cond)) return true;
  if (t->kind[cond] == KIND_ATTRIBUTE) cond = sg_flat_field(t, cond, FIELD_ATTRIBUTE);
  return cond != SG_NONE && t->kind[cond] == KIND_IDENTIFIER && sg_flat_text_is(t, cond, "TYPE_CHECKING");
}

/* A literal, or a tuple/list of literals (no names, no calls). */
static bool sg_flow__is_constant(const FlatTree *t, uint32_t node) {
  for (uint32_t i = node; i <= t->subtree_end[node]; i++) {
    switch (t->kind[i]) {
      case KIND_IDENTIFIER: case KIND_CALL: case KIND_INTERPOLATION: case KIND_ATTRIBUTE:
      case KIND_SUBSCRIPT:
        return false;
      default:
        break;
    }
  }
  return true;
}

/* Bounds of a small integer expression: a literal, `len(...)` (at least
 * 0), a local of this scope bound once to such an expression (`depth =
 * 3`, `n = len(items) + 2`; not assigned through `nonlocal`), unary
 * minus, + and -, and * of exact values. SG_FLOW_INF stands for
 * unbounded. Nesting is capped. */
#define SG_FLOW_INF (1L << 40)
static bool sg_flow__int_range(const Builder *b, uint32_t node, long *lo, long *hi, int depth) {
  const FlatTree *t = b->t;
  node = node == SG_NONE ? SG_NONE : sg_flat_unparen(t, node);
  if (node == SG_NONE || depth > 8) return false;
  switch (t->kind[node]) {
    case KIND_INTEGER: {
      uint32_t len;
      const char *s = sg_flat_text(t, node, &len);
      if (len > 9) return false;
      long x = 0;
      int base = 10;
      uint32_t k = 0;
      if (len > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) base = 16, k = 2;  /* range(0x20) */
      else if (len > 2 && s[0] == '0' && (s[1] == 'o' || s[1] == 'O')) base = 8, k = 2;
      else if (len > 2 && s[0] == '0' && (s[1] == 'b' || s[1] == 'B')) base = 2, k = 2;
      for (; k < len; k++) {
        if (s[k] == '_') continue;
        int d = s[k] >= '0' && s[k] <= '9' ? s[k] - '0' : s[k] >= 'a' && s[k] <= 'f' ? s[k] - 'a' + 10
              : s[k] >= 'A' && s[k] <= 'F' ? s[k] - 'A' + 10 : 99;
        if (d >= base) return false;
        x = x * base + d;
      }
      *lo = *hi = x;
      return true;
    }
    case KIND_CALL: {
      uint32_t fn = sg_flat_field(t, node, FIELD_FUNCTION);
      if (fn == SG_NONE || !sg_resolve_is(b->m, fn, "builtins.len")) return false;
      *lo = 0;
      *hi = SG_FLOW_INF;
      return true;
    }
    case KIND_UNARY_OPERATOR: {
      uint32_t op = sg_flat_field(t, node, FIELD_OPERATOR), arg = sg_flat_field(t, node, FIELD_ARGUMENT);
      long l, h;
      if (op == SG_NONE || !sg_flat_text_is(t, op, "-") || !sg_flow__int_range(b, arg, &l, &h, depth + 1)) return false;
      *lo = h >= SG_FLOW_INF ? -SG_FLOW_INF : -h;
      *hi = l <= -SG_FLOW_INF ? SG_FLOW_INF : -l;
      return true;
    }
    case KIND_BINARY_OPERATOR: {
      uint32_t op = sg_flat_field(t, node, FIELD_OPERATOR);
      long l1, h1, l2, h2;
      if (op == SG_NONE || !sg_flow__int_range(b, sg_flat_field(t, node, FIELD_LEFT), &l1, &h1, depth + 1) ||
          !sg_flow__int_range(b, sg_flat_field(t, node, FIELD_RIGHT), &l2, &h2, depth + 1))
        return false;
      if (sg_flat_text_is(t, op, "+")) {
        *lo = l1 <= -SG_FLOW_INF || l2 <= -SG_FLOW_INF ? -SG_FLOW_INF : l1 + l2;
        *hi = h1 >= SG_FLOW_INF || h2 >= SG_FLOW_INF ? SG_FLOW_INF : h1 + h2;
      } else if (sg_flat_text_is(t, op, "-")) {
        *lo = l1 <= -SG_FLOW_INF || h2 >= SG_FLOW_INF ? -SG_FLOW_INF : l1 - h2;
        *hi = h1 >= SG_FLOW_INF || l2 <= -SG_FLOW_INF ? SG_FLOW_INF : h1 - l2;
      } else if (sg_flat_text_is(t, op, "*") && l1 == h1 && l2 == h2 && l1 > -1000000 && l1 < 1000000 &&
                 l2 > -1000000 && l2 < 1000000) {
        *lo = *hi = l1 * l2;
      } else {
        return false;
      }
      return true;
    }
    case KIND_IDENTIFIER: {
      const SemanticModel *m = b->m;
      uint32_t r = m->node_reference[node];
      if (r == SG_NONE || m->references.items[r].symbol == SG_NONE) return false;
      uint32_t symbol = m->references.items[r].symbol;
      const Symbol *sym = &m->symbols.items[symbol];
      if (sym->binding_count != 1 || sym->scope != b->flow->scope || (sym->flags & SYMBOL_PARAMETER)) return false;
      for (uint32_t l = 0; l < b->flow->locals.len; l++)
        if (b->flow->locals.items[l] == symbol && b->flow->external[l]) return false;
      const Binding *bd = &m->bindings.items[sym->first_binding];
      if (bd->kind != BINDING_KIND_ASSIGNMENT || bd->value == SG_NONE) return false;
      uint32_t v = sg_flat_unparen(t, bd->value);
      if (v == SG_NONE || t->kind[v] == KIND_IDENTIFIER) return false;
      return sg_flow__int_range(b, v, lo, hi, depth + 1);
    }
    default:
      return false;
  }
}

/* An iterable known to be non-empty: a list/tuple/set/dict display with
 * an element and no unpacking, a non-empty string literal,
 * `range(N)` / `range(A, B)` / `range(A, B, S)` whose bounds are known
 * integers (literals, or locals bound once to one: `depth = 3` ...
 * `range(1, depth + 1)`), `s.split(sep)` / `s.rsplit(sep)` with a
 * separator (at least one item; without one it may be empty),
 * `s.partition(sep)`, `re.split(...)`, `os.path.split(p)`. */
static bool sg_flow__nonempty(const Builder *b, uint32_t node) {
  const FlatTree *t = b->t;
  node = node == SG_NONE ? SG_NONE : sg_flat_unparen(t, node);
  if (node == SG_NONE) return false;
  if (t->kind[node] == KIND_IDENTIFIER) {
    /* a local whose only binding is a non-empty tuple/string display, or
     * a list one that nothing in the function calls a method on */
    uint32_t r = b->m->node_reference[node];
    if (r == SG_NONE || b->m->references.items[r].symbol == SG_NONE) return false;
    uint32_t symbol = b->m->references.items[r].symbol;
    const Symbol *sym = &b->m->symbols.items[symbol];
    if (sym->binding_count != 1 || sym->scope != b->flow->scope) return false;
    const Binding *bd = &b->m->bindings.items[sym->first_binding];
    if (bd->kind != BINDING_KIND_ASSIGNMENT || bd->value == SG_NONE) return false;
    uint32_t v = sg_flat_unparen(t, bd->value);
    if (v == SG_NONE || t->kind[v] == KIND_IDENTIFIER || !sg_flow__nonempty(b, v)) return false;
    if (t->kind[v] == KIND_TUPLE || t->kind[v] == KIND_STRING) return true;
    /* the reads are the local's, the same at every loop over it: looked
     * at once per scope, not once per loop */
    uint32_t local = b->local_of ? b->local_of[symbol] : 0;
    uint8_t *kept = local && b->list_kept ? &b->list_kept[local - 1] : NULL;
    if (kept && *kept) return *kept == 2;
    bool none = true;
    for (uint32_t k = sym->first_reference; k != SG_NONE && none; k = b->m->references.items[k].next) {
      const Reference *ref = &b->m->references.items[k];
      uint32_t up = t->parent[ref->node];
      if (up == SG_NONE) continue;
      if (t->kind[up] == KIND_ATTRIBUTE) none = false;  /* items.pop(), items.clear() */
      if (t->kind[up] == KIND_SUBSCRIPT && t->parent[up] != SG_NONE &&
          (t->kind[t->parent[up]] == KIND_DELETE_STATEMENT || t->kind[t->parent[up]] == KIND_ASSIGNMENT))
        none = false;  /* del items[0], items[:] = () */
    }
    if (kept) *kept = none ? 2 : 1;
    return none;
  }
  switch (t->kind[node]) {
    case KIND_LIST: case KIND_TUPLE: case KIND_SET: case KIND_DICTIONARY: {
      bool any = false;
      for (uint32_t c = t->first_child[node]; c != SG_NONE; c = t->next_sibling[c]) {
        if (!(t->flags[c] & FLAT_NAMED) || t->kind[c] == KIND_COMMENT) continue;
        if (t->kind[c] == KIND_LIST_SPLAT || t->kind[c] == KIND_DICTIONARY_SPLAT) return false;
        any = true;
      }
      return any;
    }
    case KIND_STRING: {
      for (uint32_t i = node + 1; i <= t->subtree_end[node]; i++)
        if (t->kind[i] == KIND_INTERPOLATION) return false;
      uint32_t len;
      const char *s = sg_flat_text(t, node, &len);
      uint32_t p = 0;
      while (p < len && s[p] != '"' && s[p] != '\'') p++;
      uint32_t q = p + 2 < len && s[p + 1] == s[p] && s[p + 2] == s[p] ? 3 : 1;
      return len > p + 2 * q;
    }
    case KIND_CALL: {
      uint32_t fn = sg_flat_field(t, node, FIELD_FUNCTION), args = sg_flat_field(t, node, FIELD_ARGUMENTS);
      char buf[64];
      const char *q = fn == SG_NONE ? NULL : sg_resolve_qualified(b->m, fn, buf, sizeof buf);
      if (args == SG_NONE) return false;
      if (q && (!strcmp(q, "re.split") || !strcmp(q, "os.path.split") || !strcmp(q, "posixpath.split") ||
                !strcmp(q, "ntpath.split")))
        return true;
      if (fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE && !q) {
        /* s.split(sep), s.rsplit(sep): at least one item; s.partition(sep): three
         * (s a value, not a module: shlex.split(s) may be empty) */
        uint32_t attr = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
        if (attr == SG_NONE) return false;
        bool part = sg_flat_text_is(t, attr, "partition") || sg_flat_text_is(t, attr, "rpartition");
        if (!part && !sg_flat_text_is(t, attr, "split") && !sg_flat_text_is(t, attr, "rsplit")) return false;
        uint32_t sep = SG_NONE;
        for (uint32_t c = sg_flat_named_child(t, args); c != SG_NONE; c = sg_flat_next_named(t, c)) {
          if (t->kind[c] == KIND_COMMENT) continue;
          if (t->kind[c] == KIND_LIST_SPLAT || t->kind[c] == KIND_DICTIONARY_SPLAT) return false;
          if (t->kind[c] == KIND_KEYWORD_ARGUMENT) {
            uint32_t name = sg_flat_field(t, c, FIELD_NAME);
            if (name != SG_NONE && sg_flat_text_is(t, name, "sep")) sep = sg_flat_field(t, c, FIELD_VALUE);
            continue;
          }
          if (sep == SG_NONE) sep = c;
        }
        if (sep == SG_NONE) return false;
        sep = sg_flat_unparen(t, sep);
        return sep != SG_NONE && t->kind[sep] != KIND_NONE;
      }
      if (!q || strcmp(q, "builtins.range")) return false;
      long lo[3], hi[3];
      uint32_t n = 0;
      for (uint32_t c = sg_flat_named_child(t, args); c != SG_NONE; c = sg_flat_next_named(t, c)) {
        if (t->kind[c] == KIND_COMMENT) continue;
        if (n == 3 || !sg_flow__int_range(b, c, &lo[n], &hi[n], 0)) return false;
        n++;
      }
      if (n == 1) return lo[0] > 0;
      if (n == 2) return hi[0] < lo[1];
      if (n == 3) return lo[2] > 0 ? hi[0] < lo[1] : hi[2] < 0 && lo[0] > hi[1];
      return false;
    }
    default:
      return false;
  }
}

/* A constant, or a name whose only binding assigns a constant
 * (`x = 0; match x:`). */
static bool sg_flow__is_constant_value(const Builder *b, uint32_t node) {
  const FlatTree *t = b->t;
  const SemanticModel *m = b->m;
  node = sg_flat_unparen(t, node);
  if (t->kind[node] != KIND_IDENTIFIER) return sg_flow__is_constant(t, node);
  uint32_t r = m->node_reference[node];
  if (r == SG_NONE || m->references.items[r].symbol == SG_NONE) return false;
  const Symbol *sym = &m->symbols.items[m->references.items[r].symbol];
  if (sym->binding_count != 1) return false;
  const Binding *bd = &m->bindings.items[sym->first_binding];
  return bd->kind == BINDING_KIND_ASSIGNMENT && bd->value != SG_NONE && sg_flow__is_constant(t, bd->value);
}

/* Callables that never return, by qualified name: exact, or (with a
 * leading '.') as the last components of the name (`pytest.skip` is also
 * `sympy.testing.pytest.skip`). One table, not scattered strcmp's. */
static const char *const sg_flow__noreturn_names[] = {
  "sys.exit", "os._exit", "os.abort", "builtins.exit", "builtins.quit",
  "os.execv", "os.execve", "os.execl", "os.execle", "os.execlp", "os.execlpe",
  "os.execvp", "os.execvpe", "typing.assert_never", "typing_extensions.assert_never",
  ".pytest.fail", ".pytest.skip", ".pytest.exit", ".pytest.xfail",
  "pytest.fail", "pytest.skip", "pytest.exit", "pytest.xfail",
  "_pytest.outcomes.fail", "_pytest.outcomes.skip", "_pytest.outcomes.exit", "_pytest.outcomes.xfail",
};

static bool sg_flow__known_noreturn(const char *q) {
  size_t ql = strlen(q);
  for (size_t i = 0; i < sizeof sg_flow__noreturn_names / sizeof *sg_flow__noreturn_names; i++) {
    const char *n = sg_flow__noreturn_names[i];
    if (n[0] != '.') {
      if (!strcmp(q, n)) return true;
      continue;
    }
    size_t nl = strlen(n);
    if (ql > nl && !memcmp(q + ql - nl, n, nl)) return true;
  }
  return false;
}

/* unittest.TestCase methods that always raise, called as self.<name>()
 * when the class does not define the name itself. */
static bool sg_flow__testcase_noreturn(const FlatTree *t, uint32_t attr) {
  return sg_flat_text_is(t, attr, "fail") || sg_flat_text_is(t, attr, "skipTest");
}

/* A method whose own body raises NotImplementedError (or is an
 * @abstractmethod) is a placeholder that subclasses override: a call
 * through self is not taken to end the path. */
bool sg_flow_placeholder(const FlatTree *t, uint32_t def) {
  for (uint32_t i = def; i <= t->subtree_end[def]; i++)
    if (t->kind[i] == KIND_IDENTIFIER &&
        (sg_flat_text_is(t, i, "NotImplementedError") || sg_flat_text_is(t, i, "abstractmethod")))
      return true;
  uint32_t p = t->parent[def];
  if (p != SG_NONE && t->kind[p] == KIND_DECORATED_DEFINITION)
    for (uint32_t i = p; i < def; i++)
      if (t->kind[i] == KIND_IDENTIFIER && sg_flat_text_is(t, i, "abstractmethod")) return true;
  return false;
}

/* Does this call never return: a known callable (sys.exit, pytest.skip,
 * self.fail(), ...), a same-file function whose every path raises (by
 * name), or such a method of the enclosing class (via self./cls.)? */
static bool sg_flow__noreturn_call(Builder *b, uint32_t call) {
  const FlatTree *t = b->t;
  const SemanticModel *m = b->m;
  if (call == SG_NONE || t->kind[call] != KIND_CALL) return false;
  uint32_t fn = sg_flat_field(t, call, FIELD_FUNCTION);
  if (fn == SG_NONE) return false;
  char buf[160];
  const char *q = sg_resolve_qualified(m, fn, buf, sizeof buf);
  b->exits = true;
  if (q && sg_flow__known_noreturn(q)) return true;
  if (t->kind[fn] == KIND_ATTRIBUTE) {
    uint32_t obj = sg_flat_field(t, fn, FIELD_OBJECT), attr = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
    if (obj == SG_NONE || attr == SG_NONE || t->kind[obj] != KIND_IDENTIFIER ||
        (t->name_id[obj] != NAME_SELF && t->name_id[obj] != NAME_CLS))
      return false;
    uint32_t cls = m->scopes.items[b->flow->scope].parent;
    /* a helper outside a class that takes the test case as `self`
     * (`def assert_and_parse_html(self, html): ... self.fail(msg)`) */
    if (cls == SG_NONE || m->scopes.items[cls].kind != SCOPE_CLASS)
      return t->name_id[obj] == NAME_SELF && sg_flow__testcase_noreturn(t, attr);
    uint32_t sym = sg_model_symbol(m, cls, t->name_id[attr]);
    /* not defined here: a same-file base class's, by its first base, up
     * to four levels */
    for (int up = 0; sym == SG_NONE && up < 4; up++) {
      uint32_t bases = sg_flat_field(t, m->scopes.items[cls].node, FIELD_SUPERCLASSES);
      uint32_t base = bases == SG_NONE ? SG_NONE : sg_flat_named_child(t, bases);
      if (base == SG_NONE || t->kind[base] != KIND_IDENTIFIER) break;
      uint32_t r = m->node_reference[base];
      if (r == SG_NONE || m->references.items[r].symbol == SG_NONE) break;
      const Symbol *bs = &m->symbols.items[m->references.items[r].symbol];
      if (bs->binding_count != 1 || m->bindings.items[bs->first_binding].kind != BINDING_KIND_CLASS) break;
      cls = m->node_own_scope[m->bindings.items[bs->first_binding].context];
      if (cls == SG_NONE || m->scopes.items[cls].kind != SCOPE_CLASS) return false;
      sym = sg_model_symbol(m, cls, t->name_id[attr]);
    }
    if (sym == SG_NONE) return t->name_id[obj] == NAME_SELF && sg_flow__testcase_noreturn(t, attr);
    b->exits = false;
    if (m->symbols.items[sym].binding_count != 1) return false;
    const Binding *bd = &m->bindings.items[m->symbols.items[sym].first_binding];
    uint32_t scope = bd->kind == BINDING_KIND_DEF ? m->node_own_scope[bd->context] : SG_NONE;
    return scope != SG_NONE && b->set->noreturn_def[scope] && !sg_flow_placeholder(t, bd->context);
  }
  b->exits = false;
  if (t->kind[fn] != KIND_IDENTIFIER || !b->set->noreturn_def) return false;
  uint32_t r = m->node_reference[fn];
  if (r == SG_NONE || m->references.items[r].symbol == SG_NONE) return false;
  const Symbol *sym = &m->symbols.items[m->references.items[r].symbol];
  if (sym->binding_count != 1) return false;
  const Binding *bd = &m->bindings.items[sym->first_binding];
  if (bd->kind != BINDING_KIND_DEF) return false;
  uint32_t scope = m->node_own_scope[bd->context];
  return scope != SG_NONE && b->set->noreturn_def[scope];
}

/* Does the statement never complete: `assert False`, a call that never
 * returns, or an expression that always raises (`1 / 0`)? */
static bool sg_flow__noreturn(Builder *b, uint32_t stmt) {
  const FlatTree *t = b->t;
  b->exits = false;
  if (t->kind[stmt] == KIND_ASSERT_STATEMENT) {
    uint32_t cond = sg_flat_named_child(t, stmt);
    return sg_flow__is_false(t, cond);
  }
  if (t->kind[stmt] != KIND_EXPRESSION_STATEMENT) return false;
  uint32_t e = sg_flat_unparen(t, sg_flat_named_child(t, stmt));
  if (e != SG_NONE && t->kind[e] == KIND_AWAIT) e = sg_flat_named_child(t, e);
  if (e == SG_NONE) return false;
  if (t->kind[e] == KIND_BINARY_OPERATOR) {
    /* x / 0, x // 0, x % 0: ZeroDivisionError; "10" + 5: TypeError */
    uint32_t op = sg_flat_field(t, e, FIELD_OPERATOR), right = sg_flat_field(t, e, FIELD_RIGHT);
    uint32_t left = sg_flat_field(t, e, FIELD_LEFT);
    right = right == SG_NONE ? SG_NONE : sg_flat_unparen(t, right);
    left = left == SG_NONE ? SG_NONE : sg_flat_unparen(t, left);
    if (op == SG_NONE || right == SG_NONE || left == SG_NONE) return false;
    if ((sg_flat_text_is(t, op, "/") || sg_flat_text_is(t, op, "//") || sg_flat_text_is(t, op, "%")) &&
        t->kind[right] == KIND_INTEGER && sg_flat_text_is(t, right, "0"))
      return true;
    bool ls = t->kind[left] == KIND_STRING, rs = t->kind[right] == KIND_STRING;
    bool ln = t->kind[left] == KIND_INTEGER || t->kind[left] == KIND_FLOAT;
    bool rn = t->kind[right] == KIND_INTEGER || t->kind[right] == KIND_FLOAT;
    return ((ls && rn) || (ln && rs)) && (sg_flat_text_is(t, op, "+") || sg_flat_text_is(t, op, "-"));
  }
  return sg_flow__noreturn_call(b, e);
}


/* `break`/`continue` at node n (statement stmt) leaves the `except ... as
 * x:` handlers between it and its loop: each deletes its name there, as
 * at the handler's normal end. */
static void sg_flow__leave_handlers(Builder *b, uint32_t stmt, uint32_t n) {
  const FlatTree *t = b->m->tree;
  for (uint32_t p = t->parent[stmt]; p != SG_NONE; p = t->parent[p]) {
    uint16_t k = t->kind[p];
    if (k == KIND_FOR_STATEMENT || k == KIND_WHILE_STATEMENT || k == KIND_FUNCTION_DEFINITION ||
        k == KIND_CLASS_DEFINITION || k == KIND_LAMBDA)
      return;
    if (k != KIND_EXCEPT_CLAUSE) continue;
    for (uint32_t c = t->first_child[p]; c != SG_NONE; c = t->next_sibling[c]) {
      if (t->kind[c] != KIND_AS_PATTERN) continue;
      uint32_t target = sg_flat_field(t, c, FIELD_ALIAS);
      uint32_t ident = target == SG_NONE ? SG_NONE : sg_flat_named_child(t, target);
      uint32_t bnd = ident == SG_NONE ? SG_NONE : b->m->node_binding[ident];
      if (bnd != SG_NONE)
        array_push(&b->regions, ((Region){n, ident, b->m->bindings.items[bnd].symbol, FLOW_EVENT_UNBIND}));
    }
  }
}

static void sg_flow__simple(Builder *b, uint32_t stmt) {
  const FlatTree *t = b->t;
  uint32_t n = sg_flow__node(b, FLOW_STATEMENT, stmt);
  sg_flow__connect(b, n);
  switch (t->kind[stmt]) {
    case KIND_RETURN_STATEMENT:
      sg_flow__edge(b, n, sg_flow__return_target(b));
      sg_flow__ends_set(b, SG_NONE);
      return;
    case KIND_RAISE_STATEMENT: {
      uint32_t target = sg_flow__exception_target(b);
      if (target == SG_NONE) sg_flow__edge(b, n, 1);
      b->flow->nodes.items[n].terminal = true;
      array_push(&b->terminals, n);
      sg_flow__ends_set(b, SG_NONE);
      return;
    }
    case KIND_BREAK_STATEMENT: {
      sg_flow__leave_handlers(b, stmt, n);
      Frame *loop = sg_flow__loop(b);
      if (loop) array_push(&loop->breaks, n);
      sg_flow__ends_set(b, SG_NONE);
      return;
    }
    case KIND_CONTINUE_STATEMENT: {
      sg_flow__leave_handlers(b, stmt, n);
      Frame *loop = sg_flow__loop(b);
      if (loop) sg_flow__edge(b, n, loop->a);
      sg_flow__ends_set(b, SG_NONE);
      return;
    }
    default:
      break;
  }
  if (sg_flow__noreturn(b, stmt)) {
    /* it raises (or exits): inside a try, with the state before it */
    uint32_t target = sg_flow__exception_target(b);
    if (target != SG_NONE && b->flow->nodes.items[n].exc == SG_NONE) {
      b->flow->nodes.items[n].exc = target;
      b->raising++;
    }
    /* a handler is written for what raises, not for an exit or a skip */
    if (!b->exits) array_push(&b->terminals, n);
    if (!b->exits) b->flow->nodes.items[n].terminal = true;
    sg_flow__ends_set(b, SG_NONE);
    return;
  }
  sg_flow__ends_set(b, n);
}

static void sg_flow__statement(Builder *b, uint32_t stmt) {
  const FlatTree *t = b->t;
  switch (t->kind[stmt]) {
    case KIND_IF_STATEMENT: sg_flow__push(b, FRAME_IF, stmt); break;
    case KIND_WHILE_STATEMENT: sg_flow__push(b, FRAME_WHILE, stmt); break;
    case KIND_FOR_STATEMENT: sg_flow__push(b, FRAME_FOR, stmt); break;
    case KIND_TRY_STATEMENT: sg_flow__push(b, FRAME_TRY, stmt); break;
    case KIND_WITH_STATEMENT: sg_flow__push(b, FRAME_WITH, stmt); break;
    case KIND_MATCH_STATEMENT: sg_flow__push(b, FRAME_MATCH, stmt); break;
    default: sg_flow__simple(b, stmt); break;
  }
}

/* The first child clause of a compound statement with kind k, after `from`. */
static uint32_t sg_flow__clause(const FlatTree *t, uint32_t parent, uint32_t from, uint16_t k) {
  uint32_t c = from == SG_NONE ? t->first_child[parent] : t->next_sibling[from];
  for (; c != SG_NONE; c = t->next_sibling[c])
    if (t->kind[c] == k) return c;
  return SG_NONE;
}

static uint32_t sg_flow__body(const FlatTree *t, uint32_t clause) {
  uint32_t body = sg_flat_field(t, clause, FIELD_BODY);
  if (body == SG_NONE) body = sg_flat_field(t, clause, FIELD_CONSEQUENCE);
  if (body == SG_NONE)
    for (uint32_t c = t->first_child[clause]; c != SG_NONE; c = t->next_sibling[c])
      if (t->kind[c] == KIND_BLOCK) return c;
  return body;
}

/* Does a block hold a return, break or continue (not in a nested scope)? */
static bool sg_flow__leaves(const FlatTree *t, uint32_t block) {
  if (block == SG_NONE) return false;
  for (uint32_t i = block; i <= t->subtree_end[block]; i++) {
    uint16_t k = t->kind[i];
    if (k == KIND_FUNCTION_DEFINITION || k == KIND_CLASS_DEFINITION || k == KIND_LAMBDA) {
      i = t->subtree_end[i];
      continue;
    }
    if (k == KIND_RETURN_STATEMENT || k == KIND_BREAK_STATEMENT || k == KIND_CONTINUE_STATEMENT) return true;
  }
  return false;
}

static bool sg_flow__catches_all(const FlatTree *t, uint32_t clause) {
  /* bare `except:` (no type) or `except BaseException` */
  uint32_t e = sg_flow__except_type(t, clause);
  return e == SG_NONE || sg_flat_text_is(t, e, "BaseException");
}

/* A case pattern that matches anything: `case _:` or a bare capture
 * (`case x:`, `case _ as y:`); its guard may still fail. */
static bool sg_flow__irrefutable(const FlatTree *t, uint32_t clause) {
  uint32_t pat = SG_NONE;
  for (uint32_t c = t->first_child[clause]; c != SG_NONE; c = t->next_sibling[c])
    if (t->kind[c] == KIND_CASE_PATTERN) { pat = c; break; }
  if (pat == SG_NONE || t->next_sibling[pat] == SG_NONE) return false;
  uint32_t after = t->next_sibling[pat];
  if (t->kind[after] != KIND_TOKEN_COLON && t->kind[after] != KIND_IF_CLAUSE) return false;  /* `case a, b:` */
  uint32_t inner = sg_flat_named_child(t, pat);
  if (inner == SG_NONE) return sg_flat_text_is(t, pat, "_");
  if (t->kind[inner] == KIND_AS_PATTERN) {  /* `_ as y`, `x as y` */
    uint32_t sub = sg_flat_named_child(t, inner);
    uint32_t core = sub == SG_NONE ? SG_NONE : sg_flat_named_child(t, sub);
    if (sub != SG_NONE && core == SG_NONE) return sg_flat_text_is(t, sub, "_");
    inner = core;
    if (inner == SG_NONE) return false;
  }
  return t->kind[inner] == KIND_DOTTED_NAME && sg_flat_named_child_count(t, inner) == 1 &&
         sg_flat_next_named(t, inner) == SG_NONE;
}

/* The locals of this scope bound in a block (not counting nested scopes). */
static void sg_flow__bound_in(const Builder *b, uint32_t block, NodeList *out) {
  const FlatTree *t = b->t;
  const SemanticModel *m = b->m;
  out->len = 0;
  if (block == SG_NONE) return;
  for (uint32_t i = block; i <= t->subtree_end[block]; i++) {
    uint32_t bnd = m->node_binding[i];
    if (bnd == SG_NONE) continue;
    const Binding *bd = &m->bindings.items[bnd];
    if (m->symbols.items[bd->symbol].scope != b->flow->scope) continue;
    if (bd->kind == BINDING_KIND_DECLARATION || bd->kind == BINDING_KIND_DEL ||
        bd->kind == BINDING_KIND_GLOBAL_DECL || bd->kind == BINDING_KIND_NONLOCAL_DECL)
      continue;
    bool seen = false;
    for (uint32_t k = 0; k < out->len && !seen; k++) seen = out->items[k] == bd->symbol;
    if (!seen) array_push(out, bd->symbol);
  }
}

/* An if/elif chain without else whose tests all classify one subject
 * (`if kind == 'a': ... elif kind == 'b': ...`), and whose every branch
 * that falls through binds x, is taken as exhaustive for x: the cases are
 * usually complete by design (validated earlier). Returns the node
 * that stands for the missing else: the last test, or a join that binds
 * those names. */
/* Is cond a dispatch test: `x == 'lit'`, `x in 'abc'`, `'w' in mode`,
 * `x is None` (equality or membership, not an ordering)? */
static bool sg_flow__dispatch_test(const FlatTree *t, uint32_t cond) {
  cond = sg_flat_unparen(t, cond);
  if (cond == SG_NONE || t->kind[cond] != KIND_COMPARISON_OPERATOR) return false;
  for (uint32_t c = t->first_child[cond]; c != SG_NONE; c = t->next_sibling[c]) {
    if (t->flags[c] & FLAT_NAMED) continue;
    if (!sg_flat_text_is(t, c, "==") && !sg_flat_text_is(t, c, "in") && !sg_flat_text_is(t, c, "is"))
      return false;
  }
  return true;
}

/* Do all the tests of an if/elif chain dispatch on one common name (the
 * subject they classify: `if kind == 'a' ... elif kind == 'b'`)? */
static bool sg_flow__common_subject(const Builder *b, uint32_t if_stmt) {
  const FlatTree *t = b->t;
  uint32_t first = sg_flat_field(t, if_stmt, FIELD_CONDITION);
  if (first == SG_NONE || !sg_flow__dispatch_test(t, first)) return false;
  for (uint32_t c = t->first_child[if_stmt]; c != SG_NONE; c = t->next_sibling[c])
    if (t->kind[c] == KIND_ELIF_CLAUSE && !sg_flow__dispatch_test(t, sg_flat_field(t, c, FIELD_CONDITION)))
      return false;
  for (uint32_t i = first; i <= t->subtree_end[first]; i++) {
    if (t->kind[i] != KIND_IDENTIFIER || b->m->node_reference[i] == SG_NONE) continue;
    /* a module is no subject (`os.environ.get("A") == ...` / `os.environ.get("B") == ...`
     * test two things), nor what the environment fixes (`sys.platform`: a chain
     * naming some platforms leaves out the others) */
    uint32_t sym = b->m->references.items[b->m->node_reference[i]].symbol;
    if (sym != SG_NONE && b->m->symbols.items[sym].import &&
        b->m->bindings.items[b->m->symbols.items[sym].first_binding].kind == BINDING_KIND_IMPORT)
      continue;
    uint32_t name = t->name_id[i];
    bool everywhere = true;
    for (uint32_t c = t->first_child[if_stmt]; c != SG_NONE && everywhere; c = t->next_sibling[c]) {
      if (t->kind[c] != KIND_ELIF_CLAUSE) continue;
      uint32_t cond = sg_flat_field(t, c, FIELD_CONDITION);
      bool here = false;
      for (uint32_t k = cond; cond != SG_NONE && k <= t->subtree_end[cond] && !here; k++)
        here = t->kind[k] == KIND_IDENTIFIER && t->name_id[k] == name;
      everywhere = here;
    }
    if (everywhere) return true;
  }
  return false;
}

static uint32_t sg_flow__exhaustive_chain(Builder *b, Frame *f) {
  uint32_t last = f->a;
  if (f->branches.len < 2 || !sg_flow__common_subject(b, f->node)) return last;
  NodeList common = {0}, here = {0};
  bool first = true;
  for (uint32_t i = 0; i < f->branches.len; i++) {
    if (!(f->branches.items[i] & 0x80000000u)) continue;  /* returns, raises, ... */
    sg_flow__bound_in(b, f->branches.items[i] & 0x7fffffffu, &here);
    if (first) {
      sg_flow__ends_append(&common, &here);
      first = false;
      continue;
    }
    uint32_t kept = 0;
    for (uint32_t k = 0; k < common.len; k++) {
      bool in = false;
      for (uint32_t j = 0; j < here.len && !in; j++) in = here.items[j] == common.items[k];
      if (in) common.items[kept++] = common.items[k];
    }
    common.len = kept;
  }
  uint32_t result = last;
  if (common.len) {
    result = sg_flow__node(b, FLOW_JOIN, SG_NONE);
    sg_flow__edge(b, last, result);
    for (uint32_t k = 0; k < common.len; k++)
      array_push(&b->regions, ((Region){result, f->node, common.items[k], FLOW_EVENT_BIND}));
  }
  array_free(&common);
  array_free(&here);
  return result;
}

/* The walrus targets of a test that are surely bound when it is true: not
 * in the right operand of `or`, a branch of a conditional expression, a
 * lambda or a comprehension (`if a and (m := f()) is not None:` binds m). */
static uint32_t sg_flow__true_branch(Builder *b, uint32_t cond_node, uint32_t cond) {
  const FlatTree *t = b->t;
  /* always a join: the true branch of condition node c is node c + 1 */
  uint32_t join = sg_flow__node(b, FLOW_JOIN, SG_NONE);
  if (!sg_flow_never_true(t, cond)) sg_flow__edge(b, cond_node, join);
  for (uint32_t i = cond; cond != SG_NONE && i <= t->subtree_end[cond]; i++) {
    if (t->kind[i] != KIND_NAMED_EXPRESSION) continue;
    bool sure = true;
    uint32_t c = i;
    for (uint32_t p = t->parent[i]; p != SG_NONE && sure && c != cond; c = p, p = t->parent[p]) {
      switch (t->kind[p]) {
        case KIND_BOOLEAN_OPERATOR: {
          uint32_t op = sg_flat_field(t, p, FIELD_OPERATOR);
          if (t->field[c] == FIELD_RIGHT && op != SG_NONE && sg_flat_text_is(t, op, "or")) sure = false;
          break;
        }
        case KIND_CONDITIONAL_EXPRESSION: {
          uint32_t first = sg_flat_named_child(t, p);
          uint32_t test = first == SG_NONE ? SG_NONE : sg_flat_next_named(t, first);
          if (c != test) sure = false;
          break;
        }
        case KIND_LAMBDA: case KIND_LIST_COMPREHENSION: case KIND_SET_COMPREHENSION:
        case KIND_DICTIONARY_COMPREHENSION: case KIND_GENERATOR_EXPRESSION:
          sure = false;
          break;
        default:
          break;
      }
    }
    uint32_t name = sg_flat_field(t, i, FIELD_NAME);
    uint32_t bnd = name == SG_NONE ? SG_NONE : b->m->node_binding[name];
    if (!sure || bnd == SG_NONE) continue;
    array_push(&b->regions, ((Region){join, name, b->m->bindings.items[bnd].symbol, FLOW_EVENT_BIND}));
  }
  return join;
}

static void sg_flow__step(Builder *b) {
  const FlatTree *t = b->t;
  Frame *f = &array_last(&b->frames);
  uint32_t node = f->node;
  switch (f->kind) {
    case FRAME_BLOCK: {
      if (f->cursor == SG_NONE) { sg_flow__pop(b); return; }
      uint32_t stmt = f->cursor;
      f->cursor = sg_flat_next_named(t, stmt);
      if (t->kind[stmt] == KIND_ERROR) return;
      sg_flow__statement(b, stmt);  /* may push: f is stale afterwards */
      return;
    }
    case FRAME_IF: {
      if (f->phase > 0 && f->b != SG_NONE)
        array_push(&f->branches, f->b | (b->ends.len ? 0x80000000u : 0));
      if (f->phase == 0) {
        uint32_t c = sg_flow__node(b, FLOW_CONDITION, sg_flat_field(t, node, FIELD_CONDITION));
        sg_flow__connect(b, c);
        f = &array_last(&b->frames);
        f->a = c;
        f->cursor = sg_flow__clause(t, node, SG_NONE, KIND_ELIF_CLAUSE);
        if (f->cursor == SG_NONE) f->cursor = sg_flow__clause(t, node, SG_NONE, KIND_ELSE_CLAUSE);
        f->phase = 1;
        f->b = sg_flow__body(t, node);
        sg_flow__ends_set(b, sg_flow__true_branch(b, c, sg_flat_field(t, node, FIELD_CONDITION)));
        f = &array_last(&b->frames);
        sg_flow__push(b, FRAME_BLOCK, f->b);
        return;
      }
      if (f->phase == 1) {
        sg_flow__ends_append(&f->acc, &b->ends);
        uint32_t alt = f->cursor;
        if (alt != SG_NONE && t->kind[alt] == KIND_ELIF_CLAUSE) {
          uint32_t c = sg_flow__node(b, FLOW_CONDITION, sg_flat_field(t, alt, FIELD_CONDITION));
          f = &array_last(&b->frames);
          sg_flow__edge(b, f->a, c);
          f->a = c;
          uint32_t next = sg_flow__clause(t, node, alt, KIND_ELIF_CLAUSE);
          f->cursor = next != SG_NONE ? next : sg_flow__clause(t, node, alt, KIND_ELSE_CLAUSE);
          f->b = sg_flow__body(t, alt);
          sg_flow__ends_set(b, sg_flow__true_branch(b, c, sg_flat_field(t, alt, FIELD_CONDITION)));
          f = &array_last(&b->frames);
          sg_flow__push(b, FRAME_BLOCK, f->b);
          return;
        }
        if (alt != SG_NONE && t->kind[alt] == KIND_ELSE_CLAUSE) {
          f->phase = 2;
          f->b = SG_NONE;
          sg_flow__ends_set(b, f->a);
          sg_flow__push(b, FRAME_BLOCK, sg_flow__body(t, alt));
          return;
        }
        /* no else: the test falls through, unless an if/elif chain binds
         * the same names in every branch (assumed exhaustive) */
        uint32_t implicit = sg_flow__exhaustive_chain(b, f);
        f = &array_last(&b->frames);
        array_push(&f->acc, implicit);
      } else {
        sg_flow__ends_append(&f->acc, &b->ends);
      }
      b->ends.len = 0;
      sg_flow__ends_append(&b->ends, &f->acc);
      sg_flow__pop(b);
      return;
    }
    case FRAME_WHILE: {
      if (f->phase == 0) {
        uint32_t cond = sg_flat_field(t, node, FIELD_CONDITION);
        uint32_t head = sg_flow__node(b, FLOW_CONDITION, cond);
        sg_flow__connect(b, head);
        f = &array_last(&b->frames);
        f->a = head;
        f->flag = sg_flow__is_true(t, cond);
        f->phase = 1;
        sg_flow__ends_set(b, sg_flow__true_branch(b, head, cond));
        sg_flow__push(b, FRAME_BLOCK, sg_flow__body(t, node));
        return;
      }
      if (f->phase == 1) {
        sg_flow__connect(b, f->a);
        uint32_t alt = sg_flow__clause(t, node, SG_NONE, KIND_ELSE_CLAUSE);
        sg_flow__ends_set(b, f->flag ? SG_NONE : f->a);
        if (alt != SG_NONE && !f->flag) {
          f->phase = 2;
          sg_flow__push(b, FRAME_BLOCK, sg_flow__body(t, alt));
          return;
        }
      }
      sg_flow__ends_append(&b->ends, &f->breaks);
      sg_flow__pop(b);
      return;
    }
    case FRAME_FOR: {
      if (f->phase == 0) {
        uint32_t it = sg_flow__node(b, FLOW_ITERATE, sg_flat_field(t, node, FIELD_RIGHT));
        sg_flow__connect(b, it);
        uint32_t head = sg_flow__node(b, FLOW_LOOP, SG_NONE);
        uint32_t target = sg_flow__node(b, FLOW_TARGET, sg_flat_field(t, node, FIELD_LEFT));
        /* a literal non-empty iterable runs the body at least once; so
         * does a loop of the module's top level: it walks the module's own
         * data, the same at every import, so a loop that never ran would
         * fail the same way every time (`for k, v in table.items(): ...`
         * then `del k, v`) */
        if ((b->m->scopes.items[b->flow->scope].kind == SCOPE_MODULE &&
             !sg_flow__from_environment(b, sg_flat_field(t, node, FIELD_RIGHT))) ||
            sg_flow__nonempty(b, sg_flat_field(t, node, FIELD_RIGHT)))
          sg_flow__edge(b, it, target);
        else sg_flow__edge(b, it, head);
        sg_flow__edge(b, head, target);
        f = &array_last(&b->frames);
        f->a = head;
        f->phase = 1;
        sg_flow__ends_set(b, target);
        sg_flow__push(b, FRAME_BLOCK, sg_flow__body(t, node));
        return;
      }
      if (f->phase == 1) {
        sg_flow__connect(b, f->a);
        sg_flow__ends_set(b, f->a);
        uint32_t alt = sg_flow__clause(t, node, SG_NONE, KIND_ELSE_CLAUSE);
        if (alt != SG_NONE) {
          f->phase = 2;
          sg_flow__push(b, FRAME_BLOCK, sg_flow__body(t, alt));
          return;
        }
      }
      sg_flow__ends_append(&b->ends, &f->breaks);
      sg_flow__pop(b);
      return;
    }
    case FRAME_WITH: {
      if (f->phase == 0) {
        uint32_t clause = sg_flow__clause(t, node, SG_NONE, KIND_WITH_CLAUSE);
        uint32_t w = sg_flow__node(b, FLOW_WITH, clause);
        sg_flow__connect(b, w);
        sg_flow__ends_set(b, w);
        /* `with contextlib.suppress(E):` — what the body raises may end up
         * after the statement (or, not an E, go on out: the join's own edge) */
        uint32_t sup = SG_NONE;
        if (sg_flow_suppresses(b->m, node)) {
          uint32_t outer = sg_flow__exception_target(b);
          sup = sg_flow__node(b, FLOW_JOIN, SG_NONE);
          b->flow->nodes.items[sup].exc = outer;
        }
        f = &array_last(&b->frames);
        f->a = sup;
        f->phase = 1;
        sg_flow__push(b, FRAME_BLOCK, sg_flow__body(t, node));
        return;
      }
      if (f->a != SG_NONE) array_push(&b->ends, f->a);
      sg_flow__pop(b);
      return;
    }
    case FRAME_MATCH: {
      if (f->phase == 0) {
        uint32_t subject = sg_flat_field(t, node, FIELD_SUBJECT);
        uint32_t s = sg_flow__node(b, FLOW_SUBJECT, subject);
        sg_flow__connect(b, s);
        f = &array_last(&b->frames);
        f->b = s;
        /* a constant subject is written to match one of the cases */
        f->flag = subject != SG_NONE && sg_flow__is_constant_value(b, subject);
        uint32_t body = sg_flat_field(t, node, FIELD_BODY);
        f->cursor = body == SG_NONE ? SG_NONE : sg_flow__clause(t, body, SG_NONE, KIND_CASE_CLAUSE);
        f->phase = 1;
        return;
      }
      if (f->phase == 2) sg_flow__ends_append(&f->acc, &b->ends);
      if (f->cursor == SG_NONE) {
        if (!f->flag) array_push(&f->acc, f->b);
        b->ends.len = 0;
        sg_flow__ends_append(&b->ends, &f->acc);
        sg_flow__pop(b);
        return;
      }
      /* the pattern is tried; only a match binds its captures; the guard
       * runs with them bound; a failed pattern or guard tries the next case */
      uint32_t clause = f->cursor;
      uint32_t guard = sg_flat_field(t, clause, FIELD_GUARD);
      uint32_t c = sg_flow__node(b, FLOW_CASE, SG_NONE);
      /* patterns (`case 0, *rest`) and guard, in that order */
      uint32_t matched = sg_flow__node(b, FLOW_JOIN, clause);
      uint32_t entry = matched, next = c;
      if (guard != SG_NONE) {
        entry = sg_flow__node(b, FLOW_CONDITION, SG_NONE);
        next = sg_flow__node(b, FLOW_JOIN, SG_NONE);
        sg_flow__edge(b, matched, entry);
        sg_flow__edge(b, c, next);
        sg_flow__edge(b, entry, next);
      }
      f = &array_last(&b->frames);
      sg_flow__edge(b, f->b, c);
      sg_flow__edge(b, c, matched);
      bool irrefutable = sg_flow__irrefutable(t, clause);
      if (irrefutable) {
        /* the pattern cannot fail: only a guard can send us on */
        sg_flow__drop_edge(b, c, next);
        if (guard == SG_NONE) {
          f->flag = true;
          next = sg_flow__node(b, FLOW_JOIN, SG_NONE);  /* later cases: unreachable */
          f = &array_last(&b->frames);
        }
      }
      f->b = next;
      f->cursor = sg_flow__clause(t, t->parent[clause], clause, KIND_CASE_CLAUSE);
      f->phase = 2;
      sg_flow__ends_set(b, entry);
      sg_flow__push(b, FRAME_BLOCK, sg_flow__body(t, clause));
      return;
    }
    case FRAME_TRY:
      break;
  }

  /* FRAME_TRY phases: 0 start, 1 body, 2 else, 3 handlers, 4 normal
   * finally, 5 the finally a return runs, 6 the finally an exception runs
   * (its nodes are in_flight), 7 done. */
  uint32_t fin = sg_flow__clause(t, node, SG_NONE, KIND_FINALLY_CLAUSE);
  switch (f->phase) {
    case 0: {
      uint32_t dispatch = sg_flow__node(b, FLOW_DISPATCH, SG_NONE);
      uint32_t abrupt = fin != SG_NONE ? sg_flow__node(b, FLOW_JOIN, SG_NONE) : SG_NONE;
      uint32_t raise = fin != SG_NONE ? sg_flow__node(b, FLOW_JOIN, SG_NONE) : SG_NONE;
      if (raise != SG_NONE) b->flow->nodes.items[raise].in_flight = true;
      f = &array_last(&b->frames);
      f->a = dispatch;
      f->fin_abrupt = abrupt;
      f->fin_raise = raise;
      f->first_node = b->flow->nodes.len;
      f->raising = b->raising;
      f->phase = 1;
      sg_flow__push(b, FRAME_BLOCK, sg_flow__body(t, node));
      return;
    }
    case 1: {
      /* nothing in the body looked like it raises (`1 / 0`, `x.attr`): the
       * author says something does, so any statement may — unless it
       * surely cannot (`x = 1`, `pass`): then no handler ever runs */
      if (b->raising == f->raising && !sg_flow__cannot_raise(b, sg_flow__body(t, node)))
        for (uint32_t i = f->first_node; i < b->flow->nodes.len; i++)
          if (b->flow->nodes.items[i].exc == SG_NONE) b->flow->nodes.items[i].exc = f->a;
      /* a body that always raises (no normal completion, no return, break
       * or continue): its handler is written for that raise (`try: 1 / 0`,
       * `with open(p) as fh: raise Bad`), so only the raising statements
       * send it there, with what was bound before them */
      if (!b->ends.len && !sg_flow__leaves(t, sg_flow__body(t, node))) {
        bool any = false;
        for (uint32_t k = 0; k < b->terminals.len && !any; k++)
          any = b->terminals.items[k] >= f->first_node && b->flow->nodes.items[b->terminals.items[k]].exc == f->a;
        for (uint32_t i = f->first_node; any && i < b->flow->nodes.len; i++) {
          if (b->flow->nodes.items[i].exc != f->a) continue;
          bool terminal = false;
          for (uint32_t k = b->terminals.len; k-- > 0 && !terminal;) {
            if (b->terminals.items[k] < f->first_node) break;
            terminal = b->terminals.items[k] == i;
          }
          if (!terminal) b->flow->nodes.items[i].exc = SG_NONE;
        }
      }
      f->phase = 2;
      uint32_t alt = sg_flow__clause(t, node, SG_NONE, KIND_ELSE_CLAUSE);
      if (alt != SG_NONE) {
        sg_flow__push(b, FRAME_BLOCK, sg_flow__body(t, alt));
        return;
      }
    }
    /* fallthrough */
    case 2:
      sg_flow__ends_append(&f->acc, &b->ends);  /* normal completion */
      f->phase = 3;
      f->handler = SG_NONE;
      f->cursor = sg_flow__clause(t, node, SG_NONE, KIND_EXCEPT_CLAUSE);
      /* fallthrough */
    case 3: {
      if (f->handler != SG_NONE) {
        /* the handler's end deletes its `as` name */
        uint32_t end = sg_flow__node(b, FLOW_HANDLER_END, SG_NONE);
        f = &array_last(&b->frames);
        for (uint32_t c = t->first_child[f->handler]; c != SG_NONE; c = t->next_sibling[c]) {
          if (t->kind[c] != KIND_AS_PATTERN) continue;
          uint32_t target = sg_flat_field(t, c, FIELD_ALIAS);
          uint32_t ident = target == SG_NONE ? SG_NONE : sg_flat_named_child(t, target);
          uint32_t bnd = ident == SG_NONE ? SG_NONE : b->m->node_binding[ident];
          if (bnd != SG_NONE)
            array_push(&b->regions,
                       ((Region){end, ident, b->m->bindings.items[bnd].symbol, FLOW_EVENT_UNBIND}));
        }
        sg_flow__connect(b, end);
        array_push(&f->acc, end);
        f->handler = SG_NONE;
      }
      if (f->cursor != SG_NONE) {
        uint32_t clause = f->cursor;
        f->cursor = sg_flow__clause(t, node, clause, KIND_EXCEPT_CLAUSE);
        if (sg_flow__catches_all(t, clause)) f->flag = true;
        f->handler = clause;
        uint32_t h = sg_flow__node(b, FLOW_HANDLER, clause);
        f = &array_last(&b->frames);
        sg_flow__edge(b, f->a, h);
        sg_flow__ends_set(b, h);
        sg_flow__push(b, FRAME_BLOCK, sg_flow__body(t, clause));
        return;
      }
      /* an exception no handler catches leaves the statement */
      uint32_t outer;
      f->phase = 4;
      outer = sg_flow__exception_target(b);
      f = &array_last(&b->frames);
      if (!f->flag) {
        if (f->fin_raise != SG_NONE) sg_flow__edge(b, f->a, f->fin_raise);
        else if (outer != SG_NONE) sg_flow__edge(b, f->a, outer);
      }
      b->ends.len = 0;
      sg_flow__ends_append(&b->ends, &f->acc);
      if (fin == SG_NONE) {
        sg_flow__pop(b);
        return;
      }
      sg_flow__push(b, FRAME_BLOCK, sg_flow__body(t, fin));
      return;
    }
    case 4: {
      /* normal finally done: keep its ends, build the abrupt copy */
      f->acc.len = 0;
      sg_flow__ends_append(&f->acc, &b->ends);
      f->phase = 5;
      sg_flow__ends_set(b, f->fin_abrupt);
      sg_flow__push(b, FRAME_BLOCK, sg_flow__body(t, fin));
      return;
    }
    case 5: {
      /* the return copy returns on: through the outer finally, or out */
      uint32_t ret = SG_NONE;
      for (uint32_t i = b->frames.len - 1; i-- > 0;) {
        const Frame *g = &b->frames.items[i];
        if (g->kind == FRAME_TRY && g->phase >= 1 && g->phase <= 4 && g->fin_abrupt != SG_NONE) {
          ret = g->fin_abrupt;
          break;
        }
      }
      sg_flow__connect(b, ret != SG_NONE ? ret : 1);
      /* then the copy an exception runs: a read there that is unbound
       * only turns the exception in flight into another */
      f->phase = 6;
      b->in_flight++;
      sg_flow__ends_set(b, f->fin_raise);
      sg_flow__push(b, FRAME_BLOCK, sg_flow__body(t, fin));
      return;
    }
    default: {
      /* the exception copy re-raises: onwards to the outer handler */
      b->in_flight--;
      f->phase = 7;
      uint32_t outer = sg_flow__exception_target(b);
      f = &array_last(&b->frames);
      sg_flow__connect(b, outer != SG_NONE ? outer : 1);
      b->ends.len = 0;
      sg_flow__ends_append(&b->ends, &f->acc);
      sg_flow__pop(b);
      return;
    }
  }
}

/* ---- events -------------------------------------------------------------------- */

/* Is `scope` evaluated immediately as part of `owner` (itself, or a
 * comprehension or class body inside it)? */
static bool sg_flow__immediate(const SemanticModel *m, uint32_t scope, uint32_t owner) {
  while (scope != owner) {
    if (scope == SG_NONE ||
        (m->scopes.items[scope].kind != SCOPE_COMPREHENSION && m->scopes.items[scope].kind != SCOPE_CLASS))
      return false;
    scope = m->scopes.items[scope].parent;
  }
  return true;
}

typedef struct Pending { FlowEvent event; uint32_t flush_after; } Pending;
/* A node on the events walk's ancestor stack, with the flush points its
 * descendants inherit (SG_NONE: none). */
typedef struct Open { uint32_t node, element, ternary; } Open;

/* Is node evaluated only on some paths through its expression: the right
 * operand of and/or, a branch of a conditional expression? */
static bool sg_flow__short_circuited(const FlatTree *t, uint32_t node, uint32_t top) {
  uint32_t c = node;
  for (uint32_t p = t->parent[node]; p != SG_NONE && c != top; c = p, p = t->parent[p]) {
    if (t->kind[p] == KIND_BOOLEAN_OPERATOR && t->field[c] == FIELD_RIGHT) return true;
    if (t->kind[p] == KIND_CONDITIONAL_EXPRESSION && sg_flat_named_child(t, p) != c) {
      /* `a if cond else b`: a and b are conditional, cond is not */
      uint32_t first = sg_flat_named_child(t, p);
      uint32_t cond = first == SG_NONE ? SG_NONE : sg_flat_next_named(t, first);
      if (c != cond) return true;
    }
    if (t->kind[p] == KIND_CONDITIONAL_EXPRESSION && sg_flat_named_child(t, p) == c) return true;
  }
  return false;
}

static bool sg_flow__is_comprehension(uint16_t kind) {
  return kind == KIND_LIST_COMPREHENSION || kind == KIND_SET_COMPREHENSION ||
         kind == KIND_DICTIONARY_COMPREHENSION || kind == KIND_GENERATOR_EXPRESSION;
}

bool sg_flow_unevaluated_annotation(const SemanticModel *m, uint32_t node, bool deferred) {
  const FlatTree *t = m->tree;
  uint32_t p = t->parent[node];
  if (p == SG_NONE) return false;
  uint16_t f = t->field[node], k = t->kind[p];
  if (f == FIELD_TYPE && k == KIND_ASSIGNMENT)
    return deferred || m->scopes.items[m->node_scope[p]].kind == SCOPE_FUNCTION;
  if (!deferred) return false;
  return (f == FIELD_TYPE && (k == KIND_TYPED_PARAMETER || k == KIND_TYPED_DEFAULT_PARAMETER)) ||
         (f == FIELD_RETURN_TYPE && k == KIND_FUNCTION_DEFINITION);
}

static bool sg_flow__unevaluated_annotation(const Builder *b, uint32_t node) {
  return sg_flow_unevaluated_annotation(b->m, node, b->set->deferred_annotations);
}

/* Events happen in evaluation order, not text order: a binding takes effect
 * when its statement (or with-item) is done, so `x = x + 1` reads first;
 * a comprehension's element is evaluated after its clauses, so
 * `[y for x in a if (y := f(x))]` binds y before reading it. Both are
 * "pending" events released once the scan passes their end. */
static void sg_flow__events(Builder *b, const uint32_t *local_of) {
  /* local_of: [symbol] local index + 1, 0 when not a local of this scope */
  const FlatTree *t = b->t;
  const SemanticModel *m = b->m;
  Flow *fl = b->flow;
  Array(Pending) pending = {0};
  NodeList walrus = {0};  /* walrus targets of the region that may not run */
  Array(Open) open = {0};  /* the region's nodes enclosing the walk's position */
  uint32_t r = 0;
  for (uint32_t n = 0; n < fl->nodes.len; n++) {
    fl->nodes.items[n].first_event = fl->events.len;
    for (; r < b->regions.len && b->regions.items[r].flow_node == n; r++) {
      const Region *rg = &b->regions.items[r];
      if (rg->symbol != SG_NONE) {
        uint32_t l = local_of[rg->symbol];
        if (l) array_push(&fl->events, ((FlowEvent){rg->event, l - 1, rg->tree_node}));
        continue;
      }
      pending.len = 0;
      walrus.len = 0;
      open.len = 0;
      uint32_t end = t->subtree_end[rg->tree_node];
      for (uint32_t i = rg->tree_node; i <= end + 1; i++) {
        /* release what is due, in the order it was queued */
        uint32_t kept = 0;
        for (uint32_t k = 0; k < pending.len; k++) {
          if (i > pending.items[k].flush_after) array_push(&fl->events, pending.items[k].event);
          else pending.items[kept++] = pending.items[k];
        }
        pending.len = kept;
        if (i > end) break;
        /* a class body runs with its statement: the reads of its own
         * statements are the enclosing scope's reads of its names (not
         * those in its nested blocks, which may not run) */
        if (t->kind[i] == KIND_BLOCK && (t->parent[i] == SG_NONE || t->kind[t->parent[i]] != KIND_CLASS_DEFINITION)) {
          i = t->subtree_end[i];
          continue;
        }
        /* The flush points every node inherits from its ancestors in the
         * region, kept on a stack along the preorder walk (one step per
         * node, not an ancestor walk per identifier: that was quadratic in
         * the nesting depth). Inside a comprehension's element, events
         * wait for the end of the outermost such comprehension; in `a if
         * test else b`, a's wait for the end of the innermost test. */
        while (open.len && t->subtree_end[open.items[open.len - 1].node] < i) open.len--;
        Open here = {i, SG_NONE, SG_NONE};
        if (open.len) {
          const Open *up = &open.items[open.len - 1];  /* i's parent */
          uint32_t p = up->node;
          here.element = up->element;
          if (here.element == SG_NONE && sg_flow__is_comprehension(t->kind[p]) && t->field[i] == FIELD_BODY)
            here.element = t->subtree_end[p];
          here.ternary = up->ternary;
          if (t->kind[p] == KIND_CONDITIONAL_EXPRESSION && sg_flat_named_child(t, p) == i) {
            uint32_t test = sg_flat_next_named(t, i);
            if (test != SG_NONE) here.ternary = t->subtree_end[test];
          }
        }
        array_push(&open, here);
        if (sg_flow__unevaluated_annotation(b, i)) { i = t->subtree_end[i]; continue; }
        if (t->kind[i] != KIND_IDENTIFIER) continue;
        if (!sg_flow__immediate(m, m->node_scope[i], fl->scope)) continue;
        uint32_t element_flush = here.element != SG_NONE ? here.element : here.ternary;
        uint32_t ref = m->node_reference[i];
        if (ref != SG_NONE && m->references.items[ref].symbol != SG_NONE) {
          uint32_t l = local_of[m->references.items[ref].symbol];
          FlowEvent ev = {FLOW_EVENT_READ, l - 1, i};
          /* a walrus earlier in the expression that runs whenever this
           * read does (`a and ((ch := s[i]).isspace() or ch == 'x')`):
           * the read sees it bound */
          for (uint32_t w = 0; l && element_flush == SG_NONE && w < walrus.len; w++) {
            uint32_t j = walrus.items[w];
            if (m->bindings.items[m->node_binding[j]].symbol != m->references.items[ref].symbol) continue;
            uint32_t lca = t->parent[j];
            while (lca != SG_NONE && !sg_flat_is_ancestor(t, lca, i)) lca = t->parent[lca];
            if (lca == SG_NONE || sg_flow__short_circuited(t, j, lca)) continue;
            bool nested = false;
            for (uint32_t q = t->parent[j]; q != lca && !nested; q = t->parent[q])
              nested = sg_flow__is_comprehension(t->kind[q]) || t->kind[q] == KIND_LAMBDA;
            if (!nested) array_push(&fl->events, ((FlowEvent){FLOW_EVENT_BIND, l - 1, j}));
          }
          if (l && element_flush != SG_NONE) array_push(&pending, ((Pending){ev, element_flush}));
          else if (l) array_push(&fl->events, ev);
        }
        uint32_t bnd = m->node_binding[i];
        if (bnd == SG_NONE) continue;
        const Binding *bd = &m->bindings.items[bnd];
        uint32_t l = local_of[bd->symbol];
        if (!l) continue;
        uint32_t ctx_end = bd->context == SG_NONE ? end : t->subtree_end[bd->context];
        if (ctx_end > end) ctx_end = end;
        switch (bd->kind) {
          case BINDING_KIND_DECLARATION: case BINDING_KIND_GLOBAL_DECL:
          case BINDING_KIND_NONLOCAL_DECL:
            break;
          case BINDING_KIND_DEL:
            array_push(&fl->events, ((FlowEvent){FLOW_EVENT_READ, l - 1, i}));
            array_push(&pending, ((Pending){{FLOW_EVENT_UNBIND, l - 1, i}, ctx_end}));
            break;
          case BINDING_KIND_WALRUS:
          case BINDING_KIND_MATCH_CAPTURE: {
            FlowEvent ev = {sg_flow__short_circuited(t, i, rg->tree_node) ? FLOW_EVENT_MAYBIND
                                                                         : FLOW_EVENT_BIND, l - 1, i};
            if (ev.kind == FLOW_EVENT_MAYBIND && bd->kind == BINDING_KIND_WALRUS && walrus.len < 16)
              array_push(&walrus, i);
            /* `(n := n * 2)`: the value is read before the name is bound */
            uint32_t flush = element_flush;
            if (bd->kind == BINDING_KIND_WALRUS && t->parent[i] != SG_NONE &&
                (flush == SG_NONE || t->subtree_end[t->parent[i]] > flush))
              flush = t->subtree_end[t->parent[i]];
            if (flush != SG_NONE) array_push(&pending, ((Pending){ev, flush}));
            else array_push(&fl->events, ev);
            break;
          }
          default:
            array_push(&pending, ((Pending){{FLOW_EVENT_BIND, l - 1, i}, ctx_end}));
            break;
        }
      }
      for (uint32_t k = 0; k < pending.len; k++) array_push(&fl->events, pending.items[k].event);
    }
    fl->nodes.items[n].event_count = fl->events.len - fl->nodes.items[n].first_event;
  }
  array_free(&pending);
  array_free(&walrus);
  array_free(&open);
}

/* ---- dataflow -------------------------------------------------------------------- */

/* Facts are kept per basic block (a chain of nodes, each the single
 * successor of the one before, which is its only way in) and only for the
 * locals a query can ask about (Flow.fact_of): the state before a node
 * inside a block is its block's, replayed through the events of the nodes
 * before it. Straight-line code of any length is one block, and a name no
 * rule asks about costs nothing, so the facts stay small where a bitset
 * per statement over every name grew with statements x names. */

/* Surviving a read means the name was bound: later reads on the same path
 * are not reported again (must is set; may is left alone, so a loop that
 * reads before any binding still shows "no path binds it"). */
static void sg_flow__apply_one(uint8_t kind, bool *may, bool *must) {
  switch (kind) {
    case FLOW_EVENT_UNBIND: *may = *must = false; break;
    case FLOW_EVENT_BIND: *may = *must = true; break;
    case FLOW_EVENT_MAYBIND: *may = true; break;
    default: *must = true; break;
  }
}

/* Does the read `ident` run whenever the flow node evaluating `top` does
 * (not in a short-circuited operand, the branches of `a if c else b`, an
 * assert's message, an annotation)? */
static bool sg_flow__read_runs(const FlatTree *t, uint32_t ident, uint32_t top) {
  for (uint32_t c = ident, p = t->parent[ident]; p != SG_NONE && c != top; c = p, p = t->parent[p]) {
    switch (t->kind[p]) {
      case KIND_ATTRIBUTE:
        if (t->field[c] != FIELD_OBJECT) return false;
        break;
      case KIND_BOOLEAN_OPERATOR:
        if (t->field[c] != FIELD_LEFT) return false;
        break;
      case KIND_ASSIGNMENT:
        if (t->field[c] == FIELD_TYPE) return false;
        break;
      case KIND_SUBSCRIPT: case KIND_CALL: case KIND_ARGUMENT_LIST: case KIND_KEYWORD_ARGUMENT:
      case KIND_BINARY_OPERATOR: case KIND_UNARY_OPERATOR: case KIND_NOT_OPERATOR: case KIND_COMPARISON_OPERATOR:
      case KIND_PARENTHESIZED_EXPRESSION: case KIND_TUPLE: case KIND_LIST: case KIND_SET: case KIND_DICTIONARY:
      case KIND_PAIR: case KIND_EXPRESSION_LIST: case KIND_EXPRESSION_STATEMENT: case KIND_AUGMENTED_ASSIGNMENT:
      case KIND_RETURN_STATEMENT: case KIND_AWAIT: case KIND_LIST_SPLAT: case KIND_DICTIONARY_SPLAT:
      case KIND_DECORATOR: case KIND_DECORATED_DEFINITION: case KIND_PARAMETERS:
        break;
      /* what a def or class statement evaluates when it runs: bases, defaults */
      case KIND_CLASS_DEFINITION:
        if (t->field[c] != FIELD_SUPERCLASSES) return false;
        break;
      case KIND_FUNCTION_DEFINITION:
        if (t->field[c] != FIELD_PARAMETERS) return false;
        break;
      case KIND_DEFAULT_PARAMETER: case KIND_TYPED_DEFAULT_PARAMETER:
        if (t->field[c] != FIELD_VALUE) return false;
        break;
      case KIND_NAMED_EXPRESSION:  /* `(x := f(x))`: the value runs with the walrus */
        if (t->field[c] != FIELD_VALUE) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

/* false: the event ends the path (a read that raises) */
static bool sg_flow__apply(const Flow *fl, const FlowEvent *ev, uint64_t *may, uint64_t *must, uint32_t top) {
  uint32_t f = fl->fact_of[ev->local];
  if (f == SG_NONE) return true;
  uint64_t bit = 1ull << (f % 64);
  /* a read of a local no path has bound raises: nothing goes on from here
   * (so a binding after it, reached again round a loop, is never made:
   * `for ...: total += 1` with total bound nowhere else) */
  if (ev->kind == FLOW_EVENT_READ && !(may[f / 64] & bit) && top != SG_NONE && sg_flow__read_runs(fl->tree, ev->node, top))
    return false;
  switch (ev->kind) {
    case FLOW_EVENT_UNBIND:
      may[f / 64] &= ~bit;
      must[f / 64] &= ~bit;
      break;
    case FLOW_EVENT_BIND:
      may[f / 64] |= bit;
      must[f / 64] |= bit;
      break;
    case FLOW_EVENT_MAYBIND:
      may[f / 64] |= bit;
      break;
    default:
      must[f / 64] |= bit;
      break;
  }
  return true;
}

/* false: no path goes on past node n (a read there always raises) */
static bool sg_flow__transfer(const Flow *fl, uint32_t n, uint64_t *may, uint64_t *must) {
  const FlowNode *node = &fl->nodes.items[n];
  for (uint32_t e = 0; e < node->event_count; e++)
    if (!sg_flow__apply(fl, &fl->events.items[node->first_event + e], may, must, node->node)) return false;
  return true;
}

/* The node after n in its block, or SG_NONE where the block ends. */
static uint32_t sg_flow__next_in_block(const Flow *fl, uint32_t n) {
  const FlowNode *node = &fl->nodes.items[n];
  if (node->succ_count != 1) return SG_NONE;
  uint32_t s = fl->succ.items[node->first_succ];
  return fl->leaders.items[fl->block_of[s]] == s ? SG_NONE : s;
}

/* The blocks: a node is a leader unless its only edge in (exception edges
 * counted) comes from a node with that single successor. A cycle of
 * non-leaders has no way in from the entry: its nodes get no block. */
static void sg_flow__blocks(Flow *fl) {
  uint32_t n = fl->nodes.len;
  uint8_t *in = sg_calloc(n ? n : 1, 1);  /* 0: no edge in, 1: one from a single-successor node, 2: other */
  for (uint32_t v = 0; v < n; v++) {
    const FlowNode *node = &fl->nodes.items[v];
    for (uint32_t s = 0; s < node->succ_count; s++) {
      uint32_t to = fl->succ.items[node->first_succ + s];
      in[to] = in[to] == 0 && node->succ_count == 1 ? 1 : 2;
    }
    if (node->exc != SG_NONE) in[node->exc] = 2;
  }
  if (n) in[0] = 2;
  fl->block_of = sg_malloc(sizeof(uint32_t) * (n ? n : 1));
  fl->block_pos = sg_calloc(n ? n : 1, sizeof(uint32_t));
  memset(fl->block_of, 0xff, sizeof(uint32_t) * (n ? n : 1));
  for (uint32_t v = 0; v < n; v++) {
    if (in[v] == 1) continue;
    uint32_t b = fl->leaders.len, pos = 0;
    array_push(&fl->leaders, v);
    fl->block_of[v] = b;
    for (uint32_t u = v; fl->nodes.items[u].succ_count == 1;) {
      u = fl->succ.items[fl->nodes.items[u].first_succ];
      if (in[u] != 1) break;
      fl->block_of[u] = b;
      fl->block_pos[u] = ++pos;
    }
  }
  sg_free(in);
}

static int sg_flow__cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

/* Flow.by_tree, and Flow.fact_nodes: for each tracked local, the nodes
 * with events on it, block by block in block order (counted, then
 * filled; a node once per local). */
static void sg_flow__index(Flow *fl) {
  uint32_t n = fl->nodes.len;
  Array(uint64_t) keys = {0};
  for (uint32_t v = 0; v < n; v++)
    if (fl->nodes.items[v].node != SG_NONE) array_push(&keys, (uint64_t)fl->nodes.items[v].node << 32 | v);
  if (keys.len) qsort(keys.items, keys.len, sizeof(uint64_t), sg_flow__cmp_u64);
  for (uint32_t k = 0; k < keys.len; k++) array_push(&fl->by_tree, (uint32_t)keys.items[k]);
  array_free(&keys);
  fl->fact_first = sg_calloc(fl->facts + 1, sizeof(uint32_t));
  uint32_t *last = sg_malloc(sizeof(uint32_t) * (fl->facts ? fl->facts : 1));
  uint32_t *fill = sg_malloc(sizeof(uint32_t) * (fl->facts + 1));
  for (int pass = 0; pass < 2; pass++) {
    memset(last, 0xff, sizeof(uint32_t) * fl->facts);
    for (uint32_t b = 0; b < fl->leaders.len; b++)
      for (uint32_t v = fl->leaders.items[b]; v != SG_NONE; v = sg_flow__next_in_block(fl, v)) {
        const FlowNode *node = &fl->nodes.items[v];
        for (uint32_t e = 0; e < node->event_count; e++) {
          uint32_t f = fl->fact_of[fl->events.items[node->first_event + e].local];
          if (f == SG_NONE || last[f] == v) continue;
          last[f] = v;
          if (pass == 0) fl->fact_first[f + 1]++;
          else fl->fact_nodes.items[fill[f]++] = v;
        }
      }
    if (pass == 0) {
      for (uint32_t f = 0; f < fl->facts; f++) fl->fact_first[f + 1] += fl->fact_first[f];
      memcpy(fill, fl->fact_first, sizeof(uint32_t) * (fl->facts + 1));
      array_reserve(&fl->fact_nodes, fl->fact_first[fl->facts]);
      fl->fact_nodes.len = fl->fact_first[fl->facts];
    }
  }
  sg_free(last);
  sg_free(fill);
}

/* The locals with facts: a function's reads (the module's are never
 * asked about: no rule reports a module-level read), and the locals a
 * nested function reads (unbound-free-variable asks for them at calls). */
/* Is module (or class) symbol `symbol` surely bound before byte `at`:
 * never deleted, and bound by a statement of the body's top level (body:
 * the module, or the class's block) that ends before `at` and binds it
 * whenever it runs (not a loop variable, a walrus, a name in a nested
 * block)? Such a name needs no facts. */
static bool sg_flow__bound_first(const SemanticModel *m, uint32_t symbol, uint32_t at, uint32_t body) {
  const FlatTree *t = m->tree;
  bool before = false;
  for (uint32_t b = m->symbols.items[symbol].first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
    const Binding *bd = &m->bindings.items[b];
    if (bd->kind == BINDING_KIND_DEL) return false;
    if (before || t->start_byte[bd->node] >= at) continue;
    switch (bd->kind) {
      case BINDING_KIND_ASSIGNMENT: case BINDING_KIND_ANNOTATED: case BINDING_KIND_AUGMENTED:
      case BINDING_KIND_IMPORT: case BINDING_KIND_IMPORT_FROM: case BINDING_KIND_DEF:
      case BINDING_KIND_CLASS: case BINDING_KIND_WITH_AS:
        break;
      default:
        continue;
    }
    uint32_t top = bd->node;
    bool nested = false;
    while (t->parent[top] != SG_NONE && t->parent[top] != body && top != body && !nested) {
      top = t->parent[top];
      nested = t->kind[top] == KIND_BLOCK || t->kind[top] == KIND_CONDITIONAL_EXPRESSION ||
               t->kind[top] == KIND_BOOLEAN_OPERATOR || t->kind[top] == KIND_LAMBDA ||
               sg_flow__is_comprehension(t->kind[top]);
    }
    before = !nested && t->end_byte[top] <= at;
  }
  return before;
}

static void sg_flow__track(Flow *fl, const uint8_t *free_read) {
  const Scope *sc = &fl->model->scopes.items[fl->scope];
  uint32_t nl = fl->locals.len;
  fl->fact_of = sg_malloc(sizeof(uint32_t) * (nl ? nl : 1));
  uint8_t *read = sg_calloc(nl ? nl : 1, 1);
  if (sc->kind == SCOPE_FUNCTION)
    for (uint32_t e = 0; e < fl->events.len; e++)
      if (fl->events.items[e].kind == FLOW_EVENT_READ) read[fl->events.items[e].local] = 1;
  if (sc->kind == SCOPE_MODULE || sc->kind == SCOPE_CLASS) {
    /* only names some read of the body could find unbound: the first
     * read of each, then whether a statement of the top level that always
     * runs binds it before that */
    uint32_t *first = sg_malloc(sizeof(uint32_t) * (nl ? nl : 1));
    for (uint32_t l = 0; l < nl; l++) first[l] = UINT32_MAX;
    for (uint32_t e = 0; e < fl->events.len; e++) {
      const FlowEvent *ev = &fl->events.items[e];
      uint32_t at = fl->tree->start_byte[ev->node];
      if (ev->kind == FLOW_EVENT_READ && at < first[ev->local]) first[ev->local] = at;
    }
    /* and the module names its functions read, unless a statement of
     * the top level that always runs binds them (sg_flow_state_at_end) */
    if (sc->kind == SCOPE_MODULE)
      for (uint32_t l = 0; l < nl; l++)
        if (first[l] == UINT32_MAX && (free_read[fl->locals.items[l]] & 2)) first[l] = UINT32_MAX - 1;
    for (uint32_t l = 0; l < nl; l++)
      read[l] = first[l] != UINT32_MAX &&
                !sg_flow__bound_first(fl->model, fl->locals.items[l], first[l], sc->kind == SCOPE_MODULE ? 0 : sc->body);
    sg_free(first);
  }
  fl->facts = 0;
  for (uint32_t l = 0; l < nl; l++)
    fl->fact_of[l] = read[l] || (free_read[fl->locals.items[l]] & 1) ? fl->facts++ : SG_NONE;
  fl->words = (fl->facts + 63) / 64;
  sg_free(read);
}

typedef struct Worklist { uint32_t *items; uint8_t *queued; uint32_t head, tail, count, cap; } Worklist;

/* One solution of the dataflow: may/must before each block, and which
 * blocks some path reaches. */
typedef struct Solution { uint64_t *may_in, *must_in; uint8_t *reachable; } Solution;

/* `to` is a leader: the end of a block and an exception edge lead to one. */
static void sg_flow__propagate(Flow *fl, const Solution *so, Worklist *wl, uint32_t to, const uint64_t *may,
                               const uint64_t *must) {
  uint32_t w = fl->words, b = fl->block_of[to];
  uint64_t *tmay = so->may_in + (size_t)b * w, *tmust = so->must_in + (size_t)b * w;
  bool changed = !so->reachable[b];
  so->reachable[b] = 1;
  for (uint32_t k = 0; k < w; k++) {
    uint64_t nm = tmay[k] | may[k], nu = tmust[k] & must[k];
    if (nm != tmay[k] || nu != tmust[k]) changed = true;
    tmay[k] = nm;
    tmust[k] = nu;
  }
  if (changed && !wl->queued[b]) {
    wl->queued[b] = 1;
    wl->items[wl->tail] = b;
    wl->tail = (wl->tail + 1) % wl->cap;
    wl->count++;
  }
}

/* quiet: an exception edge is followed only out of a node that always
 * raises (`raise`, a no-return call): the paths on which nothing in a
 * try body raised unexpectedly. */
static void sg_flow__solve_into(Flow *fl, const SemanticModel *m, Solution *so, bool quiet) {
  uint32_t nb = fl->leaders.len, w = fl->words;
  size_t cells = (size_t)nb * w;
  so->may_in = sg_calloc(cells ? cells : 1, sizeof(uint64_t));
  so->must_in = sg_malloc((cells ? cells : 1) * sizeof(uint64_t));
  so->reachable = sg_calloc(nb ? nb : 1, 1);
  memset(so->must_in, 0xff, cells * sizeof(uint64_t));
  if (!nb) return;
  /* entry (block 0, led by node 0): parameters are bound, and so (for all
   * we know) is a local that a nested function assigns through `nonlocal` */
  uint64_t *entry_may = so->may_in, *entry_must = so->must_in;
  memset(entry_must, 0, w * sizeof(uint64_t));
  for (uint32_t l = 0; l < fl->locals.len; l++) {
    uint32_t f = fl->fact_of[l];
    if (f == SG_NONE) continue;
    if ((m->symbols.items[fl->locals.items[l]].flags & SYMBOL_PARAMETER) || fl->external[l]) {
      entry_may[f / 64] |= 1ull << (f % 64);
      entry_must[f / 64] |= 1ull << (f % 64);
    }
  }
  so->reachable[0] = 1;
  uint64_t *may = sg_malloc(w * sizeof(uint64_t) + 8), *must = sg_malloc(w * sizeof(uint64_t) + 8);
  Worklist wl = {sg_malloc(sizeof(uint32_t) * (nb + 1)), sg_calloc(nb, 1), 0, 0, 0, nb + 1};
  wl.items[wl.tail++] = 0;
  wl.count = 1;
  wl.queued[0] = 1;
  while (wl.count) {
    uint32_t b = wl.items[wl.head];
    wl.head = (wl.head + 1) % wl.cap;
    wl.count--;
    wl.queued[b] = 0;
    memcpy(may, so->may_in + (size_t)b * w, w * sizeof(uint64_t));
    memcpy(must, so->must_in + (size_t)b * w, w * sizeof(uint64_t));
    uint32_t v = fl->leaders.items[b];
    bool alive = true;
    for (;;) {
      const FlowNode *node = &fl->nodes.items[v];
      /* an exception leaves with the state before the node */
      if (node->exc != SG_NONE && (!quiet || node->terminal)) sg_flow__propagate(fl, so, &wl, node->exc, may, must);
      if (!sg_flow__transfer(fl, v, may, must)) {
        alive = false;
        break;
      }
      uint32_t next = sg_flow__next_in_block(fl, v);
      if (next == SG_NONE) break;
      v = next;
    }
    const FlowNode *last = &fl->nodes.items[v];
    for (uint32_t s = 0; alive && s < last->succ_count; s++)
      sg_flow__propagate(fl, so, &wl, fl->succ.items[last->first_succ + s], may, must);
  }
  sg_free(may);
  sg_free(must);
  sg_free(wl.items);
  sg_free(wl.queued);
}

static void sg_flow__solve(Flow *fl, const SemanticModel *m) {
  Solution so;
  sg_flow__solve_into(fl, m, &so, false);
  fl->may_in = so.may_in;
  fl->must_in = so.must_in;
  for (uint32_t i = 0; i < fl->nodes.len; i++)
    fl->nodes.items[i].reachable = fl->block_of[i] != SG_NONE && so.reachable[fl->block_of[i]];
  sg_free(so.reachable);
  /* the quiet variant, only where some exception edge is not a raise's */
  bool any = false;
  for (uint32_t i = 0; i < fl->nodes.len && !any; i++)
    any = fl->nodes.items[i].exc != SG_NONE && !fl->nodes.items[i].terminal;
  if (!any) return;
  sg_flow__solve_into(fl, m, &so, true);
  fl->quiet_may_in = so.may_in;
  fl->quiet_must_in = so.must_in;
  fl->quiet_reachable = so.reachable;
}

/* The state of one tracked local just before node n: its block's, then
 * the events of the nodes before n in the block. */
static void sg_flow__state_at(const Flow *fl, const uint64_t *may_in, const uint64_t *must_in, uint32_t n,
                              uint32_t local, bool *may, bool *must) {
  uint32_t b = fl->block_of[n], f = fl->fact_of[local];
  *may = sg_flow_bit(may_in + (size_t)b * fl->words, f);
  *must = sg_flow_bit(must_in + (size_t)b * fl->words, f);
  /* the local's nodes in block b before n (fact_nodes: grouped by block) */
  const uint32_t *list = fl->fact_nodes.items + fl->fact_first[f];
  uint32_t len = fl->fact_first[f + 1] - fl->fact_first[f], lo = 0, hi = len;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (fl->block_of[list[mid]] < b) lo = mid + 1;
    else hi = mid;
  }
  for (uint32_t k = lo; k < len && fl->block_of[list[k]] == b && fl->block_pos[list[k]] < fl->block_pos[n]; k++) {
    const FlowNode *node = &fl->nodes.items[list[k]];
    for (uint32_t e = 0; e < node->event_count; e++) {
      const FlowEvent *ev = &fl->events.items[node->first_event + e];
      if (ev->local == local) sg_flow__apply_one(ev->kind, may, must);
    }
  }
}

/* ---- whole file ------------------------------------------------------------------ */

static int sg_flow__cmp_edge(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

/* Takes ownership of locals (local index -> symbol; local_of is its inverse).
 * Solves the dataflow unless its facts would take the file's total over
 * set->max_facts (then set->over_scope is set and nothing is solved). */
static Flow *sg_flow__build_one(FlowSet *set, uint32_t scope, const uint32_t *local_of, FlowU32s locals,
                                const uint8_t *nonlocal_target, const uint8_t *free_read) {
  const SemanticModel *m = set->model;
  const FlatTree *t = m->tree;
  Flow *fl = sg_calloc(1, sizeof(Flow));
  fl->set = set;
  fl->tree = t;
  fl->model = m;
  fl->scope = scope;
  fl->locals = locals;
  fl->external = sg_calloc(locals.len ? locals.len : 1, 1);
  for (uint32_t l = 0; l < locals.len; l++) fl->external[l] = nonlocal_target[locals.items[l]];
  Builder b = {0};
  b.m = m;
  b.t = t;
  b.set = set;
  b.flow = fl;
  b.local_of = local_of;
  b.list_kept = sg_calloc(locals.len + 1, 1);
  array_push(&fl->nodes, ((FlowNode){FLOW_ENTRY, false, SG_NONE, 0, 0, 0, 0, SG_NONE, false, false}));
  array_push(&fl->nodes, ((FlowNode){FLOW_EXIT, false, SG_NONE, 0, 0, 0, 0, SG_NONE, false, false}));
  sg_flow__ends_set(&b, 0);
  const Scope *sc = &m->scopes.items[scope];
  uint32_t body = sc->kind == SCOPE_MODULE ? 0 : sc->body;
  if (body != SG_NONE) sg_flow__push(&b, FRAME_BLOCK, body);
  while (b.frames.len) sg_flow__step(&b);
  NodeList falls = {0};  /* the ends that fall off the body */
  sg_flow__ends_append(&falls, &b.ends);
  sg_flow__connect(&b, 1);  /* falling off the end */
  /* successors, grouped by node */
  qsort(b.edges.items, b.edges.len, sizeof(uint64_t), sg_flow__cmp_edge);
  for (uint32_t i = 0; i < b.edges.len; i++) {
    uint32_t from = (uint32_t)(b.edges.items[i] >> 32), to = (uint32_t)b.edges.items[i];
    if (i && b.edges.items[i] == b.edges.items[i - 1]) continue;
    FlowNode *fn = &fl->nodes.items[from];
    if (!fn->succ_count) fn->first_succ = fl->succ.len;
    fn->succ_count++;
    array_push(&fl->succ, to);
  }
  sg_flow__events(&b, local_of);
  sg_flow__track(fl, free_read);
  sg_flow__blocks(fl);
  sg_flow__index(fl);
  uint64_t facts = (uint64_t)fl->leaders.len * fl->words * 64;
  if (facts > set->facts_left) {
    set->over_scope = scope;
    set->facts_left = 0;
  } else {
    set->facts_left -= facts;
    sg_flow__solve(fl, m);
  }
  /* does some path return: a reachable `return`, or falling off the end? */
  for (uint32_t i = 0; i < falls.len && !fl->returns; i++) fl->returns = fl->nodes.items[falls.items[i]].reachable;
  fl->falls.items = falls.items, fl->falls.len = falls.len, fl->falls.cap = falls.cap;
  falls = (NodeList){0};
  for (uint32_t n = 2; n < fl->nodes.len && !fl->returns; n++) {
    const FlowNode *fn = &fl->nodes.items[n];
    fl->returns = fn->reachable && fn->kind == FLOW_STATEMENT && t->kind[fn->node] == KIND_RETURN_STATEMENT;
  }
  array_free(&falls);
  array_free(&b.frames);
  array_free(&b.ends);
  array_free(&b.edges);
  array_free(&b.regions);
  array_free(&b.terminals);
  sg_free(b.list_kept);
  return fl;
}

/* "Whose body always raises": the last top-level statement (after an
 * optional docstring) is a raise, and nothing before it returns. */
static bool sg_flow__always_raises(const FlatTree *t, uint32_t body) {
  uint32_t last = SG_NONE;
  for (uint32_t c = sg_flat_named_child(t, body); c != SG_NONE; c = sg_flat_next_named(t, c)) last = c;
  if (last == SG_NONE || t->kind[last] != KIND_RAISE_STATEMENT) return false;
  for (uint32_t i = body; i <= t->subtree_end[body]; i++) {
    if (t->kind[i] == KIND_FUNCTION_DEFINITION || t->kind[i] == KIND_CLASS_DEFINITION ||
        t->kind[i] == KIND_LAMBDA) { i = t->subtree_end[i]; continue; }
    if (t->kind[i] == KIND_RETURN_STATEMENT || t->kind[i] == KIND_YIELD) return false;
  }
  return true;
}

static bool sg_flow__annotated_noreturn(const FlatTree *t, uint32_t def) {
  uint32_t rt = sg_flat_field(t, def, FIELD_RETURN_TYPE);
  if (rt == SG_NONE) return false;
  uint32_t len;
  const char *s = sg_flat_text(t, rt, &len);
  /* NoReturn, typing.NoReturn, Never, t.Never, "NoReturn" */
  while (len && (s[len - 1] == '"' || s[len - 1] == '\'')) len--;
  return (len >= 8 && !memcmp(s + len - 8, "NoReturn", 8)) || (len >= 5 && !memcmp(s + len - 5, "Never", 5));
}

static void sg_flow__build_all(FlowSet *set, const uint32_t *start, const uint32_t *by_scope,
                               uint32_t *local_of, const uint8_t *nonlocal_target, const uint8_t *free_read,
                               const uint8_t *class_read_early);
static void sg_flow__free_flows(FlowSet *self);

bool sg_flow_future_annotations(const SemanticModel *m) {
  const FlatTree *t = m->tree;
  if (!t->count) return false;
  /* future imports come first: after the docstring and comments */
  for (uint32_t c = t->first_child[0]; c != SG_NONE; c = t->next_sibling[c]) {
    if (t->kind[c] == KIND_FUTURE_IMPORT_STATEMENT) {
      for (uint32_t i = c; i <= t->subtree_end[c]; i++)
        if (t->kind[i] == KIND_IDENTIFIER && sg_flat_text_is(t, i, "annotations")) return true;
    } else if (t->kind[c] != KIND_COMMENT && t->kind[c] != KIND_EXPRESSION_STATEMENT) {
      return false;
    }
  }
  return false;
}

FlowSet *sg_flows_build(const SemanticModel *m, uint64_t max_facts, int target_minor) {
  const FlatTree *t = m->tree;
  FlowSet *set = sg_calloc(1, sizeof(FlowSet));
  set->model = m;
  set->max_facts = max_facts;
  set->deferred_annotations = target_minor >= 14 || sg_flow_future_annotations(m);
  set->over_scope = SG_NONE;
  uint32_t ns = m->scopes.len;
  set->scope_flow = sg_malloc(sizeof(uint32_t) * (ns ? ns : 1));
  memset(set->scope_flow, 0xff, sizeof(uint32_t) * (ns ? ns : 1));
  set->noreturn_def = sg_calloc(ns ? ns : 1, 1);
  for (uint32_t s = 0; s < ns; s++) {
    const Scope *sc = &m->scopes.items[s];
    if (sc->kind != SCOPE_FUNCTION || sc->body == SG_NONE) continue;
    set->noreturn_def[s] = sg_flow__annotated_noreturn(t, sc->node) || sg_flow__always_raises(t, sc->body);
  }
  /* locals of each scope: symbols grouped by scope (counting sort) */
  uint32_t *start = sg_calloc(ns + 1, sizeof(uint32_t));
  for (uint32_t y = 0; y < m->symbols.len; y++) start[m->symbols.items[y].scope + 1]++;
  for (uint32_t s = 0; s < ns; s++) start[s + 1] += start[s];
  uint32_t *by_scope = sg_malloc(sizeof(uint32_t) * (m->symbols.len ? m->symbols.len : 1));
  uint32_t *fill = sg_malloc(sizeof(uint32_t) * (ns ? ns : 1));
  memcpy(fill, start, sizeof(uint32_t) * ns);
  for (uint32_t y = 0; y < m->symbols.len; y++) by_scope[fill[m->symbols.items[y].scope]++] = y;
  uint32_t *local_of = sg_calloc(m->symbols.len ? m->symbols.len : 1, sizeof(uint32_t));
  /* locals that nested functions assign through `nonlocal` */
  uint8_t *nonlocal_target = sg_calloc(m->symbols.len ? m->symbols.len : 1, 1);
  for (uint32_t y = 0; y < m->symbols.len; y++) {
    const Symbol *sym = &m->symbols.items[y];
    if (!(sym->flags & SYMBOL_NONLOCAL) || !(sym->flags & SYMBOL_BOUND)) continue;
    ReferenceKind kind;
    uint32_t target = sg_model_lookup(m, m->scopes.items[sym->scope].parent, sym->name, &kind);
    if (target != SG_NONE) nonlocal_target[target] = 1;
  }
  /* [symbol] bit 1: a local that nested functions read; bit 2: a module
   * name that functions read */
  uint8_t *free_read = sg_calloc(m->symbols.len ? m->symbols.len : 1, 1);
  for (uint32_t r = 0; r < m->references.len; r++) {
    const Reference *ref = &m->references.items[r];
    if (ref->kind == REFERENCE_FREE && ref->symbol != SG_NONE) free_read[ref->symbol] |= 1;
    /* a module name read from a function: the module flow says whether the import leaves it bound */
    if (ref->kind == REFERENCE_GLOBAL && ref->scope != 0 && ref->symbol != SG_NONE) free_read[ref->symbol] |= 2;
  }

  /* class bodies that need a flow: one reads a name of its own before a
   * statement of its top level that always runs has bound it */
  uint8_t *class_read_early = sg_calloc(ns ? ns : 1, 1);
  for (uint32_t y = 0; y < m->symbols.len; y++) {
    const Symbol *sym = &m->symbols.items[y];
    const Scope *sc = &m->scopes.items[sym->scope];
    if (sc->kind != SCOPE_CLASS || class_read_early[sym->scope] || !(sym->flags & SYMBOL_BOUND)) continue;
    uint32_t first = UINT32_MAX;
    for (uint32_t r = sym->first_reference; r != SG_NONE; r = m->references.items[r].next)
      if (m->references.items[r].scope == sym->scope && t->start_byte[m->references.items[r].node] < first)
        first = t->start_byte[m->references.items[r].node];
    class_read_early[sym->scope] = first != UINT32_MAX && !sg_flow__bound_first(m, y, first, sc->body);
  }

  /* Rounds: a function none of whose paths returns (every path raises or
   * calls something that never returns) is itself no-return; calls to it
   * end a path in the next round. Monotone, so a few rounds reach (or come
   * near) the fixpoint; the flows of the last round are kept. */
  set->facts_left = max_facts ? max_facts : UINT64_MAX;  /* for every round together */
  for (int round = 0;; round++) {
    sg_flow__build_all(set, start, by_scope, local_of, nonlocal_target, free_read, class_read_early);
    if (set->over_scope != SG_NONE) {
      sg_flow__free_flows(set);  /* over the budget: no flows, the caller reports it */
      break;
    }
    bool changed = false;
    for (uint32_t s = 0; s < ns && round < 8; s++) {
      const Flow *fl = sg_flows_of(set, s);
      if (!fl || m->scopes.items[s].kind != SCOPE_FUNCTION || set->noreturn_def[s] || fl->returns) continue;
      if (m->scopes.items[s].flags & SCOPE_FLAG_GENERATOR) continue;  /* calling it runs nothing */
      set->noreturn_def[s] = 1;
      changed = true;
    }
    if (!changed) break;
    sg_flow__free_flows(set);
  }
  sg_free(start);
  sg_free(by_scope);
  sg_free(fill);
  sg_free(local_of);
  sg_free(nonlocal_target);
  sg_free(free_read);
  sg_free(class_read_early);
  return set;
}

static void sg_flow__build_all(FlowSet *set, const uint32_t *start, const uint32_t *by_scope,
                               uint32_t *local_of, const uint8_t *nonlocal_target, const uint8_t *free_read,
                               const uint8_t *class_read_early) {
  const SemanticModel *m = set->model;
  uint32_t ns = m->scopes.len;
  for (uint32_t s = 0; s < ns && set->over_scope == SG_NONE; s++) {
    const Scope *sc = &m->scopes.items[s];
    if (sc->kind != SCOPE_FUNCTION && sc->kind != SCOPE_MODULE && (sc->kind != SCOPE_CLASS || !class_read_early[s]))
      continue;
    Flow *fl;
    /* number the scope's locals */
    FlowU32s locals = {0};
    for (uint32_t k = start[s]; k < start[s + 1]; k++) {
      uint32_t y = by_scope[k];
      const Symbol *sym = &m->symbols.items[y];
      bool local = sc->kind == SCOPE_MODULE  ? (sym->flags & SYMBOL_BOUND) != 0
                   : sc->kind == SCOPE_CLASS ? (sym->flags & SYMBOL_BOUND) && !(sym->flags & (SYMBOL_GLOBAL | SYMBOL_NONLOCAL))
                                             : (sym->flags & SYMBOL_LOCAL) != 0;
      if (!local) continue;
      array_push(&locals, y);
      local_of[y] = locals.len;
    }
    fl = sg_flow__build_one(set, s, local_of, locals, nonlocal_target, free_read);
    for (uint32_t k = 0; k < fl->locals.len; k++) local_of[fl->locals.items[k]] = 0;
    set->scope_flow[s] = set->flows.len;
    array_push(&set->flows, fl);
  }
}

static void sg_flow__free_flows(FlowSet *self) {
  for (uint32_t i = 0; i < self->flows.len; i++) {
    Flow *fl = self->flows.items[i];
    array_free(&fl->nodes);
    array_free(&fl->succ);
    array_free(&fl->events);
    array_free(&fl->locals);
    sg_free(fl->external);
    sg_free(fl->fact_of);
    sg_free(fl->block_of);
    sg_free(fl->block_pos);
    array_free(&fl->leaders);
    array_free(&fl->by_tree);
    sg_free(fl->fact_first);
    array_free(&fl->fact_nodes);
    sg_free(fl->may_in);
    sg_free(fl->must_in);
    sg_free(fl->quiet_may_in);
    sg_free(fl->quiet_must_in);
    sg_free(fl->quiet_reachable);
    array_free(&fl->falls);
    sg_free(fl);
  }
  self->flows.len = 0;
  memset(self->scope_flow, 0xff, sizeof(uint32_t) * (self->model->scopes.len ? self->model->scopes.len : 1));
}

void sg_flows_delete(FlowSet *self) {
  if (!self) return;
  sg_flow__free_flows(self);
  array_free(&self->flows);
  sg_free(self->scope_flow);
  sg_free(self->noreturn_def);
  sg_free(self);
}

const Flow *sg_flows_of(const FlowSet *self, uint32_t scope) {
  if (!self || scope >= self->model->scopes.len || self->scope_flow[scope] == SG_NONE) return NULL;
  return self->flows.items[self->scope_flow[scope]];
}

uint32_t sg_flow_local_of(const Flow *flow, uint32_t symbol) {
  /* locals are numbered in symbol order */
  uint32_t lo = 0, hi = flow->locals.len;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (flow->locals.items[mid] < symbol) lo = mid + 1;
    else hi = mid;
  }
  return lo < flow->locals.len && flow->locals.items[lo] == symbol ? lo : SG_NONE;
}

void sg_flow_each_read(const Flow *fl, FlowReadFn fn, void *arg) {
  /* the state at every read, block by block; then reported in node order */
  uint32_t w = fl->words;
  uint8_t *state = sg_calloc(fl->events.len ? fl->events.len : 1, 1);  /* [event] 1: may, 2: must */
  uint64_t *may = sg_malloc(w * sizeof(uint64_t) + 8), *must = sg_malloc(w * sizeof(uint64_t) + 8);
  for (uint32_t b = 0; b < fl->leaders.len; b++) {
    uint32_t v = fl->leaders.items[b];
    if (!fl->nodes.items[v].reachable) continue;
    memcpy(may, fl->may_in + (size_t)b * w, w * sizeof(uint64_t));
    memcpy(must, fl->must_in + (size_t)b * w, w * sizeof(uint64_t));
    bool alive = true;
    for (; v != SG_NONE; v = sg_flow__next_in_block(fl, v)) {
      const FlowNode *node = &fl->nodes.items[v];
      for (uint32_t e = node->first_event; e < node->first_event + node->event_count; e++) {
        const FlowEvent *ev = &fl->events.items[e];
        uint32_t f = fl->fact_of[ev->local];
        /* after a read that always raises: never reached (taken as bound) */
        if (ev->kind == FLOW_EVENT_READ && f != SG_NONE)
          state[e] = alive ? (uint8_t)(sg_flow_bit(may, f) | sg_flow_bit(must, f) << 1) : 2;
        if (alive) alive = sg_flow__apply(fl, ev, may, must, node->node);
      }
    }
  }
  for (uint32_t n = 0; n < fl->nodes.len; n++) {
    const FlowNode *node = &fl->nodes.items[n];
    if (!node->reachable) continue;
    for (uint32_t e = node->first_event; e < node->first_event + node->event_count; e++) {
      const FlowEvent *ev = &fl->events.items[e];
      if (ev->kind == FLOW_EVENT_READ && fl->fact_of[ev->local] != SG_NONE)
        fn(arg, fl, ev, state[e] & 1, (state[e] >> 1) & 1);
    }
  }
  sg_free(may);
  sg_free(must);
  sg_free(state);
}

/* The statement holding `at`: its highest ancestor (or itself) below a
 * block or the module; for a statement of a class body, the `class`
 * statement (whose flow node runs the body). */
static uint32_t sg_flow__statement_of(const Flow *fl, uint32_t at) {
  const FlatTree *t = fl->tree;
  uint32_t own = fl->model->scopes.items[fl->scope].body;  /* a class flow's own body */
  uint32_t p = at;
  for (;;) {
    while (t->parent[p] != SG_NONE && t->kind[t->parent[p]] != KIND_BLOCK && t->kind[t->parent[p]] != KIND_MODULE)
      p = t->parent[p];
    /* a statement of a class body: the `class` statement runs it */
    uint32_t block = t->parent[p];
    if (block == SG_NONE || block == own || t->kind[block] != KIND_BLOCK || t->parent[block] == SG_NONE ||
        t->kind[t->parent[block]] != KIND_CLASS_DEFINITION)
      return p;
    p = t->parent[block];
  }
}

/* Does a flow node of tree node `node` evaluate `at`: is `node` `at` or
 * one of its ancestors up to its statement `stmt` (not past a block: a
 * compound statement's header node does not evaluate its body)? */
static bool sg_flow__evaluates(const FlatTree *t, uint32_t node, uint32_t at, uint32_t stmt) {
  return node >= stmt && node <= at && t->subtree_end[node] >= at;
}

bool sg_flow_state_before(const Flow *fl, uint32_t at, uint32_t local, bool *may, bool *must) {
  /* the flow nodes that evaluate `at` (sg_flow__evaluates); a finally
   * block has two: may on some, must on all */
  const FlatTree *t = fl->tree;
  uint32_t stmt = sg_flow__statement_of(fl, at);
  bool found = false;
  *may = false;
  *must = true;
  if (local >= fl->locals.len || fl->fact_of[local] == SG_NONE) return false;
  /* candidates: the nodes whose tree node lies in [stmt, at] */
  uint32_t lo = 0, hi = fl->by_tree.len;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (fl->nodes.items[fl->by_tree.items[mid]].node < stmt) lo = mid + 1;
    else hi = mid;
  }
  for (uint32_t k = lo; k < fl->by_tree.len && fl->nodes.items[fl->by_tree.items[k]].node <= at; k++) {
    uint32_t n = fl->by_tree.items[k];
    const FlowNode *node = &fl->nodes.items[n];
    if (!node->reachable || node->node == SG_NONE || node->in_flight) continue;
    if (!sg_flow__evaluates(t, node->node, at, stmt)) continue;
    bool m, u;
    sg_flow__state_at(fl, fl->may_in, fl->must_in, n, local, &m, &u);
    for (uint32_t e = 0; e < node->event_count; e++) {
      const FlowEvent *ev = &fl->events.items[node->first_event + e];
      if (ev->node >= at) break;
      if (ev->local != local) continue;
      if (ev->kind == FLOW_EVENT_READ) u = true;
      else if (ev->kind == FLOW_EVENT_MAYBIND) m = true;
      else m = u = ev->kind == FLOW_EVENT_BIND;
    }
    found = true;
    *may |= m;
    *must &= u;
  }
  return found;
}

bool sg_flow_state_at_end(const Flow *fl, uint32_t local, bool *may, bool *must) {
  bool found = false;
  *may = false;
  *must = true;
  if (local >= fl->locals.len || fl->fact_of[local] == SG_NONE || !fl->may_in) return false;
  for (uint32_t i = 0; i < fl->falls.len; i++) {
    uint32_t n = fl->falls.items[i];
    const FlowNode *node = &fl->nodes.items[n];
    if (!node->reachable || fl->block_of[n] == SG_NONE) continue;
    bool m, u;
    sg_flow__state_at(fl, fl->may_in, fl->must_in, n, local, &m, &u);
    for (uint32_t e = 0; e < node->event_count; e++) {
      const FlowEvent *ev = &fl->events.items[node->first_event + e];
      if (ev->local == local) sg_flow__apply_one(ev->kind, &m, &u);
    }
    found = true;
    *may |= m;
    *must &= u;
  }
  return found;
}

bool sg_flow_bound_unless_raised(const Flow *fl, uint32_t read, uint32_t local) {
  if (!fl->quiet_reachable || local >= fl->locals.len || fl->fact_of[local] == SG_NONE) return false;
  uint32_t w = fl->words, f = fl->fact_of[local];
  for (uint32_t b = 0; b < fl->leaders.len; b++) {
    if (!fl->quiet_reachable[b]) continue;
    bool must = sg_flow_bit(fl->quiet_must_in + (size_t)b * w, f);
    for (uint32_t v = fl->leaders.items[b]; v != SG_NONE; v = sg_flow__next_in_block(fl, v)) {
      const FlowNode *node = &fl->nodes.items[v];
      for (uint32_t e = 0; e < node->event_count; e++) {
        const FlowEvent *ev = &fl->events.items[node->first_event + e];
        if (ev->local != local) continue;
        if (ev->kind == FLOW_EVENT_READ && ev->node == read && !must) return false;
        if (ev->kind == FLOW_EVENT_READ || ev->kind == FLOW_EVENT_BIND) must = true;
        else if (ev->kind == FLOW_EVENT_UNBIND) must = false;
      }
    }
  }
  return true;
}

/* ---- correlated conditions ------------------------------------------------------ */

/* Knowledge of a predicate P along a path: unknown, true, false (bits). */
enum { K_UNK = 1, K_T = 2, K_F = 4 };

/* Same expression, node for node (parentheses at the top aside). */
static bool sg_flow__same_expr(const FlatTree *t, uint32_t a, uint32_t b) {
  a = sg_flat_unparen(t, a);
  b = sg_flat_unparen(t, b);
  if (a == SG_NONE || b == SG_NONE) return false;
  uint32_t n = t->subtree_end[a] - a;
  if (t->subtree_end[b] - b != n) return false;
  for (uint32_t k = 0; k <= n; k++) {
    if (t->kind[a + k] != t->kind[b + k]) return false;
    if (t->first_child[a + k] != SG_NONE) continue;
    uint32_t la, lb;
    const char *sa = sg_flat_text(t, a + k, &la), *sb = sg_flat_text(t, b + k, &lb);
    if (la != lb || memcmp(sa, sb, la)) return false;
  }
  return true;
}

/* A predicate worth tracking: names, attribute and subscript chains,
 * literals, comparisons, `not`, and isinstance/hasattr/callable/len
 * calls: nothing with a side effect that could change its value. */
static bool sg_flow__simple_pred(const FlatTree *t, uint32_t p) {
  for (uint32_t i = p; i <= t->subtree_end[p]; i++) {
    if (!(t->flags[i] & FLAT_NAMED)) continue;
    switch (t->kind[i]) {
      case KIND_IDENTIFIER: case KIND_ATTRIBUTE: case KIND_SUBSCRIPT: case KIND_INTEGER:
      case KIND_FLOAT: case KIND_STRING: case KIND_TRUE: case KIND_FALSE: case KIND_NONE:
      case KIND_COMPARISON_OPERATOR: case KIND_NOT_OPERATOR: case KIND_PARENTHESIZED_EXPRESSION:
      case KIND_ARGUMENT_LIST: case KIND_COMMENT:
        break;
      case KIND_CALL: {
        uint32_t fn = sg_flat_field(t, i, FIELD_FUNCTION);
        if (fn == SG_NONE || t->kind[fn] != KIND_IDENTIFIER ||
            !(sg_flat_text_is(t, fn, "isinstance") || sg_flat_text_is(t, fn, "hasattr") ||
              sg_flat_text_is(t, fn, "callable") || sg_flat_text_is(t, fn, "len") ||
              sg_flat_text_is(t, fn, "issubclass") || sg_flat_text_is(t, fn, "type")))
          return false;
        break;
      }
      default: {
        /* the pieces of a string literal are fine */
        bool in_string = false;
        for (uint32_t up = t->parent[i]; i != p && up != SG_NONE && up >= p && !in_string; up = t->parent[up])
          in_string = t->kind[up] == KIND_STRING;
        if (!in_string) return false;
        break;
      }
    }
  }
  return true;
}

/* `A is B` / `A is not B`, `==` / `!=`, `in` / `not in`: the operator
 * of a two-operand comparison, or NULL. */
static uint32_t sg_flow__cmp_op(const FlatTree *t, uint32_t c) {
  if (t->kind[c] != KIND_COMPARISON_OPERATOR) return SG_NONE;
  uint32_t op = SG_NONE, named = 0;
  for (uint32_t k = t->first_child[c]; k != SG_NONE; k = t->next_sibling[k]) {
    if (t->flags[k] & FLAT_NAMED) { if (t->kind[k] != KIND_COMMENT) named++; }
    else if (op == SG_NONE) op = k;
    else return SG_NONE;
  }
  return named == 2 ? op : SG_NONE;
}

static int sg_flow__op_class(const FlatTree *t, uint32_t op, bool *negated) {
  uint32_t len;
  const char *s = sg_flat_text(t, op, &len);
  *negated = (len >= 3 && !memcmp(s, "not", 3)) || (len > 2 && !memcmp(s, "is", 2)) || (len == 2 && !memcmp(s, "!=", 2));
  if (len >= 2 && !memcmp(s, "is", 2)) return 1;
  if (len == 2 && (!memcmp(s, "==", 2) || !memcmp(s, "!=", 2))) return 2;
  if ((len == 2 && !memcmp(s, "in", 2)) || (len > 3 && !memcmp(s, "not", 3))) return 3;
  return 0;
}

/* Is comparison a the negation of comparison b (`x is None` / `x is not None`)? */
static bool sg_flow__negated_cmp(const FlatTree *t, uint32_t a, uint32_t b) {
  uint32_t oa = sg_flow__cmp_op(t, a), ob = sg_flow__cmp_op(t, b);
  if (oa == SG_NONE || ob == SG_NONE) return false;
  bool na, nb;
  int ca = sg_flow__op_class(t, oa, &na), cb = sg_flow__op_class(t, ob, &nb);
  if (!ca || ca != cb || na == nb) return false;
  uint32_t la = sg_flat_named_child(t, a), lb = sg_flat_named_child(t, b);
  return sg_flow__same_expr(t, la, lb) &&
         sg_flow__same_expr(t, sg_flat_next_named(t, la), sg_flat_next_named(t, lb));
}

static uint8_t sg_flow__meet(uint8_t a, uint8_t b) {
  if (a == K_UNK) return b;
  if (b == K_UNK || a == b) return a;
  return K_UNK;
}

/* What a test's outcome says about P: *on_true / *on_false. `not` chains
 * are a loop; and/or operands recurse, capped at depth 32: beyond it an
 * operand says nothing (K_UNK), which only keeps more paths alive. */
static void sg_flow__implies(const FlatTree *t, uint32_t test, uint32_t p, uint8_t *on_true, uint8_t *on_false,
                             int depth) {
  *on_true = *on_false = K_UNK;
  test = test == SG_NONE ? SG_NONE : sg_flat_unparen(t, test);
  if (test == SG_NONE) return;
  bool neg = false;
  while (t->kind[test] == KIND_NOT_OPERATOR) {
    uint32_t arg = sg_flat_field(t, test, FIELD_ARGUMENT);
    if (arg == SG_NONE) arg = sg_flat_named_child(t, test);
    if (arg == SG_NONE) return;
    test = sg_flat_unparen(t, arg);
    neg = !neg;
  }
  uint8_t yes = K_UNK, no = K_UNK;
  if (sg_flow__same_expr(t, test, p)) yes = K_T, no = K_F;
  else if (sg_flow__negated_cmp(t, test, p)) yes = K_F, no = K_T;
  else if (t->kind[test] == KIND_BOOLEAN_OPERATOR) {
    uint32_t op = sg_flat_field(t, test, FIELD_OPERATOR);
    bool is_and = op != SG_NONE && sg_flat_text_is(t, op, "and");
    uint32_t l = sg_flat_field(t, test, FIELD_LEFT), r = sg_flat_field(t, test, FIELD_RIGHT);
    uint8_t lt, lf, rt, rf;
    if (depth > 32) return;
    sg_flow__implies(t, l, p, &lt, &lf, depth + 1);
    sg_flow__implies(t, r, p, &rt, &rf, depth + 1);
    if (is_and) {
      yes = sg_flow__meet(lt, rt);
      no = lf == rf ? lf : K_UNK;
    } else {
      yes = lt == rt ? lt : K_UNK;
      no = sg_flow__meet(lf, rf);
    }
  }
  *on_true = neg ? no : yes;
  *on_false = neg ? yes : no;
}

/* Does evaluating P read a local that this event binds? */
static bool sg_flow__pred_uses(const Flow *fl, uint32_t p, uint32_t local) {
  const FlatTree *t = fl->tree;
  uint32_t name = fl->model->symbols.items[fl->locals.items[local]].name;
  for (uint32_t i = p; i <= t->subtree_end[p]; i++) {
    if (t->kind[i] != KIND_IDENTIFIER) continue;
    uint32_t parent = t->parent[i];
    if (parent != SG_NONE && t->kind[parent] == KIND_ATTRIBUTE && sg_flat_field(t, parent, FIELD_ATTRIBUTE) == i)
      continue;
    if (t->name_id[i] == name) return true;
  }
  return false;
}

/* What a literal value says: its truth (*truth) and whether it is None
 * (*none); K_UNK for anything but a literal or a display. */
/* Is identifier v the name an enclosing `except ... as v` binds (an
 * exception instance: never None, and true)? */
static bool sg_flow__caught(const FlatTree *t, uint32_t v) {
  for (uint32_t p = t->parent[v]; p != SG_NONE; p = t->parent[p]) {
    uint16_t k = t->kind[p];
    if (k == KIND_FUNCTION_DEFINITION || k == KIND_LAMBDA || k == KIND_CLASS_DEFINITION) return false;
    if (k != KIND_EXCEPT_CLAUSE) continue;
    for (uint32_t c = t->first_child[p]; c != SG_NONE; c = t->next_sibling[c]) {
      if (t->kind[c] != KIND_AS_PATTERN) continue;
      uint32_t target = sg_flat_field(t, c, FIELD_ALIAS);
      uint32_t ident = target == SG_NONE ? SG_NONE : sg_flat_named_child(t, target);
      if (ident != SG_NONE && t->kind[ident] == KIND_IDENTIFIER && t->name_id[ident] == t->name_id[v]) return true;
    }
  }
  return false;
}

static void sg_flow__literal(const FlatTree *t, uint32_t v, uint8_t *truth, uint8_t *none) {
  *truth = *none = K_UNK;
  v = v == SG_NONE ? SG_NONE : sg_flat_unparen(t, v);
  /* `a or e`: true and not None when its last operand is (`exc =
   * e.__cause__ or e` in a handler) */
  while (v != SG_NONE && t->kind[v] == KIND_BOOLEAN_OPERATOR) {
    uint32_t op = sg_flat_field(t, v, FIELD_OPERATOR);
    if (op == SG_NONE || !sg_flat_text_is(t, op, "or")) return;
    v = sg_flat_field(t, v, FIELD_RIGHT);
    v = v == SG_NONE ? SG_NONE : sg_flat_unparen(t, v);
    if (v == SG_NONE || (t->kind[v] != KIND_IDENTIFIER && t->kind[v] != KIND_BOOLEAN_OPERATOR &&
                         t->kind[v] != KIND_TRUE && t->kind[v] != KIND_STRING)) return;
  }
  if (v == SG_NONE) return;
  if (t->kind[v] == KIND_IDENTIFIER && sg_flow__caught(t, v)) {
    *truth = K_T;
    *none = K_F;
    return;
  }
  switch (t->kind[v]) {
    case KIND_NONE: *truth = K_F; *none = K_T; return;
    case KIND_TRUE: *truth = K_T; *none = K_F; return;
    case KIND_FALSE: *truth = K_F; *none = K_F; return;
    case KIND_INTEGER: *truth = sg_flat_text_is(t, v, "0") ? K_F : K_T; *none = K_F; return;
    case KIND_STRING: case KIND_FLOAT: case KIND_LIST: case KIND_TUPLE: case KIND_DICTIONARY: case KIND_SET:
    case KIND_LIST_COMPREHENSION: case KIND_DICTIONARY_COMPREHENSION: case KIND_SET_COMPREHENSION:
      *none = K_F;
      if (t->kind[v] == KIND_LIST || t->kind[v] == KIND_TUPLE || t->kind[v] == KIND_DICTIONARY)
        *truth = sg_flat_named_child(t, v) == SG_NONE ? K_F : K_UNK;
      return;
    default:
      return;
  }
}

/* P after the event rebinds a local P reads: `flag = True` makes P =
 * `flag` true, `x = None` makes `x is None` true; anything else forgets. */
static uint8_t sg_flow__rebound(const Flow *fl, uint32_t p, const FlowEvent *ev) {
  const FlatTree *t = fl->tree;
  if (ev->kind != FLOW_EVENT_BIND || ev->node == SG_NONE) return K_UNK;
  uint32_t id = ev->node, asg = t->parent[id], value = SG_NONE;
  if (asg == SG_NONE) return K_UNK;
  if (t->kind[asg] == KIND_ASSIGNMENT && sg_flat_field(t, asg, FIELD_LEFT) == id) {
    value = sg_flat_field(t, asg, FIELD_RIGHT);
  } else if (t->kind[asg] == KIND_PATTERN_LIST || t->kind[asg] == KIND_TUPLE_PATTERN) {
    /* `dps, done = mp.dps, False`: the item at the same position */
    uint32_t pat = asg;
    asg = t->parent[pat];
    if (asg == SG_NONE || t->kind[asg] != KIND_ASSIGNMENT || sg_flat_field(t, asg, FIELD_LEFT) != pat) return K_UNK;
    uint32_t right = sg_flat_field(t, asg, FIELD_RIGHT);
    right = right == SG_NONE ? SG_NONE : sg_flat_unparen(t, right);
    if (right == SG_NONE || (t->kind[right] != KIND_EXPRESSION_LIST && t->kind[right] != KIND_TUPLE)) return K_UNK;
    uint32_t l = sg_flat_named_child(t, pat), r = sg_flat_named_child(t, right);
    while (l != SG_NONE && r != SG_NONE && l != id) {
      if (t->kind[l] == KIND_LIST_SPLAT_PATTERN || t->kind[r] == KIND_LIST_SPLAT) return K_UNK;
      l = sg_flat_next_named(t, l);
      r = sg_flat_next_named(t, r);
    }
    if (l != id || r == SG_NONE || t->kind[r] == KIND_LIST_SPLAT) return K_UNK;
    value = r;
  } else {
    return K_UNK;
  }
  uint8_t truth, none;
  sg_flow__literal(t, value, &truth, &none);
  p = sg_flat_unparen(t, p);
  if (t->kind[p] == KIND_IDENTIFIER) return t->name_id[p] == t->name_id[id] ? truth : K_UNK;
  uint32_t op = sg_flow__cmp_op(t, p);
  if (op == SG_NONE) return K_UNK;
  bool negated;
  uint32_t left = sg_flat_named_child(t, p), right = left == SG_NONE ? SG_NONE : sg_flat_next_named(t, left);
  int cls = sg_flow__op_class(t, op, &negated);
  if (cls == 2 && left != SG_NONE && right != SG_NONE && t->kind[left] == KIND_IDENTIFIER &&
      t->name_id[left] == t->name_id[id] && t->kind[right] == KIND_INTEGER) {
    /* `q1 = 0` ... `q1 == 0`: two decimal integer literals */
    uint32_t v = sg_flat_unparen(t, value);
    if (v == SG_NONE || t->kind[v] != KIND_INTEGER) return K_UNK;
    uint32_t la, lb;
    const char *a = sg_flat_text(t, v, &la), *bt = sg_flat_text(t, right, &lb);
    for (uint32_t k = 0; k < la; k++) if (a[k] < '0' || a[k] > '9' || (k == 0 && a[k] == '0' && la > 1)) return K_UNK;
    for (uint32_t k = 0; k < lb; k++) if (bt[k] < '0' || bt[k] > '9' || (k == 0 && bt[k] == '0' && lb > 1)) return K_UNK;
    bool equal = la == lb && !memcmp(a, bt, la);
    return equal != negated ? K_T : K_F;
  }
  if (cls != 1 || left == SG_NONE || right == SG_NONE ||
      t->kind[left] != KIND_IDENTIFIER || t->name_id[left] != t->name_id[id] || t->kind[right] != KIND_NONE)
    return K_UNK;
  if (none == K_UNK) return K_UNK;
  return negated ? (none == K_T ? K_F : K_T) : none;
}

/* Does the statement store to (or delete) an attribute or subscript that
 * P reads (`self.ready = False` for P = `self.ready`)? */
static bool sg_flow__writes_pred(const FlatTree *t, uint32_t stmt, uint32_t p) {
  if (stmt == SG_NONE) return false;
  for (uint32_t i = stmt; i <= t->subtree_end[stmt]; i++) {
    uint16_t k = t->kind[i];
    if (k == KIND_BLOCK || k == KIND_LAMBDA || k == KIND_FUNCTION_DEFINITION || k == KIND_CLASS_DEFINITION) {
      if (i != stmt) i = t->subtree_end[i];
      continue;
    }
    uint32_t target = SG_NONE;
    if (k == KIND_ASSIGNMENT || k == KIND_AUGMENTED_ASSIGNMENT) target = sg_flat_field(t, i, FIELD_LEFT);
    else if (k == KIND_DELETE_STATEMENT) target = i;
    if (target == SG_NONE) continue;
    for (uint32_t x = target; x <= t->subtree_end[target]; x++) {
      if (t->kind[x] != KIND_ATTRIBUTE && t->kind[x] != KIND_SUBSCRIPT) continue;
      for (uint32_t q = p; q <= t->subtree_end[p]; q++)
        if ((t->kind[q] == KIND_ATTRIBUTE || t->kind[q] == KIND_SUBSCRIPT) && sg_flow__same_expr(t, q, x))
          return true;
    }
  }
  return false;
}

/* Several predicates at once (up to three): a path's knowledge is a
 * combination, one base-3 digit per predicate (0 unknown, 1 true, 2
 * false); a node's state is the set of combinations (27 bits) of the
 * paths that reach it with the local unbound. */
enum { SG_ATOMS_MAX = 3 };
typedef struct Atoms { uint32_t p[SG_ATOMS_MAX]; uint32_t n; bool chained[SG_ATOMS_MAX]; } Atoms;
static const uint32_t sg_flow__pow3[] = {1, 3, 9, 27};

static uint32_t sg_flow__digit(uint32_t combo, uint32_t j) { return (combo / sg_flow__pow3[j]) % 3; }
static uint32_t sg_flow__set_digit(uint32_t combo, uint32_t j, uint32_t d) {
  return combo - sg_flow__digit(combo, j) * sg_flow__pow3[j] + d * sg_flow__pow3[j];
}
static uint32_t sg_flow__k_digit(uint8_t k) { return k == K_T ? 1 : k == K_F ? 2 : 0; }

/* Kleene evaluation of a test under a combination: 0 unknown, 1 true,
 * 2 false. Nesting is capped. */
static uint32_t sg_flow__eval3(const FlatTree *t, uint32_t x, const Atoms *a, uint32_t combo, int depth) {
  x = x == SG_NONE ? SG_NONE : sg_flat_unparen(t, x);
  if (x == SG_NONE || depth > 32) return 0;
  if (t->kind[x] == KIND_NOT_OPERATOR) {
    uint32_t arg = sg_flat_field(t, x, FIELD_ARGUMENT);
    if (arg == SG_NONE) arg = sg_flat_named_child(t, x);
    uint32_t v = sg_flow__eval3(t, arg, a, combo, depth + 1);
    return v == 1 ? 2 : v == 2 ? 1 : 0;
  }
  if (t->kind[x] == KIND_BOOLEAN_OPERATOR) {
    uint32_t op = sg_flat_field(t, x, FIELD_OPERATOR);
    bool is_and = op != SG_NONE && sg_flat_text_is(t, op, "and");
    uint32_t l = sg_flow__eval3(t, sg_flat_field(t, x, FIELD_LEFT), a, combo, depth + 1);
    uint32_t r = sg_flow__eval3(t, sg_flat_field(t, x, FIELD_RIGHT), a, combo, depth + 1);
    if (is_and) return l == 2 || r == 2 ? 2 : l == 1 && r == 1 ? 1 : 0;
    return l == 1 || r == 1 ? 1 : l == 2 && r == 2 ? 2 : 0;
  }
  for (uint32_t j = 0; j < a->n; j++) {
    uint32_t d = sg_flow__digit(combo, j);
    if (sg_flow__same_expr(t, x, a->p[j])) return d;
    if (sg_flow__negated_cmp(t, x, a->p[j])) return d == 1 ? 2 : d == 2 ? 1 : 0;
  }
  return 0;
}

/* The combinations that survive learning that `test` is `truth`, with
 * what it implies of each predicate recorded. */
static uint32_t sg_flow__learn(const FlatTree *t, uint32_t test, bool truth, const Atoms *a, uint32_t set) {
  if (!set || test == SG_NONE) return set;
  uint32_t implied[SG_ATOMS_MAX];
  for (uint32_t j = 0; j < a->n; j++) {
    uint8_t yes, no;
    sg_flow__implies(t, test, a->p[j], &yes, &no, 0);
    implied[j] = sg_flow__k_digit(truth ? yes : no);
  }
  /* the predicates the test mentions: a path that does not know one yet
   * is split into the one where it is true and the one where it is false
   * (`if a and b` false, then `a` and `b` both true, contradicts) */
  uint32_t mentioned = 0;
  bool any_open = false;
  for (uint32_t c = 0; c < sg_flow__pow3[a->n] && !any_open; c++)
    for (uint32_t j = 0; j < a->n && !any_open && (set >> c & 1); j++) any_open = !sg_flow__digit(c, j);
  for (uint32_t j = 0; any_open && j < a->n; j++)
    for (uint32_t x = test; x <= t->subtree_end[test] && !(mentioned >> j & 1); x++)
      if ((t->flags[x] & FLAT_NAMED) && (sg_flow__same_expr(t, x, a->p[j]) || sg_flow__negated_cmp(t, x, a->p[j])))
        mentioned |= 1u << j;
  uint32_t split = 0;
  for (uint32_t c = 0; c < sg_flow__pow3[a->n]; c++) {
    if (!(set >> c & 1)) continue;
    uint32_t open[SG_ATOMS_MAX], n_open = 0;
    for (uint32_t j = 0; j < a->n; j++)
      if ((mentioned >> j & 1) && !sg_flow__digit(c, j)) open[n_open++] = j;
    for (uint32_t r = 0; r < (1u << n_open); r++) {
      uint32_t c2 = c;
      for (uint32_t k = 0; k < n_open; k++) c2 = sg_flow__set_digit(c2, open[k], (r >> k & 1) ? 1 : 2);
      split |= 1u << c2;
    }
  }
  set = split;
  uint32_t out = 0;
  for (uint32_t c = 0; c < sg_flow__pow3[a->n]; c++) {
    if (!(set >> c & 1)) continue;
    if (sg_flow__eval3(t, test, a, c, 0) == (truth ? 2u : 1u)) continue;  /* contradicts */
    uint32_t c2 = c;
    bool dead = false;
    for (uint32_t j = 0; j < a->n && !dead; j++) {
      if (!implied[j]) continue;
      uint32_t d = sg_flow__digit(c2, j);
      if (d && d != implied[j]) dead = true;
      else c2 = sg_flow__set_digit(c2, j, implied[j]);
    }
    if (!dead) out |= 1u << c2;
  }
  return out;
}

/* Predicate j takes digit d on every path of the set. */
static uint32_t sg_flow__assign(const Atoms *a, uint32_t set, uint32_t j, uint32_t d) {
  uint32_t out = 0;
  for (uint32_t c = 0; c < sg_flow__pow3[a->n]; c++)
    if (set >> c & 1) out |= 1u << sg_flow__set_digit(c, j, d);
  return out;
}

/* The effect of one event (not on `local`) on the set. */
static uint32_t sg_flow__event_on(const Flow *fl, const Atoms *a, const FlowEvent *ev, uint32_t set) {
  if (!set || ev->kind == FLOW_EVENT_READ) return set;
  for (uint32_t j = 0; j < a->n; j++)
    if (sg_flow__pred_uses(fl, a->p[j], ev->local))
      set = sg_flow__assign(a, set, j, sg_flow__k_digit(sg_flow__rebound(fl, a->p[j], ev)));
  return set;
}

/* The guards of `at` inside its own statement (below `top`). */
static uint32_t sg_flow__in_node(const FlatTree *t, uint32_t at, uint32_t top, const Atoms *a, uint32_t set) {
  uint32_t c = at;
  for (uint32_t up = t->parent[at]; up != SG_NONE && c != top && set; c = up, up = t->parent[up]) {
    if (t->kind[up] == KIND_BOOLEAN_OPERATOR && t->field[c] == FIELD_RIGHT) {
      uint32_t op = sg_flat_field(t, up, FIELD_OPERATOR);
      set = sg_flow__learn(t, sg_flat_field(t, up, FIELD_LEFT), op != SG_NONE && sg_flat_text_is(t, op, "and"), a, set);
    } else if (t->kind[up] == KIND_CONDITIONAL_EXPRESSION) {
      uint32_t first = sg_flat_named_child(t, up);
      uint32_t test = first == SG_NONE ? SG_NONE : sg_flat_next_named(t, first);
      if (test == SG_NONE || c == test) continue;
      set = sg_flow__learn(t, test, c == first, a, set);
    }
    if (t->kind[up] == KIND_BLOCK) break;
  }
  return set;
}

void sg_flow_guards_of(const FlatTree *t, uint32_t read, FlowGuards *out) {
  uint32_t c = read;
  for (uint32_t up = t->parent[read]; up != SG_NONE; c = up, up = t->parent[up]) {
    uint16_t k = t->kind[up];
    if (k == KIND_FUNCTION_DEFINITION || k == KIND_CLASS_DEFINITION || k == KIND_LAMBDA) break;
    if (k == KIND_BOOLEAN_OPERATOR && t->field[c] == FIELD_RIGHT) {
      uint32_t op = sg_flat_field(t, up, FIELD_OPERATOR);
      array_push(out, ((FlowGuard){sg_flat_field(t, up, FIELD_LEFT), op != SG_NONE && sg_flat_text_is(t, op, "and")}));
    } else if (k == KIND_CONDITIONAL_EXPRESSION) {
      uint32_t first = sg_flat_named_child(t, up);
      uint32_t test = first == SG_NONE ? SG_NONE : sg_flat_next_named(t, first);
      if (test != SG_NONE && c != test) array_push(out, ((FlowGuard){test, c == first}));
    } else if ((k == KIND_IF_STATEMENT || k == KIND_ELIF_CLAUSE || k == KIND_WHILE_STATEMENT) &&
               t->field[c] != FIELD_CONDITION && t->kind[c] != KIND_ELSE_CLAUSE) {
      /* the body: the test was true; an elif: the if's test was false */
      array_push(out, ((FlowGuard){sg_flat_field(t, up, FIELD_CONDITION), t->kind[c] != KIND_ELIF_CLAUSE}));
    } else if (k == KIND_WHILE_STATEMENT && t->kind[c] == KIND_ELSE_CLAUSE) {
      array_push(out, ((FlowGuard){sg_flat_field(t, up, FIELD_CONDITION), false}));
    } else if (k == KIND_ELSE_CLAUSE && t->parent[up] != SG_NONE && t->kind[t->parent[up]] == KIND_IF_STATEMENT) {
      array_push(out, ((FlowGuard){sg_flat_field(t, t->parent[up], FIELD_CONDITION), false}));
    }
  }
}

/* Is every path that reaches `at` with `local` unbound infeasible, given
 * what it learns of the predicates? */
/* Draws on the file's budget (FlowSet.facts_left): false, and the set
 * marked over at this scope, when it runs out. A node visited with k
 * predicates derives k + 1 facts. */
static bool sg_flow__spend(const Flow *fl, uint64_t facts) {
  FlowSet *set = fl->set;
  if (set->over_scope != SG_NONE) return false;
  if (facts > set->facts_left) {
    set->over_scope = fl->scope;
    set->facts_left = 0;
    return false;
  }
  set->facts_left -= facts;
  return true;
}

static bool sg_flow__infeasible_for(const Flow *fl, uint32_t local, uint32_t at, const Atoms *a,
                                    const FlowGuards *inner) {
  const FlatTree *t = fl->tree;
  uint32_t n = fl->nodes.len;
  uint32_t *st = sg_calloc(n, sizeof(uint32_t));
  uint32_t *work = sg_malloc(sizeof(uint32_t) * (n + 1));
  uint8_t *queued = sg_calloc(n, 1);
  uint32_t head = 0, tail = 0, count = 0, cap = n + 1;
  bool over = !sg_flow__spend(fl, n);
#define SG_ENQUEUE(to) do { if (!queued[to]) { queued[to] = 1; work[tail] = (to); tail = (tail + 1) % cap; count++; } } while (0)
#define SG_PUSH(to, val) do { uint32_t nv_ = st[to] | (val); if (nv_ != st[to]) { st[to] = nv_; SG_ENQUEUE(to); } } while (0)
  bool any_chained = false;
  for (uint32_t j = 0; j < a->n; j++) any_chained |= a->chained[j];
  /* the entry's state: block 0's */
  uint32_t f = local < fl->locals.len ? fl->fact_of[local] : SG_NONE;
  if (f == SG_NONE || !sg_flow_bit(fl->must_in, f)) SG_PUSH(0, 1u);
  /* a `del` (or a handler's end) starts an unbound path on its own */
  for (uint32_t v = 0; v < n; v++) {
    const FlowNode *node = &fl->nodes.items[v];
    if (!node->reachable || queued[v]) continue;
    for (uint32_t e = 0; e < node->event_count; e++) {
      const FlowEvent *ev = &fl->events.items[node->first_event + e];
      if (ev->local == local && ev->kind == FLOW_EVENT_UNBIND) {
        SG_ENQUEUE(v);
        break;
      }
    }
  }
  while (count && !over) {
    if (!sg_flow__spend(fl, 1 + a->n)) {
      over = true;
      break;
    }
    uint32_t v = work[head];
    head = (head + 1) % cap;
    count--;
    queued[v] = 0;
    const FlowNode *node = &fl->nodes.items[v];
    uint32_t s = st[v];
    if (node->exc != SG_NONE && s) SG_PUSH(node->exc, s);
    for (uint32_t e = 0; e < node->event_count; e++) {
      const FlowEvent *ev = &fl->events.items[node->first_event + e];
      if (ev->local == local) {
        if (ev->kind == FLOW_EVENT_BIND || ev->kind == FLOW_EVENT_READ) s = 0;
        else if (ev->kind == FLOW_EVENT_UNBIND) s |= 1u;  /* unbound anew: nothing known */
        continue;
      }
      s = sg_flow__event_on(fl, a, ev, s);
    }
    if (!s) continue;
    if (any_chained && node->kind == FLOW_STATEMENT)
      for (uint32_t j = 0; j < a->n; j++)
        if (a->chained[j] && sg_flow__writes_pred(t, node->node, a->p[j])) s = sg_flow__assign(a, s, j, 0);
    if (node->kind == FLOW_STATEMENT && node->node != SG_NONE && t->kind[node->node] == KIND_ASSERT_STATEMENT)
      s = sg_flow__learn(t, sg_flat_named_child(t, node->node), true, a, s);
    bool test = node->kind == FLOW_CONDITION && node->node != SG_NONE;
    uint32_t on_true = test ? sg_flow__learn(t, node->node, true, a, s) : s;
    uint32_t on_false = test ? sg_flow__learn(t, node->node, false, a, s) : s;
    for (uint32_t k = 0; k < node->succ_count; k++) {
      uint32_t to = fl->succ.items[node->first_succ + k];
      uint32_t s2 = !test ? s : to == v + 1 ? on_true : on_false;
      if (s2) SG_PUSH(to, s2);
    }
  }
#undef SG_PUSH
#undef SG_ENQUEUE
  uint32_t stmt = sg_flow__statement_of(fl, at);
  bool feasible = over;  /* over the budget: no verdict, the read is reported (and then dropped) */
  for (uint32_t v = 0; v < n && !feasible; v++) {
    const FlowNode *node = &fl->nodes.items[v];
    if (!node->reachable || node->node == SG_NONE || node->in_flight) continue;
    if (!sg_flow__evaluates(t, node->node, at, stmt)) continue;
    uint32_t s = st[v];
    for (uint32_t e = 0; e < node->event_count; e++) {
      const FlowEvent *ev = &fl->events.items[node->first_event + e];
      if (ev->node >= at) break;
      if (ev->local == local) {
        if (ev->kind == FLOW_EVENT_BIND || ev->kind == FLOW_EVENT_READ) s = 0;
        else if (ev->kind == FLOW_EVENT_UNBIND) s |= 1u;
        continue;
      }
      s = sg_flow__event_on(fl, a, ev, s);
    }
    s = sg_flow__in_node(t, at, node->node, a, s);
    /* the read inside the nested function runs under its own guards */
    for (uint32_t g = 0; inner && g < inner->len && s; g++)
      s = sg_flow__learn(t, inner->items[g].test, inner->items[g].truth, a, s);
    if (s) feasible = true;
  }
  sg_free(st);
  sg_free(work);
  sg_free(queued);
  return !feasible;
}

static bool sg_flow__chained(const FlatTree *t, uint32_t p) {
  for (uint32_t q = p; q <= t->subtree_end[p]; q++)
    if (t->kind[q] == KIND_ATTRIBUTE || t->kind[q] == KIND_SUBSCRIPT) return true;
  return false;
}

/* The predicates worth trying for `at`: the atoms of the tests of the
 * function (if/elif/while/assert) and of the guards inside the read's
 * own statement, deduplicated, at most 16. */
static void sg_flow__atoms(const FlatTree *t, uint32_t test, FlowU32s *out) {
  uint32_t stack[64], sp = 0;
  stack[sp++] = test;
  while (sp) {
    uint32_t x = stack[--sp];
    x = x == SG_NONE ? SG_NONE : sg_flat_unparen(t, x);
    if (x == SG_NONE) continue;
    if (t->kind[x] == KIND_NOT_OPERATOR) {
      uint32_t arg = sg_flat_field(t, x, FIELD_ARGUMENT);
      if (arg == SG_NONE) arg = sg_flat_named_child(t, x);
      if (sp < 64) stack[sp++] = arg;
      continue;
    }
    if (t->kind[x] == KIND_BOOLEAN_OPERATOR) {
      if (sp < 63) {
        stack[sp++] = sg_flat_field(t, x, FIELD_RIGHT);
        stack[sp++] = sg_flat_field(t, x, FIELD_LEFT);
      }
      continue;
    }
    if (!sg_flow__simple_pred(t, x)) continue;
    bool seen = false;
    for (uint32_t k = 0; k < out->len && !seen; k++)
      seen = sg_flow__same_expr(t, out->items[k], x) || sg_flow__negated_cmp(t, out->items[k], x);
    if (!seen && out->len < 16) array_push(out, x);
  }
}

bool sg_flow_correlated(const Flow *fl, uint32_t local, uint32_t at, uint32_t inner_read) {
  /* the predicates are gathered from every test of the function */
  if (!sg_flow__spend(fl, fl->nodes.len)) return false;
  const FlatTree *t = fl->tree;
  const SemanticModel *m = fl->model;
  FlowU32s atoms = {0};
  FlowGuards inner = {0};
  if (inner_read != SG_NONE) {
    /* a nested function's read: its guards count when they test only
     * names of this scope (or globals), not the nested function's own */
    FlowGuards all = {0};
    sg_flow_guards_of(t, inner_read, &all);
    uint32_t own_scope = m->node_scope[inner_read];
    for (uint32_t g = 0; g < all.len; g++) {
      uint32_t test = all.items[g].test;
      bool outer = test != SG_NONE;
      for (uint32_t i = test; outer && i <= t->subtree_end[test]; i++) {
        uint32_t r = m->node_reference[i];
        if (r == SG_NONE) continue;
        uint32_t sym = m->references.items[r].symbol;
        outer = m->node_scope[i] == own_scope && (sym == SG_NONE || m->symbols.items[sym].scope != own_scope);
      }
      if (!outer) continue;
      array_push(&inner, all.items[g]);
      sg_flow__atoms(t, test, &atoms);
    }
    array_free(&all);
  }
  /* the read's own guards: inside its statement, then the enclosing
   * if/elif/while tests */
  uint32_t c = at;
  for (uint32_t up = t->parent[at]; up != SG_NONE; c = up, up = t->parent[up]) {
    uint16_t k = t->kind[up];
    if (k == KIND_FUNCTION_DEFINITION || k == KIND_CLASS_DEFINITION || k == KIND_LAMBDA) break;
    if (k == KIND_BOOLEAN_OPERATOR && t->field[c] == FIELD_RIGHT)
      sg_flow__atoms(t, sg_flat_field(t, up, FIELD_LEFT), &atoms);
    else if (k == KIND_CONDITIONAL_EXPRESSION) {
      uint32_t first = sg_flat_named_child(t, up);
      uint32_t test = first == SG_NONE ? SG_NONE : sg_flat_next_named(t, first);
      if (test != SG_NONE && c != test) sg_flow__atoms(t, test, &atoms);
    } else if ((k == KIND_IF_STATEMENT || k == KIND_ELIF_CLAUSE || k == KIND_WHILE_STATEMENT) &&
               t->field[c] != FIELD_CONDITION) {
      sg_flow__atoms(t, sg_flat_field(t, up, FIELD_CONDITION), &atoms);
      if (k == KIND_ELIF_CLAUSE && t->parent[up] != SG_NONE)
        sg_flow__atoms(t, sg_flat_field(t, t->parent[up], FIELD_CONDITION), &atoms);
    } else if (k == KIND_ELSE_CLAUSE && t->parent[up] != SG_NONE && t->kind[t->parent[up]] == KIND_IF_STATEMENT) {
      sg_flow__atoms(t, sg_flat_field(t, t->parent[up], FIELD_CONDITION), &atoms);
    }
  }
  uint32_t own = atoms.len;
  for (uint32_t v = 0; v < fl->nodes.len; v++) {
    const FlowNode *node = &fl->nodes.items[v];
    if (!node->reachable || node->node == SG_NONE) continue;
    if (node->kind == FLOW_CONDITION) sg_flow__atoms(t, node->node, &atoms);
    else if (node->kind == FLOW_STATEMENT && t->kind[node->node] == KIND_ASSERT_STATEMENT)
      sg_flow__atoms(t, sg_flat_named_child(t, node->node), &atoms);
  }
  bool silent = false;
  /* each predicate alone, then the read's own guards together */
  for (uint32_t k = 0; k < atoms.len && !silent; k++) {
    Atoms one = {{atoms.items[k]}, 1, {sg_flow__chained(t, atoms.items[k])}};
    silent = sg_flow__infeasible_for(fl, local, at, &one, &inner);
  }
  if (!silent) {
    /* the tests of the if/elif chains that bind the local, together: a
     * chain whose tests cover every case (`if a and b: x = 1` / `elif not
     * a: x = 2` / `elif not b: x = 3`) */
    FlowU32s chain = {0};
    const Symbol *sym = &m->symbols.items[fl->locals.items[local]];
    for (uint32_t bi = sym->first_binding; bi != SG_NONE && chain.len <= SG_ATOMS_MAX; bi = m->bindings.items[bi].next) {
      uint32_t cc = m->bindings.items[bi].node;
      for (uint32_t up = t->parent[cc]; up != SG_NONE; cc = up, up = t->parent[up]) {
        uint16_t k = t->kind[up];
        if (k == KIND_FUNCTION_DEFINITION || k == KIND_CLASS_DEFINITION || k == KIND_LAMBDA) break;
        if (k != KIND_IF_STATEMENT || t->field[cc] == FIELD_CONDITION) continue;
        sg_flow__atoms(t, sg_flat_field(t, up, FIELD_CONDITION), &chain);
        for (uint32_t e = t->first_child[up]; e != SG_NONE; e = t->next_sibling[e])
          if (t->kind[e] == KIND_ELIF_CLAUSE) sg_flow__atoms(t, sg_flat_field(t, e, FIELD_CONDITION), &chain);
        break;
      }
    }
    if (chain.len >= 2 && chain.len <= SG_ATOMS_MAX) {
      Atoms some = {{0}, 0, {false}};
      for (uint32_t k = 0; k < chain.len; k++) {
        some.p[some.n] = chain.items[k];
        some.chained[some.n++] = sg_flow__chained(t, chain.items[k]);
      }
      silent = sg_flow__infeasible_for(fl, local, at, &some, &inner);
    }
    array_free(&chain);
  }
  if (!silent && own >= 2) {
    Atoms some = {{0}, 0, {false}};
    for (uint32_t k = 0; k < own && some.n < SG_ATOMS_MAX; k++) {
      some.p[some.n] = atoms.items[k];
      some.chained[some.n++] = sg_flow__chained(t, atoms.items[k]);
    }
    silent = sg_flow__infeasible_for(fl, local, at, &some, &inner);
  }
  array_free(&atoms);
  array_free(&inner);
  return silent;
}

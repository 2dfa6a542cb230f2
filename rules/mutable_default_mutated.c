/* SNG201 mutable-default-mutated: a mutable default the function mutates or
 * lets escape, so state leaks from one call into the next. */
#include <stdio.h>
#include <string.h>

#include "analyses/resolve.h"
#include "rules/mutable_default.h"

const RuleDoc sg_rule_doc_mutable_default_mutated = {
  .summary = "A mutable default argument is mutated, so its state leaks between calls",
  .what =
    "Reports a parameter whose default is a mutable object (a list, dict or set "
    "display or comprehension, `list()`, `dict()`, `set()`, `bytearray()`, "
    "`collections.deque/defaultdict/OrderedDict/Counter()`, or a module-level name "
    "bound only to such a value) when the shared object is changed in place: the "
    "function mutates it (a mutating method, an item or attribute store, `del p[k]`, "
    "`p += ...`, directly, through a local alias or a closure, or by passing it to a "
    "same-file function, class (`__init__`) or method (`self._add(p, x)`) that mutates "
    "its parameter on every call, directly or through further such helpers, or to a "
    "function, class or method of another file of the program imported by the module "
    "(`from .hooks import register`, `hooks.register(p, f)`; followed one file far), "
    "that does), or it "
    "escapes and the "
    "file shows the escaped object mutated: stored as `obj.attr = p` and some "
    "`<x>.attr` is mutated in place in the same class, outside every class, or in another "
    "class on an object that is not that class's `self` (`self._routes[p].attr.append(x)`), bound "
    "to a global that is mutated, or returned to a same-file caller that leaves the "
    "parameter to its default and mutates the result. Removing from or reordering an "
    "empty default (`del p[k]`, `p.pop(k)`, `p.sort()`) cannot leak anything and does "
    "not count. A deliberate cache or counter (`def f(x, _cache={})`) is reported "
    "too: it is state shared across calls, and the message says so. To keep one on "
    "purpose, make it explicit: a module-level object the function uses directly "
    "(`_CACHE = {}` at module level), `functools.cache`, or `# noqa: SNG201` on the "
    "line. A default instance of a same-file class (`def f(stats=Stats())`, also made by a "
    "same-file function returning one: `tally=new_tally()`) is "
    "reported when the function calls a method on it (`stats.add(x)`) that changes "
    "the instance's state on every call: mutates `self.<attr>` in place, `self.n += "
    "...`, or stores one of its arguments on `self`, directly or through another "
    "method of the class), changes one of its attributes itself (`stats.values."
    "append(x)`, `stats.n += 1`, `stats.last = x`), or passes it to a same-file "
    "helper that mutates `<its parameter>.<attr>` in place, or calls such a method on it, on "
    "every call (`_apply_auth(headers, token)` doing `headers.set(...)`). A default handed "
    "to a same-file class (`Room(name, invited)`, or `cls(...)` in a classmethod) whose "
    "`__init__` keeps it as `self.<x>` (not a copy) while a method of the class changes "
    "`self.<x>` in place is mutated too. And a dataclass field whose default is an instance of "
    "a same-file class (`stock: Stock = Stock()`, also `field(default=Stock())`; dataclasses "
    "reject list/dict/set defaults but accept any hashable object and copy none), when the "
    "file changes it through the field (`item.stock.receive(...)` calling a method that "
    "changes its state, `item.stock.n += 1`); `ClassVar` annotations are not fields. A "
    "`typing.NamedTuple` field with a mutable default (`layers: list = []`, a default argument "
    "of the class's `__new__`) is reported when the file mutates `<x>.<field>` in place, and a "
    "call of another file's NamedTuple that leaves out such a field (`Route(name)`) is reported "
    "when its file mutates `<x>.<field>` (of the object the call made, through a same-file "
    "helper too, or of any object when no other class here has a field or attribute of that "
    "name, also by a function of another file the file calls, which changes that attribute of "
    "a parameter in place: `lend(shelf, tables[0], title)` doing `table.games.append(...)`).",
  .more =
    "Across files: a class deriving from another file's class whose `__init__` keeps a "
    "mutable default as `self.<x>` (`def __init__(self, text, style={}): self.style = style`, "
    "also a default object `addons=AddonSet()`), when its own `__init__` calls the base's "
    "leaving that parameter out (`super().__init__(text)`) and the class changes `self.<x>` "
    "in place.",
  .why =
    "Python evaluates a default once, when the `def` runs, and every call that "
    "omits the argument gets that same object. A change made in one call is seen "
    "by the next:\n\n"
    "```python\n>>> def add(item, bucket=[]):\n...     bucket.append(item)\n...     return bucket\n"
    ">>> add(1)\n[1]\n>>> add(2)\n[1, 2]\n```",
  .example =
    "def add(item, bucket=[]):\n    bucket.append(item)\n    return bucket\n",
  .instead =
    "def add(item, bucket=None):\n    if bucket is None:\n        bucket = []\n"
    "    bucket.append(item)\n    return bucket\n",
  .limits =
    "Mutations are found in the function itself, in closures it defines, through one "
    "local alias (`b = bucket`), and after the escapes listed above. A default that "
    "only escapes (returned, yielded, stored on `self`, put into another container) "
    "with no mutation of it in the file is SNG202, not this rule: whether another "
    "module changes it is not seen. Helpers are followed only within the file, and "
    "only when their mutation runs on every call (not under an `if`, `match`, "
    "`except`, conditional expression, `and`/`or` or nested function, except an `if` "
    "that an empty container passes: `if k not in p:`, `if not p:`): a helper that "
    "mutates its parameter only on some paths is SNG202. Removing from or reordering "
    "the object inside a helper does not count; methods are looked up in the class "
    "and its same-file bases (an override in a subclass is not seen). A default "
    "instance's methods that only read, or cache something computed from the object "
    "alone (`self._x = self._compute()`), are not reported. Uses after the parameter is surely "
    "rebound (`bucket = list(bucket)`, or `if not bucket: bucket = []`) are ignored. "
    "`def f(_cache=_cache)`, binding a module-level object under its own name, is a "
    "deliberate idiom and is not reported.",
  .fix =
    "Unsafe: replaces the default with `None` and creates the object at the start of "
    "the body; an annotation that does not admit `None` becomes `X | None` when the "
    "target version (`target-version`, else `requires-python`) is 3.10 or newer, "
    "`Optional[X]` below it (adding `from typing import Optional` when the module has "
    "none). Callers that relied on the shared object (a deliberate cache), or that "
    "pass `None` explicitly, behave differently.",
};

/* ---- shared with SNG202 --------------------------------------------------- */

void sg_mutable_defaults_each(RuleContext *ctx,
                              void (*fn)(RuleContext *ctx, const MutableDefault *md)) {
  const SemanticModel *m = ctx->model;
  for (uint32_t b = 0; b < m->bindings.len; b++) {
    const Binding *bd = &m->bindings.items[b];
    if (bd->kind != BINDING_KIND_PARAMETER || bd->value == SG_NONE) continue;
    if (!sg_candidates_has(ctx->candidates, CANDIDATE_MUTABLE_DEFAULT, bd->context)) continue;
    ValueKind kind = sg_value_of_default(m, bd->value);
    if (!sg_value_is_mutable(kind)) continue;
    /* `def f(_registry=_registry)`: binding a module-level object early
     * is a deliberate idiom (speed, surviving module teardown) */
    uint32_t value = sg_flat_unparen(ctx->tree, bd->value);
    if (ctx->tree->kind[value] == KIND_IDENTIFIER &&
        ctx->tree->name_id[value] == ctx->tree->name_id[bd->node])
      continue;
    const Scope *scope = &m->scopes.items[m->symbols.items[bd->symbol].scope];
    MutableDefault md = {b,        bd->context, bd->value, kind,    USE_READ, SG_NONE,
                         SG_NONE,  USE_READ,    SG_NONE,   SG_NONE, SG_NONE, NULL, 0};
    if (!(scope->flags & SCOPE_FLAG_DYNAMIC)) {
      ValueEscape esc;
      const ParamSummary *ps;
      sg_value_escape_of(m, bd->symbol, sg_value_is_empty(m, bd->value), &esc);
      if (esc.mutation != SG_NONE) {
        md.use = esc.use;
        md.where = esc.where;
        md.mutation = esc.mutation;
      } else if ((ps = sg_summaries_param(ctx->summaries, m, bd->symbol)) && ps->helper_call != SG_NONE) {
        /* passed to a helper that mutates it on every call (analyses/summaries) */
        md.use = USE_MUTATE;
        md.where = ps->helper_call;
        md.mutation = ps->helper_origin;
        md.helper = ps->helper_call;
        md.elsewhere = ps->elsewhere;
        md.elsewhere_line = ps->elsewhere_line;
      } else {
        /* it escapes, but nothing in the file is seen changing it */
        md.escape = esc.use;
        md.escape_where = esc.where;
        if (esc.use == USE_READ) {
          /* passed to a same-file function or class that keeps it */
          uint32_t callee = SG_NONE;
          UseKind use = USE_READ;
          uint32_t at = sg_value_call_escape(m, bd->symbol, &callee, &use);
          if (at != SG_NONE) {
            md.escape = use;
            md.escape_where = at;
            md.callee = callee;
          }
        }
      }
    }
    fn(ctx, &md);
  }
}

/* Leading whitespace of the line that holds byte `at`, if only whitespace
 * precedes `at` on it. */
static bool sg_mutable_default__indent(const Source *src, uint32_t at, char *buf, size_t cap) {
  uint32_t line = sg_source_line_of(src, at);
  uint32_t start = src->line_starts[line];
  if (at - start >= cap) return false;
  for (uint32_t i = start; i < at; i++)
    if (src->text[i] != ' ' && src->text[i] != '\t') return false;
  memcpy(buf, src->text + start, at - start);
  buf[at - start] = '\0';
  return true;
}

static bool sg_mutable_default__is_docstring(const FlatTree *t, uint32_t stmt) {
  if (t->kind[stmt] != KIND_EXPRESSION_STATEMENT) return false;
  uint32_t e = sg_flat_named_child(t, stmt);
  return e != SG_NONE && sg_flat_next_named(t, e) == SG_NONE &&
         (t->kind[e] == KIND_STRING || t->kind[e] == KIND_CONCATENATED_STRING);
}

uint32_t sg_mutable_default_untype(const FlatTree *t, uint32_t e) {
  while (e != SG_NONE && t->kind[e] == KIND_TYPE) e = sg_flat_named_child(t, e);
  return e == SG_NONE ? e : sg_flat_unparen(t, e);
}

static bool sg_mutable_default__ends_with(const FlatTree *t, uint32_t e, const char *name) {
  if (e == SG_NONE || (t->kind[e] != KIND_IDENTIFIER && t->kind[e] != KIND_ATTRIBUTE))
    return false;
  uint32_t len, n = (uint32_t)strlen(name);
  const char *s = sg_flat_text(t, e, &len);
  return len >= n && memcmp(s + len - n, name, n) == 0 && (len == n || s[len - n - 1] == '.');
}

/* Does the annotation already admit None: `X | None`, `Optional[X]`,
 * `Union[..., None]`, `Any`, `object`, `None`? (Top level only.) */
static bool sg_mutable_default__admits_none(const FlatTree *t, uint32_t type) {
  uint32_t e = sg_mutable_default_untype(t, type);
  if (e == SG_NONE) return false;
  uint16_t k = t->kind[e];
  if (k == KIND_NONE) return true;
  if (k == KIND_UNION_TYPE || k == KIND_BINARY_OPERATOR) {
    for (uint32_t c = sg_flat_named_child(t, e); c != SG_NONE; c = sg_flat_next_named(t, c)) {
      uint32_t u = sg_mutable_default_untype(t, c);
      if (u != SG_NONE && t->kind[u] == KIND_NONE) return true;
    }
    return false;
  }
  if (k == KIND_GENERIC_TYPE || k == KIND_SUBSCRIPT) {
    uint32_t base = sg_flat_named_child(t, e);
    if (sg_mutable_default__ends_with(t, base, "Optional")) return true;
    if (!sg_mutable_default__ends_with(t, base, "Union")) return false;
    uint32_t args = sg_flat_next_named(t, base);
    if (k == KIND_GENERIC_TYPE && args != SG_NONE) args = sg_flat_named_child(t, args);
    /* Union[a, None] (a tuple in a subscript; a list of types in a generic) */
    for (uint32_t c = args; c != SG_NONE; c = sg_flat_next_named(t, c)) {
      uint32_t u = sg_mutable_default_untype(t, c);
      if (u != SG_NONE && t->kind[u] == KIND_TUPLE) {
        for (uint32_t x = sg_flat_named_child(t, u); x != SG_NONE; x = sg_flat_next_named(t, x))
          if (t->kind[x] == KIND_NONE) return true;
      } else if (u != SG_NONE && t->kind[u] == KIND_NONE) {
        return true;
      }
    }
    return false;
  }
  return sg_mutable_default__ends_with(t, e, "Any") || sg_mutable_default__ends_with(t, e, "object");
}

/* Where a module-level `from typing import Optional` can go: before the
 * first statement that is not the docstring or a `from __future__` import. */
static uint32_t sg_mutable_default__import_at(const FlatTree *t) {
  uint32_t root = 0;
  for (uint32_t c = sg_flat_named_child(t, root); c != SG_NONE; c = sg_flat_next_named(t, c)) {
    if (t->kind[c] == KIND_COMMENT) continue;
    if (t->kind[c] == KIND_FUTURE_IMPORT_STATEMENT) continue;
    if (c == sg_flat_named_child(t, root) && sg_mutable_default__is_docstring(t, c)) continue;
    return t->start_byte[c];
  }
  return SG_NONE;
}

/* The fix gives an annotated parameter `None` as its default, so the
 * annotation must admit None. From Python 3.10, `X | None`; below (and for
 * a string annotation, where `"X" | None` raises TypeError), `Optional[X]`
 * spelled with what the module has: `Optional` from typing, `typing.` /
 * `t.` for `import typing [as t]`, or a `from typing import Optional` the fix
 * adds when the module binds no `Optional` of its own. Never syntax newer
 * than the target version. */
static void sg_mutable_default__optional(RuleContext *ctx, Fix *fix, uint32_t type) {
  const FlatTree *t = ctx->tree;
  const SemanticModel *m = ctx->model;
  if (sg_mutable_default__admits_none(t, type)) return;
  uint32_t e = sg_mutable_default_untype(t, type);
  bool string = e != SG_NONE && (t->kind[e] == KIND_STRING || t->kind[e] == KIND_CONCATENATED_STRING);
  if (ctx->settings->target_minor >= 10 && !string) {
    sg_fix_edit(fix, t->end_byte[type], t->end_byte[type], " | None");
    return;
  }
  char prefix[160];
  prefix[0] = '\0';
  uint32_t id = sg_names_find(&t->names, "Optional", 8);
  uint32_t sym = id == SG_NONE ? SG_NONE : sg_model_symbol(m, 0, id);
  if (sym != SG_NONE) {
    /* every binding of the module's `Optional` is typing's */
    for (uint32_t b = m->symbols.items[sym].first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
      const Binding *bd = &m->bindings.items[b];
      if (bd->kind != BINDING_KIND_IMPORT_FROM || !bd->qualified ||
          (strcmp(bd->qualified, "typing.Optional") && strcmp(bd->qualified, "typing_extensions.Optional")))
        return;
    }
    snprintf(prefix, sizeof prefix, "Optional[");
  } else {
    for (uint32_t b = 0; b < m->bindings.len && !prefix[0]; b++) {
      const Binding *bd = &m->bindings.items[b];
      if (bd->kind == BINDING_KIND_IMPORT && bd->qualified && !strcmp(bd->qualified, "typing") &&
          m->symbols.items[bd->symbol].scope == 0 && m->symbols.items[bd->symbol].binding_count == 1)
        snprintf(prefix, sizeof prefix, "%s.Optional[", sg_flat_name(t, bd->node));
    }
    if (!prefix[0]) {
      uint32_t at = sg_mutable_default__import_at(t);
      if (at == SG_NONE) return;
      char import[40];
      snprintf(import, sizeof import, "from typing import Optional%s", sg_fix_newline(ctx->source, at));
      sg_fix_edit(fix, at, at, import);
      snprintf(prefix, sizeof prefix, "Optional[");
    }
  }
  sg_fix_edit(fix, t->start_byte[type], t->start_byte[type], prefix);
  sg_fix_edit(fix, t->end_byte[type], t->end_byte[type], "]");
}

void sg_mutable_default_fix(RuleContext *ctx, Diagnostic *d, const MutableDefault *md) {
  const FlatTree *t = ctx->tree;
  const SemanticModel *m = ctx->model;
  const Binding *bd = &m->bindings.items[md->binding];
  uint32_t params = t->parent[md->param];
  uint32_t fn = params == SG_NONE ? SG_NONE : t->parent[params];
  if (fn == SG_NONE || t->kind[fn] != KIND_FUNCTION_DEFINITION) return;  /* lambdas: no body */
  uint32_t body = sg_flat_field(t, fn, FIELD_BODY);
  if (body == SG_NONE || (t->flags[fn] & FLAT_HAS_ERROR)) return;
  if (t->start_row[body] == t->start_row[sg_flat_field(t, fn, FIELD_NAME)]) return;  /* one-liner */
  uint32_t first = sg_flat_named_child(t, body);
  if (first == SG_NONE) return;
  uint32_t anchor = first;
  if (sg_mutable_default__is_docstring(t, first)) anchor = sg_flat_next_named(t, first);
  char indent[128];
  uint32_t at = anchor != SG_NONE ? t->start_byte[anchor] : t->start_byte[first];
  if (!sg_mutable_default__indent(ctx->source, at, indent, sizeof indent)) return;

  const char *name = sg_flat_name(t, bd->node);
  uint32_t vlen;
  const char *vtext = sg_flat_text(t, md->value, &vlen);
  if (memchr(vtext, '\n', vlen)) return;  /* keep the fix simple and readable */
  char title[256];
  snprintf(title, sizeof title, "Replace with `None`; initialize `%s` within the function", name);
  Fix *fix = sg_diag_fix(d, FIX_UNSAFE, title);
  sg_fix_edit(fix, t->start_byte[md->value], t->end_byte[md->value], "None");
  uint32_t type = sg_flat_field(t, md->param, FIELD_TYPE);
  if (type != SG_NONE) sg_mutable_default__optional(ctx, fix, type);
  /* keep the file's line endings */
  const char *nl = sg_fix_newline(ctx->source, at);
  size_t cap = strlen(name) * 2 + vlen + strlen(indent) * 3 + 64;
  char *text = sg_malloc(cap);
  if (anchor != SG_NONE)
    snprintf(text, cap, "if %s is None:%s%s    %s = %.*s%s%s", name, nl, indent, name, (int)vlen,
             vtext, nl, indent);
  else
    snprintf(text, cap, "%s%sif %s is None:%s%s    %s = %.*s", nl, indent, name, nl, indent, name,
             (int)vlen, vtext);
  uint32_t pos = anchor != SG_NONE ? t->start_byte[anchor] : t->end_byte[first];
  sg_fix_edit(fix, pos, pos, text);
  sg_free(text);
}

/* ---- SNG201 --------------------------------------------------------------- */

/* A nested function's (or lambda's) default list used only as a cell,
 * `p[0]` read and assigned (and `len(p)`): `def reader(lnum=[lnum]): ...
 * lnum[0] += 1`, `def spam(state=[0])`. The function is made anew by each
 * call of the one around it, so the list is that closure's own state, kept
 * between its calls on purpose (the idiom `nonlocal` replaced). */
static bool sg_mutable_default_mutated__closure_cell(const SemanticModel *m, const MutableDefault *md) {
  const FlatTree *t = m->tree;
  const Binding *bd = &m->bindings.items[md->binding];
  uint32_t fs = m->symbols.items[bd->symbol].scope;
  uint32_t outer = fs == SG_NONE ? SG_NONE : sg_model_function_scope(m, m->scopes.items[fs].parent);
  uint32_t v = sg_flat_unparen(t, md->value);
  if (outer == SG_NONE || m->scopes.items[outer].kind != SCOPE_FUNCTION || v == SG_NONE || t->kind[v] != KIND_LIST)
    return false;
  bool used = false;
  for (uint32_t r = m->symbols.items[bd->symbol].first_reference; r != SG_NONE; r = m->references.items[r].next) {
    uint32_t use = m->references.items[r].node, up = t->parent[use];
    if (up != SG_NONE && t->kind[up] == KIND_SUBSCRIPT && t->field[use] == FIELD_VALUE) {
      uint32_t k = sg_flat_unparen(t, sg_flat_field(t, up, FIELD_SUBSCRIPT));
      if (k == SG_NONE || t->kind[k] != KIND_INTEGER) return false;
    } else if (up != SG_NONE && t->kind[up] == KIND_ARGUMENT_LIST && t->parent[up] != SG_NONE &&
               sg_flat_text_is(t, sg_flat_field(t, t->parent[up], FIELD_FUNCTION), "len")) {
      /* `assert len(last) == 1` */
    } else {
      return false;
    }
    used = true;
  }
  return used;
}

static void sg_mutable_default_mutated__one(RuleContext *ctx, const MutableDefault *md) {
  if (md->use == USE_READ || sg_mutable_default_mutated__closure_cell(ctx->model, md)) return;
  const FlatTree *t = ctx->tree;
  const Binding *bd = &ctx->model->bindings.items[md->binding];
  const char *name = sg_flat_name(t, bd->node);
  const char *kind = sg_value_display_name(ctx->model, md->value, md->kind);
  uint32_t line = sg_source_line_of(ctx->source, t->start_byte[md->where]) + 1;
  Diagnostic *d;
  if (md->helper != SG_NONE) {
    uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, md->helper, FIELD_FUNCTION));
    uint32_t flen, mline = sg_source_line_of(ctx->source, t->start_byte[md->mutation]) + 1;
    const char *ftext = sg_flat_text(t, fn, &flen);
    char at[600];
    if (md->elsewhere) {
      char path[512];
      snprintf(at, sizeof at, "`%s` in %s, line %u", md->elsewhere->name,
               sg_project_display_path(md->elsewhere->module, path, sizeof path), md->elsewhere_line);
    } else {
      snprintf(at, sizeof at, "line %u", mline);
    }
    d = sg_rule_report(
        ctx, RULE_mutable_default_mutated, md->value,
        "The default %s of `%s` is one object shared by every call that omits `%s`: it is "
        "passed on line %u to `%.*s`, which mutates it (%s), so each such call sees what "
        "earlier calls left in it",
        kind, name, name, line, (int)flen, ftext, at);
    sg_diag_related(d, t->start_byte[md->where], t->end_byte[md->where], "`%s` passed to `%.*s` here", name,
                    (int)flen, ftext);
    sg_diag_related(d, t->start_byte[md->mutation], t->end_byte[md->mutation],
                    "the shared %s is mutated here", kind);
    sg_mutable_default_fix(ctx, d, md);
    return;
  }
  if (md->use == USE_MUTATE) {
    d = sg_rule_report(
        ctx, RULE_mutable_default_mutated, md->value,
        "The default %s of `%s` is one object shared by every call that omits `%s`, and "
        "it is mutated on line %u: each such call sees what earlier calls left in it "
        "(shared state; if that is a deliberate cache, keep it in a module-level object)",
        kind, name, name, line);
  } else {
    uint32_t mline = sg_source_line_of(ctx->source, t->start_byte[md->mutation]) + 1;
    d = sg_rule_report(
        ctx, RULE_mutable_default_mutated, md->value,
        "The default %s of `%s` is one object shared by every call that omits `%s`: it "
        "is %s on line %u and mutated on line %u, so each such call sees what earlier "
        "calls left in it",
        kind, name, name, sg_mutable_default_use_verb(md->use), line, mline);
  }
  sg_diag_related(d, t->start_byte[md->where], t->end_byte[md->where], "`%s` %s here", name,
                  sg_mutable_default_use_verb(md->use));
  if (md->mutation != md->where)
    sg_diag_related(d, t->start_byte[md->mutation], t->end_byte[md->mutation],
                    "the shared %s is mutated here", kind);
  sg_mutable_default_fix(ctx, d, md);
}

/* ---- SNG201: a default instance of a same-file class ----------------------- */

/* The class scope of a call `C(...)` of a same-file class, or SG_NONE. */
static uint32_t sg_mutable_default_mutated__class_at(const SemanticModel *m, uint32_t value, int depth) {
  const FlatTree *t = m->tree;
  value = sg_flat_unparen(t, value);
  if (value == SG_NONE || t->kind[value] != KIND_CALL) return SG_NONE;
  uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, value, FIELD_FUNCTION));
  uint32_t sym = fn == SG_NONE || t->kind[fn] != KIND_IDENTIFIER ? SG_NONE : sg_model_node_symbol(m, fn);
  if (sym == SG_NONE || m->symbols.items[sym].binding_count != 1) return SG_NONE;
  const Binding *cb = &m->bindings.items[m->symbols.items[sym].first_binding];
  if (cb->kind == BINDING_KIND_CLASS) return m->node_own_scope[cb->context];
  /* `new_tally()`: a same-file function that returns one class's new object
   * on every path */
  if (cb->kind != BINDING_KIND_DEF || depth > 1 || m->symbols.items[sym].scope != 0) return SG_NONE;
  uint32_t fs = m->node_own_scope[cb->context], cursor = 0, found = SG_NONE;
  if (m->scopes.items[fs].flags & (SCOPE_FLAG_GENERATOR | SCOPE_FLAG_ASYNC)) return SG_NONE;
  for (uint32_t v; (v = sg_model_next_return_value(m, fs, &cursor)) != SG_NONE;) {
    uint32_t c = sg_mutable_default_mutated__class_at(m, v, depth + 1);
    if (c == SG_NONE || (found != SG_NONE && c != found)) return SG_NONE;
    found = c;
  }
  return found;
}

static uint32_t sg_mutable_default_mutated__class(const SemanticModel *m, uint32_t value) {
  return sg_mutable_default_mutated__class_at(m, value, 0);
}

/* The first change of parameter `param` (index into params) that f makes
 * on every call and that keeps state — in place, `+=`, or set from an
 * argument; not a removal — made through a helper when helper_only; NULL
 * when none. */
static const AttrEffect *sg_mutable_default_mutated__leak(const Summaries *s, const FunctionSummary *f,
                                                          uint32_t param, bool helper_only) {
  for (uint32_t a = 0; f && a < f->attrs.len; a++) {
    const AttrEffect *e = &f->attrs.items[a];
    if (e->param == param && e->sure && e->kind != ATTR_EFFECT_REMOVED && (!helper_only || e->via == ATTR_VIA_HELPER))
      return e;
  }
  return NULL;
}

/* The finding on parameter binding b whose default is an instance of class
 * scope cls, changed at `change`: by a call of method fs whose `effect`
 * changes `self.<attr>`; by a call handing it to a helper (fs the
 * function itself, effect the change carried from the helper); or, with
 * fs NULL, by a store or in-place mutation of `<param>.<attr>` itself. */
static void sg_mutable_default_mutated__report_instance(RuleContext *ctx, uint32_t b, uint32_t cls, uint32_t change,
                                                        const FunctionSummary *fs, const AttrEffect *effect,
                                                        uint32_t attr) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  const Binding *bd = &m->bindings.items[b];
  const char *name = sg_flat_name(t, bd->node);
  const char *aname = sg_names_text(&t->names, effect ? effect->name : attr);
  uint32_t cname = sg_flat_field(t, m->scopes.items[cls].node, FIELD_NAME);
  const char *ctext = cname == SG_NONE ? "?" : sg_flat_name(t, cname);
  uint32_t line = sg_source_line_of(ctx->source, t->start_byte[change]) + 1;
  uint32_t origin = effect ? effect->origin : change;
  uint32_t oline = sg_source_line_of(ctx->source, t->start_byte[origin]) + 1;
  Diagnostic *d;
  if (fs && fs->scope == m->symbols.items[bd->symbol].scope) {
    uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, change, FIELD_FUNCTION));
    uint32_t flen;
    const char *ftext = sg_flat_text(t, fn, &flen);
    d = sg_rule_report(
        ctx, RULE_mutable_default_mutated, bd->value,
        "The default `%s` instance of `%s` is one object shared by every call that omits `%s`: it "
        "is passed on line %u to `%.*s`, which changes its `%s` (line %u), so each such call sees "
        "what earlier calls left in it",
        ctext, name, name, line, (int)flen, ftext, aname, oline);
    sg_diag_related(d, t->start_byte[change], t->end_byte[change], "`%s` passed to `%.*s` here", name, (int)flen,
                    ftext);
    sg_diag_related(d, t->start_byte[origin], t->end_byte[origin], "`.%s` changed here", aname);
  } else if (fs) {
    uint32_t mname = sg_flat_field(t, m->scopes.items[fs->scope].node, FIELD_NAME);
    const char *mtext = mname == SG_NONE ? "?" : sg_flat_name(t, mname);
    static const char *const verbs[] = {"mutates", "adds to", "sets", "empties"};
    d = sg_rule_report(
        ctx, RULE_mutable_default_mutated, bd->value,
        "The default `%s` instance of `%s` is one object shared by every call that omits `%s`: "
        "`%s.%s(...)` on line %u changes its state (`%s.%s` %s `self.%s`, line %u), so each such "
        "call sees what earlier calls left in it",
        ctext, name, name, name, mtext, line, ctext, mtext, verbs[effect->kind], aname, oline);
    sg_diag_related(d, t->start_byte[change], t->end_byte[change], "`%s` changed through this call", name);
    sg_diag_related(d, t->start_byte[origin], t->end_byte[origin], "`self.%s` changed here", aname);
  } else {
    d = sg_rule_report(
        ctx, RULE_mutable_default_mutated, bd->value,
        "The default `%s` instance of `%s` is one object shared by every call that omits `%s`: "
        "`%s.%s` is changed on line %u, so each such call sees what earlier calls left in it",
        ctext, name, name, name, aname, line);
    sg_diag_related(d, t->start_byte[change], t->end_byte[change], "`%s.%s` changed here", name, aname);
  }
  MutableDefault md = {b, bd->context, bd->value, VALUE_UNKNOWN, USE_MUTATE, change, origin,
                       USE_READ, SG_NONE, SG_NONE, SG_NONE, NULL, 0};
  sg_mutable_default_fix(ctx, d, &md);
}

/* `def f(stats=Stats())` and `stats.add(x)`, where `Stats.add` changes
 * `self.<attr>` on every call (in place, `+=`, or set from its argument),
 * the function changes `stats.<attr>` itself, or hands `stats` to a helper
 * that changes it: the one default instance keeps what each call left. */
/* The default instance read at `node` kept on the object by a method of
 * its class (`self.stats = stats`, the only binding of `self.stats` in the
 * class) and changed through it by a method (`self.stats.hits += 1`,
 * `self.stats.log.append(x)`): reported, true. */
static bool sg_mutable_default_mutated__kept_on_self(RuleContext *ctx, uint32_t b, uint32_t cls, uint32_t node,
                                                     const FlatView *view) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  const Binding *bd = &m->bindings.items[b];
  uint32_t assign = t->parent[node];
  if (assign == SG_NONE || t->kind[assign] != KIND_ASSIGNMENT || t->field[node] != FIELD_RIGHT) return false;
  uint32_t left = sg_flat_unparen(t, sg_flat_field(t, assign, FIELD_LEFT));
  uint32_t fs = m->symbols.items[bd->symbol].scope, owner = m->scopes.items[fs].parent;
  if (left == SG_NONE || t->kind[left] != KIND_ATTRIBUTE || owner == SG_NONE || m->scopes.items[owner].kind != SCOPE_CLASS)
    return false;
  uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, left, FIELD_OBJECT)), slot = sg_flat_field(t, left, FIELD_ATTRIBUTE);
  if (obj == SG_NONE || slot == SG_NONE || t->kind[obj] != KIND_IDENTIFIER ||
      sg_model_node_symbol(m, obj) != sg_classes_self(m, fs))
    return false;
  uint32_t body = m->scopes.items[owner].body, change = SG_NONE, changed = SG_NONE;
  bool called = false;  /* changed by calling one of its methods */
  for (uint32_t i = body; body != SG_NONE && i <= t->subtree_end[body]; i++) {
    if (t->kind[i] != KIND_ATTRIBUTE) continue;
    uint32_t o = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_OBJECT)), a = sg_flat_field(t, i, FIELD_ATTRIBUTE);
    if (a == SG_NONE || t->name_id[a] != t->name_id[slot] || o == SG_NONE || t->kind[o] != KIND_IDENTIFIER ||
        t->name_id[o] != NAME_SELF)
      continue;
    uint32_t p = t->parent[i];
    /* another binding of `self.<slot>`: it may hold something else */
    if (p != SG_NONE && (t->kind[p] == KIND_ASSIGNMENT || t->kind[p] == KIND_AUGMENTED_ASSIGNMENT) &&
        t->field[i] == FIELD_LEFT && i != left)
      return false;
    /* `self.<slot>.<attr>` changed: set, augmented, or changed in place */
    if (change != SG_NONE || p == SG_NONE || t->kind[p] != KIND_ATTRIBUTE || t->field[i] != FIELD_OBJECT) continue;
    uint32_t gp = t->parent[p], where = sg_classes_mutation_of(view, p);
    if (where == SG_NONE && gp != SG_NONE && (t->kind[gp] == KIND_ASSIGNMENT || t->kind[gp] == KIND_AUGMENTED_ASSIGNMENT) &&
        t->field[p] == FIELD_LEFT)
      where = gp;
    if (where != SG_NONE) change = where, changed = sg_flat_field(t, p, FIELD_ATTRIBUTE);
    /* `self.<slot>.push(x)`, a method of the class that changes its object on every call */
    uint32_t mname = sg_flat_field(t, p, FIELD_ATTRIBUTE);
    if (where == SG_NONE && gp != SG_NONE && t->kind[gp] == KIND_CALL && t->field[p] == FIELD_FUNCTION &&
        mname != SG_NONE && ctx->summaries) {
      const FunctionSummary *ms = sg_summaries_function(ctx->summaries, sg_summaries_method(m, cls, t->name_id[mname]));
      if (ms && ms->receiver != SG_NONE && !ms->classmethod && ms->param_count &&
          sg_mutable_default_mutated__leak(ctx->summaries, ms, ms->first_param, false))
        change = gp, changed = mname, called = true;
    }
  }
  if (change == SG_NONE || changed == SG_NONE) return false;
  const char *name = sg_flat_name(t, bd->node), *sname = sg_flat_name(t, slot);
  uint32_t cname = sg_flat_field(t, m->scopes.items[cls].node, FIELD_NAME);
  uint32_t oname = sg_flat_field(t, m->scopes.items[owner].node, FIELD_NAME);
  Diagnostic *d = sg_rule_report(
      ctx, RULE_mutable_default_mutated, bd->value,
      "The default `%s` instance of `%s` is one object shared by every `%s` made without `%s`: line %u keeps it "
      "as `self.%s`, and line %u %s `self.%s.%s%s`, so each such object sees what the others left in it",
      cname == SG_NONE ? "?" : sg_flat_name(t, cname), name, oname == SG_NONE ? "?" : sg_flat_name(t, oname), name,
      sg_source_line_of(ctx->source, t->start_byte[assign]) + 1, sname,
      sg_source_line_of(ctx->source, t->start_byte[change]) + 1, called ? "changes it through" : "changes", sname,
      sg_flat_name(t, changed), called ? "(...)" : "");
  sg_diag_related(d, t->start_byte[assign], t->end_byte[assign], "kept on the object here");
  sg_diag_related(d, t->start_byte[change], t->end_byte[change], "changed here");
  return true;
}

/* Default instance (class scope cls, parameter binding b) read at `arg`,
 * an argument of a call of a same-file function whose parameter it
 * becomes: does that function call, on every call, a method of cls on it
 * that changes the instance (sg_mutable_default_mutated__leak)? Reports
 * it and answers true. */
static bool sg_mutable_default_mutated__helper_method(RuleContext *ctx, uint32_t b, uint32_t cls, uint32_t arg) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  const Summaries *s = ctx->summaries;
  uint32_t call = t->parent[t->parent[arg]];
  if (call == SG_NONE || t->kind[call] != KIND_CALL) return false;
  const ParamSummary *ps = sg_summaries_argument(s, m, call, arg);
  if (!ps || ps->symbol == SG_NONE) return false;
  uint32_t h = m->symbols.items[ps->symbol].scope;
  if (h == SG_NONE || m->scopes.items[h].kind != SCOPE_FUNCTION) return false;
  uint32_t def = m->scopes.items[h].node;
  for (uint32_t r = m->symbols.items[ps->symbol].first_reference; r != SG_NONE; r = m->references.items[r].next) {
    uint32_t node = m->references.items[r].node, p = t->parent[node];
    if (m->references.items[r].scope != h || p == SG_NONE || t->kind[p] != KIND_ATTRIBUTE || t->field[node] != FIELD_OBJECT)
      continue;
    uint32_t mc = t->parent[p], attr = sg_flat_field(t, p, FIELD_ATTRIBUTE);
    if (mc == SG_NONE || t->kind[mc] != KIND_CALL || t->field[p] != FIELD_FUNCTION || attr == SG_NONE ||
        !sg_summaries_sure(t, mc, def))
      continue;
    const FunctionSummary *fs = sg_summaries_function(s, sg_summaries_method(m, cls, t->name_id[attr]));
    if (!fs || fs->receiver == SG_NONE || fs->classmethod || !fs->param_count) continue;
    const AttrEffect *effect = sg_mutable_default_mutated__leak(s, fs, fs->first_param, false);
    if (!effect) continue;
    const Binding *bd = &m->bindings.items[b];
    const char *name = sg_flat_name(t, bd->node);
    uint32_t cname = sg_flat_field(t, m->scopes.items[cls].node, FIELD_NAME);
    uint32_t hname = sg_flat_field(t, def, FIELD_NAME), mlen;
    const char *mtext = sg_flat_text(t, sg_flat_field(t, mc, FIELD_FUNCTION), &mlen);
    Diagnostic *d = sg_rule_report(
        ctx, RULE_mutable_default_mutated, bd->value,
        "The default `%s` instance of `%s` is one object shared by every call that omits `%s`: it is "
        "passed on line %u to `%s`, whose `%.*s(...)` (line %u) changes its state on every call, so each such "
        "call sees what earlier calls left in it",
        cname == SG_NONE ? "?" : sg_flat_name(t, cname), name, name,
        sg_source_line_of(ctx->source, t->start_byte[call]) + 1, hname == SG_NONE ? "?" : sg_flat_name(t, hname),
        (int)mlen, mtext, sg_source_line_of(ctx->source, t->start_byte[mc]) + 1);
    sg_diag_related(d, t->start_byte[arg], t->end_byte[arg], "`%s` passed here", name);
    sg_diag_related(d, t->start_byte[mc], t->end_byte[mc], "its state changed here");
    MutableDefault md = {b, bd->context, bd->value, VALUE_UNKNOWN, USE_MUTATE, call, effect->origin,
                         USE_READ, SG_NONE, SG_NONE, SG_NONE, NULL, 0};
    sg_mutable_default_fix(ctx, d, &md);
    return true;
  }
  return false;
}

static void sg_mutable_default_mutated__instance(RuleContext *ctx, uint32_t b) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  const Summaries *s = ctx->summaries;
  const Binding *bd = &m->bindings.items[b];
  uint32_t cls = sg_mutable_default_mutated__class(m, bd->value);
  if (cls == SG_NONE) return;
  if (m->scopes.items[m->symbols.items[bd->symbol].scope].flags & SCOPE_FLAG_DYNAMIC) return;
  FlatView view = sg_flat_view(t);
  for (uint32_t r = sg_value_next_read(m, bd->symbol, b, SG_NONE); r != SG_NONE;
       r = sg_value_next_read(m, bd->symbol, b, r)) {
    uint32_t node = m->references.items[r].node, p = t->parent[node];
    if (sg_mutable_default_mutated__kept_on_self(ctx, b, cls, node, &view)) return;
    /* `_apply_auth(headers, token)`, where the helper calls a state-changing
     * method on its parameter on every call (`headers.set(...)`) */
    if (p != SG_NONE && t->kind[p] == KIND_ARGUMENT_LIST && sg_mutable_default_mutated__helper_method(ctx, b, cls, node))
      return;
    if (p == SG_NONE || t->kind[p] != KIND_ATTRIBUTE || t->field[node] != FIELD_OBJECT) continue;
    uint32_t call = t->parent[p], attr = sg_flat_field(t, p, FIELD_ATTRIBUTE);
    if (attr == SG_NONE) continue;
    /* `stats.values.append(x)`, `stats.n += 1`, `stats.last = x`: changed here */
    uint32_t change = sg_classes_mutation_of(&view, p);
    if (change == SG_NONE && call != SG_NONE && t->kind[call] == KIND_ASSIGNMENT && t->field[p] == FIELD_LEFT)
      change = call;
    if (change != SG_NONE) {
      sg_mutable_default_mutated__report_instance(ctx, b, cls, change, NULL, NULL, t->name_id[attr]);
      return;
    }
    if (call == SG_NONE || t->kind[call] != KIND_CALL || t->field[p] != FIELD_FUNCTION) continue;
    const FunctionSummary *fs = sg_summaries_function(s, sg_summaries_method(m, cls, t->name_id[attr]));
    if (!fs || fs->receiver == SG_NONE || fs->classmethod || !fs->param_count) continue;
    const AttrEffect *effect = sg_mutable_default_mutated__leak(s, fs, fs->first_param, false);
    if (!effect) continue;
    sg_mutable_default_mutated__report_instance(ctx, b, cls, call, fs, effect, SG_NONE);
    return;
  }
  /* record(stats, x), where the helper changes `<its parameter>.<attr>` on every call */
  const FunctionSummary *own = sg_summaries_function(s, m->symbols.items[bd->symbol].scope);
  const ParamSummary *ps = sg_summaries_param(s, m, bd->symbol);
  const AttrEffect *effect =
      ps ? sg_mutable_default_mutated__leak(s, own, (uint32_t)(ps - s->params.items), true) : NULL;
  if (effect) sg_mutable_default_mutated__report_instance(ctx, b, cls, effect->where, own, effect, SG_NONE);
}

/* ---- SNG201: a default handed to a class that keeps it and changes it ------ */

/* The class scope a call makes an instance of: `C(...)` of a same-file
 * class, or `cls(...)` in a classmethod of one; else SG_NONE. */
static uint32_t sg_mutable_default_mutated__made(const SemanticModel *m, uint32_t call) {
  const FlatTree *t = m->tree;
  uint32_t made = sg_mutable_default_mutated__class(m, call);
  if (made != SG_NONE) return made;
  uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, call, FIELD_FUNCTION));
  if (fn == SG_NONE || t->kind[fn] != KIND_IDENTIFIER) return SG_NONE;
  uint32_t fs = sg_model_function_scope(m, m->node_scope[call]);
  uint32_t cls = fs == SG_NONE ? SG_NONE : m->scopes.items[fs].parent;
  uint32_t sym = sg_model_node_symbol(m, fn);
  if (cls != SG_NONE && m->scopes.items[cls].kind == SCOPE_CLASS && t->name_id[fn] == NAME_CLS && sym != SG_NONE &&
      (m->symbols.items[sym].flags & SYMBOL_PARAMETER) && m->symbols.items[sym].scope == fs)
    return cls;
  return SG_NONE;
}

/* `def open_room(self, name, invited=[]): return Room(name, invited)` where
 * Room.__init__ keeps the list (`self.members = invited`) and a method of
 * Room changes `self.members` in place: every Room made without a list of
 * its own shares the one default. */
static bool sg_mutable_default_mutated__kept_at(RuleContext *ctx, const MutableDefault *md, uint32_t arg, bool report) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  uint32_t call = t->parent[arg];
  if (call != SG_NONE && t->kind[call] == KIND_KEYWORD_ARGUMENT) call = t->parent[call];
  call = call == SG_NONE ? SG_NONE : t->parent[call];
  if (call == SG_NONE || t->kind[call] != KIND_CALL) return false;
  uint32_t cls = sg_mutable_default_mutated__made(m, call);
  if (cls == SG_NONE) return false;
  /* the argument's place, and the __init__ parameter that receives it */
  uint32_t index = 0, kw = SG_NONE, at = SG_NONE;
  uint32_t args = sg_flat_field(t, call, FIELD_ARGUMENTS);
  for (uint32_t a = sg_flat_named_child(t, args); a != SG_NONE && at == SG_NONE; a = sg_flat_next_named(t, a)) {
    if (t->kind[a] == KIND_COMMENT) continue;
    if (t->kind[a] == KIND_KEYWORD_ARGUMENT) {
      if (sg_flat_unparen(t, sg_flat_field(t, a, FIELD_VALUE)) == arg) {
        uint32_t n = sg_flat_field(t, a, FIELD_NAME);
        kw = n == SG_NONE ? SG_NONE : t->name_id[n];
        at = a;
      }
      continue;
    }
    if (sg_flat_unparen(t, a) == arg) at = a;
    else index++;
  }
  if (at == SG_NONE) return false;
  uint32_t init_id = sg_names_find(&t->names, "__init__", 8);
  uint32_t init = init_id == SG_NONE ? SG_NONE : sg_summaries_method(m, cls, init_id);
  if (init == SG_NONE) return false;
  uint32_t params = sg_flat_field(t, m->scopes.items[init].node, FIELD_PARAMETERS);
  uint32_t pid = sg_value_callee_param(t, params, 1, kw == SG_NONE ? index : SG_NONE, kw);
  uint32_t psym = pid == SG_NONE ? SG_NONE : sg_model_node_symbol(m, pid);
  if (psym == SG_NONE) return false;
  /* `self.<slot> = <param>` in __init__ */
  uint32_t keep = SG_NONE, slot = SG_NONE;
  for (uint32_t r = m->symbols.items[psym].first_reference; r != SG_NONE && keep == SG_NONE; r = m->references.items[r].next) {
    uint32_t node = m->references.items[r].node, p = t->parent[node];
    if (p == SG_NONE || t->kind[p] != KIND_ASSIGNMENT || t->field[node] != FIELD_RIGHT) continue;
    uint32_t left = sg_flat_unparen(t, sg_flat_field(t, p, FIELD_LEFT));
    uint32_t obj = left == SG_NONE || t->kind[left] != KIND_ATTRIBUTE ? SG_NONE : sg_flat_unparen(t, sg_flat_field(t, left, FIELD_OBJECT));
    if (obj == SG_NONE || t->kind[obj] != KIND_IDENTIFIER || sg_model_node_symbol(m, obj) != sg_classes_self(m, init)) continue;
    keep = p;
    slot = t->name_id[sg_flat_field(t, left, FIELD_ATTRIBUTE)];
  }
  if (keep == SG_NONE) return false;
  /* `self.<slot>` changed in place by a method of the class, never rebound elsewhere */
  FlatView view = sg_flat_view(t);
  uint32_t body = m->scopes.items[cls].body, change = SG_NONE;
  for (uint32_t i = body; body != SG_NONE && i <= t->subtree_end[body]; i++) {
    if (t->kind[i] != KIND_ATTRIBUTE) continue;
    uint32_t o = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_OBJECT)), a = sg_flat_field(t, i, FIELD_ATTRIBUTE);
    if (a == SG_NONE || t->name_id[a] != slot || o == SG_NONE || t->kind[o] != KIND_IDENTIFIER || t->name_id[o] != NAME_SELF)
      continue;
    uint32_t p = t->parent[i];
    if (p != SG_NONE && (t->kind[p] == KIND_ASSIGNMENT || t->kind[p] == KIND_AUGMENTED_ASSIGNMENT) &&
        t->field[i] == FIELD_LEFT && p != keep)
      return false;  /* rebound: it may hold something else */
    if (change == SG_NONE) change = sg_classes_mutation_of(&view, i);
  }
  if (change == SG_NONE) return false;
  if (!report) return true;
  const Binding *bd = &m->bindings.items[md->binding];
  const char *name = sg_flat_name(t, bd->node);
  uint32_t cname = sg_flat_field(t, m->scopes.items[cls].node, FIELD_NAME);
  const char *ctext = cname == SG_NONE ? "?" : sg_flat_name(t, cname);
  Diagnostic *d = sg_rule_report(
      ctx, RULE_mutable_default_mutated, md->value,
      "The default %s of `%s` is one object shared by every call that omits `%s`: it is passed on line %u to "
      "`%s`, which keeps it as `self.%s` (line %u), and line %u changes `self.%s` in place, so every `%s` made "
      "that way shares it",
      sg_value_display_name(ctx->model, md->value, md->kind), name, name, sg_source_line_of(ctx->source, t->start_byte[arg]) + 1, ctext,
      sg_names_text(&t->names, slot), sg_source_line_of(ctx->source, t->start_byte[keep]) + 1,
      sg_source_line_of(ctx->source, t->start_byte[change]) + 1, sg_names_text(&t->names, slot), ctext);
  sg_diag_related(d, t->start_byte[arg], t->end_byte[arg], "`%s` passed here", name);
  sg_diag_related(d, t->start_byte[keep], t->end_byte[keep], "kept on the object here");
  sg_diag_related(d, t->start_byte[change], t->end_byte[change], "changed here");
  sg_mutable_default_fix(ctx, d, md);
  return true;
}

bool sg_mutable_default_kept_by_class(RuleContext *ctx, const MutableDefault *md, bool report) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  if (md->use != USE_READ) return false;
  const Binding *bd = &m->bindings.items[md->binding];
  if (m->scopes.items[m->symbols.items[bd->symbol].scope].flags & SCOPE_FLAG_DYNAMIC) return false;
  for (uint32_t r = m->symbols.items[bd->symbol].first_reference; r != SG_NONE; r = m->references.items[r].next) {
    uint32_t node = m->references.items[r].node, p = t->parent[node];
    if (p == SG_NONE || (t->kind[p] != KIND_ARGUMENT_LIST && t->kind[p] != KIND_KEYWORD_ARGUMENT)) continue;
    if (sg_mutable_default_mutated__kept_at(ctx, md, node, report)) return true;
  }
  return false;
}

/* ---- SNG201: a dataclass field whose default is an instance ---------------- */


/* `@dataclass class Sku: stock: StockLevels = StockLevels()`: dataclasses
 * reject list/dict/set defaults but accept any hashable object, and copy
 * none: every Sku made without `stock` holds the one StockLevels. Reported
 * when the file changes it through the field: `<x>.stock.receive(...)` (a
 * method of its class that changes its state on every call), `<x>.stock.n
 * += 1`, `<x>.stock.items.append(...)`. */
static void sg_mutable_default_mutated__dataclass_fields(RuleContext *ctx) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  if (!ctx->classes || !ctx->summaries) return;
  FlatView view = sg_flat_view(t);
  for (uint32_t k = 0; k < ctx->classes->classes.len; k++) {
    const ClassInfo *ci = &ctx->classes->classes.items[k];
    if (!sg_classes_is_dataclass(t, ci->node)) continue;
    uint32_t body = m->scopes.items[ci->scope].body;
    for (uint32_t st = body == SG_NONE ? SG_NONE : t->first_child[body]; st != SG_NONE; st = t->next_sibling[st]) {
      uint32_t a = t->kind[st] == KIND_EXPRESSION_STATEMENT ? t->first_child[st] : SG_NONE;
      if (a == SG_NONE || t->kind[a] != KIND_ASSIGNMENT || sg_flat_field(t, a, FIELD_TYPE) == SG_NONE) continue;
      uint32_t left = sg_flat_unparen(t, sg_flat_field(t, a, FIELD_LEFT));
      uint32_t v = sg_flat_unparen(t, sg_flat_field(t, a, FIELD_RIGHT));
      if (left == SG_NONE || t->kind[left] != KIND_IDENTIFIER || v == SG_NONE) continue;
      /* `x: ClassVar[T] = ...` is no field: one object on purpose */
      uint32_t type = sg_flat_field(t, a, FIELD_TYPE);
      bool classvar = false;
      for (uint32_t i = type; i <= t->subtree_end[type] && !classvar; i++)
        classvar = t->kind[i] == KIND_IDENTIFIER && sg_flat_text_is(t, i, "ClassVar");
      if (classvar) continue;
      if (t->kind[v] == KIND_CALL && sg_resolve_is(m, sg_flat_field(t, v, FIELD_FUNCTION), "dataclasses.field"))
        v = sg_flat_unparen(t, sg_flat_call_arg(t, v, -1, "default"));
      uint32_t cls = v == SG_NONE ? SG_NONE : sg_mutable_default_mutated__class(m, v);
      /* a dataclass default of a dataclass (eq, so unhashable) fails at class creation */
      if (cls == SG_NONE || sg_classes_is_dataclass(t, m->scopes.items[cls].node)) continue;
      uint32_t first, end, change = SG_NONE, how = SG_NONE;
      sg_model_attributes_named(m, t->name_id[left], &first, &end);
      /* the name is this field's alone: no other class of the file binds
       * `self.<name>` or `<name>` in its body (`x.stats` might be its) */
      bool own = true;
      for (uint32_t j = first; j < end && own; j++) {
        uint32_t i = m->attributes.items[2 * j + 1], p = t->parent[i];
        uint32_t fs = sg_model_function_scope(m, m->node_scope[i]);
        uint32_t oc = fs == SG_NONE ? SG_NONE : m->scopes.items[fs].parent;
        own = !(p != SG_NONE && t->kind[p] == KIND_ASSIGNMENT && t->field[i] == FIELD_LEFT && oc != SG_NONE &&
                oc != ci->scope && m->scopes.items[oc].kind == SCOPE_CLASS);
      }
      for (uint32_t k2 = 0; k2 < ctx->classes->classes.len && own; k2++)
        own = k2 == k || sg_model_symbol(m, ctx->classes->classes.items[k2].scope, t->name_id[left]) == SG_NONE;
      for (uint32_t j = first; j < end && change == SG_NONE && own; j++) {
        uint32_t i = m->attributes.items[2 * j + 1], p = t->parent[i];
        if (p == SG_NONE || t->kind[p] != KIND_ATTRIBUTE || t->field[i] != FIELD_OBJECT) continue;
        uint32_t gp = t->parent[p], name = sg_flat_field(t, p, FIELD_ATTRIBUTE);
        if (name == SG_NONE) continue;
        uint32_t where = sg_classes_mutation_of(&view, p);
        if (where == SG_NONE && gp != SG_NONE &&
            (t->kind[gp] == KIND_ASSIGNMENT || t->kind[gp] == KIND_AUGMENTED_ASSIGNMENT) && t->field[p] == FIELD_LEFT)
          where = gp;
        if (where == SG_NONE && gp != SG_NONE && t->kind[gp] == KIND_CALL && t->field[p] == FIELD_FUNCTION) {
          const FunctionSummary *ms = sg_summaries_function(ctx->summaries, sg_summaries_method(m, cls, t->name_id[name]));
          if (ms && ms->receiver != SG_NONE && !ms->classmethod && ms->param_count &&
              sg_mutable_default_mutated__leak(ctx->summaries, ms, ms->first_param, false))
            where = gp;
        }
        if (where != SG_NONE) change = where, how = p;
      }
      if (change == SG_NONE) continue;
      uint32_t vlen, hlen, cname = sg_flat_field(t, ci->node, FIELD_NAME);
      const char *vtext = sg_flat_text(t, v, &vlen), *htext = sg_flat_text(t, how, &hlen);
      Diagnostic *d = sg_rule_report(
          ctx, RULE_mutable_default_mutated, v,
          "The default `%.*s` of dataclass field `%s` is one object shared by every `%s` made without `%s` "
          "(dataclasses copy no default, and accept this one because it is hashable): line %u changes it through "
          "`%.*s`, so each such object sees what the others did; use `field(default_factory=...)`",
          (int)(vlen > 40 ? 40 : vlen), vtext, sg_flat_name(t, left), cname == SG_NONE ? "?" : sg_flat_name(t, cname),
          sg_flat_name(t, left), sg_source_line_of(ctx->source, t->start_byte[change]) + 1, (int)(hlen > 40 ? 40 : hlen),
          htext);
      sg_diag_related(d, t->start_byte[change], t->end_byte[change], "changed here");
    }
  }
}

static void sg_mutable_default_mutated__each(RuleContext *ctx, const MutableDefault *md) {
  if (md->use == USE_READ) sg_mutable_default_kept_by_class(ctx, md, true);
  else sg_mutable_default_mutated__one(ctx, md);
}

/* Where `<x>.<field>` (field: name id) is mutated in place with x the
 * object of symbol sym, here or, two calls deep, in a same-file function
 * it is passed to (`extend(route, b)` doing `route.blocks.append(b)`). */
static uint32_t sg_mutable_default_mutated__field_change(const SemanticModel *m, const FlatView *view, uint32_t sym,
                                                         uint32_t field, int depth) {
  const FlatTree *t = m->tree;
  uint32_t first, end;
  sg_model_attributes_named(m, field, &first, &end);
  for (uint32_t j = first; j < end; j++) {
    uint32_t a = m->attributes.items[2 * j + 1], o = sg_flat_unparen(t, sg_flat_field(t, a, FIELD_OBJECT));
    if (o == SG_NONE || t->kind[o] != KIND_IDENTIFIER || sg_model_node_symbol(m, o) != sym) continue;
    uint32_t where = sg_classes_mutation_of(view, a);
    if (where != SG_NONE) return where;
  }
  if (depth >= 2) return SG_NONE;
  for (uint32_t r = m->symbols.items[sym].first_reference; r != SG_NONE; r = m->references.items[r].next) {
    uint32_t use = m->references.items[r].node, al = t->parent[use], call = al == SG_NONE ? SG_NONE : t->parent[al];
    if (call == SG_NONE || t->kind[al] != KIND_ARGUMENT_LIST || t->kind[call] != KIND_CALL) continue;
    const Binding *fb = sg_value_sole_binding(m, sg_flat_unparen(t, sg_flat_field(t, call, FIELD_FUNCTION)));
    if (!fb || fb->kind != BINDING_KIND_DEF) continue;
    uint32_t index = 0;
    for (uint32_t a = sg_flat_named_child(t, al); a != SG_NONE && a != use; a = sg_flat_next_named(t, a)) index++;
    uint32_t param = sg_value_callee_param(t, sg_flat_field(t, fb->context, FIELD_PARAMETERS), 0, index, SG_NONE);
    uint32_t psym = param == SG_NONE ? SG_NONE : sg_model_node_symbol(m, param);
    uint32_t where = psym == SG_NONE ? SG_NONE : sg_mutable_default_mutated__field_change(m, view, psym, field, depth + 1);
    if (where != SG_NONE) return where;
  }
  return SG_NONE;
}

/* A `typing.NamedTuple` field's default is a default argument of the
 * class's `__new__`: one object every instance made without that field
 * holds. Reported where it is mutated through any instance: in its own
 * file at the field, and in a file that makes instances of another file's
 * NamedTuple without the field and mutates `.<field>` at the call. */
static void sg_mutable_default_mutated__namedtuple(RuleContext *ctx) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  ClassAccesses *accesses = NULL;
  for (uint32_t c = 0; ctx->classes && c < ctx->classes->classes.len; c++) {
    const ClassInfo *ci = &ctx->classes->classes.items[c];
    if (!ci->is_namedtuple) continue;
    for (uint32_t a = 0; a < ci->attributes.len; a++) {
      const ClassAttribute *attr = &ci->attributes.items[a];
      if (!attr->annotated || !sg_classes_shared_mutable(ci, attr)) continue;
      uint32_t where = sg_value_attribute_mutation(m, attr->name, ci->node);
      if (where == SG_NONE || sg_classes_local_single(m, ci) || sg_classes_private_singleton(m, ctx->classes, c))
        continue;
      if (!accesses) accesses = sg_classes_accesses_new(m);
      if (sg_classes_class_access(m, ctx->classes, accesses, c, attr->name) != SG_NONE) continue;
      const char *name = sg_names_text(&t->names, attr->name);
      uint32_t cname = sg_flat_field(t, ci->node, FIELD_NAME);
      Diagnostic *d = sg_rule_report(
          ctx, RULE_mutable_default_mutated, attr->target,
          "The default of NamedTuple field `%s` is one %s shared by every `%s` created without `%s` (it is a "
          "default argument of the class's `__new__`), and it is mutated in place on line %u; default to an "
          "immutable value (a tuple) or pass a new object each time",
          name, sg_value_kind_name(attr->kind), cname == SG_NONE ? "?" : sg_flat_name(t, cname), name,
          sg_source_line_of(ctx->source, t->start_byte[where]) + 1);
      sg_diag_related(d, t->start_byte[where], t->end_byte[where], "`%s` mutated here", name);
    }
  }
  sg_classes_accesses_delete(accesses);
  if (!ctx->summaries) return;
  FlatView view = sg_flat_view(t);
  /* the calls that leave out such a field, first: a field name changed
   * through an object of unknown origin is this class's only when no other
   * class here leaves out a field of that name */
  typedef struct { uint32_t call, fn; const ExportClass *ec; const ExportField *field; uint32_t id; } Omit;
  Array(Omit) omits = {NULL, 0, 0};
  for (uint32_t k = 0; 2 * k + 1 < m->calls.len; k++) {
    uint32_t call = m->calls.items[2 * k + 1], fn = sg_flat_unparen(t, sg_flat_field(t, call, FIELD_FUNCTION));
    /* cheap tests first: a class's name (capitalised), the file it leads to
     * says `NamedTuple` (read, not parsed) */
    uint32_t last = fn == SG_NONE ? SG_NONE : t->kind[fn] == KIND_ATTRIBUTE ? sg_flat_field(t, fn, FIELD_ATTRIBUTE) : fn;
    uint32_t llen;
    const char *ltext = last == SG_NONE || (t->kind[fn] != KIND_IDENTIFIER && t->kind[fn] != KIND_ATTRIBUTE)
                            ? NULL : sg_flat_text(t, last, &llen);
    if (!ltext || llen == 0 || ltext[0] < 'A' || ltext[0] > 'Z' || !sg_summaries_in_program(ctx->summaries, m, fn) ||
        !sg_summaries_mentions(ctx->summaries, m, fn, "NamedTuple"))
      continue;
    const ExportClass *ec = sg_summaries_external_class(ctx->summaries, m, fn, NULL);
    if (!ec || !ec->field_count) continue;
    uint32_t args = sg_flat_field(t, call, FIELD_ARGUMENTS), positional = 0;
    bool splat = false;
    for (uint32_t a = args == SG_NONE ? SG_NONE : sg_flat_named_child(t, args); a != SG_NONE; a = sg_flat_next_named(t, a)) {
      splat |= t->kind[a] == KIND_LIST_SPLAT || t->kind[a] == KIND_DICTIONARY_SPLAT;
      positional += t->kind[a] != KIND_KEYWORD_ARGUMENT && t->kind[a] != KIND_COMMENT;
    }
    if (splat) continue;
    for (uint32_t f = 0; f < ec->field_count; f++) {
      const ExportField *field = &ec->fields[f];
      uint32_t id = sg_names_find(&t->names, field->name, (uint32_t)strlen(field->name));
      if (positional > field->index || sg_flat_call_arg(t, call, -1, field->name) != SG_NONE) continue;
      Omit o = {call, fn, ec, field, id};
      array_push(&omits, o);
    }
  }
  for (uint32_t k = 0; k < omits.len; k++) {
    const Omit *o = &omits.items[k];
    /* the instance bound to a name, whose field is then changed */
    uint32_t stmt = t->parent[o->call];
    uint32_t left = stmt != SG_NONE && t->kind[stmt] == KIND_ASSIGNMENT && t->field[o->call] == FIELD_RIGHT
                        ? sg_flat_unparen(t, sg_flat_field(t, stmt, FIELD_LEFT)) : SG_NONE;
    uint32_t b = left != SG_NONE && t->kind[left] == KIND_IDENTIFIER ? m->node_binding[left] : SG_NONE;
    uint32_t sym = b == SG_NONE ? SG_NONE : m->bindings.items[b].symbol;
    uint32_t where = sym == SG_NONE || o->id == SG_NONE || m->symbols.items[sym].binding_count != 1
                         ? SG_NONE : sg_mutable_default_mutated__field_change(m, &view, sym, o->id, 0);
    bool external = false;
    if (where == SG_NONE) {
      /* else `<x>.<field>` changed anywhere here (a tuple's field is never
       * rebound), when only this class leaves out a field of that name and
       * no class of this file has an attribute of that name */
      bool alone = true;
      for (uint32_t q = 0; q < omits.len && alone; q++)
        alone = strcmp(omits.items[q].field->name, o->field->name) || omits.items[q].ec == o->ec;
      for (uint32_t c = 0; ctx->classes && c < ctx->classes->classes.len && alone; c++) {
        const ClassInfo *ci = &ctx->classes->classes.items[c];
        alone = o->id == SG_NONE || sg_model_symbol(m, ci->scope, o->id) == SG_NONE;
        for (uint32_t u = 0; u < ci->uses.len && alone && o->id != SG_NONE; u++) alone = ci->uses.items[u].name != o->id;
      }
      if (alone && o->id != SG_NONE) where = sg_value_attribute_mutation(m, o->id, SG_NONE);
      /* ... or handed to a function of another file that changes `.<field>`
       * of a parameter in place (`lend(shelf, tables[0], title)`) */
      for (uint32_t q = 0; alone && where == SG_NONE && 2 * q + 1 < m->calls.len; q++) {
        uint32_t c2 = m->calls.items[2 * q + 1], f2 = sg_flat_unparen(t, sg_flat_field(t, c2, FIELD_FUNCTION));
        if (f2 == SG_NONE || (t->kind[f2] != KIND_IDENTIFIER && t->kind[f2] != KIND_ATTRIBUTE) ||
            !sg_summaries_in_program(ctx->summaries, m, f2) ||
            !sg_summaries_mentions(ctx->summaries, m, f2, o->field->name))
          continue;
        char buf[512];
        const char *rest;
        const ModuleExports *ex = sg_summaries_external_exports(ctx->summaries, m, f2, &rest, buf, sizeof buf);
        const ExportFunction *ef = ex && *rest ? sg_exports_function(ex, rest, strlen(rest)) : NULL;
        for (uint32_t a = 0; ef && a < ef->changed_attr_count && where == SG_NONE; a++)
          if (!strcmp(ef->changed_attrs[a], o->field->name)) where = c2, external = true;
      }
    }
    if (where == SG_NONE) continue;
    uint32_t len, wlen = 0;
    const char *text = sg_flat_text(t, o->fn, &len);
    const char *wtext = external ? sg_flat_text(t, sg_flat_field(t, where, FIELD_FUNCTION), &wlen) : "";
    Diagnostic *d = sg_rule_report(
        ctx, RULE_mutable_default_mutated, o->call,
        "`%.*s(...)` leaves out field `%s`, whose default (line %u of its module) is one %s shared by every "
        "`%s` made without it, and `.%s` is %s%.*s%s on line %u: each such instance sees what the others "
        "put there; pass a new %s (`%s=[]`) or give the field an immutable default",
        (int)(len > 40 ? 40 : len), text, o->field->name, o->field->line, o->field->kind, o->ec->name, o->field->name,
        external ? "changed in place by `" : "mutated in place", (int)(wlen > 40 ? 40 : wlen), wtext,
        external ? "()` (another file), called" : "", sg_source_line_of(ctx->source, t->start_byte[where]) + 1,
        o->field->kind, o->field->name);
    sg_diag_related(d, t->start_byte[where], t->end_byte[where], "`%s` mutated here", o->field->name);
  }
  array_free(&omits);
}

/* A class of this file deriving from another file's class whose
 * `__init__` keeps a mutable default as `self.<x>` (ExportParam.kept_as):
 * its `__init__` calls the base's leaving that parameter out
 * (`super().__init__(text)`), and the class changes `self.<x>` in place
 * (`self.style["color"] = "red"`): every such object, and every object of
 * the base made without it, shares the one default. */
static void sg_mutable_default_mutated__inherited(RuleContext *ctx) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  if (!ctx->classes || !ctx->summaries || !ctx->summaries->imports) return;
  for (uint32_t c = 0; c < ctx->classes->classes.len; c++) {
    const ClassInfo *ci = &ctx->classes->classes.items[c];
    uint32_t supers = sg_flat_field(t, ci->node, FIELD_SUPERCLASSES);
    uint32_t init = sg_model_symbol(m, ci->scope, NAME_DUNDER_INIT);
    const Binding *ib = init != SG_NONE && m->symbols.items[init].binding_count == 1
                            ? &m->bindings.items[m->symbols.items[init].first_binding] : NULL;
    if (!ib || ib->kind != BINDING_KIND_DEF) continue;
    /* the class changes in place a `self.<x>` none of its methods binds
     * (then a base's `__init__` may have): else nothing to look up */
    bool changes = false;
    for (uint32_t u = 0; u < ci->uses.len && !changes; u++) {
      if (ci->uses.items[u].kind != SELF_USE_MUTATE) continue;
      bool bound = sg_model_symbol(m, ci->scope, ci->uses.items[u].name) != SG_NONE;
      for (uint32_t v = 0; v < ci->uses.len && !bound; v++)
        bound = ci->uses.items[v].kind == SELF_USE_REBIND && ci->uses.items[v].name == ci->uses.items[u].name;
      changes = !bound;
    }
    if (!changes) continue;
    for (uint32_t b = sg_flat_named_child(t, supers); b != SG_NONE; b = sg_flat_next_named(t, b)) {
      if ((t->kind[b] != KIND_IDENTIFIER && t->kind[b] != KIND_ATTRIBUTE) || !sg_summaries_in_program(ctx->summaries, m, b))
        continue;
      /* cheap tests first (the file read, not parsed): a mutable default somewhere */
      static const char *const defaults[] = {"=[]", "={}", "= []", "= {}", "=set()", "()):"};
      bool maybe = false;
      for (size_t w = 0; w < sizeof defaults / sizeof *defaults && !maybe; w++)
        maybe = sg_summaries_mentions(ctx->summaries, m, b, defaults[w]);
      if (!maybe) continue;
      const ModuleExports *module = NULL;
      const ExportClass *ec = sg_summaries_external_class(ctx->summaries, m, b, &module);
      if (!ec || !module) continue;
      char fname[256];
      int n = snprintf(fname, sizeof fname, "%s.__init__", ec->name);
      const ExportFunction *ef = n > 0 && (size_t)n < sizeof fname ? sg_exports_function(module, fname, (size_t)n) : NULL;
      bool any = false;
      for (uint32_t k = 0; ef && k < ef->param_count; k++) any |= ef->params[k].kept_as != NULL;
      if (!any) continue;
      /* the base's `__init__` called from this one: `super().__init__(...)`
       * (self not passed) or `Base.__init__(self, ...)` */
      bool passes_self;
      uint32_t call = sg_classes_base_init_call(m, ib->context, b, &passes_self);
      if (call == SG_NONE) continue;
      int skip = passes_self ? 0 : 1;
      uint32_t args = sg_flat_field(t, call, FIELD_ARGUMENTS), positional = 0;
      bool splat = false;
      for (uint32_t a = sg_flat_named_child(t, args); a != SG_NONE; a = sg_flat_next_named(t, a)) {
        splat |= t->kind[a] == KIND_LIST_SPLAT || t->kind[a] == KIND_DICTIONARY_SPLAT;
        positional += t->kind[a] != KIND_KEYWORD_ARGUMENT && t->kind[a] != KIND_COMMENT;
      }
      if (splat) continue;
      for (uint32_t k = 0; k < ef->param_count; k++) {
        const ExportParam *p = &ef->params[k];
        if (!p->kept_as || p->index == UINT32_MAX || positional + (uint32_t)skip > p->index ||
            sg_flat_call_arg(t, call, -1, p->name) != SG_NONE)
          continue;
        uint32_t id = sg_names_find(&t->names, p->kept_as, (uint32_t)strlen(p->kept_as));
        uint32_t where = id == SG_NONE ? SG_NONE : sg_value_attribute_mutation(m, id, ci->node);
        if (where == SG_NONE || !sg_flat_is_ancestor(t, ci->node, where)) continue;
        char path[1024];
        uint32_t len, cl;
        const char *text = sg_flat_text(t, sg_flat_field(t, call, FIELD_FUNCTION), &len);
        const char *cname = sg_flat_text(t, sg_flat_field(t, ci->node, FIELD_NAME), &cl);
        Diagnostic *d = sg_rule_report(
            ctx, RULE_mutable_default_mutated, call,
            "`%.*s(...)` leaves out `%s`, so `self.%s` is the default %s of `%s` (%s, line %u): one object shared by "
            "every `%.*s` and every `%s` made without it, and line %u changes it in place; pass a new one "
            "(`%s=...`) here",
            (int)(len > 40 ? 40 : len), text, p->name, p->kept_as, p->default_kind, fname,
            sg_project_display_path(module->path, path, sizeof path), p->default_line, (int)cl, cname, ec->name,
            sg_source_line_of(ctx->source, t->start_byte[where]) + 1, p->name);
        sg_diag_related(d, t->start_byte[where], t->end_byte[where], "`self.%s` changed here", p->kept_as);
      }
    }
  }
}

void sg_rule_mutable_default_mutated(RuleContext *ctx) {
  if (ctx->is_stub) return;
  sg_mutable_defaults_each(ctx, sg_mutable_default_mutated__each);
  sg_mutable_default_mutated__dataclass_fields(ctx);
  sg_mutable_default_mutated__namedtuple(ctx);
  sg_mutable_default_mutated__inherited(ctx);
  if (!ctx->summaries) return;
  const SemanticModel *m = ctx->model;
  for (uint32_t b = 0; b < m->bindings.len; b++) {
    const Binding *bd = &m->bindings.items[b];
    if (bd->kind != BINDING_KIND_PARAMETER || bd->value == SG_NONE) continue;
    if (!sg_candidates_has(ctx->candidates, CANDIDATE_MUTABLE_DEFAULT, bd->context)) continue;
    sg_mutable_default_mutated__instance(ctx, b);
  }
}

/* SNG701 finalizer-in-reference-cycle. */
#include <string.h>

#include "analyses/resolve.h"
#include "rules/finalizers.h"

const RuleDoc sg_rule_doc_finalizer_in_reference_cycle = {
  .summary = "A class with `__del__` puts its own instances in a reference cycle",
  .what =
    "Reports a class that defines (or inherits from a same-file base) `__del__` and whose "
    "own code stores on `self` something that leads back to `self`: `self` itself, a bound "
    "method of `self` (also inside a dict or list of handlers), a lambda, nested function "
    "or `functools.partial` that captures `self`, a caught exception (its traceback holds "
    "the frame that holds `self`), or a child object that points back (`child.parent = "
    "self` with the child kept on `self`).",
  .why =
    "Since Python 3.4 such cycles are collected, so this is not a leak. But the finalizer "
    "then runs only when the cyclic garbage collector gets to the cycle — maybe much later, "
    "maybe never before exit — in no particular order, possibly after the objects it "
    "needs were finalized. Code that relies on `__del__` to close or flush runs late or "
    "not at all.",
  .example =
    "class Connection:\n    def __init__(self):\n        self.on_close = self.close\n\n"
    "    def close(self):\n        pass\n\n    def __del__(self):\n        self.close()\n",
  .instead =
    "import weakref\n\nclass Connection:\n    def __init__(self):\n        self.on_close = weakref.WeakMethod(self.close)\n\n"
    "    def close(self):\n        pass\n\n    def __del__(self):\n        self.close()\n",
  .limits = "Cycles through objects of other files, or built by callers, are not seen. A value "
            "computed from `self` by a builtin (`id(self)`, `hash(self)`, `str(self)`, `len(self)`) "
            "or a `weakref` is not a reference to it. A container that is a class attribute never "
            "rebound per instance (`self.registry.append(self)` with `registry = []` in the class) "
            "keeps what it holds alive through the class, not through a cycle: not reported here.",
};

/* ---- shared with SNG702/SNG703 -------------------------------------------------------- */

uint32_t sg_finalizers_del(const SemanticModel *m, const ClassSet *set, uint32_t cls) {
  for (uint32_t c = cls; c != SG_NONE; c = set->classes.items[c].base) {
    uint32_t d = sg_classes_method(m, &set->classes.items[c], "__del__");
    if (d != SG_NONE) return d;
  }
  return SG_NONE;
}

uint32_t sg_finalizers_report_node(const SemanticModel *m, uint32_t del_scope) {
  uint32_t def = m->scopes.items[del_scope].node;
  uint32_t name = sg_flat_field(m->tree, def, FIELD_NAME);
  return name == SG_NONE ? def : name;
}

/* ---- SNG701 ---------------------------------------------------------------------------- */

static bool sg_cycle__is_self(const FlatTree *t, uint32_t e) {
  e = sg_flat_unparen(t, e);
  return e != SG_NONE && t->kind[e] == KIND_IDENTIFIER && t->name_id[e] == NAME_SELF;
}

/* Why a value stored on self leads back to self, or NULL. */
static const char *sg_cycle__back_to_self(const SemanticModel *m, uint32_t v) {
  const FlatTree *t = m->tree;
  v = sg_flat_unparen(t, v);
  if (v == SG_NONE) return NULL;
  if (sg_cycle__is_self(t, v)) return "`self` itself";
  switch (t->kind[v]) {
    case KIND_ATTRIBUTE: {
      /* self.method: a bound method holds self */
      uint32_t obj = sg_flat_field(t, v, FIELD_OBJECT);
      if (!sg_cycle__is_self(t, obj)) return NULL;
      uint32_t fs = sg_model_function_scope(m, m->node_scope[v]);
      uint32_t cls = fs == SG_NONE ? SG_NONE : m->scopes.items[fs].parent;
      uint32_t attr = sg_flat_field(t, v, FIELD_ATTRIBUTE);
      if (cls == SG_NONE || attr == SG_NONE) return NULL;
      uint32_t sym = sg_model_symbol(m, cls, t->name_id[attr]);
      if (sym == SG_NONE) return NULL;
      return m->bindings.items[m->symbols.items[sym].first_binding].kind == BINDING_KIND_DEF
                 ? "a bound method of `self`" : NULL;
    }
    case KIND_LAMBDA:
      for (uint32_t i = v; i <= t->subtree_end[v]; i++)
        if (t->kind[i] == KIND_IDENTIFIER && t->name_id[i] == NAME_SELF) return "a lambda that captures `self`";
      return NULL;
    case KIND_LIST: case KIND_TUPLE: case KIND_SET: case KIND_DICTIONARY:
      for (uint32_t c = sg_flat_named_child(t, v); c != SG_NONE; c = sg_flat_next_named(t, c)) {
        uint32_t item = t->kind[c] == KIND_PAIR ? sg_flat_field(t, c, FIELD_VALUE) : c;
        const char *why = item == SG_NONE ? NULL : sg_cycle__back_to_self(m, item);
        if (why) return why;
      }
      return NULL;
    case KIND_CALL: {
      uint32_t fn = sg_flat_field(t, v, FIELD_FUNCTION);
      /* weakref.ref(self), WeakMethod(self.m), proxy(self): no cycle */
      char buf[96];
      const char *q = sg_resolve_qualified(m, fn, buf, sizeof buf);
      if (q && !strncmp(q, "weakref.", 8)) return NULL;
      if (q && !strcmp(q, "functools.partial")) {
        uint32_t args = sg_flat_field(t, v, FIELD_ARGUMENTS);
        for (uint32_t a = sg_flat_named_child(t, args); a != SG_NONE; a = sg_flat_next_named(t, a))
          if (sg_cycle__is_self(t, a) || sg_cycle__back_to_self(m, a)) return "a `functools.partial` that holds `self`";
      }
      return NULL;
    }
    case KIND_IDENTIFIER: {
      uint32_t r = m->node_reference[v];
      uint32_t sym = r == SG_NONE ? SG_NONE : m->references.items[r].symbol;
      if (sym == SG_NONE) return NULL;
      for (uint32_t b = m->symbols.items[sym].first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
        const Binding *bd = &m->bindings.items[b];
        if (bd->kind == BINDING_KIND_EXCEPT_AS) return "a caught exception (its traceback holds the frame that holds `self`)";
        if (bd->kind == BINDING_KIND_DEF) {
          uint32_t scope = m->node_own_scope[bd->context];
          uint32_t body = scope == SG_NONE ? SG_NONE : m->scopes.items[scope].body;
          for (uint32_t i = body; body != SG_NONE && i <= t->subtree_end[body]; i++)
            if (t->kind[i] == KIND_IDENTIFIER && t->name_id[i] == NAME_SELF && m->node_reference[i] != SG_NONE &&
                m->references.items[m->node_reference[i]].kind == REFERENCE_FREE)
              return "a nested function that captures `self`";
        }
      }
      return NULL;
    }
    default:
      return NULL;
  }
}

/* A call of a builtin that makes a new value out of its argument and keeps
 * no reference to it (`id(self)`, `hash(self)`, `str(self)`, `len(self)`):
 * what it returns does not lead back to the argument. */
static bool sg_cycle__value_of_call(const SemanticModel *m, uint32_t call) {
  static const char *const value_builtins[] = {
    "id", "hash", "str", "repr", "ascii", "len", "bool", "int", "float", "complex", "format",
    "type", "isinstance", "issubclass", "callable", "hasattr", "hex", "oct", "bin", "ord", "chr",
    "abs", "round", "divmod", "pow", "min", "max", "sum", "bytes", NULL,
  };
  const FlatTree *t = m->tree;
  uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, call, FIELD_FUNCTION));
  if (fn == SG_NONE) return false;
  if (t->kind[fn] == KIND_IDENTIFIER) {
    uint32_t r = m->node_reference[fn];
    if (r == SG_NONE || m->references.items[r].kind != REFERENCE_BUILTIN) return false;
    const char *name = sg_flat_name(t, fn);
    for (int k = 0; value_builtins[k]; k++)
      if (!strcmp(name, value_builtins[k])) return true;
    return false;
  }
  char buf[96];
  const char *q = sg_resolve_qualified(m, fn, buf, sizeof buf);
  return q && !strncmp(q, "weakref.", 8);
}

/* `self.X` where X is a class attribute no method rebinds per instance: one
 * container shared by the class. What goes in it is kept alive by the class
 * (a leak or a resurrection), not by a cycle through the instance. */
static bool sg_cycle__class_container(const SemanticModel *m, const ClassSet *set, uint32_t cls, uint32_t x) {
  const FlatTree *t = m->tree;
  x = sg_flat_unparen(t, x);
  if (x == SG_NONE || t->kind[x] != KIND_ATTRIBUTE || !sg_cycle__is_self(t, sg_flat_field(t, x, FIELD_OBJECT)))
    return false;
  uint32_t attr = sg_flat_field(t, x, FIELD_ATTRIBUTE);
  if (attr == SG_NONE) return false;
  uint32_t name = t->name_id[attr];
  bool in_class = false;
  for (uint32_t c = cls; c != SG_NONE; c = set->classes.items[c].base) {
    const ClassInfo *ci = &set->classes.items[c];
    for (uint32_t k = 0; k < ci->attributes.len; k++) in_class |= ci->attributes.items[k].name == name;
    for (uint32_t k = 0; k < ci->uses.len; k++)
      if (ci->uses.items[k].kind == SELF_USE_REBIND && ci->uses.items[k].name == name) return false;
  }
  return in_class;
}

/* `other.attr = self` where `other` is also kept on self. */
static bool sg_cycle__kept_on_self(const SemanticModel *m, uint32_t body, uint32_t other_sym) {
  const FlatTree *t = m->tree;
  for (uint32_t i = body; i <= t->subtree_end[body]; i++) {
    uint32_t r = m->node_reference[i];
    if (r == SG_NONE || m->references.items[r].symbol != other_sym) continue;
    uint32_t p = t->parent[i];
    /* self.x = other, self.children.append(other), self.d[k] = other */
    if (p != SG_NONE && t->kind[p] == KIND_ASSIGNMENT && t->field[i] == FIELD_RIGHT) {
      uint32_t left = sg_flat_field(t, p, FIELD_LEFT);
      while (left != SG_NONE && (t->kind[left] == KIND_ATTRIBUTE || t->kind[left] == KIND_SUBSCRIPT))
        left = t->kind[left] == KIND_ATTRIBUTE ? sg_flat_field(t, left, FIELD_OBJECT) : sg_flat_field(t, left, FIELD_VALUE);
      if (sg_cycle__is_self(t, left)) return true;
    }
    if (p != SG_NONE && t->kind[p] == KIND_ARGUMENT_LIST) {
      uint32_t call = t->parent[p];
      uint32_t fn = call == SG_NONE ? SG_NONE : sg_flat_field(t, call, FIELD_FUNCTION);
      uint32_t obj = fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE ? sg_flat_field(t, fn, FIELD_OBJECT) : SG_NONE;
      while (obj != SG_NONE && t->kind[obj] == KIND_ATTRIBUTE) obj = sg_flat_field(t, obj, FIELD_OBJECT);
      if (sg_cycle__is_self(t, obj)) return true;
    }
  }
  return false;
}

void sg_rule_finalizer_in_reference_cycle(RuleContext *ctx) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  const ClassSet *set = ctx->classes;
  Array(uint32_t) reported = {0};  /* one report per __del__ (subclasses share it) */
  for (uint32_t c = 0; c < set->classes.len; c++) {
    uint32_t del = sg_finalizers_del(m, set, c);
    if (del == SG_NONE) continue;
    bool seen = false;
    for (uint32_t k = 0; k < reported.len && !seen; k++) seen = reported.items[k] == del;
    if (seen) continue;
    const ClassInfo *ci = &set->classes.items[c];
    uint32_t body = m->scopes.items[ci->scope].body;
    const char *why = NULL;
    uint32_t where = SG_NONE;
    /* what `__del__` itself stores happens while finalizing (resurrection is SNG703's) */
    uint32_t del_body = m->scopes.items[del].body;
    for (uint32_t i = body; body != SG_NONE && i <= t->subtree_end[body] && !why; i++) {
      if (del_body != SG_NONE && i == del_body) {
        i = t->subtree_end[del_body];
        continue;
      }
      /* stores on self: self.x = V; self.x.append(V); self.x[k] = V */
      if (t->kind[i] == KIND_ASSIGNMENT) {
        uint32_t left = sg_flat_field(t, i, FIELD_LEFT), right = sg_flat_field(t, i, FIELD_RIGHT);
        if (left == SG_NONE || right == SG_NONE) continue;
        uint32_t base = left;
        while (base != SG_NONE && (t->kind[base] == KIND_ATTRIBUTE || t->kind[base] == KIND_SUBSCRIPT))
          base = t->kind[base] == KIND_ATTRIBUTE ? sg_flat_field(t, base, FIELD_OBJECT) : sg_flat_field(t, base, FIELD_VALUE);
        if (base == left) continue;
        if (sg_cycle__is_self(t, base)) {
          if (t->kind[left] == KIND_SUBSCRIPT && sg_cycle__class_container(m, set, c, sg_flat_field(t, left, FIELD_VALUE)))
            continue;
          why = sg_cycle__back_to_self(m, right);
          where = i;
        } else if (base != SG_NONE && t->kind[base] == KIND_IDENTIFIER && sg_cycle__is_self(t, right)) {
          /* child.parent = self, with child kept on self */
          uint32_t r = m->node_reference[base];
          uint32_t sym = r == SG_NONE ? SG_NONE : m->references.items[r].symbol;
          if (sym != SG_NONE && sg_cycle__kept_on_self(m, body, sym)) {
            why = "an object kept on `self` that points back to it";
            where = i;
          }
        }
      } else if (t->kind[i] == KIND_CALL) {
        uint32_t fn = sg_flat_field(t, i, FIELD_FUNCTION);
        if (fn == SG_NONE || t->kind[fn] != KIND_ATTRIBUTE) continue;
        uint32_t obj = sg_flat_field(t, fn, FIELD_OBJECT), attr = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
        if (attr == SG_NONE || !sg_value_is_mutating_method(t->name_id[attr])) continue;
        uint32_t base = obj;
        while (base != SG_NONE && (t->kind[base] == KIND_ATTRIBUTE || t->kind[base] == KIND_SUBSCRIPT))
          base = t->kind[base] == KIND_ATTRIBUTE ? sg_flat_field(t, base, FIELD_OBJECT) : sg_flat_field(t, base, FIELD_VALUE);
        uint32_t args = sg_flat_field(t, i, FIELD_ARGUMENTS);
        /* bus.listeners.append(self) with `bus` kept on self */
        if (base != SG_NONE && t->kind[base] == KIND_IDENTIFIER && !sg_cycle__is_self(t, base)) {
          bool gives_self = false;
          for (uint32_t a = sg_flat_named_child(t, args); a != SG_NONE; a = sg_flat_next_named(t, a))
            gives_self |= sg_cycle__is_self(t, a);
          uint32_t r = m->node_reference[base];
          uint32_t sym = r == SG_NONE ? SG_NONE : m->references.items[r].symbol;
          if (gives_self && sym != SG_NONE && sg_cycle__kept_on_self(m, body, sym)) {
            why = "an object kept on `self` that is given `self` (it registers itself there)";
            where = i;
          }
          continue;
        }
        if (!sg_cycle__is_self(t, base) || base == obj || sg_cycle__class_container(m, set, c, obj)) continue;
        for (uint32_t a = sg_flat_named_child(t, args); a != SG_NONE && !why; a = sg_flat_next_named(t, a)) {
          why = sg_cycle__back_to_self(m, a);
          /* self.children.append(Child(self)) */
          if (!why && t->kind[a] == KIND_CALL && !sg_cycle__value_of_call(m, a))
            for (uint32_t b = sg_flat_named_child(t, sg_flat_field(t, a, FIELD_ARGUMENTS)); b != SG_NONE && !why;
                 b = sg_flat_next_named(t, b))
              if (sg_cycle__is_self(t, b)) why = "an object kept on `self` that is given `self` (a back-reference)";
        }
        if (why) where = i;
      }
    }
    if (!why) continue;
    uint32_t line = sg_source_line_of(ctx->source, t->start_byte[where]) + 1;
    Diagnostic *d = sg_rule_report(ctx, RULE_finalizer_in_reference_cycle, sg_finalizers_report_node(m, del),
                                   "instances of this class are in a reference cycle (line %u stores %s on `self`), "
                                   "so `__del__` runs only when the cyclic garbage collector gets to them — late, in "
                                   "no particular order, maybe never before exit; use `weakref` (ref, WeakMethod) or "
                                   "`weakref.finalize`",
                                   line, why);
    sg_diag_related(d, t->start_byte[where], t->end_byte[where], "the cycle is closed here");
    array_push(&reported, del);
  }
  array_free(&reported);
}

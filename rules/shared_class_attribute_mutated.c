/* SNG203 shared-class-attribute-mutated: a mutable class attribute that
 * instances mutate in place: every instance shares one object. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyses/classes.h"
#include "analyses/resolve.h"
#include "rules/rule.h"

const RuleDoc sg_rule_doc_shared_class_attribute_mutated = {
  .summary = "A mutable class attribute is mutated through an instance",
  .what =
    "Reports a class-level binding of a mutable object (`items = []`, `cache = {}`, "
    "`set()`, `collections.deque()`, ...) that an instance method mutates through "
    "`self` (`self.items.append(x)`, `self.cache[k] = v`, `self.items += [...]`, `del "
    "self.d[k]`) while no method gives the instance its own object: not "
    "`__init__`/`__new__`/`__post_init__` at its top level, not the mutating method "
    "earlier on every path, and no other method (`self.items = list(self.items)`, "
    "`self.items = []`). Same-file subclasses count, and so do same-file bases: a "
    "mixin's method that mutates `self.listeners` by a statement directly in its body "
    "mutates the class attribute of the class that defines it, when every base up that "
    "class's chain is a same-file class (single inheritance) or `object` and no "
    "initializer of the chain gives the instance its own. Passing `self.items` to a "
    "same-file function or method — or one imported from another file of the program — "
    "that mutates its parameter on every call (`subscribe("
    "self.hooks, f)`, `self._put(self.table, k, v)`, also through further helpers), or "
    "`self` to one that mutates `<its parameter>.items` in place on every call "
    "(`add_item(self, x)`), counts as mutating it. Also reported: a class-level container that a classmethod "
    "fills through `cls` (`cls._instances.append(obj)`, also in a function nested in it: "
    "`def get(cls, path): def register(h): cls.routes[path] = h`) in a class with same-file "
    "subclasses, when the file calls that classmethod (or another that fills it) through two classes of the "
    "hierarchy (`User.create()`, `Post.create()`, or as decorators `@Audio.register`, "
    "`@Video.register`, a class decorator, a parameter handed subclasses, or "
    "`type(self).register(self)` in the base's `__init__`) and reads the whole container through a subclass: a "
    "classmethod that returns, iterates or takes the `len` of `cls._instances` called "
    "as `User.all()` (or on a subclass's object: `walker.surcharges()`), or `User._instances` "
    "itself iterated, returned, compared (`==`) or tested with "
    "`in`; an `__init_subclass__` that sets other attributes (with the class keywords it takes) "
    "gives no subclass its own, one that binds `cls.<name>` or a metaclass does. The subclass reads the base's one object as if it were its own, and sees "
    "every class's entries. And code outside the class that makes an instance (`c = "
    "Counter(name)`, the last binding of `c` before the use) and changes its class-level "
    "container in place (`c.tags.add(x)`), or hands it to a same-file function that "
    "changes `<its parameter>.tags` in place on every call (`tag(c, x)`); silent when the "
    "file assigns `<anything>.tags = ...` anywhere (instances may get their own). And a "
    "registry that the class's `__init_subclass__` fills through `cls` for each new "
    "subclass (never rebinding it), read whole through a subclass (`Exporter.available()` "
    "returning `sorted(cls.registry)`) while a class outside that subclass's family is "
    "registered too. Also, with two or more subclasses in the file, an `__init_subclass__` that "
    "puts each new subclass's own data (not the class itself or what it reads from `cls`) into "
    "`cls.<name>` inherited from the base (`cls.depends_on.append(after)`): every subclass's "
    "attribute then holds every subclass's entries. A change through a property whose getter "
    "hands the attribute out (`self.rules.append(x)` with `rules` returning `self._rules`) "
    "counts as a change of it. Across files: a class of another file of the program (with no bases but "
    "`object`) whose method changes one of its class-level containers through `self`, none of its "
    "methods giving an instance its own, is reported in the file whose classes derive from it, at "
    "the first one, when two or more of them share it (`class Article(TaggableMixin)`, `class "
    "Photo(TaggableMixin)`) or the file makes two objects of one; and one whose classmethod fills it "
    "through `cls` with data other than the class itself (`cls.hooks.append(hook)`, not "
    "`cls.known.append(cls)`), never rebinding it, when the file calls that classmethod through two "
    "of its classes (`Upper.on(f)`, `@Strip.on`).",
  .more =
    "Filled through two subclasses (`@Gas.on_read`, `@Water.on_read`), a classmethod's "
    "container is reported when any method of the class reads it whole. A dict a classmethod "
    "fills as a cache (`cls._cache[k] = cls._compute(k)`) under a key that does not name the "
    "class, with a value made from what a same-file subclass overrides (`litres`), is reported "
    "too: the first class to ask for a key decides every class's answer.",
  .why =
    "The class attribute is one object, created when the class body runs, and `self."
    "items` finds it on the class for every instance that has no attribute of its own. "
    "A mutation through one instance shows up in all of them:\n\n"
    "```python\n>>> class Basket:\n...     items = []\n...     def add(self, x):\n"
    "...         self.items.append(x)\n>>> a, b = Basket(), Basket()\n>>> a.add(1)\n>>> b.items\n[1]\n```",
  .example = "class Basket:\n    items = []\n\n    def add(self, x):\n        self.items.append(x)\n\n\n"
             "mine, yours = Basket(), Basket()\nmine.add('apple')\n",
  .instead =
    "class Basket:\n    def __init__(self):\n        self.items = []\n\n    def add(self, x):\n"
    "        self.items.append(x)\n\n\nmine, yours = Basket(), Basket()\nmine.add('apple')\n",
  .limits =
    "Reported only when the file makes two or more objects that share the attribute, of the "
    "class and its subclasses together (two `C(...)` calls, one in a loop or comprehension, or "
    "in a function or method the file calls twice): that is the path on which one object sees "
    "another's change. With one object (a command-line options class a script makes once), or "
    "none made in the file (a library class, or a class another module of the project "
    "instantiates: instantiations in other files are not counted yet, nor subclasses spread over "
    "several files), it is silent. "
    "Not reported: attributes annotated `ClassVar[...]` (shared on purpose), fields of "
    "dataclass/pydantic/msgspec models (annotated names in a class decorated or based "
    "so; they copy or reject the default; attrs does not, and its fields are reported), "
    "and mutation through the class itself (`cls.items`, `Registry.items`, "
    "the first parameter of `__new__`, `__init_subclass__`, a classmethod, or any "
    "method of a metaclass: a class deriving from `type` or a `...Meta` base). A "
    "rebinding in a method other than the mutating one counts as a per-instance "
    "object even though that method may run later. A `typing.NamedTuple` field's "
    "mutable default is a default argument of the class's `__new__`: SNG201 reports it. "
    "Also not reported: an "
    "attribute the file reads, resets or mutates through the class itself anywhere "
    "(`Registry.items`, `Registry.items = []`, `type(self).items`, `self.__class__."
    "items`, `self.Handler.items` for a nested class): shared on purpose, a registry; "
    "and a class defined in a function body that the function instantiates at most "
    "once (not in a loop): each call makes a new class object. Such a class handed "
    "to other code (a request handler class given to a server) is not followed. A "
    "module's private class (`_Name`, no same-file subclass) whose name is used only "
    "for one module-level instantiation and attribute access is a singleton: one "
    "instance, nothing to share with. A helper that mutates its parameter only on some "
    "paths (under an `if`) is not followed. The classmethod registry is not reported "
    "when a class of the hierarchy defines `__init_subclass__` or passes a keyword "
    "such as `metaclass=` (each subclass may get its own), when a subclass binds the "
    "name itself, when the file names it through a class (`Base._registry`: shared "
    "on purpose), or when the subclass only looks entries up by key "
    "(`Get.handlers[0]`).",
};

/* Is attribute `name` rebound per instance before `use` runs: an
 * initializer of the class (or of the mutating subclass) binds it at its
 * top level, the mutating method does earlier at its top level, or any
 * other method of the chain gives the instance its own object
 * (`self.x = list(self.x)`, `self.x = self.x[:]`, `self.x = []`): which
 * method runs first is not known, and the author made a per-instance
 * object on purpose. */
static bool sg_shared_class__per_instance(const SemanticModel *m, const ClassSet *set, uint32_t cls,
                                          uint32_t owner, uint32_t name, const SelfUse *use) {
  const FlatTree *t = m->tree;
  for (uint32_t c = owner; c != SG_NONE; c = set->classes.items[c].base) {
    const ClassInfo *ci = &set->classes.items[c];
    for (uint32_t u = 0; u < ci->uses.len; u++) {
      const SelfUse *r = &ci->uses.items[u];
      if (r->kind != SELF_USE_REBIND || r->name != name) continue;
      if (r->method != use->method) {
        if (!sg_classes_initializer(t, m->scopes.items[r->method].node) || r->top_level) return true;
        continue;
      }
      if (r->top_level && t->start_byte[r->node] < t->start_byte[use->node]) return true;
    }
    if (c == cls) break;
  }
  return false;
}

/* Is attribute `name` of class c shared on purpose: the class is made
 * anew by each call of a function and used once there, or is a module's
 * private singleton (*single caches that answer per class: -1 unknown),
 * or the file reaches the attribute through the class itself? Asked only
 * for a finding: it walks the class's references and the whole file. */
static bool sg_shared_class__on_purpose(const SemanticModel *m, const ClassSet *set, uint32_t c,
                                        uint32_t name, int *single, ClassAccesses **accesses) {
  if (*single < 0)
    *single = sg_classes_local_single(m, &set->classes.items[c]) ||
              sg_classes_private_singleton(m, set, c);
  if (*single) return true;
  if (!*accesses) *accesses = sg_classes_accesses_new(m);  /* once per file, when first needed */
  return sg_classes_class_access(m, set, *accesses, c, name) != SG_NONE;
}

static int sg_shared_class__ascending(const void *a, const void *b) {
  uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
  return x < y ? -1 : x > y;
}

/* The finding on one shared attribute, built up over its mutations. */
typedef struct SharedFinding {
  Diagnostic *d;
  uint32_t count;
  bool on_purpose;
  int *single;
  ClassAccesses **accesses;  /* the file's, made when first needed */
} SharedFinding;

/* Is every base up class c's chain a same-file class followed by
 * ClassInfo.base (single inheritance), or `object`? Then no `__init__`
 * outside the file can give an instance its own object. */
static bool sg_shared_class__closed_chain(const SemanticModel *m, const ClassSet *set, uint32_t c) {
  const FlatTree *t = m->tree;
  for (uint32_t k = c, steps = 0; k != SG_NONE && steps <= set->classes.len; k = set->classes.items[k].base, steps++) {
    uint32_t supers = sg_flat_field(t, set->classes.items[k].node, FIELD_SUPERCLASSES), named = 0;
    for (uint32_t b = sg_flat_named_child(t, supers); b != SG_NONE; b = sg_flat_next_named(t, b)) {
      if (t->kind[b] == KIND_IDENTIFIER && sg_flat_text_is(t, b, "object")) continue;
      if (t->kind[b] != KIND_IDENTIFIER || ++named > 1) return false;
      uint32_t sym = sg_model_node_symbol(m, b);
      if (sym == SG_NONE || m->symbols.items[sym].binding_count != 1 ||
          m->bindings.items[m->symbols.items[sym].first_binding].kind != BINDING_KIND_CLASS)
        return false;
    }
  }
  return true;
}

/* Marks in based[] (one byte per class of the set) class c and every class
 * that names a marked class among its same-file bases, any of them (a
 * mixin is often the second): a pass per level, at most
 * SG_CLASSES_MAX_DEPTH + 1 passes over the bases, whatever the shape. */
static void sg_shared_class__mark_based_on(const SemanticModel *m, const ClassSet *set, uint32_t c, uint8_t *based) {
  const FlatTree *t = m->tree;
  based[c] = 1;
  for (int pass = 0; pass <= SG_CLASSES_MAX_DEPTH; pass++) {
    bool changed = false;
    for (uint32_t k = 0; k < set->classes.len; k++) {
      if (based[k]) continue;
      uint32_t supers = sg_flat_field(t, set->classes.items[k].node, FIELD_SUPERCLASSES);
      for (uint32_t b = sg_flat_named_child(t, supers); b != SG_NONE && !based[k]; b = sg_flat_next_named(t, b)) {
        const Binding *bb = t->kind[b] == KIND_IDENTIFIER ? sg_value_sole_binding(m, b) : NULL;
        uint32_t bk = bb && bb->kind == BINDING_KIND_CLASS ? sg_classes_of_node(set, bb->context) : SG_NONE;
        if (bk != SG_NONE && based[bk]) based[k] = 1, changed = true;
      }
    }
    if (!changed) break;
  }
}

/* Does the file make two or more objects that share class c's attribute:
 * of c and its subclasses together (a call in a loop, or in a function
 * the file calls twice, counts two)? That is the path on which one object
 * sees another's change; with one object, or none made here, the file
 * shows no such path. */
static bool sg_shared_class__several(const SemanticModel *m, const ClassSet *set, uint32_t c) {
  uint8_t *based = sg_calloc(set->classes.len + 1, 1);
  sg_shared_class__mark_based_on(m, set, c, based);
  uint32_t n = 0;
  for (uint32_t k = 0; k < set->classes.len && n < 2; k++)
    if (based[k]) n += sg_classes_instances(m, set->classes.items[k].scope);
  sg_free(based);
  return n >= 2;
}

/* One mutation `use` of shared attribute `attr` of class c, made in class
 * o's methods: directly, or (effect) by passing `self.<attr>` to a helper
 * that mutates it. The first one reports, unless shared on purpose; the
 * next few add related information. */
static void sg_shared_class__finding(RuleContext *ctx, uint32_t c, uint32_t o, const ClassAttribute *attr,
                                     const SelfUse *use, const AttrEffect *effect, SharedFinding *f) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  const ClassSet *set = ctx->classes;
  const ClassInfo *ci = &set->classes.items[c];
  /* a base's method (a mixin's) works on c's instances: c's whole chain of
   * initializers may give them their own */
  bool base = o != c && sg_classes_derives(set, c, o);
  /* ...only a mutation on every call of the base's method, and a chain of
   * bases all in the file */
  if (base && (!use->top_level || !sg_shared_class__closed_chain(m, set, c))) return;
  if (sg_shared_class__per_instance(m, set, base ? SG_NONE : c, base ? c : o, attr->name, use)) return;
  const char *name = sg_names_text(&t->names, attr->name);
  uint32_t flen = 0;
  const char *ftext = "";
  if (effect) {
    uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, use->node, FIELD_FUNCTION));
    ftext = sg_flat_text(t, fn, &flen);
  }
  if (!f->d) {
    /* the first finding: unless shared on purpose */
    f->on_purpose = sg_shared_class__on_purpose(m, set, c, attr->name, f->single, f->accesses);
    if (f->on_purpose) return;
    if (!sg_shared_class__several(m, set, c)) return;
    uint32_t line = sg_source_line_of(ctx->source, t->start_byte[use->node]) + 1;
    uint32_t cname = sg_flat_field(t, ci->node, FIELD_NAME);
    const char *ctext = cname == SG_NONE ? "?" : sg_flat_name(t, cname);
    if (effect) {
      /* `helper(self.items)`, or `helper(self)` where the helper mutates `<its parameter>.items` */
      bool whole = true;
      uint32_t args = sg_flat_field(t, use->node, FIELD_ARGUMENTS);
      for (uint32_t a = sg_flat_named_child(t, args); a != SG_NONE && whole; a = sg_flat_next_named(t, a)) {
        uint32_t v = t->kind[a] == KIND_KEYWORD_ARGUMENT ? sg_flat_field(t, a, FIELD_VALUE) : a;
        uint32_t an = v == SG_NONE || t->kind[v] != KIND_ATTRIBUTE ? SG_NONE : sg_flat_field(t, v, FIELD_ATTRIBUTE);
        whole = an == SG_NONE || t->name_id[an] != attr->name;
      }
      f->d = sg_rule_report(ctx, RULE_shared_class_attribute_mutated, attr->target,
                            "`%s` is one %s shared by every `%s` instance: `self%s%s` is passed on line %u "
                            "to `%.*s`, which mutates %s; create it per instance in `__init__` (`self.%s = "
                            "...`) or annotate it `ClassVar` if sharing is intended",
                            name, sg_value_kind_name(attr->kind), ctext, whole ? "" : ".", whole ? "" : name,
                            line, (int)flen, ftext, whole ? "its attribute" : "it", name);
    } else if (ci->is_attrs && attr->annotated) {
      f->d = sg_rule_report(ctx, RULE_shared_class_attribute_mutated, attr->target,
                            "The default of attrs field `%s` is one %s shared by every `%s` "
                            "instance created without it (attrs does not copy defaults): it is "
                            "mutated through `self.%s` on line %u; use `attrs.field(factory=...)`",
                            name, sg_value_kind_name(attr->kind), ctext, name, line);
    } else if (use->via != SG_NONE) {
      const char *via = sg_names_text(&t->names, use->via);
      f->d = sg_rule_report(ctx, RULE_shared_class_attribute_mutated, attr->target,
                            "`%s` is one %s shared by every `%s` instance: it is mutated through "
                            "the property `self.%s`, which hands it out, on line %u; create it per instance "
                            "in `__init__` (`self.%s = ...`) or annotate it `ClassVar` if sharing is intended",
                            name, sg_value_kind_name(attr->kind), ctext, via, line, name);
    } else {
      f->d = sg_rule_report(ctx, RULE_shared_class_attribute_mutated, attr->target,
                            "`%s` is one %s shared by every `%s` instance: it is mutated through "
                            "`self.%s` on line %u; create it per instance in `__init__` (`self.%s = "
                            "...`) or annotate it `ClassVar` if sharing is intended",
                            name, sg_value_kind_name(attr->kind), ctext, name, line, name);
    }
  }
  if (f->count++ >= 5) return;
  if (!effect) {
    sg_diag_related(f->d, t->start_byte[use->node], t->end_byte[use->node], "mutated through `self.%s`", name);
    return;
  }
  sg_diag_related(f->d, t->start_byte[use->node], t->end_byte[use->node], "`self.%s` passed to `%.*s` here", name,
                  (int)flen, ftext);
  sg_diag_related(f->d, t->start_byte[effect->origin], t->end_byte[effect->origin], "`%.*s` mutates it here",
                  (int)flen, ftext);
}

/* ---- a per-subclass registry that every subclass shares ---------------------- */

/* The class index a name `X` in `X.m(...)` binds (its only binding is a
 * same-file class), or SG_NONE. */
static uint32_t sg_shared_class__named(const SemanticModel *m, const ClassSet *set, uint32_t ident) {
  const FlatTree *t = m->tree;
  if (ident == SG_NONE || t->kind[ident] != KIND_IDENTIFIER) return SG_NONE;
  uint32_t sym = sg_model_node_symbol(m, ident);
  if (sym == SG_NONE || m->symbols.items[sym].binding_count != 1) return SG_NONE;
  const Binding *bd = &m->bindings.items[m->symbols.items[sym].first_binding];
  if (bd->kind != BINDING_KIND_CLASS) return SG_NONE;
  return sg_classes_of_node(set, bd->context);
}

/* Does the function whose parameter ident is bind `<param>.<name>` (or call
 * setattr)? */
static bool sg_shared_class__param_rebinds(const SemanticModel *m, uint32_t ident, uint32_t name) {
  const FlatTree *t = m->tree;
  uint32_t sym = sg_model_node_symbol(m, ident);
  if (sym == SG_NONE) return false;
  uint32_t body = m->scopes.items[m->symbols.items[sym].scope].body;
  for (uint32_t i = body; body != SG_NONE && i <= t->subtree_end[body]; i++) {
    if (t->kind[i] == KIND_IDENTIFIER && sg_flat_text_is(t, i, "setattr")) return true;
    if (t->kind[i] != KIND_ATTRIBUTE || t->parent[i] == SG_NONE || t->kind[t->parent[i]] != KIND_ASSIGNMENT ||
        t->field[i] != FIELD_LEFT)
      continue;
    uint32_t o = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_OBJECT)), a = sg_flat_field(t, i, FIELD_ATTRIBUTE);
    if (o != SG_NONE && a != SG_NONE && t->kind[o] == KIND_IDENTIFIER && t->name_id[a] == name &&
        sg_model_node_symbol(m, o) == sym)
      return true;
  }
  return false;
}

/* A parameter of a module-level function (`def plan(family): family.install(...)`):
 * the same-file classes the file's calls pass for it by name, into out[]
 * (up to cap, distinct); returns how many. */
static uint32_t sg_shared_class__passed(const SemanticModel *m, const ClassSet *set, uint32_t ident, uint32_t *out,
                                        uint32_t cap) {
  const FlatTree *t = m->tree;
  uint32_t sym = ident == SG_NONE || t->kind[ident] != KIND_IDENTIFIER ? SG_NONE : sg_model_node_symbol(m, ident);
  if (sym == SG_NONE || !(m->symbols.items[sym].flags & SYMBOL_PARAMETER) || m->symbols.items[sym].binding_count != 1)
    return 0;
  const Scope *fsc = &m->scopes.items[m->symbols.items[sym].scope];
  if (fsc->kind != SCOPE_FUNCTION || fsc->parent == SG_NONE) return 0;
  uint32_t name = sg_flat_field(t, fsc->node, FIELD_NAME), index = sg_value_param_index(m, fsc->node, sym);
  if (name == SG_NONE || index == SG_NONE) return 0;
  uint32_t n = 0;
  /* a class decorator's first parameter: the classes it decorates, `@mark`
   * or `@factory(...)` where the module-level factory returns it */
  uint32_t deco = SG_NONE;  /* the decorator's module-level def */
  bool called = false;
  if (index == 0 && m->scopes.items[fsc->parent].kind == SCOPE_MODULE) {
    deco = fsc->node;
  } else if (index == 0 && m->scopes.items[fsc->parent].kind == SCOPE_FUNCTION &&
             m->scopes.items[m->scopes.items[fsc->parent].parent].kind == SCOPE_MODULE) {
    bool every;
    uint32_t outer = fsc->parent;
    if (sg_value_returned_function(m, outer, &every) == fsc->node) deco = m->scopes.items[outer].node, called = true;
  }
  /* its uses (the model's references to its name): `@deco` or `@deco(...)` on a class */
  uint32_t dname = deco == SG_NONE ? SG_NONE : sg_flat_field(t, deco, FIELD_NAME);
  uint32_t db = dname == SG_NONE ? SG_NONE : m->node_binding[dname];
  uint32_t dsym = db == SG_NONE ? SG_NONE : m->bindings.items[db].symbol;
  for (uint32_t r = dsym == SG_NONE ? SG_NONE : m->symbols.items[dsym].first_reference; r != SG_NONE && n < cap;
       r = m->references.items[r].next) {
    uint32_t e = m->references.items[r].node, d = t->parent[e];
    if (called) {
      if (d == SG_NONE || t->kind[d] != KIND_CALL || t->field[e] != FIELD_FUNCTION) continue;
      d = t->parent[d];
    }
    if (d == SG_NONE || t->kind[d] != KIND_DECORATOR) continue;
    uint32_t dd = t->parent[d], def = dd == SG_NONE ? SG_NONE : sg_flat_field(t, dd, FIELD_DEFINITION);
    uint32_t k = def != SG_NONE && t->kind[def] == KIND_CLASS_DEFINITION ? sg_classes_of_node(set, def) : SG_NONE;
    bool dup = k == SG_NONE;
    for (uint32_t q = 0; q < n && !dup; q++) dup = out[q] == k;
    if (!dup) out[n++] = k;
  }
  if (called || m->scopes.items[fsc->parent].kind != SCOPE_MODULE) return n;
  uint32_t first, end;
  sg_model_calls_named(m, t->name_id[name], &first, &end);
  for (uint32_t c = first; c < end && n < cap; c++) {
    uint32_t call = m->calls.items[2 * c + 1];
    uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, call, FIELD_FUNCTION));
    if (fn == SG_NONE || t->kind[fn] != KIND_IDENTIFIER || sg_model_node_symbol(m, fn) == SG_NONE) continue;
    uint32_t k = sg_shared_class__named(m, set, sg_flat_unparen(t, sg_flat_call_arg(t, call, (int)index, NULL)));
    bool dup = k == SG_NONE;
    for (uint32_t q = 0; q < n && !dup; q++) dup = out[q] == k;
    if (!dup) out[n++] = k;
  }
  return n;
}

/* `type(self)`, `self` or `cls` in a method: the class (index in set)
 * whose method it is, as the subclass that reads through it; else SG_NONE. */
static uint32_t sg_shared_class__receiver(const SemanticModel *m, const ClassSet *set, uint32_t e) {
  const FlatTree *t = m->tree;
  e = sg_flat_unparen(t, e);
  if (e != SG_NONE && t->kind[e] == KIND_CALL) {
    uint32_t fn = sg_flat_field(t, e, FIELD_FUNCTION), arg = sg_flat_call_arg(t, e, 0, NULL);
    if (!sg_resolve_is(m, fn, "builtins.type") || arg == SG_NONE || sg_flat_call_arg(t, e, 1, NULL) != SG_NONE)
      return SG_NONE;
    e = sg_flat_unparen(t, arg);
  }
  if (e == SG_NONE || t->kind[e] != KIND_IDENTIFIER || m->node_reference[e] == SG_NONE) return SG_NONE;
  uint32_t fs = sg_model_function_scope(m, m->node_scope[e]);
  if (fs == SG_NONE || m->references.items[m->node_reference[e]].symbol != sg_classes_self(m, fs)) return SG_NONE;
  uint32_t cls = m->scopes.items[fs].parent;
  if (cls == SG_NONE || m->scopes.items[cls].kind != SCOPE_CLASS) return SG_NONE;
  return sg_classes_of_node(set, m->scopes.items[cls].node);
}

/* The class (index in set) an expression makes an instance of: `C(...)`,
 * or a name bound once to `C(...)`; SG_NONE otherwise. */
static uint32_t sg_shared_class__instance_of(const SemanticModel *m, const ClassSet *set, uint32_t e) {
  const FlatTree *t = m->tree;
  e = sg_flat_unparen(t, e);
  if (e != SG_NONE && t->kind[e] == KIND_IDENTIFIER) {
    const Binding *bd = sg_value_sole_binding(m, e);
    e = bd && bd->kind == BINDING_KIND_ASSIGNMENT ? sg_flat_unparen(t, bd->value) : SG_NONE;
  }
  if (e == SG_NONE || t->kind[e] != KIND_CALL) return SG_NONE;
  return sg_shared_class__named(m, set, sg_flat_unparen(t, sg_flat_field(t, e, FIELD_FUNCTION)));
}

/* Does class o (deriving from c) bind `name` in its own body, or in a
 * class between it and c? Then it has its own object. */
static bool sg_shared_class__shadows(const ClassSet *set, uint32_t o, uint32_t c, uint32_t name) {
  for (uint32_t k = o; k != SG_NONE && k != c; k = set->classes.items[k].base)
    for (uint32_t a = 0; a < set->classes.items[k].attributes.len; a++)
      if (set->classes.items[k].attributes.items[a].name == name) return true;
  return false;
}

/* Is the container that attribute node `at` reads handed out as a whole:
 * returned or yielded, iterated (also `.items()`/`.values()`/`.keys()`),
 * tested with `in`, or given to `len`/`list`/`sorted`/`tuple`? Then its
 * reader sees every entry. */
static bool sg_shared_class__whole(const SemanticModel *m, uint32_t at) {
  const FlatTree *t = m->tree;
  uint32_t e = at, p = t->parent[at];
  if (p != SG_NONE && t->kind[p] == KIND_ATTRIBUTE && t->field[at] == FIELD_OBJECT) {
    uint32_t view = sg_flat_field(t, p, FIELD_ATTRIBUTE), call = t->parent[p];
    if (view == SG_NONE || call == SG_NONE || t->kind[call] != KIND_CALL ||
        !(sg_flat_text_is(t, view, "items") || sg_flat_text_is(t, view, "values") ||
          sg_flat_text_is(t, view, "keys")))
      return false;
    e = call;
    p = t->parent[call];
  }
  if (p == SG_NONE) return false;
  uint32_t where;
  UseKind use = sg_value_use(m, e, &where, NULL);
  if (use == USE_RETURN || use == USE_YIELD) return true;
  if ((t->kind[p] == KIND_FOR_STATEMENT || t->kind[p] == KIND_FOR_IN_CLAUSE) && t->field[e] == FIELD_RIGHT) return true;
  if (t->kind[p] == KIND_COMPARISON_OPERATOR) {
    /* `x in C.items`; `C.items == [...]` compares every entry */
    for (uint32_t k = t->first_child[p]; k != SG_NONE; k = t->next_sibling[k])
      if ((t->kind[k] == KIND_TOKEN_IN && sg_flat_named_child(t, p) != e) ||
          (!(t->flags[k] & FLAT_NAMED) && (sg_flat_text_is(t, k, "==") || sg_flat_text_is(t, k, "!="))))
        return true;
    return false;
  }
  if (t->kind[p] == KIND_ARGUMENT_LIST && t->parent[p] != SG_NONE) {
    uint32_t fn = sg_flat_field(t, t->parent[p], FIELD_FUNCTION);
    return sg_resolve_is(m, fn, "builtins.len") || sg_resolve_is(m, fn, "builtins.list") ||
           sg_resolve_is(m, fn, "builtins.sorted") || sg_resolve_is(m, fn, "builtins.tuple");
  }
  return false;
}

/* Where a classmethod (summary fs) hands out `cls.<name>` as a whole
 * (sg_shared_class__whole), or SG_NONE. */
static uint32_t sg_shared_class__hands_out(const SemanticModel *m, const FunctionSummary *fs, uint32_t name) {
  const FlatTree *t = m->tree;
  uint32_t body = m->scopes.items[fs->scope].body;
  for (uint32_t i = body; body != SG_NONE && i <= t->subtree_end[body]; i++) {
    if (t->kind[i] != KIND_ATTRIBUTE) continue;
    uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_OBJECT)), attr = sg_flat_field(t, i, FIELD_ATTRIBUTE);
    if (obj != SG_NONE && attr != SG_NONE && t->kind[obj] == KIND_IDENTIFIER && t->name_id[attr] == name &&
        sg_model_node_symbol(m, obj) == fs->receiver && sg_shared_class__whole(m, i))
      return i;
  }
  return SG_NONE;
}

/* A class-level container that a classmethod of class c fills through
 * `cls.<name>` (`cls._registry[key] = ...`), while the file calls that
 * classmethod through two classes of the hierarchy (`User.create()`,
 * `Post.create()`, also as a decorator `@Audio.register`) and reads the
 * whole container through a subclass — a classmethod that hands it out
 * (`cls._registry` returned, iterated, `len`) called as `User.all()`, or
 * `User._registry` itself iterated, tested with `in`, returned: the
 * subclass reads it as if it were its own, but it is the base's one object
 * and holds every class's entries. Not when a class of the hierarchy
 * defines `__init_subclass__` or names a metaclass (they may give each
 * subclass its own), a subclass binds the name itself, or the file names
 * the container through the base (`Base._registry`: shared on purpose). */
/* The summaries' functions grouped by the class they are methods of:
 * (class scope << 32 | function index), ascending, so that one class's
 * methods are a binary search away (not a walk over every function per
 * class and attribute). */
typedef struct ClassMethods {
  uint64_t *keys;
  uint32_t len;
} ClassMethods;

static int sg_shared_class__key_order(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

static ClassMethods sg_shared_class__methods_index(const Summaries *sums) {
  ClassMethods out = {NULL, 0};
  if (!sums) return out;
  out.keys = sg_malloc(sizeof(uint64_t) * (sums->functions.len + 1));
  for (uint32_t fi = 0; fi < sums->functions.len; fi++)
    if (sums->functions.items[fi].cls != SG_NONE)
      out.keys[out.len++] = (uint64_t)sums->functions.items[fi].cls << 32 | fi;
  qsort(out.keys, out.len, sizeof *out.keys, sg_shared_class__key_order);
  return out;
}

/* The first key of class scope cls in the index; its methods follow while
 * the key's high half is cls. */
static uint32_t sg_shared_class__methods_of(const ClassMethods *index, uint32_t cls) {
  uint32_t lo = 0, hi = index->len;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if ((uint32_t)(index->keys[mid] >> 32) < cls) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
#define SG_SHARED_CLASS__EACH_METHOD(index, cls, k) \
  for (uint32_t k = sg_shared_class__methods_of(index, cls); \
       k < (index)->len && (uint32_t)((index)->keys[k] >> 32) == (cls); k++)

/* "`User.all()` (line 12) reads `cls._items`" or "`User._items` is read on
 * line 12", into buf: how a subclass reads the base's container. */
static void sg_shared_class__reading(char *buf, size_t cap, const char *sub, const char *method, uint32_t line,
                                     bool instance, const char *name) {
  if (method)
    snprintf(buf, cap, "`%s.%s()` (line %u) reads `%s.%s`", sub, method, line, instance ? "self" : "cls", name);
  else
    snprintf(buf, cap, "`%s.%s` is read on line %u", sub, name, line);
}

/* Does the `__init_subclass__` (its symbol) bind `cls.<name>`, or call
 * setattr, giving each subclass its own? */
static bool sg_shared_class__sets_own(const SemanticModel *m, uint32_t isym, uint32_t name) {
  const FlatTree *t = m->tree;
  const Symbol *sy = &m->symbols.items[isym];
  if (sy->binding_count != 1) return true;
  const Binding *bd = &m->bindings.items[sy->first_binding];
  if (bd->kind != BINDING_KIND_DEF) return true;
  for (uint32_t i = bd->context; i <= t->subtree_end[bd->context]; i++) {
    if (t->kind[i] == KIND_IDENTIFIER && sg_flat_text_is(t, i, "setattr")) return true;
    if (t->kind[i] != KIND_ATTRIBUTE) continue;
    uint32_t a = sg_flat_field(t, i, FIELD_ATTRIBUTE), p = t->parent[i];
    if (a != SG_NONE && t->name_id[a] == name && p != SG_NONE && t->kind[p] == KIND_ASSIGNMENT && t->field[i] == FIELD_LEFT)
      return true;
  }
  return false;
}

/* A classmethod (summary fs) whose nested function changes `cls.<name>` in
 * place (`def get(cls, path): def register(h): cls.routes[path] = h`): the
 * change, or SG_NONE. The summaries see only the classmethod's own body. */
static uint32_t sg_shared_class__nested_fill(const SemanticModel *m, const FunctionSummary *fs, uint32_t name) {
  const FlatTree *t = m->tree;
  uint32_t def = m->scopes.items[fs->scope].node;
  for (uint32_t i = def; i <= t->subtree_end[def]; i++) {
    if (t->kind[i] != KIND_ATTRIBUTE) continue;
    uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_OBJECT)), a = sg_flat_field(t, i, FIELD_ATTRIBUTE);
    if (obj == SG_NONE || a == SG_NONE || t->name_id[a] != name || t->kind[obj] != KIND_IDENTIFIER ||
        sg_model_node_symbol(m, obj) != fs->receiver || sg_model_function_scope(m, m->node_scope[i]) == fs->scope)
      continue;
    uint32_t p = t->parent[i];
    if (p == SG_NONE) continue;
    /* `cls.routes[k] = v` */
    if (t->kind[p] == KIND_SUBSCRIPT && t->field[i] == FIELD_VALUE && t->parent[p] != SG_NONE &&
        t->kind[t->parent[p]] == KIND_ASSIGNMENT && t->field[p] == FIELD_LEFT)
      return t->parent[p];
    /* `cls.hooks.append(h)` */
    if (t->kind[p] == KIND_ATTRIBUTE && t->field[i] == FIELD_OBJECT && t->parent[p] != SG_NONE &&
        t->kind[t->parent[p]] == KIND_CALL) {
      uint32_t mn = sg_flat_field(t, p, FIELD_ATTRIBUTE);
      if (mn != SG_NONE && sg_value_is_mutating_method(t->name_id[mn])) return t->parent[p];
    }
  }
  return SG_NONE;
}

/* Is there per-subclass setup anywhere in class c's hierarchy: an
 * `__init_subclass__` that binds `cls.<name>` (or calls setattr), a
 * metaclass? */
static bool sg_shared_class__per_subclass(const SemanticModel *m, const ClassSet *set, uint32_t c, uint32_t name) {
  const FlatTree *t = m->tree;
  uint32_t init_subclass = sg_names_find(&t->names, "__init_subclass__", 17);
  for (uint32_t k = 0; k < set->classes.len; k++) {
    const ClassInfo *ki = &set->classes.items[k];
    if (!sg_classes_derives(set, k, c) && !sg_classes_derives(set, c, k)) continue;
    uint32_t isym = init_subclass == SG_NONE ? SG_NONE : sg_model_symbol(m, ki->scope, init_subclass);
    if (isym != SG_NONE && sg_shared_class__sets_own(m, isym, name)) return true;
    uint32_t supers = sg_flat_field(t, ki->node, FIELD_SUPERCLASSES);
    for (uint32_t b = sg_flat_named_child(t, supers); b != SG_NONE; b = sg_flat_next_named(t, b)) {
      uint32_t kw = t->kind[b] == KIND_KEYWORD_ARGUMENT ? sg_flat_field(t, b, FIELD_NAME) : SG_NONE;
      if (kw != SG_NONE && sg_flat_text_is(t, kw, "metaclass")) return true;
    }
  }
  return false;
}

/* The names `<recv>.<n>` reads in subtree root (recv: a symbol), into
 * out[] (up to cap, each once); with methods, also those the methods of
 * class scope cls that root calls as `<recv>.<m>(...)` read through their
 * own receiver. */
static uint32_t sg_shared_class__receiver_reads(const SemanticModel *m, uint32_t root, uint32_t recv, uint32_t cls,
                                                bool methods, uint32_t *out, uint32_t n, uint32_t cap) {
  const FlatTree *t = m->tree;
  for (uint32_t i = root; root != SG_NONE && i <= t->subtree_end[root] && n < cap; i++) {
    if (t->kind[i] != KIND_ATTRIBUTE) continue;
    uint32_t o = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_OBJECT)), a = sg_flat_field(t, i, FIELD_ATTRIBUTE);
    if (o == SG_NONE || a == SG_NONE || t->kind[o] != KIND_IDENTIFIER || sg_model_node_symbol(m, o) != recv) continue;
    bool dup = false;
    for (uint32_t k = 0; k < n && !dup; k++) dup = out[k] == t->name_id[a];
    if (!dup) out[n++] = t->name_id[a];
    uint32_t call = t->parent[i];
    if (!methods || call == SG_NONE || t->kind[call] != KIND_CALL || t->field[i] != FIELD_FUNCTION) continue;
    uint32_t ms = sg_summaries_method(m, cls, t->name_id[a]);
    if (ms == SG_NONE) continue;
    uint32_t params = sg_flat_field(t, m->scopes.items[ms].node, FIELD_PARAMETERS);
    uint32_t first = sg_flat_named_child(t, params);
    uint32_t rsym = first != SG_NONE && t->kind[first] == KIND_IDENTIFIER ? sg_model_node_symbol(m, first) : SG_NONE;
    if (rsym != SG_NONE)
      n = sg_shared_class__receiver_reads(m, m->scopes.items[ms].body, rsym, cls, false, out, n, cap);
  }
  return n;
}

/* A cache a classmethod fills through `cls` under a key that does not
 * name the class, with a value made from `cls` (`cls._spec_cache[width] =
 * cls._compute_spec(width)`), where a same-file subclass overrides what the
 * value is made from: whichever class asks first for a key, every other
 * class of the hierarchy gets that class's value for it. */
static bool sg_shared_class__class_keyed_cache(RuleContext *ctx, const ClassMethods *index, uint32_t c,
                                               const ClassAttribute *attr) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  const ClassSet *set = ctx->classes;
  const Summaries *sums = ctx->summaries;
  const ClassInfo *ci = &set->classes.items[c];
  if (!sums || !sg_value_is_dict_like(attr->kind)) return false;
  SG_SHARED_CLASS__EACH_METHOD(index, ci->scope, k) {
    const FunctionSummary *fs = &sums->functions.items[(uint32_t)index->keys[k]];
    if (!fs->classmethod || fs->receiver == SG_NONE) continue;
    uint32_t body = m->scopes.items[fs->scope].body;
    for (uint32_t i = body; body != SG_NONE && i <= t->subtree_end[body]; i++) {
      /* `cls.<name>[key] = value` */
      if (t->kind[i] != KIND_ASSIGNMENT) continue;
      uint32_t left = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_LEFT)), value = sg_flat_field(t, i, FIELD_RIGHT);
      if (left == SG_NONE || value == SG_NONE || t->kind[left] != KIND_SUBSCRIPT) continue;
      uint32_t x = sg_flat_unparen(t, sg_flat_field(t, left, FIELD_VALUE)), key = sg_flat_field(t, left, FIELD_SUBSCRIPT);
      if (x == SG_NONE || key == SG_NONE || t->kind[x] != KIND_ATTRIBUTE) continue;
      uint32_t o = sg_flat_unparen(t, sg_flat_field(t, x, FIELD_OBJECT)), a = sg_flat_field(t, x, FIELD_ATTRIBUTE);
      if (o == SG_NONE || a == SG_NONE || t->kind[o] != KIND_IDENTIFIER || t->name_id[a] != attr->name ||
          sg_model_node_symbol(m, o) != fs->receiver)
        continue;
      /* the key names the class (`(cls, k)`, `cls.__name__`): one entry per class */
      bool keyed = false;
      for (uint32_t e = key; e <= t->subtree_end[key] && !keyed; e++) {
        if (t->kind[e] != KIND_IDENTIFIER) continue;
        keyed = sg_model_node_symbol(m, e) == fs->receiver;
        /* `key = (cls, width)` first */
        const Binding *kb = keyed ? NULL : sg_value_sole_binding(m, e);
        uint32_t kv = kb && kb->kind == BINDING_KIND_ASSIGNMENT ? kb->value : SG_NONE;
        for (uint32_t f = kv; kv != SG_NONE && f <= t->subtree_end[kv] && !keyed; f++)
          keyed = t->kind[f] == KIND_IDENTIFIER && sg_model_node_symbol(m, f) == fs->receiver;
      }
      if (keyed) continue;
      uint32_t reads[32];
      uint32_t n = sg_shared_class__receiver_reads(m, value, fs->receiver, ci->scope, true, reads, 0, 32);
      /* a same-file subclass that binds one of those names in its body */
      for (uint32_t s = 0; s < set->classes.len; s++) {
        if (s == c || !sg_classes_derives(set, s, c)) continue;
        const ClassInfo *si = &set->classes.items[s];
        uint32_t over = SG_NONE;
        for (uint32_t r = 0; r < n && over == SG_NONE; r++)
          if (reads[r] != attr->name && sg_model_symbol(m, si->scope, reads[r]) != SG_NONE) over = reads[r];
        if (over == SG_NONE || sg_shared_class__per_subclass(m, set, c, attr->name)) continue;
        uint32_t cname = sg_flat_field(t, ci->node, FIELD_NAME), sname = sg_flat_field(t, si->node, FIELD_NAME);
        uint32_t mname = sg_flat_field(t, m->scopes.items[fs->scope].node, FIELD_NAME);
        const char *name = sg_names_text(&t->names, attr->name);
        Diagnostic *d = sg_rule_report(
            ctx, RULE_shared_class_attribute_mutated, attr->target,
            "`%s` is one %s shared by `%s` and its subclasses, and `%s.%s` stores in it, under a key that does not "
            "name the class, a value made from `cls` (line %u), which `%s` changes (`%s`): whichever class asks "
            "first for a key, the others get its value; key the entries by class (`(cls, key)`) or give each "
            "subclass its own",
            name, sg_value_kind_name(attr->kind), cname == SG_NONE ? "?" : sg_flat_name(t, cname),
            cname == SG_NONE ? "?" : sg_flat_name(t, cname), mname == SG_NONE ? "?" : sg_flat_name(t, mname),
            sg_source_line_of(ctx->source, t->start_byte[i]) + 1, sname == SG_NONE ? "?" : sg_flat_name(t, sname),
            sg_names_text(&t->names, over));
        sg_diag_related(d, t->start_byte[i], t->end_byte[i], "stored here");
        sg_diag_related(d, t->start_byte[si->node], t->start_byte[si->node] + 5, "a subclass that overrides `%s`",
                        sg_names_text(&t->names, over));
        return true;
      }
    }
  }
  return false;
}

static bool sg_shared_class__registry(RuleContext *ctx, const ClassMethods *index, uint32_t c,
                                      const ClassAttribute *attr, uint64_t *budget) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  const ClassSet *set = ctx->classes;
  const Summaries *sums = ctx->summaries;
  const ClassInfo *ci = &set->classes.items[c];
  if (!sums) return false;
  /* the classmethods of c that fill it and that hand it out */
  uint32_t filler = SG_NONE, reader = SG_NONE, fill_at = SG_NONE, read_at = SG_NONE;
  uint32_t fill_names[4], nfill = 0;  /* every classmethod that fills it (`get`, `post`) */
  bool instance_reader = false;  /* the reader is an instance method (`User(...).validate()`) */
  bool reader_fills = false;     /* the reader fills it too */
  SG_SHARED_CLASS__EACH_METHOD(index, ci->scope, k) {
    uint32_t fi = (uint32_t)index->keys[k];
    const FunctionSummary *fs = &sums->functions.items[fi];
    if (fs->receiver == SG_NONE) continue;
    if (!fs->classmethod) {
      /* an instance method reading `self.<name>` whole, called on a subclass's instance */
      if (reader == SG_NONE && !fs->staticmethod && (read_at = sg_shared_class__hands_out(m, fs, attr->name)) != SG_NONE)
        reader = fi, instance_reader = true;
      continue;
    }
    uint32_t here = SG_NONE;
    for (uint32_t e = 0; e < fs->attrs.len && here == SG_NONE; e++)
      if (fs->attrs.items[e].name == attr->name && fs->attrs.items[e].kind == ATTR_EFFECT_MUTATED &&
          sg_summaries_on_receiver(sums, fs, &fs->attrs.items[e]))
        here = fs->attrs.items[e].origin;
    if (here == SG_NONE) here = sg_shared_class__nested_fill(m, fs, attr->name);
    if (here != SG_NONE) {
      if (filler == SG_NONE) filler = fi, fill_at = here;
      uint32_t fnm = sg_flat_field(t, m->scopes.items[fs->scope].node, FIELD_NAME);
      if (fnm != SG_NONE && nfill < 4) fill_names[nfill++] = t->name_id[fnm];
    }
    /* a classmethod that only reads it is the better reader than one that
     * also fills it (`if key in cls._by_id: raise` before the store) */
    uint32_t out = reader == SG_NONE || instance_reader || (reader_fills && here == SG_NONE)
                       ? sg_shared_class__hands_out(m, fs, attr->name) : SG_NONE;
    if (out != SG_NONE) reader = fi, read_at = out, instance_reader = false, reader_fills = here != SG_NONE;
  }
  if (filler == SG_NONE || sg_shared_class__per_subclass(m, set, c, attr->name)) return false;
  const FunctionSummary *fill = &sums->functions.items[filler];
  const FunctionSummary *read = reader == SG_NONE ? NULL : &sums->functions.items[reader];
  uint32_t fill_node = sg_flat_field(t, m->scopes.items[fill->scope].node, FIELD_NAME);
  uint32_t read_node = read ? sg_flat_field(t, m->scopes.items[read->scope].node, FIELD_NAME) : SG_NONE;
  if (fill_node == SG_NONE) return false;  /* broken code */
  uint32_t fill_name = t->name_id[fill_node], read_name = read_node == SG_NONE ? SG_NONE : t->name_id[read_node];
  uint32_t fills[2] = {SG_NONE, SG_NONE}, fill_class[2] = {SG_NONE, SG_NONE}, fill_by[2] = {SG_NONE, SG_NONE};
  uint32_t reads = SG_NONE, read_class = SG_NONE, dynamic = SG_NONE;
  uint32_t keys[8], key_class[8], key_use[8], nkeys = 0, collide = SG_NONE, collide_with = SG_NONE;
  bool base_read = false;
  /* the attribute nodes of the names (the model's index), in file order:
   * the attribute, the reader, every filler, each name once */
  uint32_t names[6], at[6], end[6];
  int nn = 0;
  names[nn++] = attr->name;
  if (read_name != SG_NONE) names[nn++] = read_name;
  for (uint32_t q = 0; q < nfill; q++) {
    bool dup = false;
    for (int r = 0; r < nn && !dup; r++) dup = names[r] == fill_names[q];
    if (!dup) names[nn++] = fill_names[q];
  }
  for (int n = 0; n < nn; n++) {
    bool dup = false;
    for (int r = 0; r < n && !dup; r++) dup = names[r] == names[n];
    at[n] = end[n] = 0;
    if (!dup) sg_model_attributes_named(m, names[n], &at[n], &end[n]);
  }
  for (;;) {
    int next = -1;
    for (int n = 0; n < nn; n++)
      if (at[n] < end[n] && (next < 0 || m->attributes.items[2 * at[n] + 1] < m->attributes.items[2 * at[next] + 1]))
        next = n;
    if (next < 0) break;
    if (!*budget) return false;  /* many registries over one name: stay silent, stay linear */
    --*budget;
    uint32_t i = m->attributes.items[2 * at[next]++ + 1];
    if (t->kind[i] != KIND_ATTRIBUTE) continue;
    uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_OBJECT)), a = sg_flat_field(t, i, FIELD_ATTRIBUTE);
    if (obj == SG_NONE || a == SG_NONE) continue;
    uint32_t name = t->name_id[a];
    bool is_fill = false;
    for (uint32_t q = 0; q < nfill && !is_fill; q++) is_fill = fill_names[q] == name;
    if (name != attr->name && !is_fill && name != read_name) continue;
    /* `type(self).register(self)` in a method of the hierarchy: called
     * through the class of each object made, whichever subclass it is */
    if (is_fill && dynamic == SG_NONE && t->parent[i] != SG_NONE && t->kind[t->parent[i]] == KIND_CALL &&
        t->field[i] == FIELD_FUNCTION) {
      uint32_t rk = sg_shared_class__receiver(m, set, obj);
      if (rk != SG_NONE && sg_classes_derives(set, rk, c)) dynamic = t->parent[i];
    }
    uint32_t k = sg_shared_class__named(m, set, obj);
    /* a reader called on an instance (a classmethod too: `walker.surcharges()`) */
    if (k == SG_NONE && name == read_name) k = sg_shared_class__instance_of(m, set, obj);
    /* a parameter the file's calls pass classes for: each of them (unless
     * its function gives the class its own: `cls.<name> = []`, setattr) */
    uint32_t passed[3], np = k == SG_NONE && name != attr->name ? sg_shared_class__passed(m, set, obj, passed, 3) : 0;
    if (np && sg_shared_class__param_rebinds(m, obj, attr->name)) np = 0;
    for (uint32_t q = 0; q < np; q++) {
      uint32_t pk = passed[q], use = t->parent[i];
      if (!sg_classes_derives(set, pk, c) || sg_shared_class__shadows(set, pk, c, attr->name) || use == SG_NONE ||
          t->kind[use] != KIND_CALL || t->field[i] != FIELD_FUNCTION)
        continue;
      if (is_fill) {
        if (fill_class[0] == SG_NONE) fills[0] = use, fill_class[0] = pk, fill_by[0] = name;
        else if (fill_class[1] == SG_NONE && pk != fill_class[0]) fills[1] = use, fill_class[1] = pk, fill_by[1] = name;
      }
      if (name == read_name && pk != c && reads == SG_NONE) reads = use, read_class = pk;
    }
    if (k == SG_NONE || !sg_classes_derives(set, k, c) || sg_shared_class__shadows(set, k, c, attr->name)) continue;
    if (name == attr->name) {
      if (k == c) {  /* `Base._registry`: reached through the base on purpose (unless two subclasses collide) */
        base_read = true;
        continue;
      }
      if (reads == SG_NONE && sg_shared_class__whole(m, i)) reads = i, read_class = k, read_at = SG_NONE;
      continue;
    }
    /* a call `X.m(...)`, or `@X.m` decorating a definition */
    uint32_t use = t->parent[i];
    if (use == SG_NONE || !((t->kind[use] == KIND_CALL && t->field[i] == FIELD_FUNCTION) || t->kind[use] == KIND_DECORATOR))
      continue;
    if (is_fill) {
      if (fill_class[0] == SG_NONE) fills[0] = use, fill_class[0] = k, fill_by[0] = name;
      else if (fill_class[1] == SG_NONE && k != fill_class[0]) fills[1] = use, fill_class[1] = k, fill_by[1] = name;
      /* the first argument, a literal key (`@Brood.decoder("temperature")`):
       * two subclasses storing under one key replace each other's entry */
      uint32_t key = t->kind[use] == KIND_CALL ? sg_flat_unparen(t, sg_flat_call_arg(t, use, 0, NULL)) : SG_NONE;
      if (key != SG_NONE && t->kind[key] == KIND_STRING && k != c) {
        for (uint32_t q = 0; q < nkeys && collide == SG_NONE; q++)
          if (key_class[q] != k && sg_flat_same_text(t, keys[q], key)) collide = use, collide_with = key_use[q];
        if (nkeys < 8) keys[nkeys] = key, key_class[nkeys] = k, key_use[nkeys] = use, nkeys++;
      }
    }
    if (name == read_name && k != c && reads == SG_NONE && t->kind[use] == KIND_CALL) reads = use, read_class = k;
  }
  if (collide != SG_NONE && (reads == SG_NONE || fill_class[1] == SG_NONE) &&
      (attr->kind == VALUE_DICT || attr->kind == VALUE_ORDEREDDICT || attr->kind == VALUE_DEFAULTDICT)) {
    const char *name = sg_names_text(&t->names, attr->name);
    uint32_t cname = sg_flat_field(t, ci->node, FIELD_NAME);
    uint32_t at1 = sg_flat_field(t, collide_with, FIELD_FUNCTION), at2 = sg_flat_field(t, collide, FIELD_FUNCTION);
    uint32_t l1, l2, kl;
    const char *c1 = sg_flat_text(t, at1, &l1), *c2 = sg_flat_text(t, at2, &l2);
    const char *kt = sg_flat_text(t, sg_flat_call_arg(t, collide, 0, NULL), &kl);
    Diagnostic *d = sg_rule_report(
        ctx, RULE_shared_class_attribute_mutated, attr->target,
        "`%s` is one %s shared by `%s` and every subclass: `%.*s(%.*s)` (line %u) and `%.*s(%.*s)` (line %u) "
        "both store under that key through `cls.%s`, so the later one replaces the earlier for both classes; "
        "give each subclass its own in `__init_subclass__` (`cls.%s = {}`), or key the entries by class",
        name, sg_value_kind_name(attr->kind), cname == SG_NONE ? "?" : sg_flat_name(t, cname), (int)l1, c1, (int)kl, kt,
        sg_source_line_of(ctx->source, t->start_byte[collide_with]) + 1, (int)l2, c2, (int)kl, kt,
        sg_source_line_of(ctx->source, t->start_byte[collide]) + 1, name, name);
    sg_diag_related(d, t->start_byte[fill_at], t->end_byte[fill_at], "`cls.%s` filled here", name);
    sg_diag_related(d, t->start_byte[collide], t->end_byte[collide], "the later store under the same key");
    return true;
  }
  if (base_read) return false;
  /* filled through the object's own class (`type(self).register(self)` in
   * `__init__`) and read through a subclass: every same-file subclass of c
   * that does not bind the name fills the one container */
  if (dynamic != SG_NONE && fill_class[1] == SG_NONE && reads != SG_NONE && read_class != c) {
    for (uint32_t q = ci->pre + 1; q < ci->pre_end && fill_class[1] == SG_NONE; q++) {
      uint32_t k = set->order[q];
      if (k == read_class || sg_shared_class__shadows(set, k, c, attr->name)) continue;
      fills[0] = fills[1] = dynamic, fill_class[0] = read_class, fill_class[1] = k;
      fill_by[0] = fill_by[1] = fill_name;
    }
  }
  /* filled through two subclasses (`@StringInverter.on_alarm`,
   * `@CentralInverter.on_alarm`) and read whole by a method of the
   * class: each subclass's objects read what the others registered,
   * whatever object the file calls the reader on */
  if (reads == SG_NONE && read && fill_class[1] != SG_NONE && fill_class[0] != c && fill_class[1] != c &&
      read_at != SG_NONE)
    reads = read_at, read_class = fill_class[0];
  if (reads == SG_NONE || fill_class[1] == SG_NONE) return false;
  uint32_t other = fill_class[0] != read_class ? 0 : 1;
  const char *name = sg_names_text(&t->names, attr->name), *kind = sg_value_kind_name(attr->kind);
  uint32_t cname = sg_flat_field(t, ci->node, FIELD_NAME);
  uint32_t sname = sg_flat_field(t, set->classes.items[read_class].node, FIELD_NAME);
  uint32_t oname = sg_flat_field(t, set->classes.items[fill_class[other]].node, FIELD_NAME);
  const char *ctext = cname == SG_NONE ? "?" : sg_flat_name(t, cname);
  const char *stext = sname == SG_NONE ? "?" : sg_flat_name(t, sname);
  const char *otext = oname == SG_NONE ? "?" : sg_flat_name(t, oname);
  const char *ftext = sg_names_text(&t->names, fill_by[other] != SG_NONE ? fill_by[other] : fill_name);
  uint32_t rline = sg_source_line_of(ctx->source, t->start_byte[reads]) + 1;
  uint32_t fline = sg_source_line_of(ctx->source, t->start_byte[fills[other]]) + 1;
  char reading[160];
  sg_shared_class__reading(reading, sizeof reading, stext, read_at != SG_NONE ? sg_names_text(&t->names, read_name) : NULL,
                           rline, instance_reader, name);
  Diagnostic *d = sg_rule_report(
      ctx, RULE_shared_class_attribute_mutated, attr->target,
      "`%s` is one %s shared by `%s` and every subclass: %s as if `%s` had its own, but `%s.%s` (line %u) "
      "fills the same %s through `cls.%s`; give each subclass its own in `__init_subclass__` (`cls.%s = ...`), "
      "or key the entries by class",
      name, kind, ctext, reading, stext, otext, ftext, fline, kind, name, name);
  sg_diag_related(d, t->start_byte[fill_at], t->end_byte[fill_at], "`%s.%s` fills `cls.%s` here", ctext, ftext, name);
  sg_diag_related(d, t->start_byte[fills[other]], t->end_byte[fills[other]], "called through `%s`", otext);
  sg_diag_related(d, t->start_byte[reads], t->end_byte[reads], "read through `%s`", stext);
  if (read_at != SG_NONE)
    sg_diag_related(d, t->start_byte[read_at], t->end_byte[read_at], "`%s.%s` handed out here",
                    instance_reader ? "self" : "cls", name);
  return true;
}

/* `self.<b> = self.<name>` (or `= <Class>.<name>`, `type(self).<name>`):
 * the instance attribute is the class's one object under another name.
 * When every `self.<b> = ...` of the related classes is such an alias and
 * one of them changes `self.<b>` in place, the class attribute is changed:
 * reported at it, with the alias and the change. */
static bool sg_shared_class__alias(RuleContext *ctx, uint32_t c, const ClassAttribute *attr, const uint32_t *related,
                                   uint32_t nrelated, bool report) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  const ClassSet *set = ctx->classes;
  uint32_t alias = SG_NONE, alias_name = SG_NONE, change = SG_NONE;
  for (int pass = 0; pass < 2; pass++)
    for (uint32_t r = 0; r < nrelated; r++) {
      const ClassInfo *oi = &set->classes.items[related[r]];
      for (uint32_t u = 0; u < oi->uses.len; u++) {
        const SelfUse *use = &oi->uses.items[u];
        if (pass == 0 && use->kind == SELF_USE_REBIND && t->kind[use->node] == KIND_ASSIGNMENT) {
          uint32_t right = sg_flat_unparen(t, sg_flat_field(t, use->node, FIELD_RIGHT));
          uint32_t rattr = right != SG_NONE && t->kind[right] == KIND_ATTRIBUTE ? sg_flat_field(t, right, FIELD_ATTRIBUTE)
                                                                                : SG_NONE;
          uint32_t robj = rattr == SG_NONE ? SG_NONE : sg_flat_unparen(t, sg_flat_field(t, right, FIELD_OBJECT));
          bool aliases = rattr != SG_NONE && t->name_id[rattr] == attr->name && robj != SG_NONE &&
                         ((t->kind[robj] == KIND_IDENTIFIER &&
                           (t->name_id[robj] == NAME_SELF || sg_shared_class__named(m, set, robj) == c)) ||
                          (t->kind[robj] == KIND_CALL && sg_flat_text_is(t, sg_flat_field(t, robj, FIELD_FUNCTION), "type")));
          if (aliases && (alias_name == SG_NONE || alias_name == use->name)) {
            if (alias == SG_NONE) alias = use->node, alias_name = use->name;
          } else if (alias_name != SG_NONE && use->name == alias_name) {
            return false;  /* rebound to something else too */
          }
        } else if (pass == 1 && alias_name != SG_NONE && use->name == alias_name) {
          if (use->kind == SELF_USE_REBIND && use->node != alias) return false;  /* also rebound otherwise */
          if (use->kind == SELF_USE_MUTATE && change == SG_NONE) change = use->node;
        }
      }
    }
  if (alias == SG_NONE || change == SG_NONE || alias_name == attr->name) return false;
  if (!report) return true;
  const char *name = sg_names_text(&t->names, attr->name), *b = sg_names_text(&t->names, alias_name);
  uint32_t cname = sg_flat_field(t, set->classes.items[c].node, FIELD_NAME);
  Diagnostic *d = sg_rule_report(
      ctx, RULE_shared_class_attribute_mutated, attr->target,
      "`%s` is one %s shared by every `%s` instance: line %u makes `self.%s` that same object, and line %u "
      "changes it in place, so every instance sees the change; copy it (`self.%s = %s(self.%s)`)",
      name, sg_value_kind_name(attr->kind), cname == SG_NONE ? "?" : sg_flat_name(t, cname),
      sg_source_line_of(ctx->source, t->start_byte[alias]) + 1, b,
      sg_source_line_of(ctx->source, t->start_byte[change]) + 1, b,
      attr->kind == VALUE_DICT ? "dict" : attr->kind == VALUE_SET ? "set" : "list", name);
  sg_diag_related(d, t->start_byte[alias], t->end_byte[alias], "`self.%s` is `%s` itself", b, name);
  sg_diag_related(d, t->start_byte[change], t->end_byte[change], "changed in place here");
  return true;
}

/* Has this rule reported at `node` already? */
static bool sg_shared_class__reported(const RuleContext *ctx, uint32_t node) {
  for (uint32_t i = 0; i < ctx->out->items.len; i++)
    if (ctx->out->items.items[i].rule == RULE_shared_class_attribute_mutated &&
        ctx->out->items.items[i].span.start_byte == ctx->tree->start_byte[node])
      return true;
  return false;
}

/* ---- a registry filled by __init_subclass__, read through a subclass ------------ */

/* Class c's `__init_subclass__` changes `cls.<name>` in place (the fill,
 * or SG_NONE; *sure when every call does) and never rebinds it. */
static uint32_t sg_shared_class__subclass_fill(const SemanticModel *m, const ClassInfo *ci, uint32_t name, bool *sure) {
  const FlatTree *t = m->tree;
  uint32_t ms = sg_classes_method(m, ci, "__init_subclass__");
  if (ms == SG_NONE) return SG_NONE;
  uint32_t def = m->scopes.items[ms].node, params = sg_flat_field(t, def, FIELD_PARAMETERS);
  uint32_t p0 = params == SG_NONE ? SG_NONE : sg_flat_named_child(t, params);
  if (p0 == SG_NONE || t->kind[p0] != KIND_IDENTIFIER) return SG_NONE;
  FlatView view = sg_flat_view(t);
  uint32_t fill = SG_NONE, body = m->scopes.items[ms].body;
  for (uint32_t i = body; body != SG_NONE && i <= t->subtree_end[body]; i++) {
    if (t->kind[i] != KIND_ATTRIBUTE || sg_model_function_scope(m, m->node_scope[i]) != ms) continue;
    uint32_t obj = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_OBJECT)), a = sg_flat_field(t, i, FIELD_ATTRIBUTE);
    if (obj == SG_NONE || a == SG_NONE || t->kind[obj] != KIND_IDENTIFIER || t->name_id[obj] != t->name_id[p0] ||
        t->name_id[a] != name)
      continue;
    uint32_t p = t->parent[i];
    if (p != SG_NONE && t->kind[p] == KIND_ASSIGNMENT && t->field[i] == FIELD_LEFT) return SG_NONE;  /* its own */
    uint32_t where = sg_classes_mutation_of(&view, i);
    if (where != SG_NONE && fill == SG_NONE && t->kind[where] != KIND_AUGMENTED_ASSIGNMENT) {
      fill = where;
      /* for every subclass: no test on the way (a loop over the subclass's
       * own fields runs for each) */
      *sure = true;
      for (uint32_t q = t->parent[where]; q != SG_NONE && q != def && *sure; q = t->parent[q])
        *sure = !(t->kind[q] == KIND_IF_STATEMENT || t->kind[q] == KIND_CONDITIONAL_EXPRESSION ||
                  t->kind[q] == KIND_EXCEPT_CLAUSE || t->kind[q] == KIND_MATCH_STATEMENT ||
                  t->kind[q] == KIND_BOOLEAN_OPERATOR);
    }
  }
  return fill;
}

/* `__init_subclass__` puts what belongs to the new subclass — not the class
 * itself, a registry's entry — into `cls.<name>`, which is the base's one
 * object (`cls.depends_on.append(after)`, `cls.fixtures[name] = value`):
 * each subclass's attribute then holds every subclass's entries. Reported
 * when the file defines two or more subclasses. */
static bool sg_shared_class__subclass_data(RuleContext *ctx, uint32_t c, const ClassAttribute *attr, uint32_t fill) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  const ClassSet *set = ctx->classes;
  uint32_t value = SG_NONE;
  if (t->kind[fill] == KIND_CALL) value = sg_flat_call_arg(t, fill, 0, NULL);
  else if (t->kind[fill] == KIND_ASSIGNMENT) value = sg_flat_field(t, fill, FIELD_RIGHT);
  value = sg_flat_unparen(t, value);
  if (value == SG_NONE) return false;
  /* the class itself, its name, or anything read from `cls`: a registry of classes */
  uint32_t ms = sg_model_function_scope(m, m->node_scope[fill]);
  uint32_t self = ms == SG_NONE ? SG_NONE : sg_classes_self(m, ms);
  for (uint32_t i = value; i <= t->subtree_end[value]; i++)
    if (t->kind[i] == KIND_IDENTIFIER && m->node_reference[i] != SG_NONE &&
        m->references.items[m->node_reference[i]].symbol == self)
      return false;
  uint8_t *based = sg_calloc(set->classes.len + 1, 1);
  sg_shared_class__mark_based_on(m, set, c, based);
  uint32_t subclasses = 0;
  for (uint32_t k = 0; k < set->classes.len && subclasses < 2; k++)
    if (k != c && based[k]) subclasses++;
  sg_free(based);
  if (subclasses < 2 || sg_shared_class__reported(ctx, attr->target)) return subclasses >= 2;
  const char *name = sg_names_text(&t->names, attr->name), *kind = sg_value_kind_name(attr->kind);
  uint32_t cname = sg_flat_field(t, set->classes.items[c].node, FIELD_NAME), vlen;
  const char *ctext = cname == SG_NONE ? "?" : sg_flat_name(t, cname), *vtext = sg_flat_text(t, value, &vlen);
  Diagnostic *d = sg_rule_report(
      ctx, RULE_shared_class_attribute_mutated, attr->target,
      "`%s` is one %s shared by `%s` and every subclass: `%s.__init_subclass__` puts each new subclass's `%.*s` "
      "into `cls.%s` (line %u), which is this one %s, so every subclass's `%s` holds every subclass's entries; give "
      "each subclass its own in `__init_subclass__` (`cls.%s = ...` from a copy)",
      name, kind, ctext, ctext, (int)(vlen > 30 ? 30 : vlen), vtext, name,
      sg_source_line_of(ctx->source, t->start_byte[fill]) + 1, kind, name, name);
  sg_diag_related(d, t->start_byte[fill], t->end_byte[fill], "filled through `cls` here");
  return true;
}

/* `class Plugin: registry = {}` whose `__init_subclass__` adds each new
 * subclass through `cls.registry`, read whole through a subclass
 * (`Exporter.available()` returning `sorted(cls.registry)`, or
 * `Exporter.registry` iterated) while a class outside that subclass's
 * family is registered too: the subclass sees the other family's entries
 * in what reads as its own registry. */
static bool sg_shared_class__subclass_registry(RuleContext *ctx, const ClassMethods *index, uint32_t c,
                                               const ClassAttribute *attr, uint64_t *budget) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  const ClassSet *set = ctx->classes;
  const Summaries *sums = ctx->summaries;
  const ClassInfo *ci = &set->classes.items[c];
  bool sure = false;
  uint32_t fill_at = sg_shared_class__subclass_fill(m, ci, attr->name, &sure);
  if (fill_at == SG_NONE || !sums) return false;
  /* no other class of the hierarchy sets things up per subclass */
  uint32_t init_subclass = sg_names_find(&t->names, "__init_subclass__", 17);
  for (uint32_t k = 0; k < set->classes.len; k++)
    if (k != c && sg_classes_derives(set, k, c) && sg_model_symbol(m, set->classes.items[k].scope, init_subclass) != SG_NONE)
      return false;
  if (sg_shared_class__subclass_data(ctx, c, attr, fill_at)) return true;
  /* the method of c that hands the container out whole: a classmethod
   * (`R.available()`), or an instance method (`R(...).to_row()`) */
  uint32_t reader = SG_NONE, read_name = SG_NONE;
  bool instance_reader = false;
  SG_SHARED_CLASS__EACH_METHOD(index, ci->scope, k) {
    const FunctionSummary *fs = &sums->functions.items[(uint32_t)index->keys[k]];
    if (fs->receiver == SG_NONE || fs->staticmethod || sg_shared_class__hands_out(m, fs, attr->name) == SG_NONE)
      continue;
    uint32_t nm = sg_flat_field(t, m->scopes.items[fs->scope].node, FIELD_NAME);
    if (nm != SG_NONE) reader = (uint32_t)index->keys[k], read_name = t->name_id[nm], instance_reader = !fs->classmethod;
    break;
  }
  /* a read through a subclass R: `R.reader()` or `R.<attr>` whole */
  uint32_t reads = SG_NONE, read_class = SG_NONE;
  for (int n = 0; n < 2 && reads == SG_NONE; n++) {
    uint32_t name = n == 0 ? read_name : attr->name, first, end;
    if (name == SG_NONE) continue;
    sg_model_attributes_named(m, name, &first, &end);
    for (uint32_t j = first; j < end && reads == SG_NONE; j++) {
      if (!*budget) return false;
      --*budget;
      uint32_t i = m->attributes.items[2 * j + 1], use = t->parent[i];
      uint32_t robj = sg_flat_unparen(t, sg_flat_field(t, i, FIELD_OBJECT));
      uint32_t k = n == 0 && instance_reader ? sg_shared_class__instance_of(m, set, robj) : sg_shared_class__named(m, set, robj);
      /* `x in type(self).fixtures` in a subclass's method */
      if (k == SG_NONE && n == 1) k = sg_shared_class__receiver(m, set, robj);
      if (k == SG_NONE || k == c || !sg_classes_derives(set, k, c) || sg_shared_class__shadows(set, k, c, attr->name))
        continue;
      if (n == 0 ? (use != SG_NONE && t->kind[use] == KIND_CALL && t->field[i] == FIELD_FUNCTION)
                 : sg_shared_class__whole(m, i))
        reads = n == 0 ? use : i, read_class = k;
    }
  }
  if (reads == SG_NONE) return false;
  /* a class registered outside R's family: defined under c, not under R
   * (with the keyword arguments the fill may wait for) */
  uint32_t other = SG_NONE;
  for (uint32_t k = 0; k < set->classes.len && other == SG_NONE; k++) {
    if (k == c || !sg_classes_derives(set, k, c) || sg_classes_derives(set, k, read_class) ||
        sg_classes_derives(set, read_class, k))
      continue;
    bool keywords = false;
    uint32_t supers = sg_flat_field(t, set->classes.items[k].node, FIELD_SUPERCLASSES);
    for (uint32_t b = sg_flat_named_child(t, supers); b != SG_NONE; b = sg_flat_next_named(t, b))
      keywords |= t->kind[b] == KIND_KEYWORD_ARGUMENT;
    if (sure || keywords) other = k;
  }
  if (other == SG_NONE) return false;
  if (sg_shared_class__reported(ctx, attr->target)) return true;
  const char *name = sg_names_text(&t->names, attr->name), *kind = sg_value_kind_name(attr->kind);
  uint32_t cname = sg_flat_field(t, ci->node, FIELD_NAME);
  uint32_t sname = sg_flat_field(t, set->classes.items[read_class].node, FIELD_NAME);
  uint32_t oname = sg_flat_field(t, set->classes.items[other].node, FIELD_NAME);
  const char *ctext = cname == SG_NONE ? "?" : sg_flat_name(t, cname);
  const char *stext = sname == SG_NONE ? "?" : sg_flat_name(t, sname);
  const char *otext = oname == SG_NONE ? "?" : sg_flat_name(t, oname);
  uint32_t rline = sg_source_line_of(ctx->source, t->start_byte[reads]) + 1;
  uint32_t oline = sg_source_line_of(ctx->source, t->start_byte[set->classes.items[other].node]) + 1;
  char reading[160];
  sg_shared_class__reading(reading, sizeof reading, stext,
                           reader != SG_NONE && t->kind[reads] == KIND_CALL ? sg_names_text(&t->names, read_name) : NULL,
                           rline, instance_reader, name);
  Diagnostic *d = sg_rule_report(
      ctx, RULE_shared_class_attribute_mutated, attr->target,
      "`%s` is one %s shared by `%s` and every subclass: %s as if `%s` had its own, but `%s.__init_subclass__` "
      "fills the same %s for every subclass, `%s` (line %u) too; give each subclass its own in "
      "`__init_subclass__` (`cls.%s = ...`), or key the entries by class",
      name, kind, ctext, reading, stext, ctext, kind, otext, oline, name);
  sg_diag_related(d, t->start_byte[fill_at], t->end_byte[fill_at], "`cls.%s` filled here", name);
  sg_diag_related(d, t->start_byte[reads], t->end_byte[reads], "read through `%s` here", stext);
  return true;
}

/* ---- an instance made outside the class, changed in place ---------------------- */

/* The class (index in set) whose instance identifier `ident` holds on the
 * path through its last binding before it: that binding, in the same
 * function, is `x = C(...)` (also `x = y[k] = C(...)`). SG_NONE otherwise. */
static uint32_t sg_shared_class__made_before(const SemanticModel *m, const ClassSet *set, uint32_t ident) {
  const FlatTree *t = m->tree;
  ident = sg_flat_unparen(t, ident);
  if (ident == SG_NONE || t->kind[ident] != KIND_IDENTIFIER || t->name_id[ident] == NAME_SELF) return SG_NONE;
  uint32_t sym = sg_model_node_symbol(m, ident);
  if (sym == SG_NONE || m->symbols.items[sym].scope != m->node_scope[ident]) return SG_NONE;
  const Binding *last = NULL;
  for (uint32_t b = m->symbols.items[sym].first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
    const Binding *bd = &m->bindings.items[b];
    if (t->start_byte[bd->node] < t->start_byte[ident] && (!last || t->start_byte[bd->node] > t->start_byte[last->node]))
      last = bd;
  }
  if (!last || last->kind != BINDING_KIND_ASSIGNMENT || last->value == SG_NONE) return SG_NONE;
  uint32_t v = sg_flat_unparen(t, last->value);
  for (int k = 0; k < 8 && v != SG_NONE && t->kind[v] == KIND_ASSIGNMENT; k++)
    v = sg_flat_unparen(t, sg_flat_field(t, v, FIELD_RIGHT));
  if (v == SG_NONE || t->kind[v] != KIND_CALL) return SG_NONE;
  return sg_shared_class__named(m, set, sg_flat_unparen(t, sg_flat_field(t, v, FIELD_FUNCTION)));
}

/* Is instance class k (made outside) one whose `name` is class c's object:
 * c itself, or a same-file subclass that does not bind it in its body? */
static bool sg_shared_class__sees(const ClassSet *set, uint32_t k, uint32_t c, uint32_t name) {
  return k != SG_NONE && (k == c || (sg_classes_derives(set, k, c) && !sg_shared_class__shadows(set, k, c, name)));
}

/* Code outside the class makes an instance (`c = Counter(name)`) and
 * changes its class-level container in place, `c.tags.add(x)`, or hands
 * it to a same-file function that does so to its parameter on every call,
 * `tag(c, x)` with `def tag(counter, x): counter.tags.add(x)`. Silent when
 * the file ever assigns `<something>.<name> = ...` outside the class body
 * (instances may get their own) or when the class's initializers do. */
static void sg_shared_class__outside(RuleContext *ctx, uint32_t c, const ClassAttribute *attr, int *single,
                                     ClassAccesses **accesses, const uint8_t *helper_names) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  const ClassSet *set = ctx->classes;
  const Summaries *sums = ctx->summaries;
  FlatView view = sg_flat_view(t);
  uint32_t first, end, change = SG_NONE, made = SG_NONE, helper = SG_NONE, origin = SG_NONE;
  sg_model_attributes_named(m, attr->name, &first, &end);
  for (uint32_t j = first; j < end; j++) {
    uint32_t o = m->attributes.items[2 * j + 1], p = t->parent[o];
    if (p != SG_NONE && t->kind[p] == KIND_ASSIGNMENT && t->field[o] == FIELD_LEFT) return;  /* given its own */
    if (change != SG_NONE) continue;
    uint32_t obj = sg_flat_field(t, o, FIELD_OBJECT);
    if (!sg_shared_class__sees(set, sg_shared_class__made_before(m, set, obj), c, attr->name)) continue;
    uint32_t where = sg_classes_mutation_of(&view, o);
    if (where != SG_NONE && t->kind[where] != KIND_AUGMENTED_ASSIGNMENT) change = where, made = obj;
  }
  /* handed to a function that changes `<its parameter>.<name>` on every call */
  for (uint32_t fi = 0; sums && helper_names[attr->name] && change == SG_NONE && fi < sums->functions.len; fi++) {
    const FunctionSummary *fs = &sums->functions.items[fi];
    if (fs->scope == SG_NONE || fs->receiver != SG_NONE || fs->classmethod) continue;
    for (uint32_t e = 0; e < fs->attrs.len && change == SG_NONE; e++) {
      const AttrEffect *effect = &fs->attrs.items[e];
      uint32_t index = sums->params.items[effect->param].index;
      if (effect->name != attr->name || effect->kind != ATTR_EFFECT_MUTATED || !effect->sure || index == SG_NONE)
        continue;
      uint32_t def = m->scopes.items[fs->scope].node, fname = sg_flat_field(t, def, FIELD_NAME);
      if (fname == SG_NONE) continue;
      uint32_t cf, ce;
      sg_model_calls_named(m, t->name_id[fname], &cf, &ce);
      for (uint32_t k = cf; k < ce && change == SG_NONE; k++) {
        uint32_t call = m->calls.items[2 * k + 1], fn = sg_flat_unparen(t, sg_flat_field(t, call, FIELD_FUNCTION));
        if (fn == SG_NONE || t->kind[fn] != KIND_IDENTIFIER) continue;
        const Binding *bd = sg_value_sole_binding(m, fn);
        if (!bd || bd->kind != BINDING_KIND_DEF || bd->context != def) continue;
        uint32_t arg = sg_flat_call_arg(t, call, (int)index, NULL);
        if (!sg_shared_class__sees(set, sg_shared_class__made_before(m, set, arg), c, attr->name)) continue;
        change = call, made = arg, helper = fn, origin = effect->origin;
      }
    }
  }
  if (change == SG_NONE || sg_shared_class__reported(ctx, attr->target)) return;
  SelfUse use = {SELF_USE_MUTATE, attr->name, change, sg_model_function_scope(m, m->node_scope[change]), false, SG_NONE};
  if (sg_shared_class__per_instance(m, set, c, c, attr->name, &use)) return;
  if (sg_shared_class__on_purpose(m, set, c, attr->name, single, accesses)) return;
  const char *name = sg_names_text(&t->names, attr->name);
  uint32_t cname = sg_flat_field(t, set->classes.items[c].node, FIELD_NAME), mlen;
  const char *mtext = sg_flat_text(t, made, &mlen);
  uint32_t line = sg_source_line_of(ctx->source, t->start_byte[change]) + 1;
  Diagnostic *d;
  if (helper == SG_NONE) {
    d = sg_rule_report(ctx, RULE_shared_class_attribute_mutated, attr->target,
                       "`%s` is one %s shared by every `%s` instance: `%.*s.%s` is mutated in place on line %u, "
                       "which changes it for every instance; create it per instance in `__init__` (`self.%s = "
                       "...`) or annotate it `ClassVar` if sharing is intended",
                       name, sg_value_kind_name(attr->kind), cname == SG_NONE ? "?" : sg_flat_name(t, cname),
                       (int)mlen, mtext, name, line, name);
    sg_diag_related(d, t->start_byte[change], t->end_byte[change], "mutated through an instance here");
  } else {
    d = sg_rule_report(ctx, RULE_shared_class_attribute_mutated, attr->target,
                       "`%s` is one %s shared by every `%s` instance: the instance `%.*s` is passed on line %u to "
                       "`%s`, which mutates its `.%s` in place, for every instance; create it per instance in "
                       "`__init__` (`self.%s = ...`) or annotate it `ClassVar` if sharing is intended",
                       name, sg_value_kind_name(attr->kind), cname == SG_NONE ? "?" : sg_flat_name(t, cname),
                       (int)mlen, mtext, line, sg_flat_name(t, helper), name, name);
    sg_diag_related(d, t->start_byte[change], t->end_byte[change], "passed here");
    if (origin != SG_NONE) sg_diag_related(d, t->start_byte[origin], t->end_byte[origin], "mutated here");
  }
}

/* ---- a base class of another file of the program ----------------------------- */

/* A same-file class deriving from a class of another file of the program
 * that has a shared attribute (ExportShared), and does not give itself or
 * its instances their own. */
typedef struct ImportedShare {
  uint32_t cls;                 /* index into the ClassSet */
  uint32_t base;                /* the base expression naming the imported class */
  const ExportClass *from;
  const ModuleExports *module;
  uint32_t shared;              /* index into from->shared */
} ImportedShare;

/* Does class c bind `name` in its body or rebind `self.<name>` in a method? */
static bool sg_shared_class__own(const ClassInfo *ci, uint32_t name) {
  if (name == SG_NONE) return false;  /* the file never spells it */
  for (uint32_t a = 0; a < ci->attributes.len; a++)
    if (ci->attributes.items[a].name == name) return true;
  for (uint32_t u = 0; u < ci->uses.len; u++)
    if (ci->uses.items[u].kind == SELF_USE_REBIND && ci->uses.items[u].name == name) return true;
  return false;
}

/* Do a and b stand for the same shared attribute of the same class? */
static bool sg_shared_class__same_share(const ImportedShare *a, const ImportedShare *b) {
  return a->from == b->from && a->shared == b->shared;
}

/* How many of the classes of found[i..last] grouped with found[i] (or
 * their same-file subclasses) the file calls classmethod `method` through
 * by name (`Foot.add_alias(...)`, `@Foot.add_alias`)? Stops at two. */
static uint32_t sg_shared_class__called_through(const SemanticModel *m, const ClassSet *set, const ClassAccesses *index,
                                                const ImportedShare *found, uint32_t i, uint32_t last, const char *method) {
  const FlatTree *t = m->tree;
  uint32_t name = sg_names_find(&t->names, method, strlen(method)), n = 0;
  for (uint32_t q = i; q <= last && n < 2 && name != SG_NONE; q++) {
    if (!sg_shared_class__same_share(&found[q], &found[i])) continue;
    const ClassInfo *ci = &set->classes.items[found[q].cls];
    bool called = false;
    for (uint32_t k = ci->pre; k < ci->pre_end && !called; k++) {
      uint32_t cname = sg_flat_field(t, set->classes.items[set->order[k]].node, FIELD_NAME);
      called = cname != SG_NONE && sg_classes_access_through(index, name, t->name_id[cname]) != SG_NONE;
    }
    n += called;
  }
  return n;
}

/* Classes of this file that derive from a class of another file whose
 * methods change one of its class-level containers through `self`
 * (`TaggableMixin.tag` doing `self.tags.add(x)`): reported when two or more
 * of them share it (`class Article(TaggableMixin)`, `class
 * Photo(TaggableMixin)`), or the file makes two objects of one. */
static void sg_shared_class__imported(RuleContext *ctx, ClassAccesses **accesses) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  const ClassSet *set = ctx->classes;
  if (!ctx->summaries || !ctx->summaries->imports) return;
  /* the (class, base) pairs whose base may be another file's class, cheap
   * tests first: the file shows two objects sharing that base (two classes
   * naming it, or two objects of one) before the base's file is read */
  Array(uint32_t) pairs = {NULL, 0, 0};
  for (uint32_t c = 0; c < set->classes.len; c++) {
    const ClassInfo *ci = &set->classes.items[c];
    uint32_t supers = ci->is_metaclass ? SG_NONE : sg_flat_field(t, ci->node, FIELD_SUPERCLASSES);
    for (uint32_t b = supers == SG_NONE ? SG_NONE : sg_flat_named_child(t, supers); b != SG_NONE; b = sg_flat_next_named(t, b))
      if (t->kind[b] == KIND_IDENTIFIER || t->kind[b] == KIND_ATTRIBUTE) array_push(&pairs, c), array_push(&pairs, b);
  }
  Array(ImportedShare) found = {NULL, 0, 0};
  for (uint32_t p = 0; p + 1 < pairs.len && pairs.len <= 4000; p += 2) {
    uint32_t c = pairs.items[p], b = pairs.items[p + 1];
    const ClassInfo *ci = &set->classes.items[c];
    uint32_t named = 0;
    for (uint32_t q = 0; q + 1 < pairs.len && named < 2; q += 2) named += sg_flat_same_text(t, b, pairs.items[q + 1]);
    /* (a same-file subclass of it is a second class sharing the base) */
    if (named < 2 && ci->pre_end - ci->pre < 2 && sg_classes_instances(m, ci->scope) < 2) continue;
    static const char *const mutable_values[] = {"= [", "= {", "set()", "defaultdict(", "deque("};
    bool any = false;
    if (!sg_summaries_in_program(ctx->summaries, m, b)) continue;
    /* only a class with no bases but object has shared attributes exported */
    uint32_t last = t->kind[b] == KIND_ATTRIBUTE ? sg_flat_field(t, b, FIELD_ATTRIBUTE) : b;
    char head[160];
    const char *lname = last == SG_NONE ? "" : sg_flat_name(t, last);
    int hn = snprintf(head, sizeof head, "class %s:", lname);
    bool plain = hn > 0 && (size_t)hn < sizeof head && sg_summaries_mentions(ctx->summaries, m, b, head);
    hn = snprintf(head, sizeof head, "class %s(object):", lname);
    plain = plain || (hn > 0 && (size_t)hn < sizeof head && sg_summaries_mentions(ctx->summaries, m, b, head));
    for (size_t w = 0; plain && w < sizeof mutable_values / sizeof *mutable_values && !any; w++)
      any = sg_summaries_mentions(ctx->summaries, m, b, mutable_values[w]);
    if (!any) continue;
    {
      const ModuleExports *module = NULL;
      const ExportClass *ec = sg_summaries_external_class(ctx->summaries, m, b, &module);
      for (uint32_t j = 0; ec && module && j < ec->shared_count; j++) {
        const char *name = ec->shared[j].name;
        if (sg_shared_class__own(ci, sg_names_find(&t->names, name, strlen(name)))) continue;
        ImportedShare is = {c, b, ec, module, j};
        array_push(&found, is);
      }
    }
  }
  array_free(&pairs);
  for (uint32_t i = 0; i < found.len; i++) {
    const ImportedShare *first = &found.items[i];
    if (first->from == NULL) continue;  /* grouped with an earlier one */
    const ExportShared *sh = &first->from->shared[first->shared];
    /* the classes sharing it here (with their same-file subclasses), and
     * the objects the file makes of them */
    uint32_t classes = 0, objects = 0, last = i;
    for (uint32_t k = i; k < found.len; k++) {
      const ImportedShare *o = &found.items[k];
      if (!sg_shared_class__same_share(o, first)) continue;
      const ClassInfo *oi = &set->classes.items[o->cls];
      classes += oi->pre_end - oi->pre;
      for (uint32_t q = oi->pre; q < oi->pre_end && objects < 2; q++)
        objects += sg_classes_instances(m, set->classes.items[set->order[q]].scope);
      last = k;
    }
    /* filled through `cls`: the file calls the classmethod through two of
     * the classes (`Metre.add_alias(...)`, `@Foot.add_alias`), each meaning
     * its own */
    if (sh->through_cls && !*accesses) *accesses = sg_classes_accesses_new(m);  /* once per file */
    bool evident = sh->through_cls ? sg_shared_class__called_through(m, set, *accesses, found.items, i, last, sh->method) >= 2
                                   : classes >= 2 || objects >= 2;
    if (evident) {
      char path[512];
      sg_project_display_path(first->module->path, path, sizeof path);
      /* "`User` and `Team`", "`User`, `Team` and 3 more" */
      char who[256];
      size_t used = 0;
      uint32_t named = 0;
      who[0] = 0;
      for (uint32_t k = i; k <= last && named < 2; k++) {
        const ImportedShare *o = &found.items[k];
        uint32_t on = sg_shared_class__same_share(o, first) ? sg_flat_field(t, set->classes.items[o->cls].node, FIELD_NAME)
                                                            : SG_NONE;
        if (on == SG_NONE) continue;
        int w = snprintf(who + used, sizeof who - used, "%s`%s`", !named ? "" : classes == 2 ? " and " : ", ",
                         sg_flat_name(t, on));
        if (w > 0 && (size_t)w < sizeof who - used) used += (size_t)w;
        named++;
      }
      if (classes > named && used < sizeof who)
        snprintf(who + used, sizeof who - used, " and %u more", classes - named);
      Diagnostic *d =
          sh->through_cls
              ? sg_rule_report(ctx, RULE_shared_class_attribute_mutated, first->base,
                               "`%s` is one %s of `%s` (%s, line %u), shared by %s: the classmethod `%s.%s` fills "
                               "it through `cls` (line %u there), so what each class adds lands in the one object "
                               "every class reads; give each subclass its own (`cls.%s = ...` in "
                               "`__init_subclass__`)",
                               sh->name, sh->kind, first->from->name, path, sh->line, who, first->from->name,
                               sh->method, sh->mutation_line, sh->name)
              : sg_rule_report(ctx, RULE_shared_class_attribute_mutated, first->base,
                               "`%s` is one %s of `%s` (%s, line %u), shared by every instance of %s: `%s.%s` "
                               "mutates it through `self` (line %u there); create it per instance in "
                               "`%s.__init__` (`self.%s = ...`) or annotate it `ClassVar` if sharing is intended",
                               sh->name, sh->kind, first->from->name, path, sh->line, who, first->from->name,
                               sh->method, sh->mutation_line, first->from->name, sh->name);
      for (uint32_t k = i + 1; k <= last; k++) {
        ImportedShare *o = &found.items[k];
        if (!sg_shared_class__same_share(o, first)) continue;
        uint32_t on = sg_flat_field(t, set->classes.items[o->cls].node, FIELD_NAME);
        if (on != SG_NONE)
          sg_diag_related(d, t->start_byte[on], t->end_byte[on], "`%s` shares it too", sg_flat_name(t, on));
      }
    }
    for (uint32_t k = i + 1; k <= last; k++)
      if (sg_shared_class__same_share(&found.items[k], first)) found.items[k].from = NULL;
  }
  array_free(&found);
}

void sg_rule_shared_class_attribute_mutated(RuleContext *ctx) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  const ClassSet *set = ctx->classes;
  uint32_t *related = sg_malloc(sizeof(uint32_t) * (set->classes.len + 1));
  ClassAccesses *accesses = NULL;
  /* any `self.<attr>` handed to a mutating helper in the file? any
   * classmethod that mutates `cls.<attr>`? (else nothing to look up) */
  const Summaries *sums = NULL;
  bool fillers = false;
  for (uint32_t fi = 0; ctx->summaries && fi < ctx->summaries->functions.len; fi++) {
    const FunctionSummary *fs = &ctx->summaries->functions.items[fi];
    for (uint32_t a = 0; a < fs->attrs.len; a++) {
      const AttrEffect *effect = &fs->attrs.items[a];
      if (!sg_summaries_on_receiver(ctx->summaries, fs, effect)) continue;
      if (effect->via == ATTR_VIA_HELPER) sums = ctx->summaries;
      fillers |= fs->classmethod && effect->kind == ATTR_EFFECT_MUTATED;
    }
  }
  /* or a classmethod with a nested function, which may fill `cls.<attr>`
   * (`def get(cls, path): def register(h): cls.routes[path] = h`) */
  for (uint32_t fi = 0; !fillers && ctx->summaries && fi < ctx->summaries->functions.len; fi++) {
    const FunctionSummary *fs = &ctx->summaries->functions.items[fi];
    if (!fs->classmethod || fs->scope == SG_NONE) continue;
    uint32_t body = m->scopes.items[fs->scope].body;
    for (uint32_t i = body; body != SG_NONE && i <= t->subtree_end[body] && !fillers; i++)
      fillers = t->kind[i] == KIND_FUNCTION_DEFINITION;
  }
  ClassMethods index = sg_shared_class__methods_index(ctx->summaries);
  /* the registry check reads the uses of an attribute name per candidate:
   * a budget linear in the file bounds files with many such candidates */
  uint64_t registry_budget = 4u * (uint64_t)t->count + 100000u;
  /* an instance attribute aliasing the class's object, then changed in place:
   * every class, whatever the candidates say (they join by the class
   * attribute's own name, and the change is made under another) */
  for (uint32_t c = 0; c < set->classes.len; c++) {
    const ClassInfo *ci = &set->classes.items[c];
    if (ci->is_metaclass) continue;
    uint32_t nrelated = 0;
    for (uint32_t k = ci->pre; k < ci->pre_end; k++) related[nrelated++] = set->order[k];
    for (uint32_t b = ci->base; b != SG_NONE; b = set->classes.items[b].base) related[nrelated++] = b;
    qsort(related, nrelated, sizeof *related, sg_shared_class__ascending);
    for (uint32_t a = 0; a < ci->attributes.len; a++) {
      const ClassAttribute *attr = &ci->attributes.items[a];
      if (!sg_classes_shared_mutable(ci, attr) || (ci->is_namedtuple && attr->annotated)) continue;
      sg_shared_class__alias(ctx, c, attr, related, nrelated, true);
    }
  }
  for (uint32_t c = 0; c < set->classes.len; c++) {
    const ClassInfo *ci = &set->classes.items[c];
    if (!sg_candidates_has(ctx->candidates, CANDIDATE_SHARED_CLASS, ci->node)) continue;  /* GPU path */
    int single = -1;
    /* the class, its same-file subclasses and its same-file bases, in file
     * order (not a walk over every class per attribute) */
    uint32_t nrelated = 0;
    for (uint32_t k = ci->pre; k < ci->pre_end; k++) related[nrelated++] = set->order[k];
    for (uint32_t b = ci->base; b != SG_NONE; b = set->classes.items[b].base) related[nrelated++] = b;
    qsort(related, nrelated, sizeof *related, sg_shared_class__ascending);
    for (uint32_t a = 0; a < ci->attributes.len; a++) {
      const ClassAttribute *attr = &ci->attributes.items[a];
      if (!sg_classes_shared_mutable(ci, attr)) continue;
      if (ci->is_namedtuple && attr->annotated) continue;  /* a field's default: SNG201's */
      SharedFinding f = {NULL, 0, false, &single, &accesses};
      /* `self.headers = self.default_headers`, then `self.headers[k] = v`: its own
       * pass below (the candidates, joined by the attribute's own name, do not see it) */
      if (!ci->is_metaclass && sg_shared_class__alias(ctx, c, attr, related, nrelated, false)) continue;
      /* filled through `cls` by a classmethod, read through a subclass */
      if (fillers && !ci->is_metaclass && sg_shared_class__registry(ctx, &index, c, attr, &registry_budget)) continue;
      if (!ci->is_metaclass && sg_shared_class__subclass_registry(ctx, &index, c, attr, &registry_budget)) continue;
      if (fillers && !ci->is_metaclass && sg_shared_class__class_keyed_cache(ctx, &index, c, attr)) continue;
      /* mutations in this class and in same-file subclasses */
      for (uint32_t r = 0; r < nrelated && !f.on_purpose; r++) {
        /* and in its same-file bases: a mixin's method mutating `self.<name>` */
        uint32_t o = related[r];
        const ClassInfo *oi = &set->classes.items[o];
        /* a subclass that shadows the attribute in its own body has its own */
        bool shadowed = false;
        for (uint32_t k = 0; o != c && k < oi->attributes.len && sg_classes_derives(set, o, c); k++)
          shadowed |= oi->attributes.items[k].name == attr->name;
        if (shadowed) continue;
        for (uint32_t u = 0; u < oi->uses.len && !f.on_purpose; u++) {
          const SelfUse *use = &oi->uses.items[u];
          if (use->kind != SELF_USE_MUTATE || use->name != attr->name) continue;
          sg_shared_class__finding(ctx, c, o, attr, use, NULL, &f);
        }
        /* `register(self.hooks, f)`: passed to a helper that mutates it on every call */
        SG_SHARED_CLASS__EACH_METHOD(&index, oi->scope, k) {
          if (!sums || f.on_purpose) break;
          const FunctionSummary *fs = &sums->functions.items[(uint32_t)index.keys[k]];
          if (fs->classmethod || fs->receiver == SG_NONE || oi->is_metaclass) continue;
          for (uint32_t e = 0; e < fs->attrs.len && !f.on_purpose; e++) {
            const AttrEffect *effect = &fs->attrs.items[e];
            if (effect->via != ATTR_VIA_HELPER || effect->kind != ATTR_EFFECT_MUTATED || !effect->sure ||
                effect->name != attr->name ||
                !sg_summaries_on_receiver(sums, fs, effect))
              continue;
            SelfUse use = {SELF_USE_MUTATE, effect->name, effect->where, fs->scope, true, SG_NONE};  /* sure */
            sg_shared_class__finding(ctx, c, o, attr, &use, effect, &f);
          }
        }
      }
    }
  }
  /* instances made outside the class: every class, after the passes above
   * (it stays silent where they reported) */
  /* the attribute names some plain function changes on its parameter (so
   * the helper search is not a walk over every function per attribute) */
  uint8_t *helper_names = sg_calloc(t->names.text.len + 1, 1);
  for (uint32_t fi = 0; ctx->summaries && fi < ctx->summaries->functions.len; fi++) {
    const FunctionSummary *fs = &ctx->summaries->functions.items[fi];
    if (fs->scope == SG_NONE || fs->receiver != SG_NONE || fs->classmethod) continue;
    for (uint32_t e = 0; e < fs->attrs.len; e++)
      if (fs->attrs.items[e].name < t->names.text.len) helper_names[fs->attrs.items[e].name] = 1;
  }
  for (uint32_t c = 0; c < set->classes.len; c++) {
    const ClassInfo *ci = &set->classes.items[c];
    if (ci->is_metaclass || ci->is_namedtuple) continue;
    int single = -1;
    for (uint32_t a = 0; a < ci->attributes.len; a++)
      if (sg_classes_shared_mutable(ci, &ci->attributes.items[a]))
        sg_shared_class__outside(ctx, c, &ci->attributes.items[a], &single, &accesses, helper_names);
  }
  sg_free(helper_names);
  sg_shared_class__imported(ctx, &accesses);
  sg_free(related);
  sg_free(index.keys);
  sg_classes_accesses_delete(accesses);
}

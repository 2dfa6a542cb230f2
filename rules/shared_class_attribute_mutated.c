/* SNG203 shared-class-attribute-mutated: a mutable class attribute that
 * instances mutate in place: every instance shares one object. */
#include <stdio.h>
#include <stdlib.h>

#include "analyses/classes.h"
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
    "`self.items = []`). Same-file subclasses count.",
  .why =
    "The class attribute is one object, created when the class body runs, and `self."
    "items` finds it on the class for every instance that has no attribute of its own. "
    "A mutation through one instance shows up in all of them:\n\n"
    "```python\n>>> class Basket:\n...     items = []\n...     def add(self, x):\n"
    "...         self.items.append(x)\n>>> a, b = Basket(), Basket()\n>>> a.add(1)\n>>> b.items\n[1]\n```",
  .example = "class Basket:\n    items = []\n\n    def add(self, x):\n        self.items.append(x)\n",
  .instead =
    "class Basket:\n    def __init__(self):\n        self.items = []\n\n    def add(self, x):\n"
    "        self.items.append(x)\n",
  .limits =
    "Not reported: attributes annotated `ClassVar[...]` (shared on purpose), fields of "
    "dataclass/pydantic/msgspec models (annotated names in a class decorated or based "
    "so; they copy or reject the default; attrs does not, and its fields are reported), "
    "and mutation through the class itself (`cls.items`, `Registry.items`, "
    "the first parameter of `__new__`, `__init_subclass__`, a classmethod, or any "
    "method of a metaclass: a class deriving from `type` or a `...Meta` base). A "
    "rebinding in a method other than the mutating one counts as a per-instance "
    "object even though that method may run later. A `typing.NamedTuple` field whose "
    "default is mutable is reported when `<x>.<field>` is mutated in place anywhere "
    "in the file (the field cannot be rebound per instance). Also not reported: an "
    "attribute the file reads, resets or mutates through the class itself anywhere "
    "(`Registry.items`, `Registry.items = []`, `type(self).items`, `self.__class__."
    "items`, `self.Handler.items` for a nested class): shared on purpose, a registry; "
    "and a class defined in a function body that the function instantiates at most "
    "once (not in a loop): each call makes a new class object. Such a class handed "
    "to other code (a request handler class given to a server) is not followed. A "
    "module's private class (`_Name`, no same-file subclass) whose name is used only "
    "for one module-level instantiation and attribute access is a singleton: one "
    "instance, nothing to share with.",
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
  static const char *const inits[] = {"__init__", "__new__", "__post_init__",
                                      "__attrs_post_init__", "setUp"};
  for (uint32_t c = owner; c != SG_NONE; c = set->classes.items[c].base) {
    const ClassInfo *ci = &set->classes.items[c];
    for (uint32_t u = 0; u < ci->uses.len; u++) {
      const SelfUse *r = &ci->uses.items[u];
      if (r->kind != SELF_USE_REBIND || r->name != name) continue;
      if (r->method != use->method) {
        uint32_t mname = sg_flat_field(t, m->scopes.items[r->method].node, FIELD_NAME);
        bool init = false;
        for (size_t k = 0; k < sizeof inits / sizeof *inits && mname != SG_NONE; k++)
          init |= sg_flat_text_is(t, mname, inits[k]);
        if (!init || r->top_level) return true;
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

void sg_rule_shared_class_attribute_mutated(RuleContext *ctx) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  const ClassSet *set = ctx->classes;
  uint32_t *related = sg_malloc(sizeof(uint32_t) * (set->classes.len + 1));
  ClassAccesses *accesses = NULL;
  for (uint32_t c = 0; c < set->classes.len; c++) {
    const ClassInfo *ci = &set->classes.items[c];
    if (!sg_candidates_has(ctx->candidates, CANDIDATE_SHARED_CLASS, ci->node)) continue;  /* GPU path */
    int single = -1;
    /* the class and its same-file subclasses, in file order */
    uint32_t nrelated = 0;
    bool sorted = true;
    for (uint32_t k = ci->pre; k < ci->pre_end; k++) {
      related[nrelated] = set->order[k];
      sorted &= nrelated == 0 || related[nrelated - 1] < related[nrelated];
      nrelated++;
    }
    if (!sorted) qsort(related, nrelated, sizeof *related, sg_shared_class__ascending);
    for (uint32_t a = 0; a < ci->attributes.len; a++) {
      const ClassAttribute *attr = &ci->attributes.items[a];
      if (!sg_classes_shared_mutable(ci, attr)) continue;
      if (ci->is_namedtuple && attr->annotated) {
        /* a NamedTuple field's default: every instance created without it
         * holds that one object, mutated through any instance */
        uint32_t where = sg_value_attribute_mutation(m, attr->name, ci->node);
        if (where == SG_NONE || sg_shared_class__on_purpose(m, set, c, attr->name, &single, &accesses)) continue;
        const char *name = sg_names_text(&t->names, attr->name);
        uint32_t cname = sg_flat_field(t, ci->node, FIELD_NAME);
        uint32_t line = sg_source_line_of(ctx->source, t->start_byte[where]) + 1;
        Diagnostic *d = sg_rule_report(
            ctx, RULE_shared_class_attribute_mutated, attr->target,
            "The default of NamedTuple field `%s` is one %s shared by every `%s` created "
            "without `%s`, and it is mutated in place on line %u; default to an immutable "
            "value (a tuple) or pass a new object each time",
            name, sg_value_kind_name(attr->kind), cname == SG_NONE ? "?" : sg_flat_name(t, cname),
            name, line);
        sg_diag_related(d, t->start_byte[where], t->end_byte[where], "`%s` mutated here", name);
        continue;
      }
      Diagnostic *d = NULL;
      uint32_t count = 0;
      bool on_purpose = false;
      /* mutations in this class and in same-file subclasses */
      for (uint32_t r = 0; r < nrelated && !on_purpose; r++) {
        uint32_t o = related[r];
        const ClassInfo *oi = &set->classes.items[o];
        /* a subclass that shadows the attribute in its own body has its own */
        bool shadowed = false;
        for (uint32_t k = 0; o != c && k < oi->attributes.len; k++) shadowed |= oi->attributes.items[k].name == attr->name;
        if (shadowed) continue;
        for (uint32_t u = 0; u < oi->uses.len; u++) {
          const SelfUse *use = &oi->uses.items[u];
          if (use->kind != SELF_USE_MUTATE || use->name != attr->name) continue;
          if (sg_shared_class__per_instance(m, set, c, o, attr->name, use)) continue;
          const char *name = sg_names_text(&t->names, attr->name);
          if (!d) {
            /* the first finding: unless shared on purpose */
            on_purpose = sg_shared_class__on_purpose(m, set, c, attr->name, &single, &accesses);
            if (on_purpose) break;
            uint32_t line = sg_source_line_of(ctx->source, t->start_byte[use->node]) + 1;
            uint32_t cname = sg_flat_field(t, ci->node, FIELD_NAME);
            if (ci->is_attrs && attr->annotated) {
              d = sg_rule_report(ctx, RULE_shared_class_attribute_mutated, attr->target,
                                 "The default of attrs field `%s` is one %s shared by every `%s` "
                                 "instance created without it (attrs does not copy defaults): it is "
                                 "mutated through `self.%s` on line %u; use `attrs.field(factory=...)`",
                                 name, sg_value_kind_name(attr->kind),
                                 cname == SG_NONE ? "?" : sg_flat_name(t, cname), name, line);
            } else {
              d = sg_rule_report(ctx, RULE_shared_class_attribute_mutated, attr->target,
                                 "`%s` is one %s shared by every `%s` instance: it is mutated through "
                                 "`self.%s` on line %u; create it per instance in `__init__` (`self.%s = "
                                 "...`) or annotate it `ClassVar` if sharing is intended",
                                 name, sg_value_kind_name(attr->kind),
                                 cname == SG_NONE ? "?" : sg_flat_name(t, cname), name, line, name);
            }
          }
          if (count++ < 5)
            sg_diag_related(d, t->start_byte[use->node], t->end_byte[use->node], "mutated through `self.%s`", name);
        }
      }
    }
  }
  sg_free(related);
  sg_classes_accesses_delete(accesses);
}

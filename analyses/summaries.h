/* Summaries: what each function of a file does to the objects it is
 * handed — per parameter: mutated in place, stored where it outlives the
 * call, returned, iterated; per method: which `self.<attr>` (a
 * classmethod's `cls.<attr>`) and which attributes of its other
 * parameters it changes — directly or through the same-file helpers it
 * calls: functions, a class's `__init__` (`C(x)`), methods through
 * `self`/`cls`, `C.m(...)`, `obj.m(...)` for a name bound only to `C(...)`,
 * and `self.<attr>.m(...)` when every `self.<attr> = ...` in the class's
 * methods is `C(...)` (a small value flow for `self.<attr>`). Built once
 * per file, callees first, with a bounded fixpoint for recursion; rules ask
 * it at call sites. Everything is owned by the Summaries; free with
 * sg_summaries_delete. */
#ifndef SG_SUMMARIES_H
#define SG_SUMMARIES_H

#include <stdbool.h>
#include <stdint.h>

#include "analyses/model.h"
#include "analyses/project.h"
#include "parser/source.h"

enum {
  EFFECT_MUTATED = 1 << 0,       /* changed in place on some path (as sg_value_use's
                                    USE_MUTATE; removals and reorderings, which change
                                    nothing in an empty object, do not count) */
  EFFECT_MUTATED_SURE = 1 << 1,  /* ...by a statement every call runs: no `if`, `match`,
                                    `except`, conditional expression, `and`/`or` or
                                    nested function between it and the body */
  EFFECT_STORED = 1 << 2,        /* stored where it outlives the call (attribute,
                                    container, global) */
  EFFECT_RETURNED = 1 << 3,      /* returned or yielded */
  EFFECT_ITERATED = 1 << 4,      /* the iterable of a `for` or a comprehension */
  EFFECT_REMOVED = 1 << 5,       /* emptied or reordered in place (`remove`, `pop`,
                                    `clear`, `del p[k]`, `sort`...), which
                                    EFFECT_MUTATED leaves out: what a loop over the
                                    object trips on */
  EFFECT_SENT = 1 << 7,          /* handed to a child process (a Pool/ProcessPoolExecutor
                                    task or its argument, a Process target or argument):
                                    pickled. Set in a module's exports only
                                    (sg_summaries_export), for the files that import it */
  EFFECT_KEPT_ON_SELF = 1 << 6,  /* a method's argument stored on its receiver by a
                                    statement every call runs: `self.x = p`,
                                    `self.x.append(p)`, `self.x[k].append(p)`, into
                                    what `self.m()` returns when m returns `self.<attr>`
                                    (a lazily made container) */
};

/* One parameter. Evidence nodes are SG_NONE when the effect is absent.
 * Only reads of the object the caller passed count: not after the name
 * is surely rebound (sg_value_next_read). */
typedef struct ParamSummary {
  uint32_t symbol;         /* the parameter's symbol */
  uint32_t name;           /* name id */
  uint32_t index;          /* position among the parameters (self counts), or SG_NONE:
                              keyword-only, `*args`, `**kwargs` */
  uint8_t effects;         /* EFFECT_* */
  uint32_t mutation;       /* EFFECT_MUTATED: the statement or call here that mutates
                              it, or the call that passes it to a helper that does */
  uint32_t origin;         /* the mutation itself, at the end of the helper chain
                              (== mutation when direct) */
  uint32_t sure_mutation;  /* the same two for EFFECT_MUTATED_SURE */
  uint32_t sure_origin;
  uint32_t helper_call;    /* the first call here passing it to a helper whose parameter
                              is EFFECT_MUTATED_SURE (this call itself may be
                              conditional), or SG_NONE */
  uint32_t helper_origin;  /* that helper chain's mutation */
  const ExportFunction *elsewhere;  /* when the chain ends in another file of the program:
                              the function there (helper_origin is then the call that
                              leaves this file), and the line of its change */
  uint32_t elsewhere_line;
  uint32_t removed;        /* EFFECT_REMOVED: the statement or call here (a call to a
                              helper that does) */
  uint32_t removed_origin; /* the removal itself */
  uint32_t stored, returned, iterated;  /* first direct evidence of each */
} ParamSummary;

typedef enum AttrEffectKind {
  ATTR_EFFECT_MUTATED,     /* `self.x.append(v)`, `self.x[k] = v`, `del self.x[k]`:
                              in place (no removal-only change) */
  ATTR_EFFECT_AUGMENTED,   /* `self.n += v`: accumulates */
  ATTR_EFFECT_SET,         /* `self.x = <expr reading another parameter>`: keeps what
                              the call was given */
  ATTR_EFFECT_REMOVED,     /* `self.x.remove(v)`, `del self.x[k]`, `self.x.clear()`:
                              emptied or reordered in place */
} AttrEffectKind;

typedef enum AttrEffectVia {
  ATTR_VIA_DIRECT,         /* in the method itself */
  ATTR_VIA_HELPER,         /* `self.x` passed to a helper that mutates its parameter, or
                              `self` passed to one that changes `<param>.x` */
  ATTR_VIA_METHOD,         /* a `self.m(...)` call whose method changes it */
} AttrEffectVia;

/* A change of `<param>.<name>` a function makes (`self.<name>` for a
 * method's receiver). */
typedef struct AttrEffect {
  uint32_t param;          /* the parameter (index into Summaries.params) */
  uint32_t name;           /* attribute name id */
  AttrEffectKind kind;
  AttrEffectVia via;
  bool sure;               /* every call of the method makes it */
  uint32_t where;          /* in this method: the statement, or the call */
  uint32_t origin;         /* the change itself (in the helper or method called) */
} AttrEffect;

typedef struct FunctionSummary {
  uint32_t scope;          /* the function's scope; SG_NONE for a function of another
                              file of the program (external) */
  const ExportFunction *external;  /* that function's exports, or NULL */
  uint32_t cls;            /* the class scope of a method, else SG_NONE */
  uint32_t receiver;       /* the symbol of `self` (instance method) or `cls`
                              (classmethod), else SG_NONE */
  bool classmethod;
  bool staticmethod;
  uint32_t first_param, param_count;  /* into Summaries.params, in order */
  uint32_t first_edge, edge_count;    /* into Summaries.edges */
  Array(AttrEffect) attrs; /* changes of its parameters' attributes (first of each
                              parameter, name, kind and via; a sure one preferred) */
} FunctionSummary;

/* A call inside a function that hands a parameter (from) or its attribute
 * `<from>.<attr>` to the callee's parameter `to`; or, with `to` SG_NONE,
 * calls a method through the receiver `from` (`self.m(...)`). */
typedef struct SummaryEdge {
  uint32_t callee;         /* function index */
  uint32_t call;
  uint32_t from;           /* the caller's parameter (index into params) */
  uint32_t attr;           /* name id of the `<from>.<attr>` passed, or SG_NONE */
  uint32_t to;             /* the callee's parameter (index into params), or SG_NONE */
  bool sure;               /* the call runs on every call of the caller */
} SummaryEdge;

/* Where a file's imports lead: the program's other files (analyses/project.h)
 * seen from `path`. */
typedef struct SummaryImports {
  Project *project;
  const char *path;
} SummaryImports;

typedef struct Summaries {
  Array(FunctionSummary) functions;
  Array(ParamSummary) params;
  Array(SummaryEdge) edges;
  uint32_t *of_scope;      /* [scope] function index, or SG_NONE */
  uint32_t scope_count;
  uint32_t passes;         /* fixpoint passes the build took (debug, tests) */
  uint32_t externals;      /* functions of other files of the program among functions */
  const SummaryImports *imports;  /* as given to sg_summaries_build (borrowed) */
  ParamSummary scratch;    /* sg_summaries_argument's answer for an external callee: */
  const ExportFunction *scratch_from;  /* that callee */
  uint32_t scratch_line;   /* the line of its change in scratch_from->module */
  struct SelfValue *self_values;  /* what `self.<name>` holds per class (private) */
  uint32_t self_value_count;
} Summaries;

/* Is the effect a change of f's receiver (`self.<name>`, a classmethod's
 * `cls.<name>`)? */
static inline bool sg_summaries_on_receiver(const Summaries *self, const FunctionSummary *f, const AttrEffect *a) {
  return f->receiver != SG_NONE && self->params.items[a->param].symbol == f->receiver;
}

/* imports NULL: the file alone (what exports are made of); else calls of
 * functions and classes imported from the program's other files carry
 * those files' exports (one file further: not through their own imports). */
Summaries *sg_summaries_build(const SemanticModel *model, const SummaryImports *imports);
/* The file's exports (analyses/project.h): its module-level functions and
 * the methods of its module-level classes that do something to a
 * parameter, and its classes (with their shared attributes when classes,
 * the file's ClassSet, is given). Built from summaries made with imports
 * NULL. */
struct ClassSet;
ModuleExports *sg_summaries_export(const Summaries *self, const SemanticModel *model, const struct ClassSet *classes,
                                   const Source *source);
void sg_summaries_delete(Summaries *self);

/* The summary of function scope `scope`, or NULL (not a function). */
const FunctionSummary *sg_summaries_function(const Summaries *self, uint32_t scope);
/* The summary of parameter symbol `symbol`, or NULL. */
const ParamSummary *sg_summaries_param(const Summaries *self, const SemanticModel *model,
                                       uint32_t symbol);
/* The method `name` (name id) of class scope `cls`, or of its same-file
 * bases (the first base naming a same-file class, a few levels up): its
 * function scope, or SG_NONE. */
uint32_t sg_summaries_method(const SemanticModel *model, uint32_t cls, uint32_t name);
/* For a parameter (its binding) of a module-level function, or of a method
 * called on an object (`presence.attach(conn)`; not through self): the
 * name the file's first such call passes for it, when that name is bound
 * once, by an assignment (`watcher = FileWatcher()` ... `install(watcher,
 * ...)`); else SG_NONE. */
uint32_t sg_summaries_passed_name(const SemanticModel *model, const Binding *param);
/* The summary of the parameter that receives argument `arg` (a direct
 * child of the call's argument list, or a keyword_argument) of `call`: a
 * same-file function, a class's `__init__`, a method through self/cls or
 * an object made by a same-file class, or (imports given) one of the
 * program's other files (an answer valid until the next call). NULL when
 * unknown. */
const ParamSummary *sg_summaries_argument(const Summaries *self, const SemanticModel *model, uint32_t call,
                                          uint32_t arg);
/* The class of another file of the program that expression `expr` (a
 * name or attribute chain through an import: a base class, a call's
 * function) names, and in *module the exports it is in; NULL when none
 * (or no imports were given to the build). */
const ExportClass *sg_summaries_external_class(const Summaries *self, const SemanticModel *model, uint32_t expr,
                                               const ModuleExports **module);
/* The exports of the file of the program that `expr` (a name or attribute
 * chain through an import) leads to, and in *rest the name inside it
 * (within buf); NULL when none. */
const ModuleExports *sg_summaries_external_exports(const Summaries *self, const SemanticModel *model, uint32_t expr,
                                                   const char **rest, char *buf, size_t cap);
/* The exports of the file of the program that module expression `expr`
 * (an imported module's name) is, or NULL. */
const ModuleExports *sg_summaries_external_module(const Summaries *self, const SemanticModel *model, uint32_t expr);
/* `P if P is not None else X()`, `P or X()` with P a parameter: P's
 * symbol (the value is X() only when the caller does not give P), else
 * SG_NONE. */
uint32_t sg_summaries_fallback_param(const SemanticModel *model, uint32_t e);
/* Does expression e read the place `target` (the same text: `X.G[k]`),
 * or a local bound once from it (`have = X.G[k]` ... `have - 1`)? The read
 * half of a read-modify-write. */
bool sg_summaries_reads_place(const SemanticModel *model, uint32_t e, uint32_t target);
/* Does `expr` (a name or attribute chain through an import) name a
 * function of another file of the program that returns a function it
 * defines inside itself on every path (what it makes is `<locals>`)? */
bool sg_summaries_external_makes_local(const Summaries *self, const SemanticModel *model, uint32_t expr);
/* Why a child process cannot unpickle the function of another file of the
 * program that `expr` (a name or attribute chain through an import) names:
 * a decorator replaced it (one of that file, or one it imports from a third
 * file). A static sentence, or NULL when nothing is known. */
const char *sg_summaries_external_unpicklable(const Summaries *self, const SemanticModel *model, uint32_t expr);
/* Does expression `expr` lead through an import to a file of the program
 * (nothing is read: a cheap test before sg_summaries_external_class)? */
bool sg_summaries_in_program(const Summaries *self, const SemanticModel *model, uint32_t expr);
/* ... and does that file's text contain `word` (sg_project_mentions)? */
bool sg_summaries_mentions(const Summaries *self, const SemanticModel *model, uint32_t expr, const char *word);
/* In method scope `method`, is e (a store's target, or the object a
 * storing method is called on) a container on its receiver: `self.x`,
 * `self.x[k]`, `self.x.setdefault(k, [])`, or what a method of the class
 * returns when it returns `self.<attr>` (`self._handlers()[event]`)? The
 * test EFFECT_KEPT_ON_SELF is made of. */
bool sg_summaries_self_container(const Summaries *self, const SemanticModel *model, uint32_t method, uint32_t e);
/* Is `node` run by every call of the function whose body holds it (no
 * condition between them, as EFFECT_MUTATED_SURE)? */
bool sg_summaries_sure(const FlatTree *tree, uint32_t node, uint32_t def);

#endif

/* Project: the other files of the program a file imports, and what their
 * functions do to the objects they are handed — so that a mutable default
 * passed to `helpers.register(hooks, f)` in another module is seen mutated.
 *
 * A module's exports are its summaries (analyses/summaries.h) reduced to
 * names: per module-level function and per method of a module-level class,
 * which parameters it mutates, empties, stores or iterates. They come from
 * the file alone (never through its own imports), so they are the same
 * whichever file asks first and whatever order the workers run in: a
 * file's findings never depend on which other files the run was given.
 * Exports are published by the normal check of a file (sg_lint_end) and
 * computed on demand (read, parse, model, summaries; no rules) for an
 * imported file not checked yet; each is kept, read-only, until the
 * project is deleted. Thread-safe: one Project is shared by every worker. */
#ifndef SG_PROJECT_H
#define SG_PROJECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct ExportParam {
  char *name;
  uint32_t index;          /* position (self counts), or UINT32_MAX: keyword-only */
  uint8_t effects;         /* EFFECT_* of analyses/summaries.h; EFFECT_RETURNED also when
                              a nested function or lambda the function returns reads it */
  uint32_t line;           /* 1-based line of the mutation (or removal, store) */
  char *kept_as;           /* an `__init__` parameter with a mutable default that it keeps
                              as `self.<kept_as>` (`self.style = style`), or NULL */
  char *default_kind;      /* ...and what that default is ("dict", "`AddonSet()` object") */
  uint32_t default_line;   /* ...and its line */
} ExportParam;

typedef struct ExportFunction {
  char *name;              /* "f", or "C.m" for a method ("C.__init__" may be inherited
                              from a same-file base) */
  bool staticmethod, classmethod;
  ExportParam *params;
  uint32_t param_count;
  const char *module;      /* the file it is in (its ModuleExports' path), once the
                              project holds it */
  char **changed_attrs;    /* attributes of a parameter other than self it changes in
                              place (`table.games.append(g)`: "games"), or NULL */
  uint32_t changed_attr_count;
} ExportFunction;

/* A class-level mutable attribute that a method of the class changes in
 * place through `self`, while none of its methods gives an
 * instance its own (sg_summaries_export): one object every instance of the
 * class and its subclasses shares. */
typedef struct ExportShared {
  char *name;              /* the attribute */
  char *method;            /* the method that changes it */
  const char *kind;        /* "list", "dict"... (sg_value_kind_name: static) */
  uint32_t line;           /* 1-based line of its binding in the class body */
  uint32_t mutation_line;  /* ... and of the change */
  bool through_cls;        /* a classmethod fills it through `cls` with data that is not
                              the class itself (`cls.aliases.add(name)`): each subclass
                              calling it adds to the one object */
} ExportShared;

/* A `typing.NamedTuple` field whose default is a mutable display or call
 * (`layers: list = []`): one object every instance made without it holds. */
typedef struct ExportField {
  char *name;
  const char *kind;        /* "list", "dict"... (sg_value_kind_name: static) */
  uint32_t index;          /* its position among the fields */
  uint32_t line;           /* 1-based line of the field */
} ExportField;

typedef struct ExportClass {
  char *name;
  uint32_t finalizer;      /* the line of the `__del__` it defines or gets from a
                              same-file base, or 0 */
  const char *unpicklable; /* what unpicklable object its methods keep on `self`
                              (sg_stdlib_unpicklable: a static string), or NULL; NULL
                              too when the class says how to pickle itself */
  char *unless;            /* ...only when `__init__` is not given this parameter
                              (`self.log = log if log is not None else open_log()`),
                              or NULL */
  uint32_t unless_index;   /* its position, self not counted (UINT32_MAX: keyword-only) */
  ExportShared *shared;    /* its shared attributes (a class with no bases but object) */
  uint32_t shared_count;
  ExportField *fields;     /* a NamedTuple's fields with a mutable default */
  uint32_t field_count;
} ExportClass;

/* A module-level name that a child process cannot unpickle by its name
 * (a function a decorator replaced), or a decorator that makes such a
 * thing of what it decorates. */
typedef struct ExportCallable {
  char *name;
  const char *unpicklable; /* why (a static sentence), when the file alone shows it */
  char *decorator;         /* else, for a decorated function: the qualified name of the
                              decorator it imports (sg_resolve_qualified in this file),
                              to look up from this file; NULL when none */
  bool is_decorator;       /* a decorator: unpicklable says what it makes */
  bool factory;            /* a decorator factory (`@timed("label")`): it returns the
                              decorator; for a decorated function, applied so */
} ExportCallable;

/* A module-level name the module changes while holding a module-level
 * lock of its own (`with _lock: BLANKS[k] = n`): the lock that guards it. */
typedef struct ExportGuard {
  char *name;
  char *lock;              /* the lock's module-level name */
  uint32_t line;           /* 1-based line of a change under it */
} ExportGuard;

/* A change a function of the module makes to a global of another module it
 * imports (`inventory.SHELF[k] = n`), and the module-level lock of its own
 * it holds then (`with _loan_lock:`), if any. */
typedef struct ExportForeign {
  char *function;          /* "lend", "C.m" */
  char *target;            /* the global's qualified name as this module imports it
                              (".inventory.SHELF"): sg_project_lookup from `path`; or
                              "@<k>.<attr>": an attribute of the function's k-th
                              parameter (self counted) */
  char *lock;              /* the lock's name in this module, "self" for a lock of the
                              method's own object (`with self._lock:`), or NULL */
  uint32_t line;
  bool accessor;           /* target is a setter of the module, given what its getter
                              read (`stock.put(k, stock.current(k) + n)`) */
} ExportForeign;

typedef struct ModuleExports {
  char *path;              /* the file, as resolved */
  bool limited;            /* none, because reading it ran out of time: a fact of the
                              run, not of the file (results using it are not cached) */
  ExportFunction *functions;  /* sorted by name */
  uint32_t count;
  ExportClass *classes;    /* the module-level classes, sorted by name */
  uint32_t class_count;
  ExportCallable *callables;  /* decorated functions and decorators, in file order */
  uint32_t callable_count;
  ExportGuard *guards;     /* its globals changed under its own locks, in file order */
  uint32_t guard_count;
  ExportForeign *foreign;  /* other modules' globals its functions change, in file order */
  uint32_t foreign_count;
} ModuleExports;

typedef struct Project Project;

/* max_file_size: the largest file read on demand (the run's setting). */
Project *sg_project_new(size_t max_file_size);
void sg_project_delete(Project *self);

/* Where `qualified` (an import's qualified name plus attributes:
 * "pkg.mod.helper", relative ".mod.helper") names something in a file of
 * the program imported from `importer` (a path): that file's exports, and
 * in *rest the name inside it ("helper", "C.m"; "" for the module itself).
 * NULL when no file of the program is found (the standard library,
 * installed packages, a module that does not exist). A package's
 * `__init__.py` is its module; the roots searched are the directory above
 * the importer's top-level package (its own directory when it is not in a
 * package). */
const ModuleExports *sg_project_lookup(Project *self, const char *importer, const char *qualified,
                                       const char **rest);

/* Does `qualified` lead to a file of the program (as sg_project_lookup,
 * without reading the file)? */
bool sg_project_has(Project *self, const char *importer, const char *qualified);

/* Does the text of the file `qualified` leads to contain `word` (a cheap
 * test before sg_project_lookup reads it all: `def __del__`)? Memoised
 * per file and word. */
bool sg_project_mentions(Project *self, const char *importer, const char *qualified, const char *word);

/* Recording what each importer's lookups depend on (for a result cache):
 * off until asked for (a language server's project lives on). */
void sg_project_track_dependencies(Project *self, bool on);
/* What the lookups made from `importer` depended on, and what those
 * files' own lookups did (a file's exports may come through a second
 * one): calls fn once per path, with what was found there when it was
 * looked at — DEPENDENCY_ABSENT (a module path an import tried), _PRESENT
 * (an `__init__.py` that made a package) — or DEPENDENCY_CONTENT (a file
 * whose text gave exports or mentions). Returns false when some of it is
 * a fact of this run rather than of the files (an import that ran out of
 * time): such a result is not to be cached. */
typedef enum DependencyKind { DEPENDENCY_ABSENT, DEPENDENCY_PRESENT, DEPENDENCY_CONTENT } DependencyKind;
bool sg_project_dependencies(Project *self, const char *importer,
                             void (*fn)(void *arg, const char *path, DependencyKind kind), void *arg);
/* Marks `path` as a file this run checks: when another file's lookup
 * reads and parses it before its own check, what was read is kept
 * (bounded) for that check (sg_project_take_front). */
void sg_project_schedule(Project *self, const char *path);
/* The Source and FlatTree kept for `path` (the caller owns them; the
 * Source's path is set to `path`), or false: read and parse it. Either
 * way nothing more is kept for it. */
struct Source;
struct FlatTree;
bool sg_project_take_front(Project *self, const char *path, struct Source **source, struct FlatTree **flat);

/* Offers the exports of `path` computed by its normal check; takes
 * ownership (freed at once when some are already there). */
void sg_project_publish(Project *self, const char *path, ModuleExports *exports);
/* Forgets what is known of `path` (an editor changed it); what callers
 * hold stays valid until the project is deleted. */
void sg_project_forget(Project *self, const char *path);

/* Files read so far for their exports (a file the run also checks read
 * again when it was asked for first) and the seconds spent on them (in
 * the analyse phase of the files that asked). */
void sg_project_stats(Project *self, uint32_t *files, double *seconds);

/* A path for messages: relative to the working directory when under it. */
const char *sg_project_display_path(const char *path, char *buf, size_t cap);

/* The function `name` of a module's exports, or NULL. */
const ExportFunction *sg_exports_function(const ModuleExports *self, const char *name, size_t len);
/* The module's class `name`, or NULL. */
const ExportClass *sg_exports_class(const ModuleExports *self, const char *name, size_t len);
void sg_exports_delete(ModuleExports *self);

#endif

/* Shared by the scoping rules SNG101, SNG102, SNG108 and SNG109: reads of
 * a function's locals where the name is not bound on every path, after the
 * exemptions they share. */
#ifndef SG_UNBOUND_H
#define SG_UNBOUND_H

#include "rules/rule.h"

typedef struct UnboundRead {
  uint32_t scope;     /* the function, or the module (0) or a class body: code that
                         runs once, where an unbound name raises NameError */
  uint32_t symbol;    /* the local */
  uint32_t node;      /* the identifier read (or deleted) */
  bool may;           /* bound on some path */
} UnboundRead;

/* Reads in function bodies and, when the module's names can be known,
 * at the module's top level and in class bodies (where an unbound name
 * raises NameError; a class body's only when neither the module nor the
 * builtins have the name). */
void sg_unbound_reads(RuleContext *ctx, void (*fn)(RuleContext *ctx, const UnboundRead *read));
/* Reads, in functions (and lambdas) defined at the module's top level, of
 * a module name that the module binds only on some of the paths that
 * finish importing it (`try: import x` / `except ImportError: pass`, `if
 * cond: y = 1`): NameError when the function runs after such an import.
 * Not when a function binds it through `global`, the module's names
 * cannot be known, the read is under a handler of NameError (or of every
 * exception), or under a test of a module name or of the environment
 * (which usually says whether the binding ran). read->scope is the
 * module's (0), read->may true. */
void sg_unbound_module_reads_in_functions(RuleContext *ctx, void (*fn)(RuleContext *ctx, const UnboundRead *read));
/* Is the read in code that runs once, the module's or a class body's (NameError)? */
static inline bool sg_unbound_at_top(const RuleContext *ctx, const UnboundRead *read) {
  return ctx->model->scopes.items[read->scope].kind != SCOPE_FUNCTION;
}
/* "`x` is local to `f` because it is assigned on line N" and friends. */
void sg_unbound_explain(RuleContext *ctx, const UnboundRead *read, char *buf, size_t cap,
                        Diagnostic **related_to);

/* Does test `a` read a name (a symbol of `scope`, any when SG_NONE) that
 * test `b` also reads, not rebound after `a` and before byte `until`?
 * Two tests that classify one value are related by their author in a
 * way the flow analysis cannot see (SNG102's and SNG103's shared guards). */
bool sg_unbound_tests_share_name(const SemanticModel *m, uint32_t a, uint32_t b, uint32_t scope,
                                 uint32_t until);

/* Is node inside a try body whose handler catches every exception (a bare
 * `except:`, `Exception`, `BaseException`), or with name_errors also
 * `NameError`/`UnboundLocalError`: the failure is handled there. */
bool sg_unbound_caught(const FlatTree *t, uint32_t node, bool name_errors);

/* The module-level symbol of the same name as local `symbol`, bound there
 * by an import, a def or a class, or an assignment at the module's top
 * level; else SG_NONE: SNG110's share of SNG102. */
uint32_t sg_unbound_module_namesake(const SemanticModel *m, uint32_t symbol);

/* Does test a read what the environment fixes for a whole run: the
 * Python version or the platform (`sys.version_info`, `sys.platform`,
 * `os.name`, a `*WINDOWS*` flag...)? */
bool sg_unbound_environment_test(const FlatTree *t, uint32_t a);

/* SNG102's own exemptions (assertions, shared guards, flags): would it
 * report this possibly unbound read? */
bool sg_possibly_unbound_reportable(RuleContext *ctx, const UnboundRead *read);
/* SNG108's share of SNG102: a read in a try's finally block, possibly
 * unbound only on paths where the try body raised before binding it.
 * SNG102 leaves these to SNG108. */
bool sg_unbound_after_exception(RuleContext *ctx, const UnboundRead *read);

/* SNG109's share of SNG102: a local that only an if/elif chain without
 * `else` binds, in every branch that falls through, whose tests sort a
 * value the caller handed in; its first read after the chain. SNG102
 * leaves that read to SNG109. */
typedef struct NoBranchMatch {
  uint32_t chain;     /* the if_statement */
  uint32_t read;      /* the identifier read after it */
  uint32_t subject;   /* the symbol every test reads */
  uint32_t branches;  /* 0 for a search loop */
  uint32_t test;      /* a search loop's `if` */
} NoBranchMatch;
bool sg_unbound_no_branch_matches(RuleContext *ctx, uint32_t scope, uint32_t symbol, NoBranchMatch *out);

#endif

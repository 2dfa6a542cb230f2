/* Rule: what a rule's check receives. Checks read the file's FlatTree and
 * SemanticModel (never the tree-sitter node API), and add diagnostics to
 * the FileResult; they never change the model. */
#ifndef SG_RULE_H
#define SG_RULE_H

#include "analyses/classes.h"
#include "analyses/concurrency.h"
#include "analyses/flow.h"
#include "analyses/model.h"
#include "analyses/processes.h"
#include "analyses/summaries.h"
#include "parser/flat.h"
#include "rules/candidates.h"
#include "rules/diagnostic.h"
#include "rules/registry.h"
#include "rules/settings.h"


typedef struct RuleContext {
  const Source *source;
  const FlatTree *tree;
  const SemanticModel *model;
  const FlowSet *flows;       /* control flow of every function; NULL when no
                                 enabled rule needs it */
  const Concurrency *threads; /* the file's thread model; NULL when no enabled
                                 rule needs it */
  const Processes *processes; /* multiprocessing hand-offs; NULL when no
                                 enabled rule needs them */
  const ClassSet *classes;    /* the file's classes (attributes, self uses);
                                 NULL when no enabled rule needs them */
  const Summaries *summaries; /* what each function does to its parameters and
                                 to self (analyses/summaries.h); NULL when no
                                 enabled rule needs them */
  const Settings *settings;
  bool is_stub;               /* a .pyi file */
  bool is_notebook;           /* a Jupyter notebook's code cells */
  const Candidates *candidates; /* NULL: every node (the CPU path); else the
                                 nodes the candidate predicates passed */
  FileResult *out;
} RuleContext;

#define RULE(num, id, name, family, sev, on) void sg_rule_##id(RuleContext *ctx);
#include "rules/rules.def"
#undef RULE

/* Report with the rule's default severity. */
Diagnostic *sg_rule_report(RuleContext *ctx, RuleId rule, uint32_t node,
                           const char *fmt, ...) __attribute__((format(printf, 4, 5)));

#endif

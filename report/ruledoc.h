/* Ruledoc: a rule's documentation rendered as Markdown (rules.md, LSP
 * hover, SARIF help) or terminal text (`snag rule CODE`). Writes to a FILE*
 * the caller owns. */
#ifndef SG_RULEDOC_H
#define SG_RULEDOC_H

#include <stdbool.h>
#include <stdio.h>

#include "rules/registry.h"

void sg_ruledoc_markdown(FILE *out, RuleId rule, int heading_level);
void sg_ruledoc_text(FILE *out, RuleId rule, bool color);
/* `snag rule CODE --output-format json`: an object with the keys of
 * `ruff rule --output-format json` (name, code, linter, summary, fix,
 * fix_availability, explanation, preview) and snag's (severity,
 * default_enabled, precision, url); the catalog is an array of them. */
void sg_ruledoc_json(FILE *out, RuleId rule);
void sg_ruledoc_catalog_json(FILE *out);
/* The whole of rules.md. */
void sg_ruledoc_catalog_markdown(FILE *out);

#endif

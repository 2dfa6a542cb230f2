/* Config: snag's configuration files and how they combine with the command
 * line.
 *
 * A configuration is `[tool.snag]` in pyproject.toml, or the same keys at
 * the top level of snag.toml or .snag.toml. Each file linted uses the
 * closest one found from its own directory upwards (in one directory
 * .snag.toml wins over snag.toml over pyproject.toml; a pyproject.toml
 * without [tool.snag] is passed over), so a subproject's file overrides its
 * parent's. Nothing is merged across files, as in Ruff. `--config PATH`
 * names the one file every path uses; `--isolated` uses none.
 *
 * Precedence, lowest first: built-in defaults, the configuration file, the
 * command line. Rule selection is layered the same way: each layer's
 * `select` (if present) replaces what came before, then `extend-select`
 * adds, then `ignore` removes. SNG001/SNG002 stay on unless some layer
 * ignores them by a selector that covers them.
 *
 * Patterns in `exclude`, `extend-exclude` and `per-file-ignores` are globs
 * (cli/glob.h) matched against the path relative to the configuration
 * file's directory; one without '/' matches a basename at any depth.
 *
 * Everything here runs on the main thread, before the worker threads start;
 * the Settings it hands out are read-only afterwards. */
#ifndef SG_CONFIG_H
#define SG_CONFIG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "cli/discover.h"
#include "parser/alloc.h"
#include "rules/settings.h"

/* One layer of rule selection, already resolved to masks. */
typedef struct RuleSelection {
  bool has_select;
  bool select[RULE__COUNT];
  bool extend[RULE__COUNT];
  bool ignore[RULE__COUNT];
} RuleSelection;

typedef enum SelectionPart { SELECT_SELECT, SELECT_EXTEND, SELECT_IGNORE } SelectionPart;

/* Adds a comma/space separated list of selectors (codes, prefixes, names,
 * ALL) to one part of a layer. On an unknown selector returns false and
 * points *bad at it (its length: strcspn(*bad, ", ")); a list with no
 * selector at all ("", ",") is an error too (*bad has length 0). */
bool sg_selection_add(RuleSelection *self, SelectionPart part, const char *list, const char **bad);

/* What the command line says; applied on top of every configuration. */
typedef struct ConfigOverrides {
  RuleSelection rules;
  int target_minor;      /* -1: not given */
  size_t max_file_size;  /* 0: not given */
  bool has_max_parse_seconds;
  double max_parse_seconds;  /* 0: no limit */
  uint64_t max_analysis_facts;  /* 0: not given */
  bool keep_source;
} ConfigOverrides;

typedef struct PerFileIgnore {
  char *pattern;
  bool rules[RULE__COUNT];
} PerFileIgnore;

typedef struct Config {
  char *path;             /* the file it came from; NULL: built-in defaults */
  char *dir;              /* absolute directory its patterns are relative to */
  Settings settings;      /* defaults < this file < command line */
  bool has_exclude;       /* `exclude` given: it replaces the default excludes */
  Array(char *) exclude;
  Array(char *) extend_exclude;
  Array(PerFileIgnore) per_file_ignores;
  int respect_gitignore;  /* -1 unset, else 0/1 */
  int output_format;      /* -1 unset, else a ReportFormat */
  bool has_max_parse_seconds;
  double max_parse_seconds;
  char *cache_dir;        /* `cache-dir`, made absolute against dir; NULL: unset */
} Config;

typedef struct ConfigSet ConfigSet;

/* "2.5" -> 2.5 seconds (0, no limit, to 86400); false otherwise. */
bool sg_config_parse_seconds(const char *text, double *seconds);
/* "py311", "3.11" -> 11 (3.7 to 3.14); false otherwise. */
bool sg_config_parse_target(const char *text, int *minor);
/* The lowest Python 3 minor version a PEP 440 `requires-python` allows
 * (">=3.8", "~=3.9", "==3.10.*", ">=3.8,<4"): the largest lower bound of
 * its clauses, clamped to 7..14; 0 when it bounds nothing from below. A
 * configuration without `target-version` takes its target from the
 * `[project] requires-python` of its pyproject.toml (or of the one beside a
 * snag.toml); with no configuration, from the closest pyproject.toml. */
int sg_config_requires_python(const char *spec);

/* explicit_path: --config (NULL for discovery); isolated: --isolated. A
 * missing or malformed --config file is reported by sg_configs_error. */
ConfigSet *sg_configs_new(const ConfigOverrides *overrides, const char *explicit_path, bool isolated);
void sg_configs_delete(ConfigSet *self);  /* NULL-safe */

/* Whether Settings keep the Source (the full format's code frames), for
 * every configuration loaded so far and later. */
void sg_configs_keep_source(ConfigSet *self, bool keep);

/* "path:LINE: message" for the first configuration that failed to load, or
 * NULL. Once set, lookups return the defaults; the caller exits 2. */
const char *sg_configs_error(const ConfigSet *self);

/* For a language server: a configuration file that fails to load becomes a
 * warning (sg_configs_next_warning gives each once) and the directories it
 * governs get the defaults; other projects keep their own files. */
void sg_configs_set_tolerant(ConfigSet *self, bool tolerant);
const char *sg_configs_next_warning(ConfigSet *self);

/* The configuration for files in directory dir (as spelled; "" is "."). */
const Config *sg_configs_for_dir(ConfigSet *self, const char *dir);

/* The Settings a file is linted with: its configuration's, less the rules
 * its per-file-ignores drop. Valid until sg_configs_delete. */
const Settings *sg_configs_settings(ConfigSet *self, const char *path);

/* A DiscoverOptions.filter: the closest configuration's excludes. */
DiscoverVerdict sg_configs_filter(void *self, const char *dir, const char *name, bool is_dir);

/* --force-exclude: is a path named on the command line excluded by its
 * configuration (the path or one of its directories below the
 * configuration's directory)? */
bool sg_configs_excluded(ConfigSet *self, const char *path);

#endif

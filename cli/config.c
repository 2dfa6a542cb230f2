#include "cli/config.h"

#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli/cli.h"
#include "cli/glob.h"
#include "cli/toml.h"
#include "report/report.h"

/* ---- rule selection ------------------------------------------------------------ */

bool sg_selection_add(RuleSelection *self, SelectionPart part, const char *list, const char **bad) {
  bool *mask = part == SELECT_SELECT ? self->select : part == SELECT_EXTEND ? self->extend : self->ignore;
  uint32_t seen = 0;
  for (const char *p = list; *p;) {
    while (*p == ',' || *p == ' ') p++;
    const char *start = p;
    while (*p && *p != ',' && *p != ' ') p++;
    if (p > start && !sg_rules_apply_selector(start, (uint32_t)(p - start), mask, true)) {
      *bad = start;
      return false;
    }
    seen += p > start;
  }
  /* "" selects nothing: as a typo it would silently turn every rule off */
  if (!seen) *bad = list;
  if (seen && part == SELECT_SELECT) self->has_select = true;
  return seen > 0;
}

/* enabled = (select or what came before) + extend - ignore; *ignored
 * collects every rule a layer ignores (SNG001/SNG002 stay on otherwise). */
static void sg_config__apply_selection(bool *enabled, const RuleSelection *layer, bool *ignored) {
  for (int r = 0; r < RULE__COUNT; r++) {
    if (layer->has_select) enabled[r] = layer->select[r];
    enabled[r] = (enabled[r] || layer->extend[r]) && !layer->ignore[r];
    ignored[r] |= layer->ignore[r];
  }
}

/* ---- the set -------------------------------------------------------------------- */

typedef struct DirSlot {
  char *dir;     /* absolute; NULL: empty slot */
  int32_t config;
} DirSlot;

typedef struct PerFileSettings {
  const Config *config;
  uint64_t matched;   /* which of the config's per-file-ignores matched */
  Settings *settings;
} PerFileSettings;

struct ConfigSet {
  ConfigOverrides overrides;
  bool isolated, fixed;     /* fixed: --config, every path uses configs[0] */
  char *cwd;                /* absolute */
  Array(Config *) configs;  /* [0]: the defaults, or the --config file */
  DirSlot *slots;           /* absolute directory -> config, open addressing */
  uint32_t slot_cap, slot_used;
  char *last_dir, *last_abs;  /* memo of the spelled directory last asked for */
  int32_t last_config;
  Array(PerFileSettings) per_file;  /* Settings made for per-file-ignores, by what matched */
  char *error;
  bool tolerant;            /* errors become warnings; a broken file means defaults there */
  uint32_t failures;        /* configuration files that failed to load */
  Array(char *) warnings;
  uint32_t warnings_seen;
};

static uint64_t sg_config__hash(const char *s) {
  uint64_t h = 1469598103934665603ull;
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ull;
  return h;
}

static DirSlot *sg_config__slot(ConfigSet *self, const char *dir) {
  uint32_t mask = self->slot_cap - 1;
  for (uint32_t i = (uint32_t)sg_config__hash(dir) & mask;; i = (i + 1) & mask)
    if (!self->slots[i].dir || strcmp(self->slots[i].dir, dir) == 0) return &self->slots[i];
}

static void sg_config__remember(ConfigSet *self, const char *dir, int32_t config) {
  if ((self->slot_used + 1) * 2 > self->slot_cap) {
    DirSlot *old = self->slots;
    uint32_t old_cap = self->slot_cap;
    self->slot_cap = old_cap ? old_cap * 2 : 64;
    self->slots = sg_calloc(self->slot_cap, sizeof(DirSlot));
    for (uint32_t i = 0; i < old_cap; i++)
      if (old[i].dir) *sg_config__slot(self, old[i].dir) = old[i];
    sg_free(old);
  }
  DirSlot *slot = sg_config__slot(self, dir);
  if (!slot->dir) {
    slot->dir = sg_strdup(dir);
    self->slot_used++;
  }
  slot->config = config;
}

static void sg_config__fail(ConfigSet *self, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void sg_config__fail(ConfigSet *self, const char *fmt, ...) {
  self->failures++;
  if (self->error) return;  /* the first error is the one reported */
  char buf[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  if (self->tolerant) array_push(&self->warnings, sg_strdup(buf));
  else self->error = sg_strdup(buf);
}

static void sg_config__free(Config *c) {
  if (!c) return;
  sg_free(c->path);
  sg_free(c->dir);
  sg_free(c->cache_dir);
  for (uint32_t i = 0; i < c->exclude.len; i++) sg_free(c->exclude.items[i]);
  for (uint32_t i = 0; i < c->extend_exclude.len; i++) sg_free(c->extend_exclude.items[i]);
  for (uint32_t i = 0; i < c->per_file_ignores.len; i++) sg_free(c->per_file_ignores.items[i].pattern);
  array_free(&c->exclude);
  array_free(&c->extend_exclude);
  array_free(&c->per_file_ignores);
  sg_free(c);
}

/* defaults < the file's layer < the command line */
static void sg_config__finish(ConfigSet *self, Config *c, const RuleSelection *file_rules, int target) {
  Settings *s = &c->settings;
  sg_settings_init(s);
  bool ignored[RULE__COUNT] = {0};
  if (file_rules) sg_config__apply_selection(s->enabled, file_rules, ignored);
  sg_config__apply_selection(s->enabled, &self->overrides.rules, ignored);
  for (int r = RULE_syntax_error; r <= RULE_unreadable_file; r++)
    if (!ignored[r]) s->enabled[r] = true;
  if (target > 0) s->target_minor = target;
  if (self->overrides.target_minor > 0) s->target_minor = self->overrides.target_minor;
  if (self->overrides.max_file_size) s->max_file_size = self->overrides.max_file_size;
  if (c->has_max_parse_seconds) s->max_parse_seconds = c->max_parse_seconds;
  if (self->overrides.has_max_parse_seconds) s->max_parse_seconds = self->overrides.max_parse_seconds;
  if (self->overrides.max_analysis_facts) s->max_analysis_facts = self->overrides.max_analysis_facts;
  s->keep_source = self->overrides.keep_source;
}

static Config *sg_config__defaults(ConfigSet *self) {
  Config *c = sg_calloc(1, sizeof(Config));
  c->dir = sg_strdup(self->cwd);
  c->respect_gitignore = -1;
  c->output_format = -1;
  sg_config__finish(self, c, NULL, 0);
  return c;
}

/* ---- loading one file ----------------------------------------------------------- */

/* "3" then "11" (py311) or "3" "." "11": digits only, no signs or spaces. */
static bool sg_config__digits(const char *s, size_t n, int *out) {
  if (n == 0 || n > 3) return false;
  int v = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}

bool sg_config_parse_seconds(const char *text, double *seconds) {
  if (!text || !*text) return false;
  char *end;
  double s = strtod(text, &end);
  if (*end || !(s >= 0 && s <= 86400)) return false;  /* NaN fails too */
  *seconds = s;
  return true;
}

bool sg_config_parse_target(const char *v, int *minor) {
  int m = -1;
  if (!strncmp(v, "py3", 3)) {
    if (!sg_config__digits(v + 3, strlen(v + 3), &m)) return false;
  } else if (!strncmp(v, "3.", 2)) {
    if (!sg_config__digits(v + 2, strlen(v + 2), &m)) return false;
  } else {
    return false;
  }
  if (m < 7 || m > 14) return false;
  *minor = m;
  return true;
}

/* One PEP 440 version "3", "3.8", "3.10.*", "3.9.1": major and minor. */
static bool sg_config__version(const char *s, size_t n, int *major, int *minor) {
  size_t dot = 0;
  while (dot < n && s[dot] != '.') dot++;
  if (!sg_config__digits(s, dot, major)) return false;
  *minor = 0;
  if (dot == n) return true;
  size_t end = dot + 1;
  while (end < n && s[end] != '.') end++;
  if (end - dot - 1 == 1 && s[dot + 1] == '*') return true;
  return sg_config__digits(s + dot + 1, end - dot - 1, minor);
}

int sg_config_requires_python(const char *spec) {
  int lowest = -1;
  for (const char *p = spec; *p;) {
    size_t n = strcspn(p, ",");
    const char *c = p, *end = p + n;
    p = *end ? end + 1 : end;
    while (c < end && (*c == ' ' || *c == '\t')) c++;
    while (end > c && (end[-1] == ' ' || end[-1] == '\t')) end--;
    size_t op = strspn(c, "<>=!~");
    if (op > 3 || c + op > end) continue;
    bool lower = (op == 2 && (!strncmp(c, ">=", 2) || !strncmp(c, "~=", 2) || !strncmp(c, "==", 2))) ||
                 (op == 1 && *c == '>') || (op == 3 && !strncmp(c, "===", 3));
    if (!lower) continue;  /* <, <=, != bound nothing from below */
    const char *v = c + op;
    while (v < end && *v == ' ') v++;
    int major, minor;
    if (!sg_config__version(v, (size_t)(end - v), &major, &minor) || major > 3) continue;
    if (major < 3) minor = 7;  /* allows Python 2: as old as snag reads */
    if (minor > lowest) lowest = minor;
  }
  if (lowest < 0) return 0;
  return lowest < 7 ? 7 : lowest > 14 ? 14 : lowest;
}

/* `[project] requires-python` of a parsed pyproject.toml, as a minor version. */
static int sg_config__requires_of(const TomlValue *root) {
  const char *spec = sg_toml_string(sg_toml_get(root, "project.requires-python"));
  return spec ? sg_config_requires_python(spec) : 0;
}

/* The same, for the pyproject.toml in dir if there is one (a snag.toml
 * beside it takes its target from there); 0 on any failure. */
static int sg_config__requires_in(const char *dir) {
  char *path = sg_path_join(dir, "pyproject.toml");
  size_t len = 0;
  char *text = sg_cli_read_file(path, &len);
  int minor = 0;
  if (text) {
    char err[64];
    TomlDoc *doc = sg_toml_parse(text, len, err, sizeof err);
    if (doc) minor = sg_config__requires_of(sg_toml_root(doc));
    sg_toml_delete(doc);
  }
  sg_free(text);
  sg_free(path);
  return minor;
}

typedef struct Loading {
  ConfigSet *set;
  const char *shown;  /* the file as messages name it */
  int requires;       /* target from requires-python, when the file sets none */
  bool failed;
} Loading;

static void sg_config__bad(Loading *ld, const TomlValue *v, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void sg_config__bad(Loading *ld, const TomlValue *v, const char *fmt, ...) {
  char buf[768];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  sg_config__fail(ld->set, "%s:%u: %s", ld->shown, v ? sg_toml_line(v) : 1, buf);
  ld->failed = true;
}

/* An array of strings (a lone string is taken as a one-item list for the
 * selector keys, as `select = "ALL"` reads naturally). */
static bool sg_config__strings(Loading *ld, const TomlValue *v, const char *key, bool allow_single) {
  if (allow_single && sg_toml_kind(v) == TOML_STRING) return true;
  bool ok = sg_toml_kind(v) == TOML_ARRAY;
  for (size_t i = 0; ok && i < sg_toml_len(v); i++) ok = sg_toml_kind(sg_toml_at(v, i)) == TOML_STRING;
  if (!ok) sg_config__bad(ld, v, "`%s` must be an array of strings", key);
  return ok;
}

static void sg_config__selectors(Loading *ld, const TomlValue *v, const char *key, bool *mask) {
  if (!sg_config__strings(ld, v, key, true)) return;
  size_t n = sg_toml_kind(v) == TOML_STRING ? 1 : sg_toml_len(v);
  for (size_t i = 0; i < n; i++) {
    const TomlValue *item = sg_toml_kind(v) == TOML_STRING ? v : sg_toml_at(v, i);
    const char *sel = sg_toml_string(item), *bad = NULL;
    RuleSelection tmp = {0};
    if (!sg_selection_add(&tmp, SELECT_EXTEND, sel, &bad)) {
      int bad_len = (int)strcspn(bad, ", ");
      sg_config__bad(ld, item, "%s rule selector '%.*s' in `%s` (see `snag rules`)",
                     bad_len ? "unknown" : "empty", bad_len, bad, key);
      return;
    }
    for (int r = 0; r < RULE__COUNT; r++) mask[r] |= tmp.extend[r];
  }
}

static void sg_config__patterns(Loading *ld, const TomlValue *v, const char *key, void *out_array) {
  Array(char *) *out = out_array;
  if (!sg_config__strings(ld, v, key, false)) return;
  for (size_t i = 0; i < sg_toml_len(v); i++) {
    const TomlValue *item = sg_toml_at(v, i);
    const char *pat = sg_toml_string(item), *err = sg_glob_error(pat);
    if (err) {
      sg_config__bad(ld, item, "bad pattern `%s` in `%s`: %s", pat, key, err);
      return;
    }
    array_push(out, sg_strdup(pat));
  }
}

static const char *const sg_config__keys =
    "select, ignore, extend-select, per-file-ignores, exclude, extend-exclude, "
    "respect-gitignore, target-version, output-format, max-parse-seconds, cache-dir";

/* Reads the settings table into c; false (with the set's error) when a key
 * is unknown or has the wrong type. */
static bool sg_config__read_table(Loading *ld, Config *c, const TomlValue *table) {
  RuleSelection rules = {0};
  int target = 0;
  for (size_t i = 0; i < sg_toml_len(table) && !ld->failed; i++) {
    const char *key = sg_toml_key_at(table, i);
    const TomlValue *v = sg_toml_at(table, i);
    if (!strcmp(key, "select")) {
      rules.has_select = true;
      sg_config__selectors(ld, v, key, rules.select);
    } else if (!strcmp(key, "extend-select")) {
      sg_config__selectors(ld, v, key, rules.extend);
    } else if (!strcmp(key, "ignore")) {
      sg_config__selectors(ld, v, key, rules.ignore);
    } else if (!strcmp(key, "exclude")) {
      c->has_exclude = true;
      sg_config__patterns(ld, v, key, &c->exclude);
    } else if (!strcmp(key, "extend-exclude")) {
      sg_config__patterns(ld, v, key, &c->extend_exclude);
    } else if (!strcmp(key, "per-file-ignores")) {
      if (sg_toml_kind(v) != TOML_TABLE) {
        sg_config__bad(ld, v, "`per-file-ignores` must be a table of pattern = [codes]");
        break;
      }
      for (size_t k = 0; k < sg_toml_len(v) && !ld->failed; k++) {
        const char *pat = sg_toml_key_at(v, k), *err = sg_glob_error(pat);
        const TomlValue *codes = sg_toml_at(v, k);
        if (err) {
          sg_config__bad(ld, codes, "bad pattern `%s` in `per-file-ignores`: %s", pat, err);
          break;
        }
        PerFileIgnore pfi = {0};
        sg_config__selectors(ld, codes, "per-file-ignores", pfi.rules);
        pfi.pattern = sg_strdup(pat);
        array_push(&c->per_file_ignores, pfi);
      }
    } else if (!strcmp(key, "respect-gitignore")) {
      bool b;
      if (!sg_toml_bool(v, &b)) sg_config__bad(ld, v, "`respect-gitignore` must be true or false");
      else c->respect_gitignore = b;
    } else if (!strcmp(key, "target-version")) {
      const char *s = sg_toml_string(v);
      if (!s || !sg_config_parse_target(s, &target))
        sg_config__bad(ld, v, "`target-version` must be a string from \"py37\" to \"py314\" (or \"3.7\" to \"3.14\")");
    } else if (!strcmp(key, "max-parse-seconds")) {
      const char *t = sg_toml_text(v);
      if ((sg_toml_kind(v) != TOML_INTEGER && sg_toml_kind(v) != TOML_FLOAT) ||
          !sg_config_parse_seconds(t, &c->max_parse_seconds))
        sg_config__bad(ld, v, "`max-parse-seconds` must be a number of seconds from 0 (no limit) to 86400");
      else c->has_max_parse_seconds = true;
    } else if (!strcmp(key, "cache-dir")) {
      const char *s = sg_toml_string(v);
      if (!s || !*s) {
        sg_config__bad(ld, v, "`cache-dir` must be a non-empty string (a folder, relative to this file)");
      } else {
        sg_free(c->cache_dir);
        c->cache_dir = s[0] == '/' ? sg_strdup(s) : sg_path_join(c->dir, s);
      }
    } else if (!strcmp(key, "output-format")) {
      const char *s = sg_toml_string(v);
      ReportFormat f = s ? sg_report_format_parse(s) : REPORT_FORMAT__COUNT;
      if (f == REPORT_FORMAT__COUNT)
        sg_config__bad(ld, v, "`output-format` must be one of: %s", sg_report_format_list());
      else c->output_format = (int)f;
    } else {
      sg_config__bad(ld, v, "unknown key `%s` (expected one of: %s)", key, sg_config__keys);
    }
  }
  if (ld->failed) return false;
  sg_config__finish(ld->set, c, &rules, target ? target : ld->requires);
  return true;
}

/* Loads path (absolute) if it configures snag. Returns the new config, NULL
 * when a pyproject.toml has no [tool.snag] (and !explicit), or NULL with the
 * set's error on a read or parse failure. */
static Config *sg_config__load(ConfigSet *self, const char *path, bool explicit, int *requires) {
  size_t slash = strlen(path);
  while (slash > 0 && path[slash - 1] != '/') slash--;
  bool pyproject = !strcmp(path + slash, "pyproject.toml");
  char *shown = sg_path_relative(self->cwd, path);
  Loading ld = {.set = self, .shown = shown};
  size_t len = 0;
  char *text = sg_cli_read_file(path, &len);
  Config *c = NULL;
  if (!text) {
    sg_config__fail(self, "%s: cannot read the configuration file", shown);
    goto done;
  }
  char err[256] = "";
  TomlDoc *doc = sg_toml_parse(text, len, err, sizeof err);
  if (!doc) {
    sg_config__fail(self, "%s:%s (invalid TOML)", shown, err);
    goto done;
  }
  const TomlValue *root = sg_toml_root(doc);
  const TomlValue *table = pyproject ? sg_toml_get(root, "tool.snag") : root;
  ld.requires = pyproject ? sg_config__requires_of(root) : 0;
  if (requires) *requires = ld.requires;
  if (pyproject && table && sg_toml_kind(table) != TOML_TABLE) {
    sg_config__bad(&ld, table, "`tool.snag` must be a table");
  } else if (table || explicit) {
    c = sg_calloc(1, sizeof(Config));
    c->path = sg_strdup(path);
    c->dir = sg_strndup(path, slash > 1 ? slash - 1 : 1);
    c->respect_gitignore = -1;
    c->output_format = -1;
    if (!pyproject) ld.requires = sg_config__requires_in(c->dir);
    if (!table) sg_config__finish(self, c, NULL, ld.requires);
    else if (!sg_config__read_table(&ld, c, table)) {
      sg_config__free(c);
      c = NULL;
    }
  }
  sg_toml_delete(doc);
done:
  sg_free(text);
  sg_free(shown);
  return c;
}

/* ---- lookups -------------------------------------------------------------------- */

/* The config index for an absolute directory: the closest file upwards.
 * The walk truncates one copy of abs in place and remembers the visited
 * directories by length: time and memory stay linear in the path, however
 * many components it has. A directory whose path is PATH_MAX or longer
 * cannot hold a file stat() reaches, so it is neither probed nor remembered. */
static int32_t sg_config__resolve(ConfigSet *self, const char *abs) {
  static const char *const names[] = {".snag.toml", "snag.toml", "pyproject.toml"};
  Array(size_t) visited = {0};  /* lengths of the prefixes of abs visited */
  char *dir = sg_strdup(abs);
  size_t len = strlen(dir);
  int32_t found = 0;
  int inferred = 0;          /* requires-python of a pyproject.toml with no [tool.snag] */
  uint32_t inferred_upto = 0;  /* the visited directories at and below it */
  for (;;) {
    bool reachable = len < PATH_MAX;
    DirSlot *slot = reachable && self->slot_cap ? sg_config__slot(self, dir) : NULL;
    if (slot && slot->dir) {
      found = slot->config;
      break;
    }
    if (reachable) array_push(&visited, len);
    bool hit = false;
    for (size_t i = 0; i < 3 && reachable && !hit && !self->error; i++) {
      char *path = sg_path_join(dir, names[i]);
      struct stat st;
      if (stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
        uint32_t failures = self->failures;
        int requires = 0;
        Config *c = sg_config__load(self, path, false, &requires);
        if (!c && requires && !inferred && self->failures == failures) {
          inferred = requires;
          inferred_upto = visited.len;
        }
        if (c) {
          array_push(&self->configs, c);
          found = (int32_t)self->configs.len - 1;
          hit = true;
        } else if (self->failures != failures) {
          hit = true;  /* tolerant: the closest file is broken, so defaults here */
        }
      }
      sg_free(path);
    }
    if (hit || self->error) break;
    size_t up = len;
    while (up > 0 && dir[up - 1] != '/') up--;
    if (up == 0 || (up == 1 && len == 1)) break;  /* no parent; "/" was the last */
    len = up == 1 ? 1 : up - 1;
    dir[len] = '\0';
  }
  sg_free(dir);
  /* No snag configuration above a pyproject.toml that says which Pythons
   * the project supports: the defaults, with that target version, for the
   * directories at and below it. */
  int32_t below = found;
  if (found == 0 && inferred && !self->error) {
    Config *c = sg_config__defaults(self);
    c->settings.target_minor = self->overrides.target_minor > 0 ? self->overrides.target_minor : inferred;
    array_push(&self->configs, c);
    below = (int32_t)self->configs.len - 1;
  }
  for (uint32_t i = 0; i < visited.len; i++) {
    char *prefix = sg_strndup(abs, visited.items[i]);
    sg_config__remember(self, prefix, i < inferred_upto ? below : found);
    sg_free(prefix);
  }
  array_free(&visited);
  return inferred_upto > 0 ? below : found;
}

static int32_t sg_config__for_dir(ConfigSet *self, const char *dir) {
  if (!*dir) dir = ".";
  if (self->last_dir && !strcmp(self->last_dir, dir)) return self->last_config;
  sg_free(self->last_dir);
  sg_free(self->last_abs);
  self->last_dir = sg_strdup(dir);
  self->last_abs = sg_path_absolute(dir);
  self->last_config = self->isolated || self->fixed ? 0 : sg_config__resolve(self, self->last_abs);
  if (self->error) self->last_config = 0;
  return self->last_config;
}

const Config *sg_configs_for_dir(ConfigSet *self, const char *dir) {
  return self->configs.items[sg_config__for_dir(self, dir)];
}

/* Splits path into its directory (as spelled) and basename. */
static char *sg_config__dirname(const char *path, const char **base) {
  const char *slash = strrchr(path, '/');
  *base = slash ? slash + 1 : path;
  return slash ? sg_strndup(path, slash == path ? 1 : (size_t)(slash - path)) : sg_strdup(".");
}

/* The path of name in the last directory looked up, relative to c's
 * directory; outside it, the absolute path without its leading '/'. */
static char *sg_config__relative(ConfigSet *self, const Config *c, const char *name) {
  char *abs = sg_path_join(self->last_abs, name);
  char *rel = sg_path_relative(c->dir, abs);
  if (!strncmp(rel, "..", 2) && (rel[2] == '/' || rel[2] == '\0')) {
    sg_free(rel);
    rel = sg_strdup(abs + 1);
  }
  sg_free(abs);
  return rel;
}

static bool sg_config__any(const char *const *patterns, uint32_t n, const char *rel) {
  for (uint32_t i = 0; i < n; i++)
    if (sg_glob_match(patterns[i], rel)) return true;
  return false;
}

static DiscoverVerdict sg_config__verdict(const Config *c, const char *rel, const char *name) {
  if (sg_config__any((const char *const *)c->extend_exclude.items, c->extend_exclude.len, rel))
    return DISCOVER_SKIP;
  if (!c->has_exclude) return sg_discover_default_excluded(name) ? DISCOVER_SKIP : DISCOVER_DEFAULT;
  return sg_config__any((const char *const *)c->exclude.items, c->exclude.len, rel) ? DISCOVER_SKIP
                                                                                      : DISCOVER_KEEP;
}

DiscoverVerdict sg_configs_filter(void *ctx, const char *dir, const char *name, bool is_dir) {
  (void)is_dir;
  ConfigSet *self = ctx;
  const Config *c = self->configs.items[sg_config__for_dir(self, dir)];
  if (!c->has_exclude && !c->extend_exclude.len) return DISCOVER_DEFAULT;
  char *rel = sg_config__relative(self, c, name);
  DiscoverVerdict v = sg_config__verdict(c, rel, name);
  sg_free(rel);
  return v;
}

bool sg_configs_excluded(ConfigSet *self, const char *path) {
  const char *base;
  char *dir = sg_config__dirname(path, &base);
  const Config *c = self->configs.items[sg_config__for_dir(self, dir)];
  char *rel = sg_config__relative(self, c, base);
  sg_free(dir);
  /* the file, then each directory on the way to it from c's directory */
  bool excluded = false;
  for (size_t end = strlen(rel);; end--) {
    if (end == strlen(rel) || rel[end] == '/') {
      rel[end] = '\0';
      const char *slash = strrchr(rel, '/');
      if (*rel && sg_config__verdict(c, rel, slash ? slash + 1 : rel) == DISCOVER_SKIP) {
        excluded = true;
        break;
      }
    }
    if (end == 0) break;
  }
  sg_free(rel);
  return excluded;
}

const Settings *sg_configs_settings(ConfigSet *self, const char *path) {
  const char *base;
  char *dir = sg_config__dirname(path, &base);
  const Config *c = self->configs.items[sg_config__for_dir(self, dir)];
  sg_free(dir);
  if (!c->per_file_ignores.len) return &c->settings;
  char *rel = sg_config__relative(self, c, base);
  /* One Settings per (config, set of matching patterns), shared by every
   * file with that set: a language server asks again on every keystroke. */
  uint64_t matched = 0;
  bool cacheable = c->per_file_ignores.len <= 64;
  for (uint32_t i = 0; i < c->per_file_ignores.len; i++)
    if (sg_glob_match(c->per_file_ignores.items[i].pattern, rel)) matched |= cacheable ? 1ull << i : 1;
  if (!matched) {
    sg_free(rel);
    return &c->settings;
  }
  for (uint32_t k = 0; cacheable && k < self->per_file.len; k++)
    if (self->per_file.items[k].config == c && self->per_file.items[k].matched == matched) {
      sg_free(rel);
      return self->per_file.items[k].settings;
    }
  Settings *s = sg_malloc(sizeof *s);
  *s = c->settings;
  for (uint32_t i = 0; i < c->per_file_ignores.len; i++) {
    const PerFileIgnore *pfi = &c->per_file_ignores.items[i];
    if (cacheable ? !(matched & (1ull << i)) : !sg_glob_match(pfi->pattern, rel)) continue;
    for (int r = 0; r < RULE__COUNT; r++)
      if (pfi->rules[r]) s->enabled[r] = false;
  }
  PerFileSettings entry = {c, cacheable ? matched : 0, s};
  array_push(&self->per_file, entry);
  sg_free(rel);
  return s;
}

/* ---- the set's life ------------------------------------------------------------- */

ConfigSet *sg_configs_new(const ConfigOverrides *overrides, const char *explicit_path, bool isolated) {
  ConfigSet *self = sg_calloc(1, sizeof(ConfigSet));
  self->overrides = *overrides;
  self->isolated = isolated;
  self->cwd = sg_path_absolute(".");
  Config *first = NULL;
  if (explicit_path && !isolated) {
    self->fixed = true;
    char *abs = sg_path_absolute(explicit_path);
    struct stat st;
    if (stat(abs, &st) != 0)
      sg_config__fail(self, "%s: no such configuration file", explicit_path);
    else if (!S_ISREG(st.st_mode))  /* a FIFO would block the read */
      sg_config__fail(self, "%s: the configuration is not a regular file", explicit_path);
    else first = sg_config__load(self, abs, true, NULL);
    sg_free(abs);
  }
  array_push(&self->configs, first ? first : sg_config__defaults(self));
  return self;
}

void sg_configs_keep_source(ConfigSet *self, bool keep) {
  self->overrides.keep_source = keep;
  for (uint32_t i = 0; i < self->configs.len; i++) self->configs.items[i]->settings.keep_source = keep;
  for (uint32_t i = 0; i < self->per_file.len; i++) self->per_file.items[i].settings->keep_source = keep;
}

void sg_configs_set_tolerant(ConfigSet *self, bool tolerant) {
  self->tolerant = tolerant;
}

const char *sg_configs_next_warning(ConfigSet *self) {
  return self->warnings_seen < self->warnings.len ? self->warnings.items[self->warnings_seen++] : NULL;
}

const char *sg_configs_error(const ConfigSet *self) {
  return self->error;
}

void sg_configs_delete(ConfigSet *self) {
  if (!self) return;
  for (uint32_t i = 0; i < self->configs.len; i++) sg_config__free(self->configs.items[i]);
  array_free(&self->configs);
  for (uint32_t i = 0; i < self->slot_cap; i++) sg_free(self->slots[i].dir);
  sg_free(self->slots);
  for (uint32_t i = 0; i < self->per_file.len; i++) sg_free(self->per_file.items[i].settings);
  array_free(&self->per_file);
  sg_free(self->last_dir);
  sg_free(self->last_abs);
  sg_free(self->cwd);
  sg_free(self->error);
  for (uint32_t i = 0; i < self->warnings.len; i++) sg_free(self->warnings.items[i]);
  array_free(&self->warnings);
  sg_free(self);
}

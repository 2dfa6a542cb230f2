/* Fuzz target: the TOML reader (cli/toml.c) and the configuration loader
 * (cli/config.c) on one file's text.
 *
 * sg_toml_parse must return a document or a "LINE:COL: message" error; a
 * document is walked whole (every accessor on every value, without
 * recursion). The same text is then loaded as snag's configuration, as
 * pyproject.toml or snag.toml (picked by a hash of the input), named by
 * --config or found by discovery as a language server does (a broken file
 * is a warning there), and asked for a file's settings, excludes and
 * per-file ignores. The loader reads files only: the text is written to a
 * scratch directory in /dev/shm (else /tmp), made once and removed at exit,
 * below an empty snag.toml that ends discovery there (a pyproject.toml
 * without [tool.snag] is passed over): nothing above it is ever read. */
#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/config.h"
#include "cli/toml.h"
#include "tests/fuzz/fuzz.h"

static char fuzz_dir[64], fuzz_top[96], fuzz_stop[96], fuzz_sub[128], fuzz_paths[2][128];

static void fuzz_cleanup(void) {
  for (int i = 0; i < 2; i++) unlink(fuzz_paths[i]);
  unlink(fuzz_stop);
  rmdir(fuzz_sub);
  rmdir(fuzz_top);
  rmdir(fuzz_dir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  const char *base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";  /* tmpfs when there is one */
  snprintf(fuzz_dir, sizeof fuzz_dir, "%s/snag-fuzz-toml.XXXXXX", base);
  if (!mkdtemp(fuzz_dir)) abort();
  snprintf(fuzz_stop, sizeof fuzz_stop, "%s/snag.toml", fuzz_dir);
  snprintf(fuzz_top, sizeof fuzz_top, "%s/project", fuzz_dir);
  snprintf(fuzz_sub, sizeof fuzz_sub, "%s/sub", fuzz_top);
  atexit(fuzz_cleanup);
  FILE *stop = fopen(fuzz_stop, "w");
  if (!stop || fclose(stop) != 0 || mkdir(fuzz_top, 0700) != 0 || mkdir(fuzz_sub, 0700) != 0) abort();
  snprintf(fuzz_paths[0], sizeof fuzz_paths[0], "%s/pyproject.toml", fuzz_top);
  snprintf(fuzz_paths[1], sizeof fuzz_paths[1], "%s/snag.toml", fuzz_top);
  return 0;
}

/* Every value through every accessor; an explicit stack, no recursion. */
static void fuzz_walk(const TomlValue *root) {
  Array(const TomlValue *) stack = {0};
  array_push(&stack, root);
  while (stack.len) {
    const TomlValue *v = stack.items[--stack.len];
    TomlKind kind = sg_toml_kind(v);
    bool b;
    fuzz_assert((sg_toml_string(v) != NULL) == (kind == TOML_STRING), "string accessor and kind disagree");
    fuzz_assert(sg_toml_bool(v, &b) == (kind == TOML_BOOL), "bool accessor and kind disagree");
    const char *text = sg_toml_text(v);
    if (text) fuzz_assert(strlen(text) < FUZZ_MAX_INPUT, "a value's text is longer than the file");
    fuzz_assert(sg_toml_line(v) >= 1, "line %u", sg_toml_line(v));
    size_t n = sg_toml_len(v);
    for (size_t i = 0; i < n; i++) {
      const TomlValue *item = sg_toml_at(v, i);
      fuzz_assert(item != NULL, "item %zu of %zu is NULL", i, n);
      if (kind == TOML_TABLE) {
        const char *key = sg_toml_key_at(v, i);
        fuzz_assert(key != NULL, "key %zu of %zu is NULL", i, n);
        if (!strchr(key, '.')) fuzz_assert(sg_toml_get(v, key) == item, "lookup of key `%s` differs", key);
      }
      array_push(&stack, item);
    }
  }
  array_free(&stack);
}

static bool fuzz_write(const char *path, const uint8_t *data, size_t size) {
  FILE *f = fopen(path, "wb");
  if (!f) return false;
  bool ok = fwrite(data, 1, size, f) == size;
  return fclose(f) == 0 && ok;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > FUZZ_MAX_INPUT) return -1;
  char err[256] = "";
  TomlDoc *doc = sg_toml_parse((const char *)data, size, err, sizeof err);
  if (doc) {
    fuzz_walk(sg_toml_root(doc));
    (void)sg_toml_get(sg_toml_root(doc), "tool.snag.per-file-ignores");
  } else {
    unsigned line, col;
    fuzz_assert(sscanf(err, "%u:%u: ", &line, &col) == 2 && line >= 1 && col >= 1, "error `%s`", err);
  }
  sg_toml_delete(doc);

  uint32_t h = fuzz_hash(data, size);
  int which = (int)(h & 1);
  const char *path = fuzz_paths[which];
  unlink(fuzz_paths[!which]);
  fuzz_assert(fuzz_write(path, data, size), "cannot write %s: %s", path, strerror(errno));
  ConfigOverrides overrides = {.target_minor = -1};
  bool discover = (h >> 1) & 1;
  ConfigSet *set = sg_configs_new(&overrides, discover ? NULL : path, false);
  if (discover) sg_configs_set_tolerant(set, true);
  char file[192];
  snprintf(file, sizeof file, "%s/tests/x.py", fuzz_sub);
  const Settings *s = sg_configs_settings(set, file);
  fuzz_assert(s != NULL, "no settings");
  fuzz_assert(s->target_minor >= 7 && s->target_minor <= 14, "target 3.%d", s->target_minor);
  while (sg_configs_next_warning(set)) {}
  (void)sg_configs_error(set);
  (void)sg_configs_filter(set, fuzz_sub, "build", true);
  (void)sg_configs_filter(set, fuzz_sub, "gen_x.py", false);
  (void)sg_configs_excluded(set, file);
  (void)sg_configs_for_dir(set, fuzz_top);
  sg_configs_delete(set);
  return 0;
}

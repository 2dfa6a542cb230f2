#include "cli/discover.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.h"

/* Ruff's default excludes: directory or file basenames skipped at any depth
 * below a root (a root itself is never excluded: the user named it). */
static const char *const sg_discover__default_excludes[] = {
    ".bzr",          ".direnv",      ".eggs",        ".git",
    ".git-rewrite",  ".hg",          ".ipynb_checkpoints",
    ".mypy_cache",   ".nox",         ".pants.d",     ".pyenv",
    ".pytest_cache", ".pytype",      ".ruff_cache",  ".svn",
    ".tox",          ".venv",        ".vscode",      "__pypackages__",
    "_build",        "buck-out",     "build",        "dist",
    "node_modules",  "site-packages", "venv",        "__pycache__",
};

/* One line of a .gitignore (or one user exclude), split at '/'. In an
 * anchored rule a segment "**" stands for any number of directories. */
typedef struct DiscoverRule {
  char **segs;
  uint32_t seg_count;
  bool negate;    /* "!pattern": re-include */
  bool dir_only;  /* "pattern/": directories only */
  bool anchored;  /* matched against the path below base, not the basename */
} DiscoverRule;

/* The rules of one ignore file. Layers chain to the ignore files of the
 * enclosing directories; deeper layers and later rules take precedence. */
typedef struct DiscoverLayer {
  int32_t parent;  /* enclosing layer, -1 at the bottom of a repository */
  char *base;      /* directory of the ignore file relative to the repository root */
  Array(DiscoverRule) rules;
} DiscoverLayer;

/* A directory waiting on the walk's stack. */
typedef struct DiscoverDir {
  char *path;     /* spelled from the root the user gave */
  char *rel;      /* relative to its repository's root; NULL outside a repository */
  char *xrel;     /* relative to the exclude base (may start with "../") */
  int32_t layer;  /* innermost gitignore layer that applies, -1 for none */
} DiscoverDir;

typedef struct DiscoverWalk {
  DiscoverOptions opts;
  DiscoverLayer excludes;  /* the user's exclude patterns, base "" */
  char *xbase;             /* absolute, normalised exclude base */
  char *cwd;
  Array(DiscoverLayer) layers;
  Array(DiscoverDir) stack;
  Array(char *) found;
  DiscoverResult *out;
} DiscoverWalk;

/* ---- strings and paths ----------------------------------------------------- */

static char *sg_discover__join(const char *dir, const char *name) {
  size_t a = strlen(dir), b = strlen(name);
  if (a == 0) return sg_strndup(name, b);
  bool sep = dir[a - 1] != '/';
  char *s = sg_malloc(a + sep + b + 1);
  memcpy(s, dir, a);
  if (sep) s[a] = '/';
  memcpy(s + a + sep, name, b + 1);
  return s;
}

static char *sg_discover__getcwd(void) {
  size_t cap = 256;
  char *buf = sg_malloc(cap);
  while (!getcwd(buf, cap)) {
    if (errno != ERANGE) {
      buf[0] = '\0';  /* cwd gone: anchored excludes then match nothing useful */
      return buf;
    }
    cap *= 2;
    buf = sg_realloc(buf, cap);
  }
  return buf;
}

/* Lexical normalisation: "a/./b//c/" -> "a/b/c". With collapse, "x/.." goes
 * too (used on absolute paths built from the cwd). Keeps a leading '/'. */
static char *sg_discover__normalize(const char *path, bool collapse) {
  size_t n = strlen(path);
  char *out = sg_malloc(n + 2);
  size_t o = 0, floor = 0;
  if (path[0] == '/') out[o++] = '/', floor = 1;
  const char *s = path;
  while (*s) {
    while (*s == '/') s++;
    const char *e = s;
    while (*e && *e != '/') e++;
    size_t len = (size_t)(e - s);
    if (len == 0 || (len == 1 && s[0] == '.')) {
      s = e;
      continue;
    }
    if (collapse && len == 2 && s[0] == '.' && s[1] == '.') {
      /* Drop the last segment unless there is none or it is itself "..". */
      size_t start = o;
      while (start > floor && out[start - 1] != '/') start--;
      bool last_is_up = o - start == 2 && out[start] == '.' && out[start + 1] == '.';
      if (o > floor && !last_is_up) {
        o = start > floor ? start - 1 : floor;
        s = e;
        continue;
      }
      if (floor == 1 && o == 1) {  /* "/.." is "/" */
        s = e;
        continue;
      }
    }
    if (o > floor) out[o++] = '/';
    memcpy(out + o, s, len);
    o += len;
    s = e;
  }
  out[o] = '\0';
  return out;
}

/* The absolute form of path: resolved through symlinks where it exists, so
 * it compares with getcwd's physical path, else lexically from cwd. */
static char *sg_discover__absolute(const char *cwd, const char *path) {
  char *real = realpath(path, NULL);
  if (real) {
    char *abs = sg_strdup(real);
    free(real);  /* realpath allocates with malloc */
    return abs;
  }
  if (path[0] == '/') return sg_discover__normalize(path, true);
  char *joined = sg_discover__join(cwd, path);
  char *abs = sg_discover__normalize(joined, true);
  sg_free(joined);
  return abs;
}

/* Path of abs (normalised, absolute) relative to base (same): "" when equal,
 * "../x" when abs lies beside base. */
static char *sg_discover__relative(const char *base, const char *abs) {
  size_t common = 0, i = 0;
  /* Longest common prefix ending at a segment boundary. */
  for (;; i++) {
    bool bend = base[i] == '\0' || base[i] == '/';
    bool aend = abs[i] == '\0' || abs[i] == '/';
    if (bend && aend) common = i;
    if (base[i] != abs[i] || base[i] == '\0') break;
  }
  const char *rest_base = base + common, *rest_abs = abs + common;
  while (*rest_base == '/') rest_base++;
  while (*rest_abs == '/') rest_abs++;
  size_t ups = 0;
  for (const char *s = rest_base; *s;) {
    ups++;
    while (*s && *s != '/') s++;
    while (*s == '/') s++;
  }
  size_t tail = strlen(rest_abs);
  char *out = sg_malloc(ups * 3 + tail + 1);
  size_t o = 0;
  for (size_t k = 0; k < ups; k++) {
    memcpy(out + o, "../", 3);
    o += 3;
  }
  memcpy(out + o, rest_abs, tail + 1);
  if (tail == 0 && o > 0) out[o - 1] = '\0';  /* "../../" -> "../.." */
  return out;
}

/* ---- glob matching ---------------------------------------------------------- */

static bool sg_discover__named_class(const char *name, size_t len, unsigned char c) {
  static const struct {
    const char *name;
    int (*test)(int);
  } classes[] = {
      {"alnum", isalnum}, {"alpha", isalpha}, {"blank", isblank},
      {"cntrl", iscntrl}, {"digit", isdigit}, {"graph", isgraph},
      {"lower", islower}, {"print", isprint}, {"punct", ispunct},
      {"space", isspace}, {"upper", isupper}, {"xdigit", isxdigit},
  };
  for (size_t i = 0; i < sizeof classes / sizeof *classes; i++) {
    if (strlen(classes[i].name) == len && memcmp(classes[i].name, name, len) == 0)
      return classes[i].test(c) != 0;
  }
  return false;
}

/* A bracket expression at p ('[') against c. Returns the pattern after the
 * closing ']', or NULL when there is none (then '[' is an ordinary char). */
static const char *sg_discover__class(const char *p, unsigned char c, bool *ok) {
  const char *q = p + 1;
  bool negate = *q == '!' || *q == '^';
  if (negate) q++;
  bool hit = false, first = true;
  while (*q && (*q != ']' || first)) {
    first = false;
    if (q[0] == '[' && q[1] == ':') {
      const char *close = strstr(q + 2, ":]");
      if (close) {
        hit |= sg_discover__named_class(q + 2, (size_t)(close - (q + 2)), c);
        q = close + 2;
        continue;
      }
    }
    unsigned char lo, hi;
    if (q[0] == '\\' && q[1]) lo = (unsigned char)q[1], q += 2;
    else lo = (unsigned char)*q++;
    hi = lo;
    if (q[0] == '-' && q[1] && q[1] != ']') {
      q++;
      if (q[0] == '\\' && q[1]) hi = (unsigned char)q[1], q += 2;
      else hi = (unsigned char)*q++;
    }
    if (lo <= c && c <= hi) hit = true;
  }
  if (*q != ']') return NULL;
  *ok = hit != negate;
  return q + 1;
}

/* One token of p ('?', a class, an escape or a plain char) against c.
 * Returns the pattern after the token; *ok says whether c matched. */
static const char *sg_discover__token(const char *p, unsigned char c, bool *ok) {
  if (p[0] == '?') {
    *ok = true;
    return p + 1;
  }
  if (p[0] == '\\' && p[1]) {
    *ok = (unsigned char)p[1] == c;
    return p + 2;
  }
  if (p[0] == '[') {
    const char *end = sg_discover__class(p, c, ok);
    if (end) return end;
  }
  *ok = (unsigned char)p[0] == c;
  return p + 1;
}

/* Glob pattern (one path segment: no '/') against text[0..n). Greedy with a
 * single backtrack point, which is exact when every non-'*' token matches
 * exactly one character; no recursion. */
static bool sg_discover__glob(const char *pat, const char *text, size_t n) {
  const char *p = pat, *star = NULL;
  size_t t = 0, star_t = 0;
  while (t < n) {
    if (*p == '*') {
      while (*p == '*') p++;
      star = p;
      star_t = t;
      continue;
    }
    if (*p) {
      bool ok = false;
      const char *next = sg_discover__token(p, (unsigned char)text[t], &ok);
      if (ok) {
        p = next;
        t++;
        continue;
      }
    }
    if (!star) return false;
    p = star;
    t = ++star_t;
  }
  while (*p == '*') p++;
  return *p == '\0';
}

static const char *sg_discover__next_segment(const char *s) {
  const char *slash = strchr(s, '/');
  return slash ? slash + 1 : NULL;
}

/* Anchored rule segments against the segments of path (relative to the
 * rule's base). "**" matches zero or more segments; the same greedy
 * single-backtrack scheme as sg_discover__glob, one level up. */
static bool sg_discover__match_segments(const DiscoverRule *r, const char *path) {
  uint32_t p = 0, star_p = UINT32_MAX;
  const char *s = path, *star_s = NULL;
  while (s) {
    if (p < r->seg_count && strcmp(r->segs[p], "**") == 0) {
      star_p = p++;
      star_s = s;
      continue;
    }
    if (p < r->seg_count) {
      const char *slash = strchr(s, '/');
      size_t n = slash ? (size_t)(slash - s) : strlen(s);
      if (sg_discover__glob(r->segs[p], s, n)) {
        p++;
        s = slash ? slash + 1 : NULL;
        continue;
      }
    }
    if (star_p == UINT32_MAX) return false;
    p = star_p + 1;
    star_s = sg_discover__next_segment(star_s);
    s = star_s;
  }
  while (p < r->seg_count && strcmp(r->segs[p], "**") == 0) p++;
  return p == r->seg_count;
}

static bool sg_discover__rule_matches(const DiscoverRule *r, const char *sub,
                                      bool is_dir) {
  if (r->dir_only && !is_dir) return false;
  if (r->anchored) return sg_discover__match_segments(r, sub);
  const char *slash = strrchr(sub, '/');
  const char *name = slash ? slash + 1 : sub;
  return sg_discover__glob(r->segs[0], name, strlen(name));
}

/* Whether rel (relative to the repository root) is ignored by the layer
 * chain starting at layer: the deepest layer's last matching rule decides. */
static bool sg_discover__ignored(const DiscoverLayer *layers, int32_t layer,
                                 const char *rel, bool is_dir) {
  for (int32_t l = layer; l >= 0; l = layers[l].parent) {
    const DiscoverLayer *ly = &layers[l];
    const char *sub = rel;
    size_t blen = strlen(ly->base);
    if (blen) {
      if (strncmp(rel, ly->base, blen) != 0 || rel[blen] != '/') continue;
      sub = rel + blen + 1;
    }
    for (uint32_t i = ly->rules.len; i-- > 0;) {
      const DiscoverRule *r = &ly->rules.items[i];
      if (sg_discover__rule_matches(r, sub, is_dir)) return !r->negate;
    }
  }
  return false;
}

/* ---- ignore files ----------------------------------------------------------- */

static void sg_discover__parse_line(DiscoverLayer *layer, const char *line, size_t len) {
  if (len && line[len - 1] == '\r') len--;
  if (len == 0 || line[0] == '#') return;
  while (len > 0 && line[len - 1] == ' ' && !(len >= 2 && line[len - 2] == '\\')) len--;
  DiscoverRule r = {0};
  if (len && line[0] == '!') {
    r.negate = true;
    line++;
    len--;
  }
  if (len && line[len - 1] == '/') {
    r.dir_only = true;
    len--;
  }
  if (len && line[0] == '/') {
    r.anchored = true;
    line++;
    len--;
  }
  if (len == 0) return;
  if (memchr(line, '/', len)) r.anchored = true;

  Array(char *) segs = {0};
  for (size_t i = 0; i < len;) {
    size_t j = i;
    while (j < len && line[j] != '/') j++;
    if (j > i) array_push(&segs, sg_strndup(line + i, j - i));
    i = j + 1;
  }
  if (segs.len == 0) return;
  /* A trailing "**" segment means "everything inside", not the directory itself:
   * one or more segments, i.e. "*" then zero or more. */
  if (r.anchored && segs.len > 1 && strcmp(array_last(&segs), "**") == 0) {
    sg_free(array_last(&segs));
    array_last(&segs) = sg_strdup("*");
    array_push(&segs, sg_strdup("**"));
  }
  r.segs = segs.items;
  r.seg_count = segs.len;
  array_push(&layer->rules, r);
}

static void sg_discover__parse_rules(DiscoverLayer *layer, const char *text, size_t len) {
  size_t i = 0;
  while (i < len) {
    size_t j = i;
    while (j < len && text[j] != '\n') j++;
    sg_discover__parse_line(layer, text + i, j - i);
    i = j + 1;
  }
}

static void sg_discover__layer_free(DiscoverLayer *layer) {
  for (uint32_t i = 0; i < layer->rules.len; i++) {
    DiscoverRule *r = &layer->rules.items[i];
    for (uint32_t k = 0; k < r->seg_count; k++) sg_free(r->segs[k]);
    sg_free(r->segs);
  }
  array_free(&layer->rules);
  sg_free(layer->base);
}

/* Pushes a layer for the ignore file at file (taking ownership of file) and
 * returns it, or returns parent when the file is missing or has no rules. */
static int32_t sg_discover__add_layer(DiscoverWalk *w, int32_t parent, const char *base,
                                      char *file) {
  size_t len = 0;
  char *text = sg_cli_read_file(file, &len);
  sg_free(file);
  if (!text) return parent;
  DiscoverLayer layer = {.parent = parent, .base = sg_strdup(base)};
  sg_discover__parse_rules(&layer, text, len);
  sg_free(text);
  if (layer.rules.len == 0) {
    sg_discover__layer_free(&layer);
    return parent;
  }
  array_push(&w->layers, layer);
  return (int32_t)w->layers.len - 1;
}

static char *sg_discover__read_line_file(const char *path) {
  size_t len = 0;
  char *text = sg_cli_read_file(path, &len);
  if (!text) return NULL;
  while (len && (text[len - 1] == '\n' || text[len - 1] == '\r' || text[len - 1] == ' '))
    text[--len] = '\0';
  return text;
}

/* The info/exclude file of the repository whose work tree is dir: in
 * dir/.git/, or behind a ".git" file's "gitdir:" (worktrees, submodules),
 * where a "commondir" file may point on to the shared directory. */
static char *sg_discover__info_exclude(const char *dir) {
  char *dotgit = sg_discover__join(dir, ".git");
  struct stat st;
  char *gitdir = NULL;
  if (stat(dotgit, &st) == 0 && S_ISDIR(st.st_mode)) {
    gitdir = dotgit;
    dotgit = NULL;
  } else {
    char *line = sg_discover__read_line_file(dotgit);
    if (line && strncmp(line, "gitdir:", 7) == 0) {
      const char *target = line + 7;
      while (*target == ' ') target++;
      gitdir = target[0] == '/' ? sg_strdup(target) : sg_discover__join(dir, target);
    }
    sg_free(line);
  }
  sg_free(dotgit);
  if (!gitdir) return NULL;
  char *commondir_file = sg_discover__join(gitdir, "commondir");
  char *common = sg_discover__read_line_file(commondir_file);
  sg_free(commondir_file);
  if (common && common[0]) {
    char *shared = common[0] == '/' ? sg_strdup(common) : sg_discover__join(gitdir, common);
    sg_free(gitdir);
    gitdir = shared;
  }
  sg_free(common);
  char *exclude = sg_discover__join(gitdir, "info/exclude");
  sg_free(gitdir);
  return exclude;
}

static bool sg_discover__has_git(const char *dir) {
  char *dotgit = sg_discover__join(dir, ".git");
  struct stat st;
  bool found = stat(dotgit, &st) == 0;
  sg_free(dotgit);
  return found;
}

/* A root directory inside a work tree whose root is above it: find that
 * root, then load info/exclude and the .gitignore files from the work-tree
 * root down to the root directory's parent. */
static void sg_discover__enter_repo_above(DiscoverWalk *w, DiscoverDir *dir) {
  char *real = realpath(dir->path, NULL);
  if (!real) return;
  char *root = NULL;
  size_t top = strcmp(real, "/") == 0 ? 0 : strlen(real);
  while (top > 0 && !root) {
    while (top > 0 && real[top - 1] != '/') top--;  /* strip the last segment */
    if (top == 0) break;
    top--;  /* and its '/': real[0..top) is the parent, "" meaning "/" */
    char *ancestor = sg_strndup(real, top ? top : 1);
    if (sg_discover__has_git(ancestor)) root = ancestor;
    else sg_free(ancestor);
  }
  if (root) {
    const char *rel = real + strlen(root);
    while (*rel == '/') rel++;
    dir->rel = sg_strdup(rel);
    int32_t layer = sg_discover__add_layer(w, -1, "", sg_discover__info_exclude(root));
    /* Each directory from the work-tree root down to (not including) dir. */
    for (size_t i = 0; rel[i]; i++) {
      if (i != 0 && rel[i] != '/') continue;
      char *base = sg_strndup(rel, i);
      char *d = sg_discover__join(root, base);
      layer = sg_discover__add_layer(w, layer, base, sg_discover__join(d, ".gitignore"));
      sg_free(d);
      sg_free(base);
    }
    dir->layer = layer;
    sg_free(root);
  }
  free(real);  /* realpath allocates with malloc */
}

/* Called once per directory before its entries are read: a ".git" starts a
 * new repository (the enclosing one's rules stop here, as git does for
 * nested repositories); inside a repository the directory's own .gitignore
 * joins the chain. */
static void sg_discover__enter(DiscoverWalk *w, DiscoverDir *dir, bool is_root) {
  if (!w->opts.respect_gitignore) return;
  if (sg_discover__has_git(dir->path)) {
    sg_free(dir->rel);
    dir->rel = sg_strdup("");
    dir->layer = sg_discover__add_layer(w, -1, "", sg_discover__info_exclude(dir->path));
  } else if (is_root) {
    sg_discover__enter_repo_above(w, dir);
  }
  if (dir->rel)
    dir->layer = sg_discover__add_layer(w, dir->layer, dir->rel,
                                        sg_discover__join(dir->path, ".gitignore"));
}

/* ---- the walk ------------------------------------------------------------------ */

static void sg_discover__error(DiscoverWalk *w, const char *path, int errnum) {
  const char *msg = strerror(errnum);
  size_t n = strlen(path) + strlen(msg) + 3;
  char *s = sg_malloc(n);
  snprintf(s, n, "%s: %s", path, msg);
  array_push(&w->out->errors, s);
}

static bool sg_discover__is_python(const char *name) {
  size_t n = strlen(name);
  return (n > 3 && memcmp(name + n - 3, ".py", 3) == 0) ||
         (n > 4 && memcmp(name + n - 4, ".pyi", 4) == 0) ||
         (n > 6 && memcmp(name + n - 6, ".ipynb", 6) == 0);
}

bool sg_discover_default_excluded(const char *name) {
  size_t count = sizeof sg_discover__default_excludes / sizeof *sg_discover__default_excludes;
  for (size_t i = 0; i < count; i++)
    if (strcmp(name, sg_discover__default_excludes[i]) == 0) return true;
  return false;
}

static void sg_discover__dir_free(DiscoverDir *dir) {
  sg_free(dir->path);
  sg_free(dir->rel);
  sg_free(dir->xrel);
}

/* Reads one directory: pushes its subdirectories on the stack and records
 * its Python files, after the default, user and gitignore excludes. */
static void sg_discover__read_dir(DiscoverWalk *w, const DiscoverDir *dir) {
  DIR *d = opendir(dir->path);
  if (!d) {
    sg_discover__error(w, dir->path, errno);
    return;
  }
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    const char *name = e->d_name;
    if (strcmp(name, ".") == 0 || strcmp(name, "..") == 0) continue;
    bool python = sg_discover__is_python(name);
    unsigned char type = e->d_type;
    char *path = NULL;
    if (type == DT_UNKNOWN) {  /* some filesystems do not fill d_type */
      path = sg_discover__join(dir->path, name);
      struct stat st;
      if (lstat(path, &st) == 0) {
        type = S_ISDIR(st.st_mode) ? DT_DIR : S_ISREG(st.st_mode) ? DT_REG
             : S_ISLNK(st.st_mode) ? DT_LNK : DT_UNKNOWN;
      }
    }
    bool wanted = type == DT_DIR || ((type == DT_REG || type == DT_LNK) && python);
    if (wanted && !path) path = sg_discover__join(dir->path, name);
    if (wanted && type == DT_LNK) {
      /* Symlinked files count; symlinked directories are not followed. */
      struct stat st;
      wanted = stat(path, &st) == 0 && S_ISREG(st.st_mode);
    }
    if (!wanted) {
      sg_free(path);
      continue;
    }
    bool is_dir = type == DT_DIR;
    DiscoverVerdict verdict = w->opts.filter
        ? w->opts.filter(w->opts.filter_ctx, dir->path, name, is_dir) : DISCOVER_DEFAULT;
    if (verdict == DISCOVER_SKIP || (verdict == DISCOVER_DEFAULT && sg_discover_default_excluded(name))) {
      sg_free(path);
      continue;
    }

    char *xrel = sg_discover__join(dir->xrel, name);
    bool skip = w->excludes.rules.len &&
                sg_discover__ignored(&w->excludes, 0, xrel, is_dir);
    char *rel = NULL;
    if (!skip && dir->rel) {
      rel = sg_discover__join(dir->rel, name);
      skip = sg_discover__ignored(w->layers.items, dir->layer, rel, is_dir);
    }
    if (skip) {
      sg_free(path);
      sg_free(xrel);
      sg_free(rel);
    } else if (is_dir) {
      DiscoverDir child = {.path = path, .rel = rel, .xrel = xrel, .layer = dir->layer};
      array_push(&w->stack, child);
    } else {
      array_push(&w->found, path);
      sg_free(xrel);
      sg_free(rel);
    }
  }
  closedir(d);
}

static void sg_discover__walk_root(DiscoverWalk *w, const char *root) {
  char *abs = sg_discover__absolute(w->cwd, root);
  DiscoverDir start = {.path = sg_strdup(root),
                       .xrel = sg_discover__relative(w->xbase, abs),
                       .layer = -1};
  sg_free(abs);
  sg_discover__enter(w, &start, true);
  array_push(&w->stack, start);
  bool first = true;
  while (w->stack.len) {
    DiscoverDir dir = w->stack.items[--w->stack.len];
    if (!first) sg_discover__enter(w, &dir, false);
    first = false;
    sg_discover__read_dir(w, &dir);
    sg_discover__dir_free(&dir);
  }
}

/* ---- results -------------------------------------------------------------------- */

typedef struct DiscoverKeyed {
  char *path;
  char *key;  /* the path lexically normalised: spellings of one file agree */
} DiscoverKeyed;

static int sg_discover__cmp_keyed(const void *a, const void *b) {
  const DiscoverKeyed *x = a, *y = b;
  int c = strcmp(x->key, y->key);
  if (c) return c;
  size_t lx = strlen(x->path), ly = strlen(y->path);
  if (lx != ly) return lx < ly ? -1 : 1;
  return strcmp(x->path, y->path);
}

static int sg_discover__cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorts found into out->files, dropping other spellings of a path. */
static void sg_discover__finish(DiscoverWalk *w) {
  uint32_t n = w->found.len;
  DiscoverKeyed *keyed = sg_calloc(n ? n : 1, sizeof *keyed);
  for (uint32_t i = 0; i < n; i++) {
    keyed[i].path = w->found.items[i];
    keyed[i].key = sg_discover__normalize(keyed[i].path, false);
  }
  if (n) qsort(keyed, n, sizeof *keyed, sg_discover__cmp_keyed);
  for (uint32_t i = 0; i < n; i++) {
    if (i > 0 && strcmp(keyed[i].key, keyed[i - 1].key) == 0) sg_free(keyed[i].path);
    else array_push(&w->out->files, keyed[i].path);
  }
  for (uint32_t i = 0; i < n; i++) sg_free(keyed[i].key);
  sg_free(keyed);
  array_free(&w->found);
  if (w->out->files.len)
    qsort(w->out->files.items, w->out->files.len, sizeof(char *), sg_discover__cmp_str);
  if (w->out->errors.len)
    qsort(w->out->errors.items, w->out->errors.len, sizeof(char *), sg_discover__cmp_str);
}

char *sg_path_absolute(const char *path) {
  char *cwd = sg_discover__getcwd();
  char *abs = sg_discover__absolute(cwd, path);
  sg_free(cwd);
  return abs;
}

char *sg_path_join(const char *dir, const char *name) {
  return sg_discover__join(dir, name);
}

char *sg_path_relative(const char *base, const char *abs) {
  return sg_discover__relative(base, abs);
}

DiscoverOptions sg_discover_options_default(void) {
  return (DiscoverOptions){.respect_gitignore = true};
}

void sg_discover(const char *const *roots, size_t root_count,
                 const DiscoverOptions *opts, DiscoverResult *out) {
  *out = (DiscoverResult){0};
  DiscoverWalk w = {.opts = opts ? *opts : sg_discover_options_default(), .out = out};
  w.cwd = sg_discover__getcwd();
  w.xbase = sg_discover__absolute(w.cwd, w.opts.exclude_base ? w.opts.exclude_base : ".");
  w.excludes = (DiscoverLayer){.parent = -1, .base = sg_strdup("")};
  for (size_t i = 0; i < w.opts.exclude_count; i++) {
    const char *pat = w.opts.exclude[i];
    if (pat) sg_discover__parse_line(&w.excludes, pat, strlen(pat));
  }

  for (size_t i = 0; i < root_count; i++) {
    const char *root = roots[i];
    struct stat st;
    if (!root || stat(root, &st) != 0) {
      sg_discover__error(&w, root ? root : "(null)", root ? errno : EINVAL);
      out->bad_root = true;
    } else if (!S_ISDIR(st.st_mode)) {
      array_push(&w.found, sg_strdup(root));  /* named explicitly: always linted */
    } else {
      sg_discover__walk_root(&w, root);
    }
  }
  sg_discover__finish(&w);

  for (uint32_t i = 0; i < w.layers.len; i++) sg_discover__layer_free(&w.layers.items[i]);
  array_free(&w.layers);
  array_free(&w.stack);
  sg_discover__layer_free(&w.excludes);
  sg_free(w.xbase);
  sg_free(w.cwd);
}

void sg_discover_result_free(DiscoverResult *self) {
  if (!self) return;
  for (uint32_t i = 0; i < self->files.len; i++) sg_free(self->files.items[i]);
  for (uint32_t i = 0; i < self->errors.len; i++) sg_free(self->errors.items[i]);
  array_free(&self->files);
  array_free(&self->errors);
  self->bad_root = false;
}

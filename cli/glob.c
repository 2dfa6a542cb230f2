/* Glob matching for per-file-ignores and exclude; semantics in cli/glob.h.
 *
 * A pattern is first checked (sg_glob__check), then its braces are expanded
 * into plain patterns (sg_glob__expand, a worklist, no recursion), and each
 * plain pattern is matched component by component (sg_glob__match_path)
 * with a single backtrack point for "**", each component by a glob with a
 * single backtrack point for '*' (sg_glob__component). Both levels are the
 * classic greedy scheme, exact because every other token (a component, a
 * character) matches exactly one unit. */
#include "cli/glob.h"

#include <stdint.h>
#include <string.h>

#include "parser/alloc.h"

/* Bounds the work of one brace expansion (strings taken off the worklist). */
#define SG_GLOB__MAX_EXPAND_STEPS (16 * SG_GLOB_MAX_ALTERNATIVES)

/* ---- characters ------------------------------------------------------------- */

/* One UTF-8 character at s (s < end): its code point in *cp, its length in
 * bytes as the result. A malformed byte stands for itself, length 1. */
static size_t sg_glob__utf8(const char *s, const char *end, uint32_t *cp) {
  const unsigned char *u = (const unsigned char *)s;
  size_t avail = (size_t)(end - s), n;
  uint32_t c;
  if (u[0] < 0x80) {
    *cp = u[0];
    return 1;
  }
  if ((u[0] & 0xE0) == 0xC0) n = 2, c = u[0] & 0x1F;
  else if ((u[0] & 0xF0) == 0xE0) n = 3, c = u[0] & 0x0F;
  else if ((u[0] & 0xF8) == 0xF0) n = 4, c = u[0] & 0x07;
  else n = 0, c = 0;
  if (n == 0 || n > avail) {
    *cp = u[0];
    return 1;
  }
  for (size_t i = 1; i < n; i++) {
    if ((u[i] & 0xC0) != 0x80) {
      *cp = u[0];
      return 1;
    }
    c = (c << 6) | (u[i] & 0x3F);
  }
  *cp = c;
  return n;
}

/* One possibly escaped class member at *q (not '\0'): its code point; *q is
 * moved past it. */
static uint32_t sg_glob__class_char(const char **q) {
  const char *s = *q;
  if (s[0] == '\\' && s[1]) s++;
  uint32_t cp;
  s += sg_glob__utf8(s, s + strlen(s), &cp);
  *q = s;
  return cp;
}

/* The class at p ('[') against code point c. Returns the pattern after the
 * closing ']' with *hit set, or NULL with *err set when the class is bad. */
static const char *sg_glob__class(const char *p, uint32_t c, bool *hit, const char **err) {
  const char *q = p + 1;
  bool negate = *q == '!' || *q == '^';
  if (negate) q++;
  bool in = false, first = true;
  while (*q && (*q != ']' || first)) {
    first = false;
    if (q[0] == '\\' && !q[1]) break;  /* dangling escape: unclosed */
    uint32_t lo = sg_glob__class_char(&q), hi = lo;
    if (q[0] == '-' && q[1] && q[1] != ']') {
      q++;
      if (q[0] == '\\' && !q[1]) break;
      hi = sg_glob__class_char(&q);
      if (hi < lo) {
        *err = "invalid range in `[...]` (start after end)";
        return NULL;
      }
    }
    if (lo <= c && c <= hi) in = true;
  }
  if (*q != ']') {
    *err = "unclosed `[`";
    return NULL;
  }
  *hit = c != '/' && in != negate;
  return q + 1;
}

/* Past one token that is not a brace: an escape, a class or one byte.
 * Only for checked patterns. */
static const char *sg_glob__skip(const char *p) {
  if (p[0] == '\\' && p[1]) return p + 2;
  if (p[0] == '[') {
    bool hit;
    const char *err = NULL;
    const char *end = sg_glob__class(p, 0, &hit, &err);
    if (end) return end;
  }
  return p + 1;
}

/* ---- syntax ---------------------------------------------------------------- */

static const char *sg_glob__check(const char *p) {
  int depth = 0;
  while (*p) {
    if (p[0] == '\\') {
      if (!p[1]) return "dangling `\\` at the end of the pattern";
      p += 2;
    } else if (p[0] == '[') {
      bool hit;
      const char *err = NULL;
      p = sg_glob__class(p, 0, &hit, &err);
      if (!p) return err;
    } else if (p[0] == '{') {
      if (++depth > SG_GLOB_MAX_NESTING) return "`{` nested too deeply";
      p++;
    } else if (p[0] == '}') {
      if (depth-- == 0) return "unmatched `}`";
      p++;
    } else {
      p++;
    }
  }
  return depth ? "unclosed `{`" : NULL;
}

/* ---- brace expansion ------------------------------------------------------- */

typedef Array(char *) GlobList;

static void sg_glob__list_free(GlobList *list) {
  for (uint32_t i = 0; i < list->len; i++) sg_free(list->items[i]);
  array_free(list);
}

/* pre + mid + post as a new string. */
static char *sg_glob__concat3(const char *pre, size_t a, const char *mid, size_t b,
                              const char *post) {
  size_t c = strlen(post);
  char *s = sg_malloc(a + b + c + 1);
  memcpy(s, pre, a);
  memcpy(s + a, mid, b);
  memcpy(s + a + b, post, c + 1);
  return s;
}

/* Expands the braces of a checked pattern into *out (plain patterns, in no
 * particular order). Takes a string off a worklist, splits its first brace
 * group at its top-level commas and puts the results back, until none has
 * braces. Returns NULL, or a message when the expansion grows too large. */
static const char *sg_glob__expand(const char *pattern, GlobList *out) {
  GlobList work = {0};
  const char *err = NULL;
  uint32_t steps = 0;
  array_push(&work, sg_strdup(pattern));
  while (work.len) {
    char *s = work.items[--work.len];
    if (++steps > SG_GLOB__MAX_EXPAND_STEPS) {
      sg_free(s);
      err = "too many alternatives in `{...}`";
      break;
    }
    const char *open = s;
    while (*open && *open != '{') open = sg_glob__skip(open);
    if (!*open) {
      if (out->len >= SG_GLOB_MAX_ALTERNATIVES) {
        sg_free(s);
        err = "too many alternatives in `{...}`";
        break;
      }
      array_push(out, s);
      continue;
    }
    /* First the closing brace of the group at open, then its alternatives,
     * split at the commas at depth 1. */
    const char *close = open + 1;
    for (int depth = 1; *close; ) {
      if (*close == '{') depth++;
      else if (*close == '}' && --depth == 0) break;
      close = *close == '{' || *close == '}' ? close + 1 : sg_glob__skip(close);
    }
    const char *alt = open + 1, *q = open + 1;
    for (int depth = 1; q <= close; ) {
      if (q == close || (*q == ',' && depth == 1)) {
        array_push(&work, sg_glob__concat3(s, (size_t)(open - s), alt, (size_t)(q - alt),
                                           close + 1));
        alt = ++q;
      } else if (*q == '{' || *q == '}') {
        depth += *q == '{' ? 1 : -1;
        q++;
      } else {
        q = sg_glob__skip(q);
      }
    }
    sg_free(s);
  }
  sg_glob__list_free(&work);
  return err;
}

/* ---- matching -------------------------------------------------------------- */

/* The end of the pattern component at p: the next '/' outside escapes and
 * classes, or the end of the string. */
static const char *sg_glob__component_end(const char *p) {
  while (*p && *p != '/') p = sg_glob__skip(p);
  return p;
}

/* One pattern component [p, pe) (no '/') against one path component
 * [t, te). Greedy, backtracking only to the last '*' seen: exact, since
 * every other token matches exactly one character. */
static bool sg_glob__component(const char *p, const char *pe, const char *t, const char *te) {
  const char *star = NULL, *star_t = NULL;
  while (t < te) {
    if (p < pe && *p == '*') {
      while (p < pe && *p == '*') p++;
      star = p;
      star_t = t;
      continue;
    }
    uint32_t c;
    size_t n = sg_glob__utf8(t, te, &c);
    if (p < pe) {
      bool ok = false;
      const char *next;
      if (*p == '?') {
        ok = true;
        next = p + 1;
      } else if (*p == '[') {
        const char *err = NULL;
        next = sg_glob__class(p, c, &ok, &err);
        if (!next) return false;  /* unchecked pattern: cannot happen */
      } else {
        const char *lit = *p == '\\' ? p + 1 : p;
        uint32_t pc;
        next = lit + sg_glob__utf8(lit, pe, &pc);
        ok = pc == c;
      }
      if (ok) {
        p = next;
        t += n;
        continue;
      }
    }
    if (!star) return false;
    p = star;
    uint32_t skipped;
    star_t += sg_glob__utf8(star_t, te, &skipped);
    t = star_t;
  }
  while (p < pe && *p == '*') p++;
  return p == pe;
}

static bool sg_glob__is_globstar(const char *p, const char *pe) {
  return pe - p == 2 && p[0] == '*' && p[1] == '*';
}

static const char *sg_glob__strip_dot(const char *s) {
  while (s[0] == '.' && s[1] == '/') s += 2;
  return s;
}

/* A plain (brace-free, checked) pattern against a whole path, component by
 * component. A "**" component matches zero or more path components; on a
 * mismatch the last "**" takes one more component and matching resumes
 * after it (one backtrack point, as for '*'). */
static bool sg_glob__match_path(const char *pat, const char *path) {
  const char *p = pat, *s = path;           /* s: NULL once path is used up */
  const char *star_p = NULL, *star_s = NULL; /* after the last "**", its start */
  while (s) {
    if (p) {
      const char *pe = sg_glob__component_end(p);
      const char *pnext = *pe ? pe + 1 : NULL;
      if (sg_glob__is_globstar(p, pe)) {
        if (!pnext) return true;  /* trailing "**": all the rest, at least one */
        star_p = pnext;
        star_s = s;
        p = pnext;
        continue;
      }
      const char *se = strchr(s, '/');
      if (!se) se = s + strlen(s);
      if (sg_glob__component(p, pe, s, se)) {
        p = pnext;
        s = *se ? se + 1 : NULL;
        continue;
      }
    }
    if (!star_p) return false;
    const char *slash = strchr(star_s, '/');
    if (!slash) return false;
    star_s = slash + 1;
    s = star_s;
    p = star_p;
  }
  /* Path used up: the rest of the pattern may only be "**" components, and
   * a trailing one needs a component of its own unless it is the pattern. */
  while (p) {
    const char *pe = sg_glob__component_end(p);
    if (!sg_glob__is_globstar(p, pe)) return false;
    if (!*pe) return p == pat;
    p = pe + 1;
  }
  return true;
}

/* A plain pattern against path, with the basename rule for patterns of one
 * component. */
static bool sg_glob__match_plain(const char *pat, const char *path) {
  pat = sg_glob__strip_dot(pat);
  if (sg_glob__match_path(pat, path)) return true;
  if (*sg_glob__component_end(pat)) return false;
  const char *slash = strrchr(path, '/');
  return slash && sg_glob__match_path(pat, slash + 1);
}

const char *sg_glob_error(const char *pattern) {
  const char *err = sg_glob__check(pattern);
  if (err) return err;
  GlobList list = {0};
  err = sg_glob__expand(pattern, &list);
  sg_glob__list_free(&list);
  return err;
}

bool sg_glob_match(const char *pattern, const char *path) {
  if (sg_glob__check(pattern)) return false;
  path = sg_glob__strip_dot(path);
  if (!strchr(pattern, '{')) return sg_glob__match_plain(pattern, path);
  GlobList list = {0};
  bool hit = false;
  if (!sg_glob__expand(pattern, &list)) {
    for (uint32_t i = 0; i < list.len && !hit; i++) hit = sg_glob__match_plain(list.items[i], path);
  }
  sg_glob__list_free(&list);
  return hit;
}

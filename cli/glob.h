/* Glob: path patterns for the configuration keys `per-file-ignores` and
 * `exclude`, with the semantics of Ruff's (globset's) globs.
 *
 *   *        any run of characters except '/' (also "**" inside a component,
 *            as in "a**b", which is just two '*')
 *   ?        one character except '/'; a UTF-8 multi-byte character counts
 *            as one
 *   [abc] [a-z] [!a-z] [^a-z]
 *            one character (UTF-8 aware) in / not in the class; never '/'.
 *            A ']' right after '[' (or '[!', '[^') is literal; "\x" inside a
 *            class is x; '{', ',', '}' inside a class are literal
 *   **       as a whole path component: zero or more components. So
 *            "**" "/test_*.py" matches "test_a.py" and "a/b/test_a.py";
 *            "a/" "**" "/b" matches "a/b" and "a/x/y/b" (patterns are split
 *            into quoted pieces here only because slash-star would end this
 *            comment). A trailing "/" "**" needs at least one component:
 *            "src/" "**" matches everything under src but not "src" itself;
 *            the pattern "**" alone matches every path
 *   {a,b,c}  alternatives, which may hold globs, '/' and further braces
 *            (nesting up to SG_GLOB_MAX_NESTING levels); expanded up front
 *            into at most SG_GLOB_MAX_ALTERNATIVES plain patterns
 *   \x       the character x, literally
 *
 * Matching is case-sensitive and byte-exact otherwise. Leading "./" is
 * ignored on both pattern and path. A pattern (or an alternative, after
 * brace expansion) with no unescaped '/' outside a class matches the path's
 * basename as well as the whole path, as Ruff does: "__init__.py" matches
 * "pkg/sub/__init__.py", "*.pyi" matches "a/b.pyi".
 *
 * Matching is iterative with one backtrack point for the last '*' inside a
 * component and one for the last "**" component, so it runs in time
 * polynomial in the lengths (no exponential blow-up, no recursion). */
#ifndef SG_GLOB_H
#define SG_GLOB_H

#include <stdbool.h>

#define SG_GLOB_MAX_NESTING 8        /* deepest '{' nesting accepted */
#define SG_GLOB_MAX_ALTERNATIVES 1024 /* patterns one brace expansion may give */

/* Does the '/'-separated relative path match the glob? A pattern that
 * sg_glob_error rejects matches nothing. */
bool sg_glob_match(const char *pattern, const char *path);

/* Checks a pattern's syntax; returns NULL when it is fine, else a static
 * message: unclosed '[', invalid range in a class, unclosed '{', unmatched
 * '}', '{' nested too deeply, too many alternatives, dangling '\'. */
const char *sg_glob_error(const char *pattern);

#endif

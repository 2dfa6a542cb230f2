/* Tests for cli/discover: each test builds a directory tree under
 * /tmp/snag-discover-XXXXXX, runs sg_discover on it and removes it. */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/discover.h"
#include "parser/alloc.h"
#include "tests/unit/test.h"

/* ---- temp trees --------------------------------------------------------------- */

static char *test_discover__path(const char *root, const char *rel) {
  size_t a = strlen(root), b = strlen(rel);
  char *s = sg_malloc(a + b + 2);
  memcpy(s, root, a);
  s[a] = '/';
  memcpy(s + a + 1, rel, b + 1);
  return s;
}

static char *test_discover__tree(void) {
  char tmpl[] = "/tmp/snag-discover-XXXXXX";
  char *dir = mkdtemp(tmpl);
  CHECK(dir != NULL);
  return sg_strdup(dir ? dir : "/nonexistent-snag-discover");
}

/* mkdir -p for every parent of root/rel. */
static void test_discover__parents(const char *root, const char *rel) {
  char *path = test_discover__path(root, rel);
  for (char *s = path + strlen(root) + 1; *s; s++) {
    if (*s != '/') continue;
    *s = '\0';
    mkdir(path, 0755);
    *s = '/';
  }
  sg_free(path);
}

static void test_discover__write(const char *root, const char *rel, const char *text) {
  test_discover__parents(root, rel);
  char *path = test_discover__path(root, rel);
  FILE *f = fopen(path, "w");
  CHECK(f != NULL);
  if (f) {
    fputs(text, f);
    fclose(f);
  }
  sg_free(path);
}

static void test_discover__touch(const char *root, const char *const *rels, size_t n) {
  for (size_t i = 0; i < n; i++) test_discover__write(root, rels[i], "x = 1\n");
}

static void test_discover__mkdir(const char *root, const char *rel) {
  test_discover__parents(root, rel);
  char *path = test_discover__path(root, rel);
  mkdir(path, 0755);
  sg_free(path);
}

static void test_discover__symlink(const char *root, const char *target, const char *rel) {
  char *path = test_discover__path(root, rel);
  CHECK(symlink(target, path) == 0);
  sg_free(path);
}

/* rm -rf without recursion: collect every path depth-first (a directory
 * before its contents), then remove them in reverse. */
static void test_discover__remove(char *root) {
  Array(char *) all = {0};
  array_push(&all, sg_strdup(root));
  for (uint32_t i = 0; i < all.len; i++) {
    struct stat st;
    if (lstat(all.items[i], &st) != 0 || !S_ISDIR(st.st_mode)) continue;
    chmod(all.items[i], 0755);
    DIR *d = opendir(all.items[i]);
    if (!d) continue;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
      if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
      array_push(&all, test_discover__path(all.items[i], e->d_name));
    }
    closedir(d);
  }
  for (uint32_t i = all.len; i-- > 0;) {
    if (remove(all.items[i]) != 0) fprintf(stderr, "  could not remove %s\n", all.items[i]);
    sg_free(all.items[i]);
  }
  array_free(&all);
  sg_free(root);
}

/* ---- running and checking ------------------------------------------------------- */

static void test_discover__run(const char *const *roots, size_t n, const DiscoverOptions *opts,
                               DiscoverResult *out) {
  sg_discover(roots, n, opts, out);
}

/* out->files must be exactly prefix + "/" + want[i] (prefix NULL: want[i]). */
static void test_discover__expect(const DiscoverResult *out, const char *prefix,
                                  const char *const *want, size_t n) {
  bool same = out->files.len == n;
  for (size_t i = 0; same && i < n; i++) {
    char *full = prefix ? test_discover__path(prefix, want[i]) : sg_strdup(want[i]);
    same = strcmp(out->files.items[i], full) == 0;
    sg_free(full);
  }
  CHECK(same);
  if (same) return;
  fprintf(stderr, "    got:\n");
  for (uint32_t i = 0; i < out->files.len; i++)
    fprintf(stderr, "      %s\n", out->files.items[i]);
  fprintf(stderr, "    expected (under %s):\n", prefix ? prefix : ".");
  for (size_t i = 0; i < n; i++) fprintf(stderr, "      %s\n", want[i]);
}

#define COUNT(a) (sizeof(a) / sizeof *(a))

/* ---- tests ------------------------------------------------------------------------ */

static void test_discover_default_excludes(void) {
  char *t = test_discover__tree();
  const char *files[] = {
      "a.py",          "b.txt",          "c.pyi",           ".venv/x.py",
      "node_modules/y.py", "sub/__pycache__/z.py", "sub/d.py", "build/e.py",
      ".hidden/f.py",  "sub/deep/g.py",  "dist.py",         ".py",
      "mod.pyc",       "pkg/.git/h.py",  "pkg/site-packages/i.py", "venv",
      ".tox/j.pyi",    "x/_build/k.py",
  };
  test_discover__touch(t, files, COUNT(files));
  const char *want[] = {".hidden/f.py", "a.py",     "c.pyi",
                        "dist.py",      "sub/d.py", "sub/deep/g.py"};
  DiscoverResult out;
  const char *roots[] = {t};
  test_discover__run(roots, 1, NULL, &out);
  test_discover__expect(&out, t, want, COUNT(want));
  CHECK_INT(out.errors.len, 0);
  CHECK(!out.bad_root);
  sg_discover_result_free(&out);
  test_discover__remove(t);
}

static void test_discover_explicit_roots(void) {
  char *t = test_discover__tree();
  const char *files[] = {"build/e.py", "b.txt", ".venv/x.py", ".venv/lib/y.pyi", "ignored.py",
                         "noext"};
  test_discover__touch(t, files, COUNT(files));
  test_discover__mkdir(t, ".git");
  test_discover__write(t, ".gitignore", "ignored.py\nnoext\n");
  char *e = test_discover__path(t, "build/e.py");
  char *b = test_discover__path(t, "b.txt");
  char *venv = test_discover__path(t, ".venv");
  char *ign = test_discover__path(t, "ignored.py");
  char *noext = test_discover__path(t, "noext");
  const char *roots[] = {e, b, venv, ign, noext};
  const char *exclude[] = {"*.txt", "build"};
  DiscoverOptions opts = sg_discover_options_default();
  opts.exclude = exclude;
  opts.exclude_count = COUNT(exclude);
  DiscoverResult out;
  test_discover__run(roots, COUNT(roots), &opts, &out);
  /* Named files come through whatever their name or excludes; a named
   * directory is walked even when its own name is a default exclude. */
  const char *want[] = {".venv/lib/y.pyi", ".venv/x.py", "b.txt", "build/e.py", "ignored.py",
                        "noext"};
  test_discover__expect(&out, t, want, COUNT(want));
  CHECK_INT(out.errors.len, 0);
  sg_discover_result_free(&out);
  sg_free(e);
  sg_free(b);
  sg_free(venv);
  sg_free(ign);
  sg_free(noext);
  test_discover__remove(t);
}

/* The repository used by the gitignore tests. */
static char *test_discover__repo(void) {
  char *t = test_discover__tree();
  test_discover__mkdir(t, ".git/info");
  test_discover__write(t, ".git/info/exclude", "info_excluded.py\n");
  test_discover__write(t, ".gitignore",
                       "# a comment\n"
                       "\n"
                       "*.gen.py\n"
                       "!keep.gen.py\n"
                       "mod.py/\n"
                       "/top.py\n"
                       "docs/**/skip.py\n"
                       "deep/**\n"
                       "!deep/keep.py\n"
                       "**/gen/*.py\n"
                       "sub/anch.py\n"
                       "trail.py   \n"
                       "t?st_[0-9].py\r\n"
                       "\\#hash.py\n"
                       "[!a-m]*.pyi\n");
  test_discover__write(t, "sub/.gitignore", "!*.gen.py\nlocal.py\n/anchored_here.py\n");
  const char *files[] = {
      "a.py",
      "info_excluded.py",
      "x.gen.py",
      "keep.gen.py",
      "sub/mod.py",
      "other/mod.py/inner.py",
      "top.py",
      "sub/top.py",
      "docs/skip.py",
      "docs/a/b/skip.py",
      "docs/keep.py",
      "other/skip.py",
      "deep/x.py",
      "deep/keep.py",
      "deep/n/y.py",
      "gen/m.py",
      "x/gen/m.py",
      "gen.py",
      "sub/anch.py",
      "other/sub/anch.py",
      "trail.py",
      "test_1.py",
      "test_a.py",
      "#hash.py",
      "stubs.pyi",
      "alpha.pyi",
      "sub/y.gen.py",
      "sub/local.py",
      "sub/deeper/local.py",
      "local.py",
      "sub/anchored_here.py",
      "sub/deeper/anchored_here.py",
  };
  test_discover__touch(t, files, COUNT(files));
  return t;
}

static void test_discover_gitignore(void) {
  char *t = test_discover__repo();
  const char *want[] = {
      "a.py",       "alpha.pyi",     "deep/keep.py",
      "docs/keep.py", "gen.py",      "keep.gen.py",
      "local.py",   "other/skip.py", "other/sub/anch.py",
      "sub/deeper/anchored_here.py", "sub/mod.py", "sub/top.py",
      "sub/y.gen.py", "test_a.py",
  };
  const char *roots[] = {t};
  DiscoverResult out;
  test_discover__run(roots, 1, NULL, &out);
  test_discover__expect(&out, t, want, COUNT(want));
  CHECK_INT(out.errors.len, 0);
  sg_discover_result_free(&out);

  /* Roots below the work-tree root still get the .gitignore files above. */
  char *docs = test_discover__path(t, "docs");
  char *sub = test_discover__path(t, "sub/");
  const char *sub_roots[] = {docs, sub};
  test_discover__run(sub_roots, 2, NULL, &out);
  const char *want_sub[] = {"docs/keep.py", "sub/deeper/anchored_here.py", "sub/mod.py",
                            "sub/top.py", "sub/y.gen.py"};
  test_discover__expect(&out, t, want_sub, COUNT(want_sub));
  sg_discover_result_free(&out);
  sg_free(docs);
  sg_free(sub);

  /* respect_gitignore = false: everything but the default excludes. */
  DiscoverOptions opts = sg_discover_options_default();
  opts.respect_gitignore = false;
  test_discover__run(roots, 1, &opts, &out);
  CHECK_INT(out.files.len, 32);
  sg_discover_result_free(&out);
  test_discover__remove(t);
}

static void test_discover_gitignore_outside_repo(void) {
  char *t = test_discover__tree();
  test_discover__write(t, ".gitignore", "*.py\n");
  test_discover__write(t, "sub/.gitignore", "*\n");
  const char *files[] = {"a.py", "sub/b.py"};
  test_discover__touch(t, files, COUNT(files));
  const char *roots[] = {t};
  DiscoverResult out;
  test_discover__run(roots, 1, NULL, &out);
  test_discover__expect(&out, t, files, COUNT(files));
  sg_discover_result_free(&out);
  test_discover__remove(t);
}

static void test_discover_gitignore_git_file_and_nested_repo(void) {
  char *t = test_discover__tree();
  /* A ".git" file (worktree, submodule) marks a work tree too; its gitdir
   * holds info/exclude. */
  test_discover__write(t, ".git", "gitdir: meta/gitdir\n");
  test_discover__write(t, "meta/gitdir/info/exclude", "from_exclude.py\n");
  test_discover__write(t, ".gitignore", "*.gen.py\nmeta/\n");
  /* A nested repository: the outer .gitignore stops at its root. */
  test_discover__mkdir(t, "inner/.git");
  test_discover__write(t, "inner/.gitignore", "own.py\n");
  const char *files[] = {"a.py",     "from_exclude.py", "b.gen.py",    "meta/m.py",
                         "inner/c.gen.py", "inner/own.py", "inner/d.py"};
  test_discover__touch(t, files, COUNT(files));
  const char *roots[] = {t};
  DiscoverResult out;
  test_discover__run(roots, 1, NULL, &out);
  const char *want[] = {"a.py", "inner/c.gen.py", "inner/d.py"};
  test_discover__expect(&out, t, want, COUNT(want));
  sg_discover_result_free(&out);
  test_discover__remove(t);
}

static void test_discover_user_excludes(void) {
  char *t = test_discover__tree();
  const char *files[] = {"a.py",        "top.py",      "x/top.py", "sub/b.py",
                         "s.pyi",       "keep.pyi",    "pkg/gen/c.py", "gen/d.py",
                         "pkg/gen.py"};
  test_discover__touch(t, files, COUNT(files));
  const char *exclude[] = {"sub", "*.pyi", "/top.py", "pkg/gen/", "!keep.pyi"};
  DiscoverOptions opts = sg_discover_options_default();
  opts.exclude = exclude;
  opts.exclude_count = COUNT(exclude);
  opts.exclude_base = t;
  const char *roots[] = {t};
  DiscoverResult out;
  test_discover__run(roots, 1, &opts, &out);
  const char *want[] = {"a.py", "gen/d.py", "keep.pyi", "pkg/gen.py", "x/top.py"};
  test_discover__expect(&out, t, want, COUNT(want));
  sg_discover_result_free(&out);

  /* Anchored patterns are relative to the cwd when exclude_base is NULL,
   * whatever the spelling of the root. */
  char *cwd = getcwd(NULL, 0);
  CHECK(chdir(t) == 0);
  const char *exclude2[] = {"pkg/gen", "x"};
  opts = sg_discover_options_default();
  opts.exclude = exclude2;
  opts.exclude_count = COUNT(exclude2);
  const char *rel_roots[] = {"pkg"};
  test_discover__run(rel_roots, 1, &opts, &out);
  const char *want2[] = {"pkg/gen.py"};
  test_discover__expect(&out, NULL, want2, COUNT(want2));
  sg_discover_result_free(&out);
  const char *abs_roots[] = {t};
  test_discover__run(abs_roots, 1, &opts, &out);
  const char *want3[] = {"a.py", "gen/d.py", "keep.pyi", "pkg/gen.py", "s.pyi", "sub/b.py",
                         "top.py"};
  test_discover__expect(&out, t, want3, COUNT(want3));
  sg_discover_result_free(&out);
  CHECK(cwd && chdir(cwd) == 0);
  free(cwd);
  test_discover__remove(t);
}

static void test_discover_bad_roots(void) {
  char *t = test_discover__tree();
  const char *files[] = {"a.py"};
  test_discover__touch(t, files, COUNT(files));
  char *missing = test_discover__path(t, "missing");
  char *a = test_discover__path(t, "a.py");
  const char *roots[] = {missing, a};
  DiscoverResult out;
  test_discover__run(roots, 2, NULL, &out);
  test_discover__expect(&out, t, files, COUNT(files));
  CHECK(out.bad_root);
  CHECK_INT(out.errors.len, 1);
  if (out.errors.len == 1) {
    char want[512];
    snprintf(want, sizeof want, "%s: %s", missing, strerror(ENOENT));
    CHECK_STR(out.errors.items[0], want);
  }
  sg_discover_result_free(&out);
  CHECK_INT(out.files.len, 0);
  sg_discover_result_free(NULL);
  sg_free(missing);
  sg_free(a);
  test_discover__remove(t);
}

static void test_discover_unreadable_dir(void) {
  char *t = test_discover__tree();
  const char *files[] = {"a.py", "locked/x.py"};
  test_discover__touch(t, files, COUNT(files));
  char *locked = test_discover__path(t, "locked");
  chmod(locked, 0);
  /* Root (and CAP_DAC_OVERRIDE) reads a mode-000 directory anyway. */
  if (access(locked, R_OK) != 0) {
    const char *roots[] = {t};
    DiscoverResult out;
    test_discover__run(roots, 1, NULL, &out);
    const char *want[] = {"a.py"};
    test_discover__expect(&out, t, want, COUNT(want));
    CHECK(!out.bad_root);
    CHECK_INT(out.errors.len, 1);
    if (out.errors.len == 1) {
      char msg[512];
      snprintf(msg, sizeof msg, "%s: %s", locked, strerror(EACCES));
      CHECK_STR(out.errors.items[0], msg);
    }
    sg_discover_result_free(&out);
  }
  chmod(locked, 0755);
  sg_free(locked);
  test_discover__remove(t);
}

static void test_discover_symlinks(void) {
  char *t = test_discover__tree();
  const char *files[] = {"real/a.py", "real/notes.txt"};
  test_discover__touch(t, files, COUNT(files));
  test_discover__symlink(t, "real", "link");          /* directory: not followed */
  test_discover__symlink(t, ".", "real/loop");        /* a loop: not followed */
  test_discover__symlink(t, "real/a.py", "lf.py");    /* file: included */
  test_discover__symlink(t, "real/notes.txt", "ln.py");
  test_discover__symlink(t, "nowhere.py", "broken.py");
  test_discover__symlink(t, "real", "dirlink.py");    /* a directory named like a file */
  const char *roots[] = {t};
  DiscoverResult out;
  test_discover__run(roots, 1, NULL, &out);
  const char *want[] = {"lf.py", "ln.py", "real/a.py"};
  test_discover__expect(&out, t, want, COUNT(want));
  CHECK_INT(out.errors.len, 0);
  sg_discover_result_free(&out);

  /* A symlinked directory named as a root is walked. */
  char *link = test_discover__path(t, "link");
  const char *link_roots[] = {link};
  test_discover__run(link_roots, 1, NULL, &out);
  const char *want_link[] = {"link/a.py"};
  test_discover__expect(&out, t, want_link, COUNT(want_link));
  sg_discover_result_free(&out);
  sg_free(link);
  test_discover__remove(t);
}

static void test_discover_sort_and_dedup(void) {
  char *t = test_discover__tree();
  const char *files[] = {"b.py", "a.py", "sub/d.py", "sub/c.py", "B.py", "a_b.py"};
  test_discover__touch(t, files, COUNT(files));
  char *sub = test_discover__path(t, "sub");
  char *dot_sub = test_discover__path(t, "./sub/");
  char *a = test_discover__path(t, "a.py");
  char *slash_t = test_discover__path(t, "");
  const char *roots[] = {sub, t, a, dot_sub, slash_t, a};
  DiscoverResult out;
  test_discover__run(roots, COUNT(roots), NULL, &out);
  const char *want[] = {"B.py", "a.py", "a_b.py", "b.py", "sub/c.py", "sub/d.py"};
  test_discover__expect(&out, t, want, COUNT(want));
  sg_discover_result_free(&out);

  /* Relative roots keep the user's spelling; "./" stays. */
  char *cwd = getcwd(NULL, 0);
  CHECK(chdir(t) == 0);
  const char *dot[] = {"."};
  test_discover__run(dot, 1, NULL, &out);
  const char *want_dot[] = {"./B.py", "./a.py", "./a_b.py", "./b.py", "./sub/c.py",
                            "./sub/d.py"};
  test_discover__expect(&out, NULL, want_dot, COUNT(want_dot));
  sg_discover_result_free(&out);
  const char *mixed[] = {"sub/", "./sub/c.py", "./a.py", "sub//d.py"};
  test_discover__run(mixed, COUNT(mixed), NULL, &out);
  const char *want_mixed[] = {"./a.py", "sub/c.py", "sub/d.py"};
  test_discover__expect(&out, NULL, want_mixed, COUNT(want_mixed));
  sg_discover_result_free(&out);
  CHECK(cwd && chdir(cwd) == 0);
  free(cwd);

  sg_free(sub);
  sg_free(dot_sub);
  sg_free(a);
  sg_free(slash_t);
  test_discover__remove(t);
}

void test_suite_discover(void) {
  RUN_TEST(test_discover_default_excludes);
  RUN_TEST(test_discover_explicit_roots);
  RUN_TEST(test_discover_gitignore);
  RUN_TEST(test_discover_gitignore_outside_repo);
  RUN_TEST(test_discover_gitignore_git_file_and_nested_repo);
  RUN_TEST(test_discover_user_excludes);
  RUN_TEST(test_discover_bad_roots);
  RUN_TEST(test_discover_unreadable_dir);
  RUN_TEST(test_discover_symlinks);
  RUN_TEST(test_discover_sort_and_dedup);
}

/* Fuzz target: the language server (`snag server`) on one input: the bytes
 * a client sends on stdin, framing included (cli/jsonrpc.c reads them),
 * every message dispatched (cli/server.c), documents and notebook
 * documents linted, until the input ends.
 *
 * A fresh server per input, through its public entry point: stdin is a
 * memory file holding the input, stdout another memory file, read back
 * after the run. Invariant: what the server wrote is whole frames, each a
 * `Content-Length` header whose body is that many bytes of valid JSON.
 * Logs go to stderr: run with -close_fd_mask=2 (make fuzz does), libFuzzer
 * keeps its own reports. */
#define _GNU_SOURCE
#include <sys/mman.h>
#include <unistd.h>

#include "cli/cli.h"
#include "tests/fuzz/fuzz.h"

static int fuzz_in = -1, fuzz_out = -1;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  fuzz_in = memfd_create("snag-fuzz-stdin", 0);
  fuzz_out = memfd_create("snag-fuzz-stdout", 0);
  if (fuzz_in < 0 || fuzz_out < 0) abort();
  return 0;
}

static void fuzz_check_frames(const char *s, size_t n) {
  static const char head[] = "Content-Length: ";
  size_t i = 0;
  while (i < n) {
    fuzz_assert(n - i > sizeof head && !memcmp(s + i, head, sizeof head - 1), "output at %zu is not a header: %.40s",
                i, s + i);
    i += sizeof head - 1;
    size_t len = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9') len = len * 10 + (size_t)(s[i++] - '0');
    fuzz_assert(n - i >= 4 && !memcmp(s + i, "\r\n\r\n", 4), "a header does not end in CRLF CRLF");
    i += 4;
    fuzz_assert(len <= n - i, "a body of %zu bytes is cut at %zu", len, n - i);
    cJSON *msg = cJSON_ParseWithLength(s + i, len);
    fuzz_assert(msg != NULL, "a body is not JSON: %.*s", (int)len, s + i);
    cJSON_Delete(msg);
    i += len;
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > FUZZ_MAX_INPUT) return -1;
  if (ftruncate(fuzz_in, 0) != 0 || ftruncate(fuzz_out, 0) != 0) abort();
  if (pwrite(fuzz_in, data, size, 0) != (ssize_t)size) abort();
  int saved_in = dup(STDIN_FILENO), saved_out = dup(STDOUT_FILENO);
  if (saved_in < 0 || saved_out < 0) abort();
  if (lseek(fuzz_in, 0, SEEK_SET) != 0 || lseek(fuzz_out, 0, SEEK_SET) != 0) abort();
  dup2(fuzz_in, STDIN_FILENO);
  dup2(fuzz_out, STDOUT_FILENO);
  char *argv[] = {"server", NULL};
  int status = sg_cli_server(1, argv);
  dup2(saved_in, STDIN_FILENO);
  dup2(saved_out, STDOUT_FILENO);
  close(saved_in);
  close(saved_out);
  fuzz_assert(status == 0 || status == 1, "exit status %d", status);

  off_t n = lseek(fuzz_out, 0, SEEK_END);
  if (n > 0) {
    char *text = sg_malloc((size_t)n);
    fuzz_assert(pread(fuzz_out, text, (size_t)n, 0) == n, "cannot read the server's output back");
    fuzz_check_frames(text, (size_t)n);
    sg_free(text);
  }
  return 0;
}

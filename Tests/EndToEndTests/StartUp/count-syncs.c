// Counts fsync and fdatasync calls, for StartUpTests: loaded with LD_PRELOAD, it writes the
// count to $MENTORPREP_SYNC_COUNT when the process exits.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

static int syncs;

static void report(void) {
  const char *path = getenv("MENTORPREP_SYNC_COUNT");
  FILE *file = path ? fopen(path, "w") : NULL;
  if (file) {
    fprintf(file, "%d\n", syncs);
    fclose(file);
  }
}

__attribute__((constructor)) static void start(void) { atexit(report); }

int fsync(int descriptor) {
  static int (*real)(int);
  if (!real) real = (int (*)(int))dlsym(RTLD_NEXT, "fsync");
  syncs++;
  return real(descriptor);
}

int fdatasync(int descriptor) {
  static int (*real)(int);
  if (!real) real = (int (*)(int))dlsym(RTLD_NEXT, "fdatasync");
  syncs++;
  return real(descriptor);
}

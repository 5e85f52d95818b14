#include "process_memory.h"

#include <malloc.h>

void process_memory_keep_freed(void) {
  // 32 MiB: more than a conversation's whole heap, so it is never trimmed while it runs.
  (void)mallopt(M_TRIM_THRESHOLD, 32 << 20);
}

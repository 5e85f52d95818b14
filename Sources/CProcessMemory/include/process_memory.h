#ifndef MENTORPREP_PROCESS_MEMORY_H
#define MENTORPREP_PROCESS_MEMORY_H

// Has the C library keep memory that is freed for reuse (up to a limit) instead of handing it
// back to the system as soon as the top of the heap is free.
void process_memory_keep_freed(void);

#endif

// Opening a pseudo-terminal pair for the end-to-end tests: Swift's Glibc module does not
// expose posix_openpt and its friends.
#ifndef MENTORPREP_PSEUDO_TERMINAL_H
#define MENTORPREP_PSEUDO_TERMINAL_H

#include <stddef.h>

/// Opens a new pseudo-terminal with the given size. Returns the master's descriptor and writes
/// the terminal's path into `name`, or returns -1.
int pseudo_terminal_open(char *name, size_t length, unsigned short rows, unsigned short columns);

#endif

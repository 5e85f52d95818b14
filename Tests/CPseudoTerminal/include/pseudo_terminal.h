// Opening a pseudo-terminal pair for the end-to-end tests: Swift's Glibc module does not
// expose posix_openpt and its friends, nor the variadic ioctl.
#ifndef MENTORPREP_PSEUDO_TERMINAL_H
#define MENTORPREP_PSEUDO_TERMINAL_H

#include <stddef.h>

/// Opens a new pseudo-terminal with the given size. Returns the master's descriptor (closed on
/// exec, so a program started by another test does not hold it) and writes the terminal's path
/// into `name`, or returns -1.
int pseudo_terminal_open(char *name, size_t length, unsigned short rows, unsigned short columns);

/// Changes the terminal's size, as a terminal window being resized does; the kernel then sends
/// SIGWINCH to the terminal's foreground process group. Returns 0, or -1.
int pseudo_terminal_resize(int master, unsigned short rows, unsigned short columns);

#endif

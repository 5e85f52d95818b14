#ifndef FUZZER_DRIVER_H
#define FUZZER_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (linked by -sanitize=fuzzer): runs the fuzzer with the command line's
/// options, calling `test` with each input. SwiftPM renames a Swift executable's entry point,
/// so libFuzzer's own `main` cannot be the program's; each fuzz target's main calls this.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*test)(const uint8_t *data, size_t size));

#endif

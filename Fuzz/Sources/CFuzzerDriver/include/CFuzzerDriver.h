// libFuzzer's driver entry (compiler-rt, FuzzerInterface.h). SwiftPM names an executable's
// entry point `<Module>_main`, so each fuzz target defines that and hands its
// LLVMFuzzerTestOneInput to this driver instead of relying on libFuzzer's own `main`.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size));

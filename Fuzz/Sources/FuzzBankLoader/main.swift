import CFuzzerDriver
import Foundation

// libFuzzer runs fuzzBankLoader with each input; its options (-max_total_time, a corpus folder, a
// crashing input to replay) come from the command line.
var arguments = CommandLine.argc
var values: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &values) { data, size in fuzzBankLoader(data, size) })

// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for mentorprep's input handling, in a package of their own so that the
// normal build and tests never compile them. `make fuzz` builds them with
// `-sanitize=fuzzer,address` and runs each for a bounded time (see Fuzz/README.md). Each
// target's main hands libFuzzer's driver its test function.
let package = Package(
  name: "mentorprep-fuzz",
  dependencies: [
    // Named, so the product below resolves whatever the checkout's folder is called.
    .package(name: "mentorprep", path: "..")
  ],
  targets: [
    .target(name: "CFuzzerDriver"),
    .executableTarget(
      name: "FuzzBankLoader",
      dependencies: ["CFuzzerDriver", .product(name: "MentorPrepCore", package: "mentorprep")]),
    .executableTarget(
      name: "FuzzAnswers",
      dependencies: ["CFuzzerDriver", .product(name: "MentorPrepCore", package: "mentorprep")]),
  ]
)

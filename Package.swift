// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "mentorprep",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "mentorprep", targets: ["mentorprep"]),
    // For the fuzz targets in Fuzz/, a package of their own that depends on this one.
    .library(name: "MentorPrepCore", targets: ["MentorPrepCore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
  ],
  targets: [
    .executableTarget(
      name: "mentorprep",
      dependencies: ["MentorPrepCLI"]
    ),
    .target(
      name: "MentorPrepCLI",
      dependencies: [
        "MentorPrepCore",
        "MentorPrepBuiltInBanks",
        "MentorPrepStore",
        "CEditLine",
        "CTerminalSignals",
        "CProcessMemory",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .target(
      name: "MentorPrepCore",
      dependencies: [.product(name: "Yams", package: "Yams")]
    ),
    // The built-in bank as Swift values, one generated file: `make banks` rewrites it.
    .target(name: "MentorPrepBuiltInBanks", dependencies: ["MentorPrepCore"]),
    // Writes that file from prompts/*.yaml. It needs the core only, never the file it writes,
    // so a change to the bank model cannot stop it from building.
    .executableTarget(name: "generate-built-in-banks", dependencies: ["MentorPrepCore"]),
    .target(
      name: "MentorPrepStore",
      // GRDBSQLite: SQLite's own functions, for `list`, which reads its columns in place.
      dependencies: [
        "MentorPrepCore", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ]
    ),
    .target(name: "CTerminalSignals"),
    .target(name: "CProcessMemory"),
    // libedit from Debian's libedit-dev (`make deps`), whose header is in /usr/include. Not
    // through pkg-config: its -L would put the system's shared libraries ahead of the static
    // ones the release build links (Makefile, `release`).
    .systemLibrary(name: "CEditLine"),
    .testTarget(
      name: "MentorPrepCoreTests",
      dependencies: ["MentorPrepCore", "MentorPrepBuiltInBanks", "generate-built-in-banks"],
      exclude: ["Golden", "BrokenBanks", "FuzzRegressions", "Seeds"]),
    // The command layer's own rules, without spawning the binary.
    .testTarget(name: "MentorPrepCLITests", dependencies: ["MentorPrepCLI", "TestSupport"]),
    .target(name: "CPseudoTerminal", path: "Tests/CPseudoTerminal"),
    // What more than one test target uses: masking random ids, a readable difference of two
    // texts, places to write output files into.
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(
      name: "MentorPrepStoreTests", dependencies: ["MentorPrepStore", "MentorPrepBuiltInBanks", "TestSupport"],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "EndToEndTests",
      dependencies: ["MentorPrepCore", "MentorPrepBuiltInBanks", "MentorPrepStore", "CPseudoTerminal", "TestSupport"],
      exclude: ["Walkthroughs", "Relationship", "StartUp"]),
  ]
)

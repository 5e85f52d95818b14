import Foundation
import Testing

/// Shell completion from the store: session numbers where a `SESSION` goes, partner names after
/// `--with`, asked of the built binary as the generated scripts ask it, from the home that the
/// typed `--home` or the environment names; a missing home completes nothing and stays missing.
@Suite struct StoreCompletionTests {
  /// Asks the binary for completions as the bash script does:
  /// `mentorprep ---completion COMMAND -- ARGUMENT CWORD CURSOR WORDS...`.
  static func complete(
    _ command: String, _ argument: String, words: [String], home: String,
    environment: [String: String] = [:]
  ) throws -> [String] {
    let result = try Binary.run(
      ["---completion", command, "--", argument, String(words.count - 1), String(words.last?.count ?? 0)]
        + words, home: home, environment: environment)
    #expect(result.status == 0, "\(result.stderr)")
    return result.stdout.split(separator: "\n").map(String.init)
  }

  @Test func completesSessionNumbersAndPartnerNamesFromTheStore() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    try RelationshipFixture.make(home: home)
    for command in ["show", "resume", "export"] {
      let numbers = try Self.complete(command, "positional@0", words: ["mentorprep", command, ""], home: home)
      #expect(numbers == ["1", "2", "3", "4", "last"], "\(command)")
    }
    #expect(try Self.complete("show", "positional@0", words: ["mentorprep", "show", "l"], home: home) == ["last"])
    for command in ["start", "actions", "progress", "search"] {
      let names = try Self.complete(command, "--with", words: ["mentorprep", command, "--with", ""], home: home)
      #expect(names == ["Ana Ruiz", "Dr. Tomás Okafor"], "\(command)")
    }
    // Any word of a name, as `--with` matches it.
    #expect(
      try Self.complete("actions", "--with", words: ["mentorprep", "actions", "--with", "Oka"], home: home)
        == ["Okafor"])
  }

  @Test func followsTheTypedHomeAndCreatesNothing() throws {
    let home = Binary.temporaryHome()
    let missing = Binary.temporaryHome()
    defer {
      try? FileManager.default.removeItem(atPath: home)
      try? FileManager.default.removeItem(atPath: missing)
    }
    try RelationshipFixture.make(home: home)
    // The environment names a home that is not there; the typed --home wins, in either form.
    for words in [
      ["mentorprep", "--home", home, "show", ""], ["mentorprep", "show", "--home=\(home)", ""],
    ] {
      #expect(try Self.complete("show", "positional@0", words: words, home: missing) == ["1", "2", "3", "4", "last"])
    }
    #expect(try Self.complete("show", "positional@0", words: ["mentorprep", "show", ""], home: missing).isEmpty)
    #expect(
      try Self.complete("progress", "--with", words: ["mentorprep", "progress", "--with", ""], home: missing).isEmpty)
    #expect(!FileManager.default.fileExists(atPath: missing))
    // Completing writes nothing to a store that is there.
    let database = home + "/mentorprep.sqlite"
    let before = try FileManager.default.attributesOfItem(atPath: database)[.modificationDate] as? Date
    _ = try Self.complete("show", "positional@0", words: ["mentorprep", "show", ""], home: home)
    let after = try FileManager.default.attributesOfItem(atPath: database)[.modificationDate] as? Date
    #expect(before == after)
  }

  /// The generated bash script, sourced, completes `mentorprep show <Tab>` and
  /// `mentorprep progress --with <Tab>` through COMP_WORDS and COMPREPLY.
  @Test func theBashScriptCompletesFromTheStore() throws {
    let home = Binary.temporaryHome()
    defer { try? FileManager.default.removeItem(atPath: home) }
    try RelationshipFixture.make(home: home)
    let script = try Binary.run(["--generate-completion-script", "bash"], home: home).stdout
    let scriptFile = home + "/completion.bash"
    try Data(script.utf8).write(to: URL(fileURLWithPath: scriptFile))
    // bash -c DRIVER SCRIPT BINARY: $0 is the script, $1 the binary.
    let driver = """
      source "$0"
      binary="$1"
      complete_line() {
        COMP_WORDS=("$binary" "$@")
        COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
        COMP_LINE="${COMP_WORDS[*]}"
        COMP_POINT=${#COMP_LINE}
        COMPREPLY=()
        _mentorprep "$binary" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
        printf '%s\\n' "${COMPREPLY[@]}" | sort
        echo --
      }
      complete_line show ''
      complete_line progress --with ''
      """
    let bash = Process()
    bash.executableURL = URL(fileURLWithPath: "/bin/bash")
    bash.arguments = ["-c", driver, scriptFile, Binary.url.path]
    bash.environment = Binary.environment(home: home)
    let output = Pipe()
    bash.standardOutput = output
    try bash.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    bash.waitUntilExit()
    #expect(text == "1\n2\n3\n4\nlast\n--\nAna\\ Ruiz\nDr.\\ Tomás\\ Okafor\n--\n")
  }
}

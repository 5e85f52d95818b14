import ArgumentParser
import Foundation
import MentorPrepStore

/// Shell completion from the store: partner names after `--with`, session numbers where a
/// `SESSION` goes. The shell calls the binary at each Tab with the words typed so far, so the
/// home is the one those words name (`--home DIR`), else the environment's.
enum StoreCompletion {
  /// Partner names: the whole name, and any word of it that starts as typed (`--with Oka`
  /// completes `Okafor`, which `--with` matches as the whole name would).
  static let partners = CompletionKind.custom { words, _, prefix in
    let names = CompletionSource.read(home: home(in: words)).partners
    var offered = names.filter { $0.hasPrefix(prefix) }
    if !prefix.isEmpty, offered.isEmpty {
      offered = names.flatMap { $0.split(separator: " ").map(String.init) }.filter { $0.hasPrefix(prefix) }
    }
    return Array(Set(offered)).sorted().map(escapedForShell)
  }

  /// Session numbers, and `last`.
  static let sessions = CompletionKind.custom { words, _, prefix in
    let numbers = CompletionSource.read(home: home(in: words)).sessions
    guard !numbers.isEmpty else { return [] }
    return (numbers.map(String.init) + ["last"]).filter { $0.hasPrefix(prefix) }
  }

  /// The home the typed words name with `--home DIR` or `--home=DIR`, else the default one.
  static func home(in words: [String]) -> String {
    var named: String?
    for (index, word) in words.enumerated() {
      if word == "--home", index + 1 < words.count, !words[index + 1].isEmpty {
        named = words[index + 1]
      } else if word.hasPrefix("--home=") {
        named = String(word.dropFirst("--home=".count))
      }
    }
    guard let named else {
      return GlobalOptions.defaultHome(environment: GlobalOptions.environment)
    }
    return expanded(unquoted(named))
  }

  /// A shell word without the quotes around it (`'My home'` is `My home`).
  static func unquoted(_ word: String) -> String {
    for quote in ["'", "\""] where word.count >= 2 && word.hasPrefix(quote) && word.hasSuffix(quote) {
      return String(word.dropFirst().dropLast())
    }
    return word.replacingOccurrences(of: "\\ ", with: " ")
  }

  /// `~/…` as the shell would expand it.
  static func expanded(_ path: String) -> String {
    guard path == "~" || path.hasPrefix("~/") else { return path }
    let user = GlobalOptions.environment["HOME"] ?? NSHomeDirectory()
    return user + path.dropFirst()
  }

  /// bash inserts a completion as it is, so a name's spaces are escaped for it (its script
  /// passes the list through `compgen -W`, which takes one level of backslashes away); zsh and
  /// fish quote what they insert.
  static func escapedForShell(_ name: String) -> String {
    guard ProcessInfo.processInfo.environment["SAP_SHELL"] == "bash" else { return name }
    return name.replacingOccurrences(of: " ", with: "\\\\ ")
  }
}

import ArgumentParser

/// The command lines that begin a conversation, `start` and `resume`, read without
/// swift-argument-parser when they are plain.
///
/// A first prompt is what a person waits for. Even parsed directly (`DirectCommandLine`), the
/// parser reflected over the command's option sets, looked for its built-in flags and scanned
/// the protocol conformances: 17 M of the 27 M instructions of a first prompt in an existing
/// home. This reads the plain cases: the command's own long options, as `--name value` or
/// `--name=value`, each at most once, and for `resume` one session. Anything else (help,
/// `--version`, a completion script, a short option, `--`, a repeated option, an empty value or
/// one that starts with a dash, a value that does not parse or does not validate) gives nil, and
/// the parser reads the command line as before, so what a person sees never differs.
/// `ConversationCommandLineTests` holds the two to the same command on a table of command lines.
enum ConversationCommandLine {
  /// The `start` or `resume` command `arguments` (as `MentorPrepCommand.arranged(named(_:))`
  /// gives them: the command's name first) parse to; nil when they are not plain.
  static func command(_ arguments: [String]) -> (any MentorPrepRunnable)? {
    guard let name = arguments.first else { return nil }
    do throws(NotPlain) {
      switch name {
      case "start": return try start(arguments.dropFirst())
      case "resume": return try resume(arguments.dropFirst())
      default: return nil
      }
    } catch {
      return nil
    }
  }

  /// A command line this reader leaves to the parser.
  private struct NotPlain: Error {}

  // Arrays rather than sets: a first use of `Set<String>` makes the runtime check that String
  // is Hashable by scanning every conformance record in the binary (0.4 M instructions).
  private static let globalOptions = ["home", "now"]
  private static let globalFlags = ["no-color"]
  private static let conversationOptions = ["bank", "transcript"]
  private static let conversationFlags = ["force", "plain"]

  private static func start(_ arguments: ArraySlice<String>) throws(NotPlain) -> StartCommand {
    let read = try Words(
      arguments,
      options: globalOptions + conversationOptions + ["role", "me", "with", "email", "depth", "phase"],
      flags: globalFlags + conversationFlags)
    guard read.positionals.isEmpty else { throw NotPlain() }
    var command = StartCommand()
    command.global = try global(read)
    command.role = try read.value("role")
    command.me = read.text("me")
    command.partner = read.text("with")
    command.email = read.text("email")
    command.depth = try read.value("depth")
    command.phase = try read.value("phase")
    command.conversation = try conversation(read)
    try validated { try command.validate() }
    return command
  }

  private static func resume(_ arguments: ArraySlice<String>) throws(NotPlain) -> ResumeCommand {
    let read = try Words(
      arguments, options: globalOptions + conversationOptions + ["phase"], flags: globalFlags + conversationFlags)
    guard read.positionals.count <= 1 else { throw NotPlain() }
    var chosen = SessionArgument()
    if let session = read.positionals.first {
      guard let reference = SessionReference(argument: session) else { throw NotPlain() }
      chosen.session = reference
    } else {
      chosen.session = .last
    }
    var command = ResumeCommand()
    command.global = try global(read)
    command.chosen = chosen
    command.phase = try read.value("phase")
    command.conversation = try conversation(read)
    try validated { try command.validate() }
    return command
  }

  private static func global(_ read: Words) throws(NotPlain) -> GlobalOptions {
    var global = GlobalOptions()
    global.home = read.text("home")
    global.now = read.text("now")
    global.noColor = read.has("no-color")
    try validated { try global.validate() }
    return global
  }

  private static func conversation(_ read: Words) throws(NotPlain) -> ConversationOptions {
    var conversation = ConversationOptions()
    conversation.bank = read.text("bank")
    conversation.transcript = read.text("transcript")
    conversation.force = read.has("force")
    conversation.plain = read.has("plain")
    try validated { try conversation.validate() }
    return conversation
  }

  /// A check the parser would run; when it fails, the parser is left to say so.
  private static func validated(_ check: () throws -> Void) throws(NotPlain) {
    do { try check() } catch { throw NotPlain() }
  }

  /// The words of a command line: the value of each option given, the flags given, the rest.
  private struct Words {
    private var values: [(name: Substring, value: String)] = []
    private var flags: [Substring] = []
    var positionals: [String] = []

    init(_ arguments: ArraySlice<String>, options: [String], flags known: [String]) throws(NotPlain) {
      var index = arguments.startIndex
      while index < arguments.endIndex {
        let argument = arguments[index]
        index += 1
        guard argument.hasPrefix("-") else {
          positionals.append(argument)
          continue
        }
        guard argument.hasPrefix("--") else { throw NotPlain() }
        let word = argument.dropFirst(2)
        if let equals = word.firstIndex(of: "=") {
          let name = word[..<equals]
          let value = String(word[word.index(after: equals)...])
          guard options.contains(where: { $0 == name }), text(name) == nil, !value.isEmpty, !value.hasPrefix("-")
          else { throw NotPlain() }
          values.append((name, value))
        } else if known.contains(where: { $0 == word }) {
          guard !has(word) else { throw NotPlain() }
          flags.append(word)
        } else if options.contains(where: { $0 == word }), text(word) == nil, index < arguments.endIndex,
          case let value = arguments[index], !value.isEmpty, !value.hasPrefix("-")
        {
          values.append((word, value))
          index += 1
        } else {
          throw NotPlain()
        }
      }
    }

    /// The text given for option `name`, nil when it was not given.
    func text(_ name: some StringProtocol) -> String? {
      values.first(where: { $0.name == name })?.value
    }

    /// Whether flag `name` was given.
    func has(_ name: some StringProtocol) -> Bool {
      flags.contains(where: { $0 == name })
    }

    /// The value of option `name` as the parser would read it; nil when it was not given.
    func value<Value: ExpressibleByArgument>(_ name: String) throws(NotPlain) -> Value? {
      guard let text = text(name) else { return nil }
      guard let value = Value(argument: text) else { throw NotPlain() }
      return value
    }
  }
}

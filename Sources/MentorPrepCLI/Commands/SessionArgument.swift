import ArgumentParser

/// The session `show`, `export` and `resume` work on: `[SESSION]`, its number or `last`.
struct SessionArgument: ParsableArguments {
  @Argument(
    help: "The session: its number, or last (the default).", completion: StoreCompletion.sessions)
  var session: SessionReference = .last
}

extension Question {
  /// The answers a review of an action offers: its statuses, as options.
  static let reviewOptions: [Option] = [ActionStatus.done, .partly, .notYet, .dropped].map {
    Option(id: $0.rawValue, label: $0.label)
  }
}

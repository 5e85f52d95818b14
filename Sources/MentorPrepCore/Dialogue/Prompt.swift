/// The input prompt: `> ` for an answer, `- ` for the next item of a list.
public struct Prompt: Sendable, Equatable {
  public var marker: String
  /// Text put in the line editor ready to change, when an earlier answer is being edited.
  public var prefill: String?

  public init(marker: String, prefill: String? = nil) {
    self.marker = marker
    self.prefill = prefill
  }

  public static let answer = Prompt(marker: "> ")
  public static let item = Prompt(marker: "- ")
}

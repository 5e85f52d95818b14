/// Why a file cannot be imported as an exchange record (SPEC §7): bad input, exit 65, with
/// nothing written.
public enum ExchangeReadError: Error, Equatable, Sendable {
  /// Over the size limit (SPEC §6: 1 MB).
  case tooLarge(bytes: Int)
  /// A mail message with no exchange record attached.
  case noRecord
  /// The attachment's transfer encoding is not one mentorprep writes or reads.
  case unreadableAttachment(String)
  /// The record does not fit `schemas/exchange.schema.json`; the reason names the key path.
  case doesNotFit(String)
}

extension ExchangeReadError: CustomStringConvertible {
  public var description: String { message }

  /// One sentence that says what is wrong and what to do about it.
  public var message: String {
    switch self {
    case .tooLarge(let bytes):
      "The file is \(bytes) bytes, over the 1 MB an exchange record may be; ask your partner to"
        + " export it again, or import the attachment alone."
    case .noRecord:
      "The message carries no mentorprep exchange record; import the agenda or follow-up email"
        + " your partner's mentorprep wrote (eml or agenda-eml), or its attachment."
    case .unreadableAttachment(let encoding):
      "The exchange record is attached in the '\(ExportText.line(encoding))' encoding, which"
        + " mentorprep does not read; save the attachment itself and import that file."
    case .doesNotFit(let reason):
      "The exchange record does not fit its schema (\(ExportText.line(reason))); it may have been"
        + " cut short or edited: ask your partner to send it again."
    }
  }
}

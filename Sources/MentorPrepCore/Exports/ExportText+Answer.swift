extension ExportText {
  /// A text answer, cleaned as a block; nil when unanswered or empty once cleaned.
  static func answer(_ record: SessionRecord, _ key: String) -> String? {
    record.text(key).map(block).flatMap { $0.isEmpty ? nil : $0 }
  }
}

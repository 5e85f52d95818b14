import Testing

@testable import MentorPrepCore

/// The check that lets a cell through unescaped reads eight bytes at a time: it must say what a
/// byte-at-a-time check says of every byte, wherever in the text it falls.
@Suite struct PrintableASCIITests {
  static func byteAtATime(_ text: String) -> Bool {
    text.utf8.allSatisfy { (0x20..<0x7F).contains($0) }
  }

  @Test func everyByteAtEveryPlaceIsJudgedAsOneAtATime() {
    for length in [1, 7, 8, 9, 16, 17, 23] {
      for position in 0..<length {
        for byte in UInt8(0)...UInt8(0x7F) {
          var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
          bytes[position] = byte
          let text = String(decoding: bytes, as: UTF8.self)
          #expect(DisplayText.isPrintableASCII(text) == Self.byteAtATime(text), "\(byte) at \(position) of \(length)")
        }
      }
    }
    for text in [
      "", "plain words, 40 of them: ~!@#$%^&*()_+{}|:<>?", "Zoë Okafor", "tab\tin", "caf\u{E9}",
      String(repeating: "x", count: 100) + "\u{7F}",
    ] {
      #expect(DisplayText.isPrintableASCII(text) == Self.byteAtATime(text), "\(text)")
    }
  }
}

import Foundation
import Testing

@testable import MentorPrepCore

/// The built-in banks are written in their own words: no run of eight words (ignoring case and
/// punctuation) is taken from the source articles. The articles are kept out of the repository;
/// `Seeds/shingles.txt` holds a fingerprint of every eight-word run in them
/// (`scripts/seed-shingles`).
@Suite struct BankOriginalityTests {
  static let run = 8

  static let seedFingerprints: Set<UInt64> = {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Seeds/shingles.txt")
    let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    return Set(text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { UInt64($0, radix: 16) })
  }()

  /// Lowercased words; anything but letters and digits separates them.
  static func words(_ text: String) -> [String] {
    text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
  }

  /// 64-bit FNV-1a over the UTF-8 bytes, as the script that wrote the fingerprints.
  static func fingerprint(_ text: String) -> UInt64 {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      value ^= UInt64(byte)
      value = value &* 0x100_0000_01b3
    }
    return value
  }

  /// The eight-word runs of a text that the articles also have.
  static func borrowedRuns(in text: String, from fingerprints: Set<UInt64> = seedFingerprints) -> [String] {
    let words = words(text)
    guard words.count >= run else { return [] }
    return (0...(words.count - run)).compactMap { start in
      let phrase = words[start..<start + run].joined(separator: " ")
      return fingerprints.contains(fingerprint(phrase)) ? phrase : nil
    }
  }

  @Test func theFingerprintsAreThere() {
    #expect(Self.seedFingerprints.count > 4_000)
  }

  @Test func theCheckFindsARunWhateverItsCaseAndPunctuation() {
    let article = Set([Self.fingerprint("keep the notes short so they are read")])
    let bank = "hint: \"Keep the notes, short — so they are READ!\""
    #expect(Self.borrowedRuns(in: bank, from: article) == ["keep the notes short so they are read"])
    #expect(Self.borrowedRuns(in: "keep the notes brief so they are read", from: article).isEmpty)
    // The same fingerprint as scripts/seed-shingles computes (FNV-1a 64 of "a").
    #expect(Self.fingerprint("a") == 0xaf63_dc4c_8601_ec8c)
  }

  @Test func noBankRepeatsEightWordsOfTheArticles() throws {
    let files = try promptFiles()
    #expect(!files.isEmpty)
    for file in files {
      let borrowed = Self.borrowedRuns(in: String(decoding: file.bytes, as: UTF8.self))
      #expect(borrowed.isEmpty, "\(file.name) repeats the articles: \(borrowed)")
    }
  }
}

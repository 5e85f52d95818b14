import Foundation
import Testing

@testable import MentorPrepCore

/// The `ics` export read back the way a calendar would.
@Suite struct ExportCalendarFileTests {
  func ics(_ changes: [String: Answer] = [:]) throws -> ParsedCalendar {
    let record = ExportFixture.record(
      number: 1, created: "2026-11-19 13:50", updated: "2026-11-19 15:20",
      answers: ExportFixture.firstMeetingAnswers.merging(changes) { $1 })
    let text = try Exporter.render(
      record, bank: ExportFixture.bank, as: .ics, now: ExportFixture.now,
      timeZone: ExportFixture.plusOne)
    return try ParsedCalendar(text)
  }

  @Test func theNextMeetingIsAnEventAndDatedActionsAreToDos() throws {
    let calendar = try ics()
    #expect(calendar.components.map(\.name) == ["VCALENDAR", "VEVENT", "VALARM", "VTODO"])
    let top = calendar.components[0]
    #expect(top["VERSION"] == "2.0")
    #expect(top["CALSCALE"] == "GREGORIAN")
    #expect(top["PRODID"] != nil)
    let event = calendar.components[1]
    #expect(event["DTSTART"] == "20261203T150000")
    #expect(event["DURATION"] == "PT45M", "the charter agreed 45 minutes")
    #expect(event["SUMMARY"].flatMap(ParsedCalendar.unescape) == "Mentoring: Ana Lopez and Sam O'Neil")
    let alarm = calendar.components[2]
    #expect(alarm["TRIGGER"] == "-PT30M")
    #expect(alarm["ACTION"] == "DISPLAY")
    let todo = calendar.components[3]
    #expect(todo["DUE;VALUE=DATE"] == "20261127")
    #expect(todo["STATUS"] == "NEEDS-ACTION")
    #expect(todo["DESCRIPTION"].flatMap(ParsedCalendar.unescape)?.hasPrefix("Owner: Ana Lopez\n") == true)
    for component in [event, todo] {
      #expect(component.properties.filter { $0.name == "UID" }.count == 1)
      #expect(component.properties.filter { $0.name == "DTSTAMP" }.count == 1)
      #expect(component["DTSTAMP"] == "20261120T090000Z", "DTSTAMP is UTC whatever the user's zone")
    }
    #expect(event["UID"] != todo["UID"])
    #expect(try ics()["VEVENT"]?["UID"] == event["UID"], "UIDs are stable from one export to the next")
  }

  @Test func aMeetingWithoutATimeIsAllDay() throws {
    let calendar = try ics(["next.meeting_at": .dateTime(ExportFixture.day("2026-12-03"))])
    let event = try #require(calendar["VEVENT"])
    #expect(event["DTSTART;VALUE=DATE"] == "20261203")
    #expect(event["DURATION"] == nil)
    #expect(calendar["VALARM"] == nil)
  }

  @Test func nothingToScheduleIsAnError() throws {
    #expect(throws: ExportError.nothingToSchedule) {
      try ics(["next.meeting_at": .skipped, "actions.agreed": .actions([])])
    }
  }

  @Test func textValuesRoundTripThroughEscaping() throws {
    let goal = "a;b,c\\d\nsecond line; with, every\\ special \\n \\; \\, character\\"
    let event = try #require(try ics(["next.goal": .text(goal)])["VEVENT"])
    let description = try #require(event["DESCRIPTION"])
    #expect(ParsedCalendar.unescape(description)?.hasPrefix("Goal: " + goal + "\n\n") == true)
  }

  @Test func anAnswerCannotAddAComponent() throws {
    let calendar = try ics([
      "next.goal": .text("x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:evil\nUID:evil"),
      "actions.agreed": .actions([
        ActionItem(
          text: "y\r\nEND:VTODO\r\nBEGIN:VEVENT", owner: .named("Mal\r\nATTENDEE:evil"),
          due: ExportFixture.day("2026-11-27"))
      ]),
    ])
    #expect(calendar.components.filter { $0.name == "VEVENT" }.count == 1)
    #expect(calendar.components.filter { $0.name == "VTODO" }.count == 1)
    #expect(!calendar.logicalLines.contains("SUMMARY:evil"))
    #expect(!calendar.logicalLines.contains { $0.hasPrefix("UID:evil") || $0.hasPrefix("ATTENDEE") })
  }

  @Test func foldingNeverSplitsACharacter() throws {
    let goal = String(repeating: "é李🙂 ", count: 40) + String(repeating: "\\;,", count: 30)
    let calendar = try ics([
      "next.goal": .text(goal), "setup.partner": .text(String(repeating: "Zoë ", count: 30)),
    ])
    #expect(calendar.physicalLines.count > calendar.logicalLines.count + 5, "long lines are folded")
    let description = try #require(calendar["VEVENT"]?["DESCRIPTION"])
    #expect(ParsedCalendar.unescape(description)?.hasPrefix("Goal: " + goal) == true)
  }

  @Test func durationsReadFromTheCharter() {
    #expect(AnswerParser.minutes(in: "45 minutes") == 45)
    #expect(AnswerParser.minutes(in: "an hour") == 60)
    #expect(AnswerParser.minutes(in: "1.5 hours") == 90)
    #expect(AnswerParser.minutes(in: "about 90 min, sometimes less") == 90)
    #expect(AnswerParser.minutes(in: "half an hour") == 30)
    #expect(AnswerParser.minutes(in: "as long as it takes") == nil)
    #expect(AnswerParser.minutes(in: "3 days") == nil)
    #expect(CalendarFile.duration(minutes: 60) == "PT1H")
    #expect(CalendarFile.duration(minutes: 90) == "PT1H30M")
    #expect(CalendarFile.duration(minutes: 45) == "PT45M")
  }
}

/// An iCalendar file split, unfolded and checked strictly.
struct ParsedCalendar {
  struct Property { var name: String; var value: String }
  struct Component {
    var name: String
    var properties: [Property] = []
    subscript(name: String) -> String? { properties.first { $0.name == name }?.value }
  }

  var physicalLines: [String]
  var logicalLines: [String]
  /// Every component in the order it begins.
  var components: [Component]

  struct Malformed: Error, CustomStringConvertible { var description: String }

  subscript(name: String) -> Component? { components.first { $0.name == name } }

  init(_ text: String) throws {
    let data = Data(text.utf8)
    guard data.last == 10 else { throw Malformed(description: "no final CRLF") }
    // Physical lines are checked as raw octets: each must be valid UTF-8 on its own.
    var physical: [String] = []
    var start = data.startIndex
    var index = data.startIndex
    while index < data.endIndex {
      if data[index] == 13 || data[index] == 10 {
        guard data[index] == 13, index + 1 < data.endIndex, data[index + 1] == 10 else {
          throw Malformed(description: "bare CR or LF at byte \(index)")
        }
        let octets = data[start..<index]
        guard octets.count <= 75 else {
          throw Malformed(description: "line of \(octets.count) octets: \(String(decoding: octets, as: UTF8.self))")
        }
        guard let line = String(validating: octets, as: UTF8.self) else {
          throw Malformed(description: "line \(physical.count + 1) splits a UTF-8 sequence")
        }
        physical.append(line)
        index += 2
        start = index
      } else {
        index += 1
      }
    }
    physicalLines = physical
    var logical: [String] = []
    for line in physical {
      if line.hasPrefix(" ") {
        guard !logical.isEmpty else { throw Malformed(description: "continuation first") }
        logical[logical.count - 1] += line.dropFirst()
      } else {
        logical.append(line)
      }
    }
    logicalLines = logical
    guard logical.first == "BEGIN:VCALENDAR", logical.last == "END:VCALENDAR" else {
      throw Malformed(description: "not a VCALENDAR")
    }
    var stack: [Int] = []
    var components: [Component] = []
    for line in logical {
      guard let colon = line.firstIndex(of: ":") else {
        throw Malformed(description: "no colon in '\(line)'")
      }
      let name = String(line[..<colon])
      let value = String(line[line.index(after: colon)...])
      if name == "BEGIN" {
        components.append(Component(name: value))
        stack.append(components.count - 1)
      } else if name == "END" {
        guard let open = stack.popLast(), components[open].name == value else {
          throw Malformed(description: "END:\(value) does not match")
        }
      } else {
        guard let open = stack.last else { throw Malformed(description: "property outside") }
        components[open].properties.append(Property(name: name, value: value))
      }
    }
    guard stack.isEmpty else { throw Malformed(description: "unbalanced BEGIN") }
    self.components = components
  }

  /// RFC 5545 TEXT unescaping, strict: nil for a bare `;` or `,`, or an unknown escape.
  static func unescape(_ value: String) -> String? {
    var result = ""
    var escaped = false
    for character in value {
      if escaped {
        guard "\\;,nN".contains(character) else { return nil }
        result.append(character == "n" || character == "N" ? "\n" : character)
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else {
        guard character != ";" && character != "," else { return nil }
        result.append(character)
      }
    }
    return escaped ? nil : result
  }
}

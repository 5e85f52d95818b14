import Foundation
import MentorPrepCore

/// An answer a partner's record shared, as the relationship keeps it (`received_answer`): the
/// answer, the meeting of the record that sent it, and when that record was sent.
struct ReceivedAnswer {
  var answer: Answer
  var meetingAt: LocalDateTime?
  var sentAt: Date
}

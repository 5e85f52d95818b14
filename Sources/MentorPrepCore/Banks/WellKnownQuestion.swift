/// The questions the program itself reads, by the ids the built-in banks give them: the setup
/// that names the two people and the meeting, what the exports, progress and recall are written
/// from, and the steps of the dialogue that work on actions and milestones. A bank of one's own
/// keeps these ids to get the same; `banks lint` warns of each one a bank lacks, and says what
/// goes without it (`whatIsLeftOut`).
///
/// The one place these ids are written: every other type names them through this one.
public enum WellKnownQuestion: String, CaseIterable, Sendable {
  // The setup.
  case role = "setup.role"
  case me = "setup.me"
  case partner = "setup.partner"
  case partnerEmail = "setup.partner_email"
  case myEmail = "setup.my_email"
  case firstSession = "setup.first_session"
  case meetingAt = "setup.meeting_at"
  case relationshipPhase = "setup.relationship_phase"
  case depth = "setup.depth"
  // Before the meeting.
  case background = "intro.background"
  case cvLink = "intro.cv_link"
  case hopes = "intro.hopes"
  case mentorShare = "intro.mentor_share"
  case mentorHopes = "intro.mentor_hopes"
  case agendaTopics = "agenda.topics"
  case success = "purpose.success"
  case offer = "purpose.offer"
  case discoveryPlan = "purpose.discovery_plan"
  case preparedQuestions = "prep.questions"
  // The charter and the milestones.
  case partnerHopes = "charter.partner_hopes"
  case partnerOffer = "charter.partner_offer"
  case cadence = "charter.cadence"
  case meetingLength = "charter.length"
  case milestones = "milestones.list"
  case milestoneSteps = "milestones.steps"
  case milestoneStepsDone = "milestones.steps_done"
  case milestoneRating = "milestones.rating"
  // During the meeting.
  case reviewLearned = "review.learned"
  case reviewNewDue = "review.new_due"
  case reviewCloseOut = "review.close_out"
  case feedbackOnTheWork = "review.feedback"
  case focusTopic = "focus.topic"
  case actionSuccess = "actions.success"
  case actionSuccesses = "actions.successes"
  case nextGoal = "next.goal"
  case nextMeetingAt = "next.meeting_at"
  // After the meeting.
  case commitmentChanges = "commitment.changes"
  case commitmentChoice = "commitment.choice"
  case commitmentNewDue = "commitment.new_due"
  case thanks = "follow_up.thanks"
  case learnings = "follow_up.learnings"
  case resources = "follow_up.resources"
  case sessionRating = "feedback.rating"
  // Closing out (separation) and what comes next (redefinition).
  case goalsMet = "close.goals_met"
  case learnedFromEachOther = "close.learned"
  case stillUnfinished = "close.handover"
  case celebration = "close.celebrate"
  case lookingBack = "close.feedback"
  case confidentiality = "close.confidentiality"
  case whatWeBecome = "redefine.relationship"
  case stayingInTouch = "redefine.contact"
  case learnedWhenRedefining = "redefine.learned"
  case lookingBackWhenRedefining = "redefine.feedback"

  public var id: String { rawValue }

  /// Whether the question is about the partner's side in the record that asks it, so that in
  /// the partner's record, which shares it, it is about the reader (SPEC §7).
  public var isAboutThePartner: Bool { self == .partnerHopes || self == .partnerOffer }

  /// What goes without the question, in a sentence's second half: `the follow-up leaves out …`.
  public var whatIsLeftOut: String {
    switch self {
    case .role: "every message is written as the mentee's, and progress cannot say whose side you are on"
    case .me: "messages are signed without your name"
    case .partner: "sessions are not linked to a partner, so nothing is carried from one meeting to the next"
    case .partnerEmail, .myEmail: "the eml exports have no address on that side"
    case .firstSession: "every meeting is taken for a later one"
    case .meetingAt: "exports, due and the calendar have no meeting time"
    case .relationshipPhase: "closing messages for separation and redefinition are never written"
    case .depth: "every conversation takes the full path"
    case .background, .cvLink, .hopes, .mentorShare, .mentorHopes: "the introduction email leaves it out"
    case .agendaTopics: "the agenda export has nothing to list, and today's focus offers no topics"
    case .success: "the agenda leaves out what the first topic handled well would mean"
    case .offer: "the mentor's follow-up leaves out what they offer"
    case .discoveryPlan, .preparedQuestions: "the agenda leaves out the questions for the partner"
    case .partnerHopes, .partnerOffer, .cadence, .meetingLength:
      "the charter's term is not carried, and the partner's record is not compared with yours"
    case .milestones, .milestoneSteps, .milestoneStepsDone, .milestoneRating: "progress shows no milestones"
    case .reviewLearned, .reviewNewDue, .reviewCloseOut, .feedbackOnTheWork:
      "the review of last time's actions keeps only their status"
    case .focusTopic: "exports say nothing of today's focus"
    case .actionSuccess, .actionSuccesses: "actions travel without what success looks like"
    case .nextGoal: "the follow-up leaves out the goal for next time"
    case .nextMeetingAt: "the follow-up, due and the calendar have no next meeting"
    case .commitmentChanges, .commitmentChoice, .commitmentNewDue:
      "your own actions cannot be re-dated, handed over or dropped after the meeting"
    case .thanks, .learnings, .resources: "the follow-up message leaves it out"
    case .sessionRating: "progress shows no ratings"
    case .goalsMet, .learnedFromEachOther, .stillUnfinished, .celebration, .lookingBack, .confidentiality:
      "the closing message of a separation leaves it out"
    case .whatWeBecome, .stayingInTouch, .learnedWhenRedefining, .lookingBackWhenRedefining:
      "the message of a redefinition leaves it out"
    }
  }
}

extension QuestionBank {
  /// The well-known questions this bank lacks, in their order: what `banks lint` warns of.
  public var missingWellKnownQuestions: [WellKnownQuestion] {
    WellKnownQuestion.allCases.filter { question($0.id) == nil }
  }
}

extension WellKnownQuestion {
  /// `banks lint`'s warning for a bank that lacks this question, at `file`'s start, in the
  /// form compilers use: `bank/after.yaml:1:1: warning: no question 'follow_up.thanks': …`.
  public func warning(in file: String) -> String {
    "\(file):1:1: warning: no question '\(id)': \(whatIsLeftOut)"
  }
}

/// The question ids of each state of the built-in banks as they stood while positions were
/// saved by index (schema v2), frozen here so that migration v5-positions reads an old index with the
/// bank it was saved with, whatever the built-in banks become later.
enum SchemaV2Questions {
  static let ids: [String: [String]] = [
    "after.follow_up": ["follow_up.thanks", "follow_up.learnings", "follow_up.resources", "follow_up.next_steps"],
    "after.feedback": ["feedback.most_helpful", "feedback.improve", "feedback.journal"],
    "after.commitments": ["commitment.confirmed", "commitment.obstacle"],
    "after.boundaries": ["boundaries.channel", "boundaries.availability"],
    "before.backgrounds": ["backgrounds.partner", "backgrounds.mine", "backgrounds.common"],
    "before.introduction": [
      "intro.background", "intro.cv_link", "intro.hopes", "intro.mentor_share", "intro.mentor_hopes",
    ],
    "before.agenda": ["agenda.goals", "agenda.challenges", "agenda.topics", "agenda.questions"],
    "before.purpose": ["purpose.why", "purpose.goal", "purpose.success", "purpose.offer", "purpose.discovery_plan"],
    "before.preparation": ["prep.want", "prep.revisit", "prep.update", "prep.questions"],
    "before.participation": [
      "participation.presence", "participation.distractions", "participation.mindset", "participation.feedback_ask",
      "participation.habits",
    ],
    "before.plan": ["plan.fit", "plan.next_steps", "plan.needs", "plan.accountability", "plan.next_meeting"],
    "discovery.person": [
      "discovery.now", "discovery.goals", "discovery.strengths", "discovery.values", "discovery.interests",
    ],
    "discovery.outcomes": [
      "discovery.short_term", "discovery.long_term", "discovery.personal", "discovery.observations",
    ],
    "during.catch_up": ["catch_up.notes"],
    "during.review_actions": ["review.status", "review.learned", "review.feedback"],
    "during.focus": ["focus.topic", "focus.situation"],
    "during.solutions": ["solutions.options", "solutions.plan"],
    "during.actions": ["actions.agreed"],
    "during.success": ["actions.success"],
    "during.next_meeting": ["next.meeting_at", "next.goal"],
    "relationship.charter": [
      "charter.objectives", "charter.constraints", "charter.cadence", "charter.length", "charter.feedback",
      "charter.in_bounds", "charter.out_of_bounds", "charter.confidentiality",
    ],
    "relationship.milestones": ["milestones.list", "milestones.steps", "milestones.growth"],
    "relationship.revisit": ["revisit.progress", "revisit.changes"],
    "relationship.close_out": ["close.goals_met", "close.remaining", "close.redefine", "close.stay_in_touch"],
    "setup.who": [
      "setup.role", "setup.me", "setup.partner", "setup.partner_email", "setup.my_email", "setup.first_session",
      "setup.meeting_at", "setup.relationship_phase",
    ],
  ]
}

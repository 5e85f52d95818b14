// Generated from prompts/*.yaml by scripts/embed-banks: do not edit by hand; run `make banks`.

/// The question banks built into the binary, as their files read.
public enum BuiltInBanks {
  public static let files: [BankFile] = [
    BankFile(
      name: "prompts/after.yaml",
      text: #"""
# yaml-language-server: $schema=../schemas/bank.schema.json
# After the meeting: the follow-up message (thanks, what you learned, resources and next
# steps), feedback on what helped, a choice on each of your own new actions (keep, re-date,
# hand over or drop), and the boundaries for contact between meetings.
phase: after
entry: after.follow_up
states:
  - id: after.follow_up
    title: "Follow-up"
    lead: "Send a short follow-up within a day, while the meeting is still fresh. These answers make up the message."
    questions:
      - id: follow_up.thanks
        ask:
          mentee: "What would you like to thank {partner} for?"
          mentor: "What would you like to thank {partner} for — their openness, their preparation, their progress?"
        hint: "e.g. making time in a busy week, and the honest view on my plan"
      - id: follow_up.learnings
        kind: list
        ask: "What will you take away from today?"
        hint: "e.g. ask for the stretch project before the planning round"
      - id: follow_up.resources
        for: mentor
        kind: list
        optional: true
        ask: "Which links, books or contacts you mentioned will you send {partner}?"
        hint: "e.g. https://example.org/negotiation-guide"
      - id: follow_up.next_steps
        for: mentor
        optional: true
        ask: "As you see it, what should {partner} do next?"
    next:
      - goto: after.feedback

  - id: after.feedback
    title: "Feedback"
    lead: "Honest feedback in both directions is how the next meeting gets better."
    questions:
      - id: feedback.most_helpful
        ask:
          mentee: "What helped you most today? This goes to {partner} as feedback."
          mentor: "What worked well in the way you mentored today?"
      - id: feedback.improve
        optional: true
        ask:
          mentee: "Is there anything {partner} could do differently that would help you more?"
          mentor: "What would you change about how you ran today's meeting?"
      - id: feedback.journal
        optional: true
        ask: "Anything to note in your journal — an insight, a doubt, a question to come back to?"
        help: "A few lines after each meeting add up. Reading them back before the next one shows how far you have come."
    next:
      - goto: after.commitments

  - id: after.commitments
    title: "Commitments"
    lead: "Look at each action you took on once more, now that the meeting is over. Keep it, give it a date you can meet, hand it to {partner}, or drop it — an honest no is better than a promise that slips."
    for_each: own_new_actions
    questions:
      - id: commitment.choice
        kind: choice
        ask: "{action} — {owner}, {due}. What will you do with it?"
        options:
          - id: keep
            label: "Keep it as agreed"
          - id: redate
            label: "Keep it, with a new date"
          - id: hand_over
            label: "Hand it over"
          - id: drop
            label: "Drop it"
      - id: commitment.new_due
        kind: datetime
        when: {commitment.choice: redate}
        ask: "By when can you do it?"
        hint: "e.g. next friday, in 3 weeks, 2027-01-15"
    next:
      - goto: after.boundaries

  - id: after.boundaries
    title: "Between meetings"
    lead: "Agree how to reach each other between meetings, so questions are welcome and nobody feels crowded."
    questions:
      - id: boundaries.channel
        kind: choice
        ask:
          mentee: "How does {partner} prefer to be contacted between meetings?"
          mentor: "How would you like {partner} to reach you between meetings?"
        options:
          - id: email
            label: "Email"
          - id: chat
            label: "Chat or instant message"
          - id: phone
            label: "Phone call"
          - id: only_in_meetings
            label: "Only in our meetings"
      - id: boundaries.availability
        optional: true
        ask:
          mentee: "What did {partner} say about when they are available and how quickly they reply?"
          mentor: "What should {partner} know about your availability — how quickly you reply, times you are off limits?"
        hint: "e.g. replies within two working days; not on weekends"
    next:
      - goto: end
"""#),
    BankFile(
      name: "prompts/before.yaml",
      text: #"""
# yaml-language-server: $schema=../schemas/bank.schema.json
# Before the meeting: what you know of each other's backgrounds, the introduction note for a
# first meeting, a draft agenda to share, and the 4 Ps (Purpose, Preparation, Participation,
# Plan), each with shared, mentee-only and mentor-only questions.
phase: before
entry: before.backgrounds
states:
  - id: before.backgrounds
    title: "Backgrounds"
    lead: "Knowing where each of you comes from saves time in the meeting and helps advice fit."
    questions:
      - id: backgrounds.partner
        ask: "What do you already know about {partner}'s background — their work, experience and strengths?"
        optional: true
        hint: "e.g. ten years in product design, now leads a small team"
        help: "A profile page, a colleague you share or an earlier chat are all fair sources. Note the gaps as well: they make good opening questions."
      - id: backgrounds.mine
        ask: "What about your own background would be useful for {partner} to know?"
        optional: true
        hint: "e.g. I switched from nursing to software two years ago"
      - id: backgrounds.common
        ask: "Is there anything the two of you have in common that could get the conversation going?"
        optional: true
        hint: "e.g. we both started out as teachers; same home town"
    next:
      - goto: before.introduction
        if: {setup.first_session: "yes"}
      - goto: before.agenda

  - id: before.introduction
    title: "Introduction"
    lead: "Before a first meeting, a short note of introduction gives both of you something to prepare from."
    questions:
      - id: intro.background
        for: mentee
        ask: "In three or four sentences, who are you? Your current role, how you got there, and where you want to go."
        help: "This becomes the core of the introduction email you can export and send to your mentor. Keep it short enough to read on a phone; the details can wait for the meeting."
      - id: intro.cv_link
        for: mentee
        ask: "Where can {partner} find your CV?"
        optional: true
        hint: "e.g. a link to a shared document, or: attached to the email"
      - id: intro.hopes
        for: mentee
        ask: "What do you hope working with {partner} will help you with?"
        hint: "e.g. getting ready to lead a team within a year"
      - id: intro.mentor_share
        for: mentor
        ask: "What will you tell {partner} about yourself — your path, your work today, a lesson you learned the hard way?"
        optional: true
      - id: intro.mentor_hopes
        for: mentor
        ask: "And what do you hope to gain yourself from mentoring {partner}?"
        optional: true
        help: "Mentoring goes better when both sides get something from it: a fresh view of your field, practice at coaching, or the pleasure of seeing someone grow. Saying it out loud helps you both."
    next:
      - goto: before.agenda

  - id: before.agenda
    title: "Agenda"
    lead: "Jot down what is on your mind. Shared ahead of time, this draft agenda lets your partner add to it and come prepared."
    questions:
      - id: agenda.goals
        kind: list
        optional: true
        ask:
          mentee: "Which goals are you working towards at the moment?"
          mentor: "Which goals do you know {partner} is working towards?"
        hint: "e.g. move into a data role; speak up more in team meetings"
      - id: agenda.challenges
        kind: list
        optional: true
        ask:
          mentee: "What is getting in your way right now?"
          mentor: "What obstacles is {partner} up against, as far as you know?"
        hint: "e.g. no time for the course; unclear what my manager expects"
      - id: agenda.topics
        kind: list
        ask:
          mentee: "Which topics do you most want to cover? Put the most important first."
          mentor: "Which topics would you like to cover with {partner}? Put the most important first."
        hint: "e.g. preparing for the promotion review"
        help: "These topics make up the agenda you can export and send to your partner for comments. During the meeting you will choose today's focus from this list."
      - id: agenda.questions
        kind: list
        optional: true
        ask: "Are there particular questions you want to put to {partner}?"
        hint: "e.g. How did you decide when to leave your first job?"
    next:
      - goto: before.purpose

  - id: before.purpose
    title: "Purpose"
    lead: "The first of the four Ps: be clear about why this conversation is happening."
    questions:
      - id: purpose.why
        ask: "In a sentence, what is this meeting with {partner} for?"
        hint: "e.g. to decide whether to apply for the open team lead post"
      - id: purpose.goal
        optional: true
        ask:
          mentee: "Which goal or challenge are you working on right now?"
          mentor: "Which goal or challenge is {partner} working on right now, as far as you can tell?"
        help: "It may have grown out of last time's actions, go back to the reason the mentoring began, or be something that has only just come up."
      - id: purpose.success
        for: mentee
        optional: true
        ask: "Picture this goal handled well. What would be different for you?"
      - id: purpose.offer
        for: mentor
        optional: true
        ask: "What can you give {partner} that others might not — a resource, an introduction, a candid opinion?"
        hint: "e.g. an introduction to our head of research; honest notes on the draft"
      - id: purpose.discovery_plan
        for: mentor
        kind: list
        optional: true
        ask: "If you are not sure yet what {partner} needs, what will you ask to find out?"
        hint: "e.g. Which part of your week gives you the most energy?"
        help: "Open questions that start with what, how or which tend to work best. During the meeting you can record the answers in the discovery step."
    next:
      - goto: before.preparation

  - id: before.preparation
    title: "Preparation"
    lead: "The second P: a little thinking now turns a pleasant chat into real progress."
    questions:
      - id: prep.want
        optional: true
        ask: "What would you like to walk away with from this particular conversation?"
        hint: "e.g. two or three options for the career move, and a way to choose"
      - id: prep.revisit
        when: {setup.first_session: "no"}
        optional: true
        ask: "Think back to your last meeting with {partner}. What is still open, or worth coming back to?"
      - id: prep.update
        for: mentee
        when: {setup.first_session: "no"}
        optional: true
        ask: "What has happened since you last spoke that {partner} should hear about — wins, setbacks, small experiments?"
      - id: prep.questions
        kind: list
        optional: true
        ask: "Which questions could you get ready now that might bring something new to light, or help you understand each other better?"
    next:
      - goto: before.participation

  - id: before.participation
    title: "Participation"
    lead: "The third P: how you turn up matters as much as what you bring."
    questions:
      - id: participation.presence
        optional: true
        ask: "What will help you keep your attention on {partner} for the whole meeting?"
        hint: "e.g. ten quiet minutes beforehand; camera on; notes on paper"
      - id: participation.distractions
        kind: list
        optional: true
        ask: "Which distractions will you put away while you meet?"
        hint: "e.g. phone notifications; the report due tomorrow"
      - id: participation.mindset
        optional: true
        ask: "In what frame of mind do you want to walk in?"
        hint: "e.g. curious, and ready to hear something uncomfortable"
      - id: participation.feedback_ask
        kind: list
        optional: true
        ask:
          mentee: "What could you ask {partner} to get honest feedback — on your work, and on how the mentoring is going?"
          mentor: "What could you ask {partner} to learn how your help is landing, and how the relationship feels to them?"
        hint: "e.g. What is one thing I could do differently in these meetings?"
      - id: participation.habits
        optional: true
        ask: "Pick one or two habits to practise in this meeting."
        hint: "e.g. let them finish before I answer; thank them for something specific"
        help: "Small, deliberate habits make a meeting feel different: listening without planning your reply, naming what is going well, showing appreciation. Choose the ones you tend to forget."
    next:
      - goto: before.plan

  - id: before.plan
    title: "Plan"
    lead: "The last P: look past this one meeting to where the relationship is heading."
    questions:
      - id: plan.fit
        optional: true
        ask: "Where does today's conversation sit in the bigger picture of what you two want to achieve?"
      - id: plan.next_steps
        for: mentee
        optional: true
        ask: "What do you expect your next steps to be once the meeting is over?"
      - id: plan.needs
        for: mentee
        optional: true
        ask: "What support would help you take those steps — from {partner} in particular?"
        hint: "e.g. an introduction to someone in finance; a read of my draft"
      - id: plan.accountability
        for: mentor
        optional: true
        ask: "How will you help {partner} follow through on what you agree?"
        hint: "e.g. a short check-in message two weeks from now"
      - id: plan.next_meeting
        optional: true
        ask: "Roughly how soon should the two of you talk again after this, and about what?"
        hint: "e.g. in a month, to look at the first draft of the portfolio"
    next:
      - goto: during.catch_up
"""#),
    BankFile(
      name: "prompts/discovery.yaml",
      text: #"""
# yaml-language-server: $schema=../schemas/bank.schema.json
# Mentor discovery (during the meeting, mentors only): questions a mentor puts to the mentee to
# learn what they need, recording the mentee's answers — goals, strengths, values, interests,
# and the career (short- and long-term) and personal outcomes they hope for.
phase: during
states:
  - id: discovery.person
    title: "Discovery"
    lead: "Ask, listen, and write down what your mentee says in their own words. Their answers guide what you offer."
    questions:
      - id: discovery.now
        for: mentor
        kind: yesno
        ask: "Would you like to go through some discovery questions with {partner} now?"
        help: "Especially useful early on, or when you are unsure what your mentee needs. Answer no to skip straight on."
      - id: discovery.goals
        for: mentor
        kind: list
        optional: true
        when: {discovery.now: "yes"}
        ask: "Ask {partner} which goals matter most to them at the moment. What do they say?"
      - id: discovery.strengths
        for: mentor
        kind: list
        optional: true
        when: {discovery.now: "yes"}
        ask: "What does {partner} see as their strengths? Add any you have noticed yourself."
        hint: "e.g. calm under pressure; explains complex ideas simply"
      - id: discovery.values
        for: mentor
        kind: list
        optional: true
        when: {discovery.now: "yes"}
        ask: "What matters most to {partner} in their work and life?"
        hint: "e.g. fairness; time with family; doing work that helps people"
      - id: discovery.interests
        for: mentor
        kind: list
        optional: true
        when: {discovery.now: "yes"}
        ask: "Which kinds of work make {partner} lose track of time? What interests them outside work?"
    next:
      - goto: discovery.outcomes
        if: {discovery.now: "yes"}
      - goto: relationship.charter
        if: {setup.first_session: "yes"}
      - goto: relationship.revisit
        if: {context.returning: "yes"}
      - goto: relationship.charter
        if: {setup.relationship_phase: initiation}
      - goto: relationship.close_out
        if: {setup.relationship_phase: [separation, redefinition]}
      - goto: during.focus

  - id: discovery.outcomes
    title: "Hoped-for outcomes"
    lead: "Now look ahead with your mentee: near term, further out, and beyond work."
    questions:
      - id: discovery.short_term
        for: mentor
        optional: true
        ask: "Over the next few months, what does {partner} want from their career?"
        hint: "e.g. settle into the new team; understand how decisions get made here"
      - id: discovery.long_term
        for: mentor
        optional: true
        ask: "Looking a few years ahead, where would {partner} like their career to lead?"
        hint: "e.g. run a research group; move into policy work"
      - id: discovery.personal
        for: mentor
        optional: true
        ask: "Outside their career, what personal changes is {partner} hoping for?"
        hint: "e.g. more confidence when presenting; a better balance with home life"
      - id: discovery.observations
        for: mentor
        optional: true
        ask: "Anything you noticed that {partner} did not say outright?"
        help: "Hesitations, sudden energy, a topic that kept coming back. Keep these notes for yourself and check them with your mentee before acting on them."
    next:
      - goto: relationship.charter
        if: {setup.first_session: "yes"}
      - goto: relationship.revisit
        if: {context.returning: "yes"}
      - goto: relationship.charter
        if: {setup.relationship_phase: initiation}
      - goto: relationship.close_out
        if: {setup.relationship_phase: [separation, redefinition]}
      - goto: during.focus
"""#),
    BankFile(
      name: "prompts/during.yaml",
      text: #"""
# yaml-language-server: $schema=../schemas/bank.schema.json
# During the meeting: a catch-up, the review of last time's open actions, today's focus
# picked from the agenda, options and a plan, new actions (owner, date, what success means)
# and the next meeting. Mentors pass through discovery (discovery.yaml); the charter,
# milestones, revisit and close-out (relationship.yaml) come in between and lead to during.focus.
phase: during
entry: during.catch_up
states:
  - id: during.catch_up
    title: "Catch-up"
    lead: "Spend a few minutes on how you both are before getting down to business. Rapport makes the honest part easier."
    questions:
      - id: catch_up.notes
        optional: true
        ask: "How is {partner} doing, and how are you? Note anything from the small talk worth remembering."
        hint: "e.g. just back from leave; moving house next month"
    next:
      - goto: during.review_actions
        if: {context.open_actions: "yes"}
      - goto: discovery.person
        if: {setup.role: mentor}
      - goto: relationship.charter
        if: {setup.first_session: "yes"}
      - goto: relationship.revisit
        if: {context.returning: "yes"}
      - goto: relationship.charter
        if: {setup.relationship_phase: initiation}
      - goto: relationship.close_out
        if: {setup.relationship_phase: [separation, redefinition]}
      - goto: during.focus

  - id: during.review_actions
    title: "Last time's actions"
    lead: "Go through what you agreed last time, one action at a time. Progress counts, even when it is partial."
    for_each: open_actions
    questions:
      - id: review.status
        kind: status
        ask: "{action} — {owner}, {due}. Where does it stand?"
      - id: review.learned
        optional: true
        ask: "What came of it? What was learned along the way, and how was it put to use — or what got in the way?"
        hint: "e.g. finished half the course; used the budgeting module on the Q3 plan"
      - id: review.feedback
        optional: true
        ask:
          mentee: "What did {partner} say about your progress on this?"
          mentor: "What feedback would you give {partner} on the progress here?"
        help: "Be specific and kind: name what went well, and one thing that would make the next step easier. Feedback on behaviour is easier to act on than feedback on personality."
    next:
      - goto: discovery.person
        if: {setup.role: mentor}
      - goto: relationship.charter
        if: {setup.first_session: "yes"}
      - goto: relationship.revisit
        if: {context.returning: "yes"}
      - goto: relationship.charter
        if: {setup.relationship_phase: initiation}
      - goto: relationship.close_out
        if: {setup.relationship_phase: [separation, redefinition]}
      - goto: during.focus

  - id: during.focus
    title: "Today's focus"
    lead: "Now that you have looked at progress, settle on the one thing that deserves most of today's time."
    recall: [agenda.topics]
    questions:
      - id: focus.topic
        ask: "Which topic from the agenda will you focus on today?"
        hint: "e.g. preparing for the promotion review"
        help: "Your agenda is shown above. It is fine to pick something new if the catch-up or the review changed what matters most."
      - id: focus.situation
        optional: true
        ask:
          mentee: "Describe the situation in a few words: what is going on, and what have you tried so far?"
          mentor: "In {partner}'s words, what is going on, and what have they tried so far?"
    next:
      - goto: during.solutions

  - id: during.solutions
    title: "Solutions"
    lead: "Think widely first, then narrow down to something that can actually be done."
    questions:
      - id: solutions.options
        kind: list
        optional: true
        ask: "What options do you see, together, for getting past this?"
        hint: "e.g. ask for a stretch project; shadow a team lead for a month"
      - id: solutions.plan
        optional: true
        ask:
          mentee: "Which option will you go with, and how will you carry it out?"
          mentor: "Which option is {partner} going with, and how will they carry it out?"
        help: "A good plan fits the time and energy really available. If it cannot be started within a week, it probably needs a smaller first step."
    next:
      - goto: during.actions

  - id: during.actions
    title: "Actions"
    lead: "Write down who does what, and by when. Actions can belong to either of you."
    questions:
      - id: actions.agreed
        kind: actions
        ask: "Which actions have you agreed? One per line."
        hint: "e.g. Rewrite the project summary @me by friday"
        help: "End a line with @me, @partner or a name to say who owns it, and with 'by' and a date to set a deadline. A line without an owner is the mentee's."
    next:
      - goto: during.success

  - id: during.success
    title: "What success means"
    lead: "Agree how you will recognise each action as done well, so there is no guessing next time."
    for_each: new_actions
    questions:
      - id: actions.success
        optional: true
        ask: "How will you both know that '{action}' has worked?"
        hint: "e.g. the summary fits on one page and my manager signs it off"
    next:
      - goto: during.next_meeting

  - id: during.next_meeting
    title: "Next meeting"
    lead: "Settle the next date before you say goodbye; it keeps the momentum going."
    questions:
      - id: next.meeting_at
        kind: datetime
        ask: "What date and time have you set for your next meeting with {partner}?"
        hint: "e.g. in 2 weeks, thursday 15:00, 2027-04-01 10:00"
      - id: next.goal
        optional: true
        ask: "What should that meeting set out to do?"
        hint: "e.g. review the first draft of the pitch"
    next:
      - goto: after.follow_up
"""#),
    BankFile(
      name: "prompts/relationship.yaml",
      text: #"""
# yaml-language-server: $schema=../schemas/bank.schema.json
# The relationship as a whole (during the meeting): the charter and milestones agreed at the
# start, a look back at them in later meetings, and closing out or redefining the relationship
# in the separation and redefinition phases. Every path ends at during.focus.
phase: during
states:
  - id: relationship.charter
    title: "Charter"
    lead: "Early on, agree together how this relationship will work. Write it down now; you can change it later as you learn."
    questions:
      - id: charter.objectives
        kind: list
        ask: "What is each of you hoping this mentoring relationship will bring?"
        hint: "e.g. me: a clear plan for the next role; them: a fresh view of how new hires see the company"
      - id: charter.constraints
        optional: true
        ask: "Are there limits either of you should know about — busy seasons, travel, time zones?"
        hint: "e.g. no meetings in December; Alex is six hours ahead"
      - id: charter.cadence
        optional: true
        ask: "How often will you meet?"
        hint: "e.g. once a month, with a quick call halfway"
      - id: charter.length
        optional: true
        ask: "How long will a usual meeting last?"
        hint: "e.g. 45 minutes"
      - id: charter.feedback
        optional: true
        ask: "How do you each like to give and get feedback?"
        hint: "e.g. direct, during the meeting; a few written notes afterwards"
      - id: charter.in_bounds
        kind: list
        optional: true
        ask: "Which subjects are welcome in your conversations?"
        hint: "e.g. career moves; working with my manager; salary talks"
      - id: charter.out_of_bounds
        kind: list
        optional: true
        ask: "Which subjects would either of you rather leave out?"
        hint: "e.g. health matters; details of ongoing hiring decisions"
      - id: charter.confidentiality
        optional: true
        ask: "What stays between the two of you, and what may be passed on — and to whom?"
        hint: "e.g. everything stays private unless we both agree to share it"
        help: "Say it plainly now so neither of you has to guess later. A common rule: nothing leaves the room without the other person's permission."
    next:
      - goto: relationship.milestones

  - id: relationship.milestones
    title: "Milestones"
    lead: "Give the relationship a few concrete milestones, then break them into steps with dates."
    questions:
      - id: milestones.list
        kind: list
        ask: "Which two or three milestones do you want to reach, and roughly when?"
        hint: "e.g. lead a small project by the end of spring"
        help: "Good milestones are visible: someone else could tell whether they happened. Mastering a tool, growing your network or running a project are typical examples."
      - id: milestones.steps
        kind: actions
        optional: true
        ask: "What are the steps towards them, with a date for each?"
        hint: "e.g. Finish the course @me by 2027-01-31"
        help: "One step per line. End a line with @me, @partner or a name for who does it, and 'by' and a date for when."
      - id: milestones.growth
        optional: true
        ask:
          mentee: "Alongside your career goals, is there something you want to grow in personally?"
          mentor: "Alongside their career goals, is there something {partner} wants to grow in personally?"
        hint: "e.g. staying calm in conflict; switching off in the evenings"
    next:
      - goto: relationship.close_out
        if: {setup.relationship_phase: [separation, redefinition]}
      - goto: during.focus

  - id: relationship.revisit
    title: "Charter and milestones"
    lead: "Here is what you agreed earlier. A quick look keeps it useful instead of forgotten."
    recall:
      - charter.objectives
      - charter.constraints
      - charter.cadence
      - charter.length
      - charter.feedback
      - charter.in_bounds
      - charter.out_of_bounds
      - charter.confidentiality
      - milestones.list
      - milestones.steps
      - milestones.growth
    questions:
      - id: revisit.progress
        optional: true
        ask: "Looking at your milestones, how far along are you?"
        hint: "e.g. course finished; project lead still to come"
      - id: revisit.changes
        optional: true
        ask: "Does anything need to change — how often you meet, what is in scope, the dates?"
        help: "Priorities shift, and the agreement should shift with them. Note here what you changed, so the next meeting starts from the new version."
    next:
      - goto: relationship.close_out
        if: {setup.relationship_phase: [separation, redefinition]}
      - goto: during.focus

  - id: relationship.close_out
    title: "Closing out"
    lead: "The relationship is moving into a new stage. Take stock of what you achieved and decide together what happens next."
    questions:
      - id: close.goals_met
        kind: list
        ask: "Which of the goals you set together have you reached?"
        hint: "e.g. landed the analyst role; built a network in the new city"
      - id: close.remaining
        kind: list
        optional: true
        ask: "What is still unfinished, and who or what will help with it from here?"
      - id: close.redefine
        optional: true
        ask: "What will your relationship with {partner} look like from now on?"
        hint: "e.g. peers who swap notes a few times a year"
        help: "A mentoring relationship often turns into something else: a friendship, a peer connection, or an occasional sounding board. Agreeing on it avoids awkward silence later."
      - id: close.stay_in_touch
        optional: true
        ask: "How will you stay in touch?"
        hint: "e.g. coffee every six months; message when something big happens"
    next:
      - goto: during.focus
"""#),
    BankFile(
      name: "prompts/setup.yaml",
      text: #"""
# yaml-language-server: $schema=../schemas/bank.schema.json
# Setup: who you are, who you are meeting and when, whether you have met before,
# and which stage the mentoring relationship has reached (Kram's four phases).
phase: setup
entry: setup.who
states:
  - id: setup.who
    title: "Who and when"
    lead: "A few details first, so the questions that follow can speak to you and name your partner."
    questions:
      - id: setup.role
        kind: choice
        ask: "Which side of this mentoring relationship are you on?"
        options:
          - id: mentee
            label: "Mentee — I am being mentored"
          - id: mentor
            label: "Mentor — I am mentoring"
        help: "Mentees and mentors get partly different questions. Pick the part you play with this particular person, even if you play the other one elsewhere."
      - id: setup.me
        ask: "What is your name?"
        hint: "e.g. Sam Rivera"
      - id: setup.partner
        ask:
          mentee: "What is your mentor's name?"
          mentor: "What is your mentee's name?"
        hint: "e.g. Alex Chen"
        help: "Spell it the same way every time. Someone you have met before is recognised by name, which brings back their open actions and what you agreed earlier."
      - id: setup.partner_email
        kind: email
        ask: "What is {partner}'s email address?"
        optional: true
        hint: "e.g. alex.chen@example.org"
        help: "Only used to address the follow-up message and calendar file you export. Leave it empty if you would rather not keep it."
      - id: setup.my_email
        kind: email
        ask: "And what is your own email address?"
        optional: true
        help: "Used when you export the follow-up as an email message. You can leave it empty."
      - id: setup.first_session
        kind: yesno
        ask: "Is this your first meeting with {partner}?"
        help: "A first meeting adds an introduction and a charter for the relationship. Later meetings look back at what you agreed last time instead."
      - id: setup.meeting_at
        kind: datetime
        ask: "When are you meeting {partner}?"
        hint: "e.g. thursday 15:00, tomorrow 09:30, 2027-03-04 10:00"
      - id: setup.relationship_phase
        kind: choice
        when: {setup.first_session: "no"}
        ask: "Where would you say your relationship with {partner} stands right now?"
        options:
          - id: initiation
            label: "Initiation — still early days, working out how you will work together"
          - id: cultivation
            label: "Cultivation — well under way and making progress on your goals"
          - id: separation
            label: "Separation — the goals are reached or things have moved on, so it is winding down"
          - id: redefinition
            label: "Redefinition — deciding what the two of you become to each other next"
        help: "These four stages come from Kathy Kram's research on mentoring at work, and they can blur into each other. Choose the closest one: in the last two, the meeting also helps you wrap up goals and agree what comes next."
    next:
      - goto: before.backgrounds
"""#),
  ]
}

// Generated from prompts/*.yaml by scripts/embed-banks: do not edit by hand; run `make banks`.

/// The question banks built into the binary, as their files read.
public enum BuiltInBanks {
  public static let files: [BankFile] = [
    BankFile(
      name: "prompts/after.yaml",
      text: #"""
# yaml-language-server: $schema=../schemas/bank.schema.json
# After the meeting: a last check of each of your own new actions (keep, re-date, hand over,
# drop), then the follow-up message written
# from what stands (thanks, key points, resources), a rating of the meeting, and on the full
# path what to change and a private journal entry that is never sent.
phase: after
entry: after.commitments
states:
  - id: after.commitments
    title: "Commitments"
    lead: "Look once more at each action that is yours, now the meeting is over. The follow-up is written from what stands after this check."
    for_each: own_new_actions
    questions:
      - id: commitment.choice
        kind: choice
        ask: "{action} — {due}. What will you do with it?"
        options:
          - id: keep
            label: "Keep it as agreed"
          - id: redate
            label: "Keep it, with a new date"
          - id: hand_over
            label: "Hand it to {partner}"
          - id: drop
            label: "Drop it"
        help: "Following through is what keeps the mentoring worth both your time, so only keep what you will really do. A dropped action is left out of the follow-up and the calendar."
      - id: commitment.new_due
        kind: datetime
        when: {commitment.choice: redate}
        ask: "By when, then?"
        hint: "e.g. next friday, in 2 weeks"
    next:
      - goto: after.follow_up

  - id: after.follow_up
    title: "Follow-up"
    lead: "Send a short follow-up within a day, while the meeting is fresh. These answers, with the actions as they now stand, make up the message."
    questions:
      - id: follow_up.thanks
        ask:
          mentee: "What helped you most today? Say it to {partner}, finishing 'Thank you for …'"
          mentor: "What did {partner} bring that made today work? Say it to them, finishing 'Thank you for …'"
        hint: "e.g. your honest view of my plan, and the time in a busy week"
        help: "Write it as you would say it to them: it goes into the message after 'Thank you for'."
      - id: follow_up.learnings
        recall_as: "Key points from last time:"
        kind: list
        ask:
          mentee: "Which points from today do you want to write down in the follow-up?"
          mentor: "Which points from today will you write down for {partner}?"
        hint: "e.g. ask for the stretch project before the planning round"
      - id: follow_up.resources
        for: mentor
        depth: full
        kind: list
        optional: true
        ask: "Which links, books or contacts did you promise {partner}?"
        hint: "e.g. https://example.org/negotiation-guide"
    next:
      - goto: after.reflection

  - id: after.reflection
    title: "Reflection"
    lead: "A moment for yourself before you move on."
    questions:
      - id: feedback.rating
        kind: rating
        ask: "How would you rate today's meeting, from 1 (poor) to 5 (excellent)?"
      - id: feedback.improve
        for: mentee
        depth: full
        optional: true
        ask: "Is there anything {partner} could do differently that would help you more?"
      - id: feedback.journal
        depth: full
        private: true
        optional: true
        recall_as: "From your journal last time:"
        ask:
          mentee: "A line for your own journal, never sent: an insight, a doubt, a question to come back to?"
          mentor: "A line for your own journal, never sent: how you mentored today, what you noticed that was left unsaid, what you would change?"
        help: "A few lines after each meeting add up. They are shown again before your next meeting with this person, and never go into a message."
    next:
      - goto: end
"""#),
    BankFile(
      name: "prompts/before.yaml",
      text: #"""
# yaml-language-server: $schema=../schemas/bank.schema.json
# Before the meeting. A first meeting starts with the introduction (who you are, what you hope
# for and what you bring); every meeting then runs through the 4 Ps: Purpose (the agenda, what
# success looks like, what the mentor can offer), and on the full path Preparation,
# Participation and Plan. Last time's learnings, next goal and journal are shown, not asked.
phase: before
entry: before.introduction
states:
  - id: before.introduction
    title: "Introduction"
    lead: "Before a first meeting, a short introduction gives you both something to prepare from. Your answers here become the introduction email (`mentorprep export --format intro`)."
    questions:
      - id: backgrounds.partner
        depth: full
        optional: true
        ask: "What do you already know about {partner} — their work, their path, what they are good at?"
        hint: "e.g. ten years in product design, now runs a small team"
        help: "A profile page, a shared colleague or an earlier chat are all fair sources. Gaps are useful too: they make good opening questions."
      - id: intro.background
        for: mentee
        ask: "In three or four sentences, who are you? Your role now, how you got there, where you want to go."
        help: "This is the heart of the introduction email. Keep it short enough to read on a phone; the detail can wait for the meeting."
      - id: intro.mentor_share
        for: mentor
        depth: full
        optional: true
        ask: "What will you tell {partner} about yourself — your path, your work today, a lesson that cost you something?"
      - id: intro.cv_link
        for: mentee
        depth: full
        optional: true
        ask: "Where can {partner} find your CV?"
        hint: "e.g. a link to a shared document, or: attached"
      - id: intro.hopes
        for: mentee
        carried: true
        recall_as: "What you hope to gain:"
        ask: "What do you hope working with {partner} will help you with?"
        hint: "e.g. getting ready to lead a team within a year"
      - id: intro.mentor_hopes
        for: mentor
        carried: true
        recall_as: "What you hope to gain:"
        ask: "What do you hope to get out of mentoring {partner} yourself?"
        hint: "e.g. a fresh view of how newcomers see the field; practice at coaching"
        help: "Mentoring works best when both sides gain something. Saying what you are in it for helps you both."
      - id: intro.offer
        carried: true
        recall_as: "What you offer in return:"
        ask:
          mentee: "And what could you offer {partner} in return?"
          mentor: "What can you give {partner} that others might not?"
        hint: "e.g. a view from the front line; help with a tool I know well; my network"
        help: "Reciprocity keeps a mentoring relationship alive: a mentee brings a fresh eye, current skills and candid news from where the work happens; a mentor brings experience, contacts and frank opinions."
    next:
      - goto: before.purpose

  - id: before.purpose
    title: "Purpose"
    lead: "The first of the four Ps: be clear about what this conversation is for."
    recall: [follow_up.learnings, next.goal, actions.agreed, feedback.journal]
    questions:
      - id: agenda.topics
        kind: list
        ask:
          mentee: "What do you want to talk about? Put the goal or challenge that matters most first."
          mentor: "What would you like to cover with {partner}? Put the most important first."
        hint: "e.g. preparing for the promotion review"
        help: "Last time's learnings, next goal and actions are shown above when there are any: the most pressing may come from them, from your first goals, or be new. These topics make the agenda you can export and send to your partner, and you choose today's focus from them."
      - id: purpose.success
        for: mentee
        # On a quick later meeting, last time's success criteria come back at the review.
        when:
          - {setup.first_session: "yes"}
          - {setup.depth: full}
        ask: "Picture the first of those handled well. What would be different for you?"
        hint: "e.g. I would walk into the review with three examples and a clear ask"
      - id: purpose.offer
        for: mentor
        depth: full
        when: {setup.first_session: "no"}
        optional: true
        ask: "For what {partner} brings this time, what can you offer — a resource, an introduction, a frank view?"
        hint: "e.g. an introduction to our head of research; honest notes on the draft"
      - id: purpose.discovery_plan
        recall_as: "The questions you planned to ask:"
        for: mentor
        when: {setup.first_session: "yes"}
        kind: list
        optional: true
        ask: "What will you ask to find out what {partner} needs?"
        hint: "e.g. Which part of your week gives you the most energy?"
        help: "Open questions that start with what, how or which work best. You record the answers during the meeting."
    next:
      - goto: before.preparation

  - id: before.preparation
    title: "Preparation"
    depth: full
    lead: "The second P: a little thinking now turns a pleasant chat into real progress."
    questions:
      - id: prep.questions
        recall_as: "The questions you prepared for {partner}:"
        kind: list
        optional: true
        ask: "Which questions will you put to {partner}? They come back during the meeting."
        hint: "e.g. How did you decide when to leave your first job?"
    next:
      - goto: before.participation

  - id: before.participation
    title: "Participation"
    depth: full
    lead: "The third P: how you show up matters as much as what you bring."
    questions:
      - id: participation.presence
        optional: true
        ask: "How will you stay with {partner} for the whole meeting — what will you put away, what mood do you want to bring, which listening habit will you practise?"
        hint: "e.g. phone in the drawer; curious rather than defensive; let them finish before I answer"
    next:
      - goto: before.plan

  - id: before.plan
    title: "Plan"
    depth: full
    lead: "The last P: look past this one meeting to where the relationship is heading."
    recall: [intro.hopes, intro.mentor_hopes, charter.partner_hopes, milestones.list]
    questions:
      - id: plan.needs
        optional: true
        ask:
          mentee: "Given where you two are heading, what will you need from {partner} to take your next steps?"
          mentor: "Given where you two are heading, how will you help {partner} follow through on what you agree?"
        hint: "e.g. an introduction to someone in finance; a short check-in in two weeks"
    next:
      - goto: during.catch_up
        if: {setup.first_session: "no"}
      - goto: discovery.person
        if: {setup.role: mentor}
      - goto: relationship.charter
"""#),
    BankFile(
      name: "prompts/discovery.yaml",
      text: #"""
# yaml-language-server: $schema=../schemas/bank.schema.json
# Mentor discovery (during a first meeting, mentors only): the questions a mentor puts to the
# mentee, recording the mentee's answers — goals and strengths on every path; values and
# interests, the outcomes wanted (near, far, personal) and a career plan on the full path.
phase: during
states:
  - id: discovery.person
    title: "Discovery"
    lead: "Ask, listen, and write down what your mentee says in their own words. Their answers guide what you offer."
    recall: [purpose.discovery_plan]
    questions:
      - id: discovery.goals
        for: mentor
        kind: list
        ask: "Ask {partner} which goals matter most to them now. What do they say?"
        hint: "e.g. move into research; be taken seriously in planning meetings"
      - id: discovery.strengths
        for: mentor
        kind: list
        optional: true
        ask: "What does {partner} see as their strengths? Add any you have noticed yourself."
        hint: "e.g. calm under pressure; explains complex ideas simply"
      - id: discovery.values
        for: mentor
        depth: full
        kind: list
        optional: true
        ask: "What matters most to {partner} in work and life, and which kinds of work make them lose track of time?"
        hint: "e.g. fairness; time with family; untangling messy data"
      - id: discovery.outcomes
        for: mentor
        depth: full
        optional: true
        ask: "What does {partner} want from the next few months, from the next few years, and outside work?"
        hint: "e.g. settle into the new team; run a group one day; more confidence when presenting"
      - id: discovery.career_plan
        for: mentor
        depth: full
        optional: true
        ask: "What is {partner}'s plan for getting there — the next role, the skills it needs, a rough timeline?"
        hint: "e.g. senior analyst within 18 months: statistics course this spring, lead one project"
    next:
      - goto: relationship.charter
"""#),
    BankFile(
      name: "prompts/during.yaml",
      text: #"""
# yaml-language-server: $schema=../schemas/bank.schema.json
# During the meeting: on a later meeting a catch-up, the review of last time's open actions
# (their success criteria shown) and of the milestones; today's focus chosen from the agenda;
# a way forward; new actions (owner, date, what success means) and the next meeting. First
# meetings pass through discovery (mentors) and the charter (relationship.yaml) on the way;
# separation and redefinition close out instead of choosing a focus.
phase: during
entry: during.catch_up
states:
  - id: during.catch_up
    title: "Catch-up"
    depth: full
    lead: "A few minutes on how you both are before the business. Rapport makes the honest part easier."
    questions:
      - id: catch_up.notes
        when: {setup.first_session: "no"}
        optional: true
        ask: "How are you both doing? Note anything from the small talk worth remembering."
        hint: "e.g. just back from leave; moving house next month"
    next:
      - goto: during.review_actions
        if: {context.open_actions: "yes"}
      - goto: discovery.person
        if: {setup.role: mentor, setup.first_session: "yes"}
      - goto: relationship.charter
        if: {setup.first_session: "yes"}
      - goto: relationship.charter
        if: {setup.relationship_phase: initiation, context.returning: "no"}
      - goto: relationship.separation
        if: {setup.relationship_phase: separation}
      - goto: relationship.redefinition
        if: {setup.relationship_phase: redefinition}
      - goto: during.milestones
        if: {context.returning: "yes"}
      - goto: during.focus

  - id: during.review_actions
    title: "Last time's actions"
    lead: "Go through what you agreed last time, one action at a time. Partial progress counts."
    for_each: open_actions
    recall: [actions.success]
    questions:
      - id: review.status
        kind: status
        ask: "{action} — {owner}, {due}. Where does it stand?"
      - id: review.learned
        depth: full
        when: {review.status: [done, partly]}
        optional: true
        ask: "What was learned doing it, and where has it been put to use since?"
        hint: "e.g. finished half the course; used the budgeting module on the Q3 plan"
    next:
      - goto: relationship.separation
        if: {setup.relationship_phase: separation}
      - goto: relationship.redefinition
        if: {setup.relationship_phase: redefinition}
      - goto: during.milestones
        if: {context.returning: "yes"}
      - goto: during.focus

  - id: during.milestones
    title: "Milestones"
    depth: full
    lead: "A look at the milestones you set, one at a time: how far along each one is."
    for_each: milestones
    questions:
      - id: milestones.rating
        kind: rating
        ask: "'{item}': how far along is it, from 1 (barely begun) to 5 (reached)?"
    next:
      - goto: during.milestone_steps

  - id: during.milestone_steps
    title: "Milestone steps"
    depth: full
    lead: "Tick off the steps that are done, mark what was reached, and adjust the plan if priorities have moved."
    questions:
      - id: milestones.steps_done
        recall_as: "Steps done so far:"
        kind: list
        when: {context.milestones: "yes"}
        options_from: milestones.steps
        optional: true
        ask: "Which steps are done? Type their numbers, one a line."
      - id: milestones.changes
        when: {context.milestones: "yes"}
        optional: true
        ask: "Was a milestone reached, and how will you mark it? Has anything shifted — a milestone to drop, add or re-date?"
        hint: "e.g. the course is done: coffee on me; the project lead moves to spring"
        help: "Celebrate what was reached, then let the plan follow your priorities. Note what changed: the next meeting starts from it."
    next:
      - goto: relationship.separation
        if: {setup.relationship_phase: separation}
      - goto: relationship.redefinition
        if: {setup.relationship_phase: redefinition}
      - goto: during.focus

  - id: during.focus
    title: "Today's focus"
    lead: "Settle on the one thing that deserves most of today's time."
    recall: [prep.questions]
    questions:
      - id: focus.topic
        options_from: agenda.topics
        ask: "Which topic will you spend most of today on? Pick one from your agenda, or type a new one."
        help: "Your agenda is listed above. Choose something new if the conversation so far changed what matters most."
      - id: focus.situation
        depth: full
        # Later meetings come back to topics already described; a first one sets the scene.
        when: {setup.first_session: "yes"}
        optional: true
        ask:
          mentee: "What is going on with it, and what have you tried so far?"
          mentor: "How does {partner} describe it — what is going on, and what have they tried?"
    next:
      - goto: during.solutions

  - id: during.solutions
    title: "A way forward"
    lead: "Think widely first, then narrow down to something that can actually be done."
    questions:
      - id: solutions.options
        depth: full
        kind: list
        optional: true
        ask: "What options do you see, together?"
        hint: "e.g. ask for a stretch project; shadow a team lead for a month"
      - id: solutions.plan
        # A quick later meeting goes straight from the focus to the actions that carry it out.
        when:
          - {setup.first_session: "yes"}
          - {setup.depth: full}
        optional: true
        ask:
          mentee: "Which way forward did you settle on, and what is the first step?"
          mentor: "Which way forward did {partner} settle on, and what is the first step?"
        help: "A good plan fits the time and energy really available. If it cannot start within a week, it needs a smaller first step."
    next:
      - goto: during.actions

  - id: during.actions
    title: "Actions"
    lead: "Write down who does what, and by when. Actions can belong to either of you."
    questions:
      - id: actions.agreed
        recall_as: "Actions agreed last time:"
        kind: actions
        optional: {setup.relationship_phase: [separation, redefinition]}
        ask: "Which actions have you agreed? One per line."
        hint: "e.g. Rewrite the project summary @me by friday"
        help: "End a line with @me, @partner or a name to say who owns it, and with 'by' and a date for a deadline. A line without an owner is the mentee's."
    next:
      - goto: during.success

  - id: during.success
    title: "What success means"
    depth: full
    lead: "Agree how you will recognise each action as done well; it comes back when you review it next time."
    for_each: new_actions
    questions:
      - id: actions.success
        optional: true
        recall_as: "What success was to look like:"
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
        after: setup.meeting_at
        optional: {setup.relationship_phase: [separation, redefinition]}
        ask: "When will you meet {partner} next?"
        hint: "e.g. in 2 weeks, thursday 3pm, 2027-04-01 10:00"
      - id: next.goal
        recall_as: "What this meeting was to set out to do:"
        depth: full
        optional: true
        ask: "What should that meeting set out to do?"
        hint: "e.g. review the first draft of the pitch"
    next:
      - goto: after.commitments
"""#),
    BankFile(
      name: "prompts/relationship.yaml",
      text: #"""
# yaml-language-server: $schema=../schemas/bank.schema.json
# The relationship as a whole (during the meeting): on a first meeting the charter and the
# milestones, each asked once and carried into every later session with the same partner; in
# the separation and redefinition phases, closing out or settling what comes next.
phase: during
states:
  - id: relationship.charter
    title: "Charter"
    lead: "Agree together how this relationship will work. Write it down now; it is carried into every later meeting and you can change it as you learn."
    recall: [intro.hopes, intro.mentor_hopes, intro.offer]
    questions:
      - id: charter.partner_hopes
        carried: true
        recall_as: "What your partner hopes for and offers:"
        ask: "What does {partner} hope to gain from this, and what do they offer you in return?"
        hint: "e.g. a fresh view of how new hires see the company; honest notes on my drafts"
        help: "Your own side is shown above. Both lists together are the objectives of the relationship."
      - id: charter.cadence
        kind: choice
        carried: true
        ask: "How often will you meet?"
        options:
          - id: weekly
            label: "Every week"
          - id: fortnightly
            label: "Every two weeks"
          - id: monthly
            label: "Once a month"
          - id: every_two_months
            label: "Every two months"
      - id: charter.length
        kind: minutes
        carried: true
        ask: "How long will a usual meeting last?"
        hint: "e.g. 45, or 1.5 hours"
      - id: charter.feedback
        depth: full
        carried: true
        optional: true
        ask: "How should feedback flow between you — how blunt, in what form, and how will you talk about setbacks?"
        hint: "e.g. straight talk in the meeting; a setback is something to learn from, named without blame"
      - id: charter.bounds
        depth: full
        carried: true
        optional: true
        ask: "Which subjects are welcome, and which are off limits?"
        hint: "e.g. welcome: career moves, my manager; off limits: health, hiring decisions in progress"
      - id: charter.confidentiality
        depth: full
        carried: true
        optional: true
        ask: "What stays between the two of you, and what may be passed on — and to whom?"
        hint: "e.g. everything stays private unless we both agree to share it"
        help: "Say it plainly now so neither has to guess later. A common rule: nothing leaves the room without the other's permission."
      - id: charter.contact
        depth: full
        carried: true
        optional: true
        ask: "Between meetings, how would each of you like to be reached, and when are you available?"
        hint: "e.g. me: email, any weekday; Alex: chat, replies within two days, never at weekends"
        help: "Both sides count: say how you like to be contacted as well as how {partner} does, so questions are welcome and nobody feels crowded."
    next:
      - goto: relationship.milestones

  - id: relationship.milestones
    title: "Milestones"
    depth: full
    lead: "Give the relationship a few concrete milestones, then break them into steps with dates. They are reviewed and rated in later meetings."
    questions:
      - id: milestones.list
        recall_as: "Your milestones:"
        kind: list
        carried: true
        ask: "Which two or three milestones do you want to reach, and roughly when? One may be a personal growth target."
        hint: "e.g. lead a small project by the end of spring; stay calm when challenged in meetings"
        help: "A good milestone is visible: someone else could tell whether it happened. Mastering a tool, growing a network or running a project are typical."
      - id: milestones.steps
        kind: steps
        carried: true
        optional: true
        ask: "What are the steps towards them, with a date for each?"
        hint: "e.g. Finish the course @me by 2027-01-31"
        help: "One step per line. End a line with @me, @partner or a name for who does it, and 'by' and a date for when. Steps are tracked with the milestones, not as actions of this meeting."
    next:
      - goto: during.focus

  - id: relationship.separation
    title: "Closing out"
    lead: "The relationship is coming to a close. Take stock of what you achieved, thank each other, and agree what happens next."
    recall: [intro.hopes, intro.mentor_hopes, charter.partner_hopes, milestones.list, milestones.steps_done]
    questions:
      - id: close.goals_met
        kind: list
        ask: "Which of the goals you set together have you reached?"
        hint: "e.g. landed the analyst role; built a network in the new city"
      - id: close.learned
        ask: "What has each of you learned from the other?"
        hint: "e.g. me: how to pitch an idea upwards; Alex: how new starters see the firm"
      - id: close.handover
        optional: true
        ask: "What is still unfinished, and who or what will help with it from here?"
        hint: "e.g. the certification: my manager will back it; the reading group"
      - id: close.celebrate
        depth: full
        optional: true
        ask: "How will you mark what you achieved together?"
        hint: "e.g. lunch on me; a note to both our managers"
      - id: close.feedback
        depth: full
        optional: true
        ask: "Looking back over the whole relationship, what worked well, and what would you do differently?"
      - id: close.confidentiality
        depth: full
        optional: true
        ask: "What you shared stays private: is there anything either of you would now like to pass on, or keep sealed for good?"
    next:
      - goto: during.actions

  - id: relationship.redefinition
    title: "What comes next"
    lead: "The mentoring has done its work; now decide together what you become to each other."
    recall: [intro.hopes, intro.mentor_hopes, charter.partner_hopes, milestones.list]
    questions:
      - id: redefine.relationship
        ask: "What will you be to each other from now on?"
        hint: "e.g. peers who swap notes; I may call on Alex as a referee"
        help: "A mentoring relationship often turns into something else: a friendship, a peer connection, an occasional sounding board. Agreeing on it avoids an awkward silence later."
      - id: redefine.contact
        ask: "How, and how often, will you stay in touch?"
        hint: "e.g. coffee twice a year; a message when something big happens"
      - id: redefine.learned
        depth: full
        optional: true
        ask: "What has each of you learned from the other?"
      - id: redefine.feedback
        depth: full
        optional: true
        ask: "Looking back over the whole relationship, what worked well, and what would you do differently?"
    next:
      - goto: during.actions
"""#),
    BankFile(
      name: "prompts/setup.yaml",
      text: #"""
# yaml-language-server: $schema=../schemas/bank.schema.json
# Setup: who you are, who you are meeting and when, how deep to go this time, and (on a
# later meeting) which stage the relationship has reached, after Kathy Kram's four phases.
# On a returning relationship the emails and "first meeting?" come from the record.
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
        when: {context.returning: "no"}
        kind: email
        optional: true
        ask: "What is {partner}'s email address?"
        hint: "e.g. alex.chen@example.org"
        help: "Only used to address the follow-up message and calendar file you export. Leave it empty if you would rather not keep it."
      - id: setup.my_email
        when: {context.returning: "no"}
        kind: email
        optional: true
        ask: "And what is your own email address?"
        help: "It goes in the From line of an exported email. You can leave it empty."
      - id: setup.first_session
        kind: yesno
        ask: "Is this your first meeting with {partner}?"
        help: "A first meeting adds an introduction and a charter for the relationship. Later meetings look back at what you agreed last time instead."
      - id: setup.depth
        kind: choice
        ask: "How deep do you want to go this time?"
        options:
          - id: quick
            label: "Quick — only the questions that matter when time is short"
          - id: full
            label: "Full — the whole method: backgrounds, all four Ps, reflection"
        default: quick
        default_from: setup.depth
        help: "Quick keeps to the essentials and takes a few minutes on each side of the meeting. Full adds the wider preparation and a private reflection afterwards. Next time, Enter keeps the depth you chose today."
      - id: setup.meeting_at
        kind: datetime
        default_from: next.meeting_at
        ask: "When are you meeting {partner}?"
        hint: "e.g. thursday 15:00, tomorrow 9:30am, 2027-03-04 10:00"
      - id: setup.relationship_phase
        kind: choice
        when:
          - {setup.first_session: "no", setup.depth: full}
          - {setup.first_session: "no", context.returning: "no"}
        default_from: setup.relationship_phase
        ask: "Where does your relationship with {partner} stand now?"
        options:
          - id: initiation
            label: "Initiation — early days, still finding out how you work together"
          - id: cultivation
            label: "Cultivation — settled in and making headway on the goals"
          - id: separation
            label: "Separation — the goals are met or life has moved on; time to close out"
          - id: redefinition
            label: "Redefinition — working out what you become to each other next"
        help: "Kathy Kram's research names these four stages; real relationships blur them. Pick the nearest. Separation closes the goals out; redefinition settles how you stay in touch. A quick session keeps the stage you chose last time."
    next:
      - goto: before.introduction
        if: {setup.first_session: "yes"}
      - goto: before.purpose
"""#),
  ]
}

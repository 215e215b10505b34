//! The words only the command line says, as a catalogue beside the
//! engine's (`versus_core::say`): its text output's headings and lines.
//! Errors for dataset authors stay in plain English where they are raised.

versus_core::catalogue! {
    pub enum CliSay {
        /// The first line of `versus recommend`: "Verdict: Django (strong, 2 of 13 questions answered)".
        Verdict = "Verdict: {title} ({decisiveness}, {answered} of {questions, one {# question} other {# questions}} answered)",
        /// How firm, in one word, for `Verdict`'s `{decisiveness}`.
        FirmUnanswered = "unanswered",
        FirmTie = "tie",
        FirmSlight = "slight",
        FirmClear = "clear",
        FirmStrong = "strong",
        /// Every verdict's score, joined by `Comma`.
        Scores = "Scores: {scores}",
        /// A note on a verdict, indented under the scores.
        Note = "  {verdict}: {note}",
        Reasons = "Reasons:",
        /// One answer's reason: its ids, its points, why, and where from.
        Reason = "  {question}={option} ({points})\n    {reason}\n    Source: {source}",
        Caveats = "Caveats:",
        Changes = "What would change this:",
        /// A condition on the team, with the answer that states it.
        Condition = "  {condition} ({changes})",
        /// The answers that would make another verdict lead.
        Flip = "  {verdict}: answer {changes}",
        /// The same, where a change describes a different project.
        FlipElsewhere = "  {verdict}: answer {changes} (a different project)",
        /// Your verdict in `versus compare`.
        You = "You: {leaders}",
        YouOtherVersion = "You: {leaders} (your link was made with another version of this comparison)",
        /// How a colleague is named, by the order of their link.
        Colleague = "Colleague {n}",
        /// A colleague's verdict.
        Theirs = "{who}: {leaders}",
        TheirsOtherVersion = "{who}: {leaders} (made with another version: the answers that still exist)",
        /// A colleague's link that cannot be read.
        Unreadable = "{who}: {problem}; nothing to compare.",
        /// Why a link cannot be read: it has no entry for this widget.
        LinkElsewhere = "a link for another widget or dataset, with no entry for `{key}`",
        /// Why a link cannot be read: it holds no answers.
        LinkUnreadable = "not a link with answers for this comparison",
        /// Your own link cannot be read.
        YourLink = "your link: {problem}",
        SameAnswers = "  The same answers as yours.",
        /// One difference, a line of its own.
        Difference = "  - {difference}",

        /// `versus audit`'s first line; `seconds` as the clock gives it.
        AuditSets = "{dataset}: {sets} complete answer sets in {seconds} s",
        AuditVerdicts = "Verdicts:",
        AuditDecisiveness = "Decisiveness:",
        AuditSwings = "How often one question alone can change the verdict:",
        AuditLopsided = "Most lopsided:",
        AuditClosest = "Closest:",
        /// An extreme case: its verdict, margin, scores and answers (ids).
        AuditCase = "  {verdict} by {margin} ({scores}): {answers}",
        /// A mix's score in an extreme case, where it is not on offer.
        AuditNotOnOffer = "{verdict} not on offer",
        AuditBreaches = "Breaches: {count}",
    }
}

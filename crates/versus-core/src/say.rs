//! Every word the engine's report, the decision record and the colleague
//! comparison say, as one catalogue (see [`crate::words`]).
//!
//! Each message is a whole sentence or phrase with its arguments named,
//! so a translator can reorder it; where English changes with a number
//! the message holds the choice, and where a sentence has variants (a tie
//! or a lead, questions left or not) each variant is its own message.
//! Dataset text (names, labels, reasons) comes in as arguments. The
//! command line's tests check every catalogue's templates together.

crate::catalogue! {
    pub enum Say {
        /// Two items of a list: "Node.js and Django".
        ListPair = "{a} and {b}",
        /// An item added inside a list of three or more: "A, B".
        ListMiddle = "{a}, {b}",
        /// The last item added to a list of three or more: "A, B and C".
        ListLast = "{a} and {b}",
        /// Joins items listed side by side (scores, points): "A 3, B 1".
        Comma = "{a}, {b}",
        /// Joins the arguments that weighed most.
        Semicolon = "{a}; {b}",
        /// Joins answer changes made together ("A and B and C").
        Together = "{a} and {b}",
        /// Joins the skipped questions in the decision record.
        Slash = "{a} / {b}",
        /// Joins whole sentences into a paragraph.
        Sentences = "{a} {b}",
        /// Points gained, signed: "+10".
        Gain = "+{n}",
        /// A verdict and its points: "Node.js +10", "Hybrid 1.5".
        VerdictPoints = "{verdict} {points}",
        /// The score of a mix not on offer, in place of its points.
        NoScore = "–",
        /// Dataset text quoted, as an answer a reader gave.
        Quoted = "“{text}”",

        /// What the result means before any answer.
        Unanswered = "Answer a question to see a recommendation.",
        /// What a tie means, with what follows it on screen.
        TieExplained = "Too close to call: your answers give them the same score. Below is what would separate them.",
        /// A tie with every question answered.
        FirmnessTie = "Too close to call: your answers give them the same score.",
        /// A tie that no answer to the questions left could break.
        FirmnessTieSettled = "Too close to call: your answers give them the same score, and {left, =1 {no answer to the one question left} other {no answers to the questions left}} could separate them.",
        /// A tie the questions left could break (`open` of them could, `closed` could not).
        FirmnessTieOpen = "Too close to call: your answers give them the same score, but {left, =1 {your answer to the one question left} other {your answers to {closed, =0 {the {left} questions left} other {{open} of the {left} questions left}}}} could separate them.",
        FirmnessSlight = "A slight lead: one small change to your answers could overturn it.",
        FirmnessSlightSettled = "A slight lead: one small change to your answers could overturn it, and {left, =1 {no answer to the one question left} other {no answers to the questions left}} could change it.",
        FirmnessSlightOpen = "A slight lead: one small change to your answers could overturn it, and {left, =1 {your answer to the one question left} other {your answers to {closed, =0 {the {left} questions left} other {{open} of the {left} questions left}}}} could still change it.",
        FirmnessClear = "A clear lead: it would take two small changes to your answers to overturn it.",
        FirmnessClearSettled = "A clear lead: it would take two small changes to your answers to overturn it, and {left, =1 {no answer to the one question left} other {no answers to the questions left}} could change it.",
        FirmnessClearOpen = "A clear lead: it would take two small changes to your answers to overturn it, and {left, =1 {your answer to the one question left} other {your answers to {closed, =0 {the {left} questions left} other {{open} of the {left} questions left}}}} could still change it.",
        FirmnessStrong = "A strong lead: no one or two small changes to your answers would overturn it.",
        FirmnessStrongSettled = "A strong lead: no one or two small changes to your answers would overturn it, and {left, =1 {no answer to the one question left} other {no answers to the questions left}} could change it.",
        FirmnessStrongOpen = "A strong lead: no one or two small changes to your answers would overturn it, but {left, =1 {your answer to the one question left} other {your answers to {closed, =0 {the {left} questions left} other {{open} of the {left} questions left}}}} could still change it.",

        /// No answer to the questions left can change the result.
        Settled = "Your remaining answers can't change this.",
        /// The questions left that could change the result, marked in the quiz.
        OutlookOpen = "{left, =1 {Your answer to the one question left} other {Your answers to {closed, =0 {the {left} questions left} other {{open} of the {left} questions left}}}} could still change it: {open, one {that question is marked} other {those questions are marked}} with a dot.",

        /// The result's title before any answer.
        NoRecommendationYet = "No recommendation yet",
        /// The result's title on a tie: "A tie: Node.js and Django".
        TieTitle = "A tie: {names}",
        /// The result beside the quiz: "Django: a slight lead after 3 of 13 answers".
        LiveSlight = "{title}: a slight lead after {answered} of {total, one {# answer} other {# answers}}",
        LiveClear = "{title}: a clear lead after {answered} of {total, one {# answer} other {# answers}}",
        LiveStrong = "{title}: a strong lead after {answered} of {total, one {# answer} other {# answers}}",
        /// A tie beside the quiz: "A tie: Node.js and Django after 3 of 13 answers".
        LiveTie = "{title} after {answered} of {total, one {# answer} other {# answers}}",
        /// How far the verdict leads the best alternative.
        AheadOf = "Ahead of {name} by {n, one {# point} other {# points}}.",
        /// How far the verdict leads, with no alternative on offer.
        AheadBy = "Ahead by {n, one {# point} other {# points}}.",
        /// The arguments that added most, joined by `Semicolon`.
        WeighedMost = "What weighed most: {claims}.",
        /// One of them: "your team writes Python (+10)".
        WeighedClaim = "{claim} ({points})",

        /// Why a mix with an idle stack is not shown as an alternative, in
        /// words that hold whichever verdict leads.
        NotOnOffer = "Not on offer: nothing in your answers calls for two stacks.",
        /// A mix's standing cost: "-2: a second stack to run".
        CostNote = "-{points}: {cost}",
        /// A whole-project argument a mix of two counts by half.
        HalfNote = "Half of +{points} ({claim}): only the {candidate} half gains from it",
        /// A whole-project argument a mix of three or more counts in part.
        ShareNote = "A share of +{points} ({claim}): only the {candidate} share gains from it",
        /// An answer that argues for nothing.
        NoPoints = "No points either way",
        /// An answer whose arguments were counted at a heavier answer.
        CountedElsewhere = "Counted with another answer",
        /// A source's heading with what to look for under it.
        SourceHint = "{title} ({hint})",
        /// A condition on the team with its verdict, in the dataset's words.
        ConditionVerdict = "{condition}: {verdict}",
        /// A condition on the team with its verdict, where the dataset words none.
        IfAnswer = "If “{label}”: {verdict}",

        /// The record's title.
        RecordTitle = "Decision: {title}",
        RecordStatus = "Status: proposed",
        /// The comparison the record was made with.
        RecordComparison = "Comparison: {title} (`{id}`, version {version})",
        /// The link that restores the answers.
        RecordLink = "Link: {link}",
        /// Where the facts come from (the dataset's source, or a reason's).
        SourceIs = "Source: {source}",
        RecordContext = "Context",
        NothingAnswered = "Nothing answered yet.",
        /// The heading of the answers table's first column.
        RecordQuestion = "Question",
        /// The heading of the answers table's second column.
        RecordAnswer = "Answer",
        /// The questions skipped, joined by `Slash`.
        NotAnswered = "Not answered: {questions}",
        RecordDecision = "Decision",
        /// Every verdict's score, joined by `Comma`.
        RecordScores = "Scores: {scores}.",
        RecordReasons = "Reasons",
        /// One answer's reason: "**Question Answer** (Node.js +10): why. *Source: …*".
        RecordReason = "**{prompt} {label}** ({points}): {reason} *Source: {source}*",
        RecordCosts = "Costs and caveats",
        /// A note on a leading verdict: "Hybrid: -2: a second stack".
        VerdictNote = "{verdict}: {note}",
        /// A caveat with its source.
        RecordCaveat = "{caveat} *Source: {source}*",
        NoCaveats = "None that these answers raise.",
        RecordChanges = "What would change this",
        /// The answer changes that would make another verdict lead.
        FlipSteps = "{verdict}: {steps}",
        /// The same, where a change describes a different project.
        FlipStepsElsewhere = "{verdict}, only for a different project: {steps}",
        /// One change: “A new option” to “The question”.
        Step = "“{label}” to “{prompt}”",

        /// Leaders as a phrase: none.
        NoRecommendation = "no recommendation",
        /// Leaders as a phrase: a tie, "a tie of Node.js and Django".
        TieOf = "a tie of {names}",
        /// An answer a colleague or the reader did not give.
        Skipped = "(skipped)",
        /// A question answered differently.
        Differs = "{prompt} You: {mine}; {who}: {theirs}.",
        /// A question answered differently, whose other answer alone changes the verdict.
        DiffersAndChanges = "{prompt} You: {mine}; {who}: {theirs}. Taking {who}'s answer here would make it {leaders}.",
    }
}

//! The widget's own words: every sentence, label and heading its views
//! write, as one catalogue (English compiled in as the reference; another
//! language is a catalogue file read by `Words::parse`).
//!
//! What the dataset says (names, questions, rows) and what the report says
//! (verdict lines, reasons) are not here: they come with the data and from
//! `versus_core::report`.
//!
//! The views get the language's [`Words`] from the `App`'s context (see
//! `hooks::use_words`), as a [`WordsRef`] compared by address.

use versus_core::words::{Arg, Words};
use yew::prelude::*;

versus_core::catalogue! {
    /// A message of the widget's views.
    pub enum Ui {
        // The session (components/app.rs).
        /// Over answers restored from a link made with an older dataset.
        LinkFromOtherVersion = "This link was made with another version of this comparison: the answers that still exist are restored.",
        /// Over a shared link's answers, while the reader's own are set aside.
        ViewingLinkAnswers = "These are the answers from the link you opened. Your own answers are kept: nothing is saved over them until you change an answer or choose below.",
        BackToMyAnswers = "Back to my answers",
        CompareWithMine = "Compare with mine",
        UseTheseAnswers = "Use these answers",

        // The quiz (components/quiz.rs).
        YourProject = "Your project",
        /// Progress: the question on screen among them all.
        QuestionOfTotal = "Question {n} of {total}",
        /// Follows the progress, after a separator.
        AnsweredCount = "{n, one {# answered} other {# answered}}",
        /// The step list's label, for screen readers.
        QuestionsArrowKeys = "Questions (arrow keys move between them)",
        /// A step button's label: its number and its question.
        StepQuestion = "Question {n}: {question}",
        StepQuestionAnswered = "Question {n}: {question} (answered)",
        StepQuestionCouldChange = "Question {n}: {question} (could change the result)",
        Back = "Back",
        Next = "Next",
        Skip = "Skip",
        SeeTheRecommendation = "See the recommendation",
        /// Followed by the Undo button.
        AnswersCleared = "Your answers were cleared.",
        Undo = "Undo",
        StartOver = "Start over",
        /// Beside the verdict line kept in view by the quiz.
        SeeWhy = "See why",

        // The result (components/result.rs).
        Recommendation = "Recommendation",
        /// Followed by the Undo button.
        SuggestionTried = "Your answers now include the suggestion you tried.",
        LinkToThisResult = "Link to this result",
        CopyLink = "Copy link",
        CopyAsMarkdown = "Copy as Markdown",
        LinkCopied = "Link copied.",
        LinkSelected = "The link is selected: press Ctrl+C (⌘C on a Mac) to copy it.",
        RecordCopied = "The decision record is on the clipboard, in Markdown.",
        RecordSelected = "The clipboard is not available here: the record is selected below, press Ctrl+C (⌘C on a Mac) to copy it.",
        /// Labels the box holding the record when the clipboard refused.
        DecisionRecordMarkdown = "Decision record (Markdown)",
        ScoreOfEachVerdict = "Score of each verdict",
        HowScoresAreCounted = "How the scores are counted",
        ScoringExplained = "Each answer adds points to the side its reason argues for. A mix of both stacks takes each side's points where that side does the work, counts a whole-project argument only for the half it helps, and pays for running a second stack:",
        /// What a mixed verdict pays: `{verdict}` is its name (marked up).
        ScoreNote = "{verdict}: {note}",
        Why = "Why",
        /// A reason's cause: `{answer}` (marked up) given to `{question}`.
        ReasonCause = "{answer} · {question}",
        /// Unfolds the reasons past the first few; `{neutral}` of them moved no points.
        ShowAllReasons = "Show all {total} reasons in full{neutral, =0 {} other { (# moved no points)}}",
        ShowFewerReasons = "Show fewer reasons",
        KeepInMind = "Keep in mind",
        /// How many caveats, after their heading.
        CaveatCount = "({n})",
        WhatWouldChangeThis = "What would change this",
        /// `{verdict}` (marked up) and the answers that would make it win.
        FlipIfYouAnswer = "{verdict} if you answer {changes}",
        FlipDifferentProject = "{verdict} for a different project, answering {changes}",
        /// One answer of a suggestion: this answer to that question.
        FlipStep = "“{answer}” to “{question}”",
        TryIt = "Try it",

        // Lists joined with "and": the steps of a suggestion, the names in
        // the table's caption. English has always joined every item with
        // "and"; a language may put commas between the first ones.
        /// Two items.
        AndPair = "{a} and {b}",
        /// An item added before the last one.
        AndMiddle = "{a} and {b}",
        /// The last item.
        AndLast = "{a} and {b}",
        // Lists joined with commas: who uses a candidate in production.
        CommaPair = "{a}, {b}",
        CommaMiddle = "{a}, {b}",
        CommaLast = "{a}, {b}",

        // Colleagues (components/colleagues.rs).
        CompareWithAColleague = "Compare with a colleague",
        ColleaguesHelp = "Paste the share link of a colleague who took this quiz: see where your answers differ, and which differences would change your result.",
        AColleaguesLink = "A colleague's link",
        TheirNameOptional = "Their name (optional)",
        Compare = "Compare",
        /// A colleague the reader gave no name.
        ColleagueNumber = "Colleague {n}",
        /// A colleague (`{who}`, marked up) and the verdict their answers give.
        ColleagueVerdict = "{who}: {verdict}",
        ColleagueVerdictOtherVersion = "{who}: {verdict} (this link was made with another version of the comparison: the answers that still exist)",
        SameAnswersAsYours = "The same answers as yours.",
        ColleagueLinkElsewhere = "{who}: this link is for another widget or comparison; it changes nothing here.",
        ColleagueLinkUnreadable = "{who}: not a share link of this comparison; nothing to compare.",
        RemoveColleague = "Remove {who}",

        // The comparison table (components/table.rs).
        ComparisonTable = "Comparison table",
        ShowRowsOfOneCategory = "Show rows of one category",
        AllCategories = "All",
        /// The table's caption: `{names}` is the candidates, joined with "and".
        HowTheyCompare = "How {names} compare",
        /// After the caption, once answers touched rows.
        HighlightedRowsTouched = "— highlighted rows are the ones your answers touched",
        Feature = "Feature",
        Category = "Category",
        /// Visually hidden, after a touched row's feature.
        TouchedByYourAnswers = "(touched by your answers)",
        /// Visually hidden, before the value of the side a row favours.
        Favoured = "Favoured:",
        /// `{mark}` is the tick (hidden from screen readers), with its space.
        TickMarksFavoured = "{mark}marks the side the source article favours on that row.",

        // Sources (cite.rs) and the static sections (prose.rs).
        /// `{source}` is the cited section (marked up).
        SourceOf = "Source: {source}",
        /// A section's title, with the hint where its title alone does not say where to look.
        TitleWithHint = "{title} ({hint})",
        StrengthsAndWeaknesses = "Strengths and weaknesses",
        Strengths = "Strengths",
        Weaknesses = "Weaknesses",
        AGoodFitFor = "A good fit for",
        InProductionAt = "In production at",
        QuestionsPeopleAsk = "Questions people ask",

        // The element (embed.rs).
        /// Shown in place of every widget when something went wrong.
        StoppedWorking = "Sorry, this comparison stopped working. Reload the page to try again.",
    }
}

/// The words of one language, for the life of the page, compared by
/// address so props and context stay cheap to compare.
#[derive(Clone, Copy)]
pub struct WordsRef(pub &'static Words);

impl WordsRef {
    /// English, the reference.
    pub fn english() -> WordsRef {
        // A static: one address, so every English `WordsRef` is equal.
        WordsRef(&versus_core::words::ENGLISH)
    }
}

impl Default for WordsRef {
    fn default() -> Self {
        WordsRef::english()
    }
}

impl PartialEq for WordsRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl std::fmt::Debug for WordsRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "WordsRef({})", self.0.lang)
    }
}

/// A message some of whose arguments are markup (a name in bold, a cited
/// source): the language decides where each goes in the sentence, so the
/// sentence is one message and the markup goes where its placeholder is.
pub fn compose(
    words: &Words,
    message: Ui,
    args: &[(&str, Arg<'_>)],
    parts: &[(&str, Html)],
) -> Html {
    // Each part stands in the text as a character of the private use area,
    // which no message or dataset text uses, and is swapped for its markup.
    let marks: Vec<String> = (0..parts.len())
        .map(|i| char::from_u32(MARK + i as u32).map_or_else(String::new, String::from))
        .collect();
    let mut all: Vec<(&str, Arg<'_>)> = args.to_vec();
    all.extend(
        parts
            .iter()
            .zip(&marks)
            .map(|((name, _), mark)| (*name, Arg::Text(mark))),
    );
    let text = words.say(message, &all);
    let mut out: Vec<Html> = Vec::new();
    let mut rest = text.as_str();
    while let Some((i, c)) = rest
        .char_indices()
        .find(|(_, c)| (MARK..MARK + parts.len() as u32).contains(&(*c as u32)))
    {
        if i > 0 {
            out.push(Html::from(rest[..i].to_string()));
        }
        out.push(parts[(c as u32 - MARK) as usize].1.clone());
        rest = &rest[i + c.len_utf8()..];
    }
    if !rest.is_empty() {
        out.push(Html::from(rest.to_string()));
    }
    out.into_iter().collect()
}

/// The first character of the private use area.
const MARK: u32 = 0xE000;

//! A reader's answers beside a colleague's: where they differ, the
//! colleague's verdict, and which of the differences would change the
//! reader's verdict on its own, computed by the engine.

use crate::answers::Answers;
use crate::engine::Engine;
use crate::model::Dataset;
use crate::say::Say;
use crate::words::{Arg, Words};

/// One question the two answered differently (or one of them skipped).
#[derive(Clone, Debug, PartialEq)]
pub struct Difference {
    pub question: usize,
    pub mine: Option<usize>,
    pub theirs: Option<usize>,
    /// The reader's leaders if they took the colleague's answer here.
    pub if_taken: Vec<usize>,
    /// Taking it changes the reader's leaders.
    pub changes: bool,
}

/// The comparison with one colleague.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// The reader's leaders.
    pub mine: Vec<usize>,
    /// The colleague's leaders.
    pub theirs: Vec<usize>,
    /// Question order.
    pub differences: Vec<Difference>,
}

impl Engine<'_> {
    /// Compares the reader's answers with a colleague's.
    pub fn compare(&self, mine: &Answers, theirs: &Answers) -> Comparison {
        let d = self.dataset();
        let mine_leaders = self.rank(mine).leaders;
        let differences = (0..d.questions.len())
            .filter(|&q| mine.get(q) != theirs.get(q))
            .map(|q| {
                let mut taken = mine.clone();
                taken.set(q, theirs.get(q));
                let if_taken = self.rank(&taken).leaders;
                Difference {
                    question: q,
                    mine: mine.get(q),
                    theirs: theirs.get(q),
                    changes: if_taken != mine_leaders,
                    if_taken,
                }
            })
            .collect();
        Comparison {
            mine: mine_leaders,
            theirs: self.rank(theirs).leaders,
            differences,
        }
    }
}

/// "Django", "a tie of Node.js and Django", or "no recommendation".
pub fn leaders_name(words: &Words, dataset: &Dataset, leaders: &[usize]) -> String {
    match leaders {
        [] => words.get(Say::NoRecommendation),
        [one] => dataset.verdicts[*one].name.to_string(),
        _ => {
            let names: Vec<&str> = leaders
                .iter()
                .map(|&v| dataset.verdicts[v].name.as_ref())
                .collect();
            let names = crate::report::names_list(words, &names);
            words.say(Say::TieOf, &[("names", Arg::Text(&names))])
        }
    }
}

impl Difference {
    /// "How soon must the first version ship? You: “On a normal schedule”;
    /// Sam: “As soon as possible”. Taking Sam's answer here would make it
    /// Django."
    pub fn sentence(&self, words: &Words, dataset: &Dataset, who: &str) -> String {
        let question = &dataset.questions[self.question];
        let answer = |o: Option<usize>| match o {
            Some(o) => words.say(
                Say::Quoted,
                &[("text", Arg::Text(&question.options[o].label))],
            ),
            None => words.get(Say::Skipped),
        };
        let (mine, theirs) = (answer(self.mine), answer(self.theirs));
        let mut args = vec![
            ("prompt", Arg::Text(&question.prompt)),
            ("mine", Arg::Text(&mine)),
            ("who", Arg::Text(who)),
            ("theirs", Arg::Text(&theirs)),
        ];
        if !self.changes {
            return words.say(Say::Differs, &args);
        }
        let leaders = leaders_name(words, dataset, &self.if_taken);
        args.push(("leaders", Arg::Text(&leaders)));
        words.say(Say::DiffersAndChanges, &args)
    }
}

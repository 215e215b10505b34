//! A reader's answers beside a colleague's: where they differ, the
//! colleague's verdict, and which of the differences would change the
//! reader's verdict on its own, computed by the engine.

use crate::answers::Answers;
use crate::engine::Engine;
use crate::model::Dataset;

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
pub fn leaders_name(dataset: &Dataset, leaders: &[usize]) -> String {
    match leaders {
        [] => "no recommendation".into(),
        [one] => dataset.verdicts[*one].name.to_string(),
        _ => {
            let mut name = String::from("a tie of ");
            name.push_str(&crate::report::names(
                leaders.iter().map(|&v| dataset.verdicts[v].name.as_ref()),
            ));
            name
        }
    }
}

impl Difference {
    /// "How soon must the first version ship? you: “On a normal schedule”;
    /// Sam: “As soon as possible”. Taking Sam's answer makes it Django."
    pub fn sentence(&self, dataset: &Dataset, who: &str) -> String {
        let question = &dataset.questions[self.question];
        let answer = |o: Option<usize>| {
            o.map_or("(skipped)".to_string(), |o| {
                let mut quoted = String::from("“");
                quoted.push_str(&question.options[o].label);
                quoted.push('”');
                quoted
            })
        };
        let mut text = String::from(question.prompt.as_ref());
        text.push_str(" You: ");
        text.push_str(&answer(self.mine));
        text.push_str("; ");
        text.push_str(who);
        text.push_str(": ");
        text.push_str(&answer(self.theirs));
        text.push('.');
        if self.changes {
            text.push_str(" Taking ");
            text.push_str(who);
            text.push_str("'s answer here would make it ");
            text.push_str(&leaders_name(dataset, &self.if_taken));
            text.push('.');
        }
        text
    }
}

//! Rule IDs (N0–N15, as `RULES.md` lists them) and switching single rules on or off.

use super::options::{Elongation, NormalizerOptions};
use std::fmt;
use std::str::FromStr;

/// A normalization rule's stable ID, N0–N19 (see `RULES.md`).
///
/// ```
/// use arabic_text::{NormalizerOptions, Normalizer, Rule};
///
/// let rule: Rule = "N7".parse().unwrap();
/// let n = Normalizer::new(NormalizerOptions::search().with_rule(rule, false));
/// assert_eq!(n.normalize("مدرسة"), "مدرسة"); // N7 (ة → ه) off
/// assert!("N20".parse::<Rule>().is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rule {
    /// Compose hamza and madda marks with their letters.
    N0,
    /// Strip tashkeel (harakat, tanween, shadda, sukun).
    N1,
    /// Dagger alef.
    N2,
    /// Quranic marks.
    N3,
    /// Tatweel.
    N4,
    /// Alef variants.
    N5,
    /// Alef maksura.
    N6,
    /// Teh marbuta.
    N7,
    /// Hamza seats.
    N8,
    /// Presentation forms.
    N9,
    /// Persian and Urdu letters.
    N10,
    /// Digits and number separators.
    N11,
    /// Arabic punctuation.
    N12,
    /// Format controls, ZWNJ and ZWJ.
    N13,
    /// Non-ASCII spaces.
    N14,
    /// Elongation (repeated letters).
    N15,
    /// Lowercase.
    N16,
    /// Whitespace to one space.
    N17,
    /// Trim whitespace at both ends.
    N18,
    /// Uthmani (Quranic) spelling to simple spelling.
    N19,
}

impl Rule {
    /// Every rule, in ID order.
    pub const ALL: [Rule; 20] = [
        Rule::N0,
        Rule::N1,
        Rule::N2,
        Rule::N3,
        Rule::N4,
        Rule::N5,
        Rule::N6,
        Rule::N7,
        Rule::N8,
        Rule::N9,
        Rule::N10,
        Rule::N11,
        Rule::N12,
        Rule::N13,
        Rule::N14,
        Rule::N15,
        Rule::N16,
        Rule::N17,
        Rule::N18,
        Rule::N19,
    ];

    /// Its number (7 for N7).
    pub const fn number(self) -> u8 {
        self as u8
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "N{}", self.number())
    }
}

/// The error of parsing a [`Rule`]: the text was not `N0`–`N19`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownRule(pub String);

impl fmt::Display for UnknownRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown rule {:?}: expected N0 to N19 (see RULES.md)",
            self.0
        )
    }
}

impl std::error::Error for UnknownRule {}

impl FromStr for Rule {
    type Err = UnknownRule;

    /// `N7` or `n7`.
    fn from_str(s: &str) -> Result<Self, UnknownRule> {
        let digits = s
            .strip_prefix('N')
            .or_else(|| s.strip_prefix('n'))
            .filter(|d| !d.is_empty() && d.len() <= 2 && d.bytes().all(|b| b.is_ascii_digit()));
        digits
            .and_then(|d| d.parse::<usize>().ok())
            .and_then(|n| Rule::ALL.get(n).copied())
            .ok_or_else(|| UnknownRule(s.to_string()))
    }
}

impl NormalizerOptions {
    /// Turns one rule on or off, leaving the others as they are. "On" is the setting of the
    /// [`key`](Self::key) preset, N19 that of [`quran`](Self::quran) (N15, off in both, turns
    /// on as [`Elongation::MaxOne`]);
    /// "off" is the setting of [`none`](Self::none).
    pub const fn with_rule(mut self, rule: Rule, on: bool) -> Self {
        let src = if on {
            Self::key()
                .collapse_elongation(Elongation::MaxOne)
                .quran_spelling(true)
        } else {
            Self::none()
        };
        match rule {
            Rule::N0 => self.compose_hamza = src.compose_hamza,
            Rule::N1 => {
                self.strip_tashkeel = src.strip_tashkeel;
                self.keep_shadda = src.keep_shadda;
            }
            Rule::N2 => self.dagger_alef = src.dagger_alef,
            Rule::N3 => self.strip_quranic_marks = src.strip_quranic_marks,
            Rule::N4 => self.strip_tatweel = src.strip_tatweel,
            Rule::N5 => self.alef = src.alef,
            Rule::N6 => self.alef_maksura = src.alef_maksura,
            Rule::N7 => self.fold_teh_marbuta = src.fold_teh_marbuta,
            Rule::N8 => self.hamza_seats = src.hamza_seats,
            Rule::N9 => self.fold_presentation_forms = src.fold_presentation_forms,
            Rule::N10 => self.fold_persian_letters = src.fold_persian_letters,
            Rule::N11 => self.digits = src.digits,
            Rule::N12 => self.fold_punctuation = src.fold_punctuation,
            Rule::N13 => {
                self.strip_format_controls = src.strip_format_controls;
                self.joiners = src.joiners;
            }
            Rule::N14 => {
                self.normalize_spaces = src.normalize_spaces;
                self.collapse_spaces = src.collapse_spaces;
            }
            Rule::N15 => self.elongation = src.elongation,
            Rule::N16 => self.lowercase = src.lowercase,
            Rule::N17 => self.fold_whitespace = src.fold_whitespace,
            Rule::N18 => self.trim = src.trim,
            Rule::N19 => self.quran_spelling = src.quran_spelling,
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_display_round_trip() {
        for r in Rule::ALL {
            assert_eq!(r.to_string().parse::<Rule>(), Ok(r));
        }
        for bad in ["", "N", "N20", "X1", "N-1", "N007", "7"] {
            assert!(bad.parse::<Rule>().is_err(), "{bad}");
        }
    }

    #[test]
    fn all_rules_on_is_key_with_elongation() {
        let all_on = Rule::ALL
            .iter()
            .fold(NormalizerOptions::none(), |o, &r| o.with_rule(r, true));
        assert_eq!(
            all_on,
            NormalizerOptions::key()
                .collapse_elongation(Elongation::MaxOne)
                .quran_spelling(true)
        );
        let all_off = Rule::ALL
            .iter()
            .fold(NormalizerOptions::search(), |o, &r| o.with_rule(r, false));
        assert_eq!(all_off, NormalizerOptions::none());
    }
}

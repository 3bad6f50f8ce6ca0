//! Root extraction: clitics and inflection off, then the derivational pattern (وزن) the
//! remaining letters fit, then the weak and doubled letters the pattern hides.

use crate::chars;
use crate::normalize::{AlefVariants, Normalizer, NormalizerOptions};
use crate::segment::segment;

/// Marks, tatweel and controls removed; ى folded; alef variants kept (hamza is a root letter).
static CLEAN: Normalizer =
    Normalizer::new(NormalizerOptions::nlp().fold_alef_variants(AlefVariants::Keep));

/// Suffixes stripped before matching patterns, longest first: pronouns and verb endings
/// (تموهن = تم + و + هن), plural, dual and feminine endings.
const SUFFIXES: &[&str] = &[
    "تموها",
    "تموهم",
    "تموهن",
    "تموكم",
    "تمونا",
    "تموني",
    "تماها",
    "تاكما",
    "تانكم",
    "تموه",
    "تمون",
    "كموها",
    "ناكم",
    "ناها",
    "ناهم",
    "تهما",
    "تكما",
    "تكم",
    "تكن",
    "تهم",
    "تهن",
    "تها",
    "تنا",
    "تني",
    "تما",
    "تان",
    "تين",
    "هما",
    "كما",
    "تمو",
    "يات",
    "ية",
    "ات",
    "ون",
    "ين",
    "ان",
    "وا",
    "تم",
    "تن",
    "نا",
    "ني",
    "هم",
    "هن",
    "ها",
    "كم",
    "كن",
    "ه",
    "ك",
    "ة",
    "ت",
    "ا",
    "ي",
    "ن",
];

/// Derivational prefixes (after clitics): است, مست, the imperfect and participle prefixes.
const PREFIXES: &[&str] = &[
    "مست", "است", "ست", "مت", "من", "ان", "م", "ت", "ي", "ن", "ا",
];

const ALEF: char = chars::ALEF;
const WAW: char = chars::WAW;
const YEH: char = chars::YEH;

fn is_weak(c: char) -> bool {
    matches!(c, ALEF | WAW | YEH)
}

/// The root of `word` (three letters, or four for quadriliteral roots), written with ا for
/// hamza on any seat; `None` when no root can be told (particles, pronouns, names that fit
/// no pattern, fewer than two letters).
///
/// The method, without a root list: split off clitics ([`segment`](crate::segment())); strip
/// inflectional suffixes and derivational prefixes while more than three letters remain, each
/// only when enough letters stay; remove the pattern's long vowels and infixes (فاعل, فعول,
/// فعيل, افتعل, تفاعل, استفعل, …); then restore what the pattern hides: a hollow root's
/// middle و (قال → قول), a defective root's final ي (بنى → بني), or a doubled root (مد → مدد).
/// Hamza inside a word is a root consonant (سأل, مسائل → سال).
///
/// ```
/// use arabic_text::stem::root;
/// assert_eq!(root("والمكتوبات").as_deref(), Some("كتب"));
/// assert_eq!(root("استخراج").as_deref(), Some("خرج"));
/// assert_eq!(root("قال").as_deref(), Some("قول"));
/// assert_eq!(root("في"), None);
/// ```
pub fn root(word: &str) -> Option<String> {
    let clean = CLEAN.normalize(word);
    if FUNCTION_WORDS.iter().any(|w| *w == clean) {
        return None;
    }
    // Proclitics off (their guards are tuned on the gold data); enclitics are stripped below
    // with the suffixes, whose guards keep three letters.
    let seg = segment(&clean);
    let from = seg.stem().start;
    let stem = clean.get(from..).unwrap_or_default();
    // Hamza is a consonant of the root: on any seat inside the word it is ء. At the start, أ
    // and إ are ا (which may be a prefix) and آ is ء + ا.
    let mut c: Vec<char> = Vec::with_capacity(stem.len());
    for (i, x) in stem.chars().enumerate() {
        match x {
            chars::ALEF_WITH_MADDA_ABOVE => c.extend([chars::HAMZA, ALEF]),
            chars::ALEF_WITH_HAMZA_ABOVE | chars::ALEF_WITH_HAMZA_BELOW if i == 0 => c.push(ALEF),
            chars::ALEF_WITH_HAMZA_ABOVE
            | chars::ALEF_WITH_HAMZA_BELOW
            | chars::WAW_WITH_HAMZA_ABOVE
            | chars::YEH_WITH_HAMZA_ABOVE => c.push(chars::HAMZA),
            chars::ALEF_MAKSURA => c.push(YEH),
            x => c.push(x),
        }
    }
    if c.len() < 2 || !c.iter().all(|&x| chars::is_arabic_letter(x)) {
        return None;
    }
    let original = c.clone();
    // Inflection, outermost first, while more than three letters remain.
    loop {
        let before = c.len();
        for s in SUFFIXES {
            let k = s.chars().count();
            // A lone ن only from five letters or more (يطلبن), not from يكون or بطن.
            let guard = if *s == "ن" { 5 } else { k + 3 };
            if c.len() >= guard && ends_with(&c, s) {
                c.truncate(c.len() - k);
                break;
            }
        }
        if c.len() == before || c.len() <= 3 {
            break;
        }
    }
    // Derivational prefixes, while more than three letters remain.
    loop {
        let before = c.len();
        for p in PREFIXES {
            let k = p.chars().count();
            // فاعل: a four-letter word with ا second keeps its first letter (نازل, ناظر).
            let faaeil = k == 1 && c.len() == 4 && c.get(1) == Some(&ALEF);
            if c.len() >= k + 3 && starts_with(&c, p) && !faaeil {
                c.drain(..k);
                break;
            }
        }
        if c.len() == before || c.len() <= 3 {
            break;
        }
    }
    // Pattern infixes: long vowels inside the word (فاعل, فعال, فعول, فعيل, فعائل), then
    // افتعل's ت if more than three letters are still left; a quadriliteral root keeps its
    // four consonants.
    drop_long_vowels(&mut c);
    if c.len() >= 4 && c.get(1) == Some(&'ت') && !c.first().copied().is_some_and(is_weak) {
        c.remove(1);
        drop_long_vowels(&mut c);
    }
    if c.len() > 4 {
        return None;
    }
    if c.len() == 4 && c.get(3).copied().is_some_and(is_weak) {
        c.pop();
    }
    if c.len() == 3 {
        // A hollow root shows ا in its middle: قال, كان → قول, كون.
        if let Some(middle) = c.get_mut(1).filter(|m| **m == ALEF) {
            *middle = WAW;
        }
        // A defective root ends in ا: بنا, رمى → بني, رمي (ي is the commoner third letter).
        let first_is_alef = c.first() == Some(&ALEF);
        if let Some(last) = c.get_mut(2).filter(|l| **l == ALEF && !first_is_alef) {
            *last = YEH;
        }
    }
    if c.len() == 2 {
        let had_middle_vowel = original.len() >= 3
            && original
                .iter()
                .skip(1)
                .take(original.len() - 2)
                .any(|&x| x == ALEF || x == WAW || x == YEH);
        if had_middle_vowel {
            // قل from قال/يقول: hollow.
            let v = if original.contains(&YEH) && !original.contains(&WAW) {
                YEH
            } else {
                WAW
            };
            c.insert(1, v);
        } else if original.last().is_some_and(|&x| is_weak(x)) {
            c.push(YEH);
        } else {
            if let Some(&last) = c.get(1) {
                c.push(last);
            }
        }
    }
    // Written with ا for hamza, as root lists do.
    (c.len() >= 3).then(|| {
        c.into_iter()
            .map(|x| if x == chars::HAMZA { ALEF } else { x })
            .collect()
    })
}

/// Removes weak letters between the first and the last while more than three letters remain,
/// the rightmost first.
fn drop_long_vowels(c: &mut Vec<char>) {
    while c.len() > 3 {
        match (1..c.len() - 1)
            .rev()
            .find(|&i| c.get(i).is_some_and(|&x| is_weak(x)))
        {
            Some(i) => {
                c.remove(i);
            }
            None => break,
        }
    }
}

fn ends_with(c: &[char], s: &str) -> bool {
    let k = s.chars().count();
    c.len() >= k
        && c.get(c.len() - k..)
            .is_some_and(|t| t.iter().copied().eq(s.chars()))
}

fn starts_with(c: &[char], s: &str) -> bool {
    let k = s.chars().count();
    c.get(..k).is_some_and(|h| h.iter().copied().eq(s.chars()))
}

/// Words with no root: particles, pronouns, demonstratives, relatives (after CLEAN).
const FUNCTION_WORDS: &[&str] = &[
    "في",
    "من",
    "الي",
    "علي",
    "عن",
    "مع",
    "ان",
    "او",
    "ام",
    "ثم",
    "لا",
    "ما",
    "لم",
    "لن",
    "قد",
    "هل",
    "بل",
    "لو",
    "اذ",
    "اذا",
    "الا",
    "حتي",
    "كي",
    "لكن",
    "ليس",
    "هو",
    "هي",
    "هم",
    "هن",
    "هما",
    "انا",
    "نحن",
    "انت",
    "انتم",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "هؤلاء",
    "اولئك",
    "الذي",
    "التي",
    "الذين",
    "اللذين",
    "اللاتي",
    "يا",
    "ايها",
    "ايضا",
    "كل",
    "بعض",
    "عند",
    "لدي",
    "بين",
    "منذ",
    "كيف",
    "متي",
    "اين",
    "لما",
    "كما",
    "انما",
    "هنا",
    "هناك",
    "ثمة",
    "به",
    "له",
    "لي",
    "بها",
    "لها",
    "فيه",
    "فيها",
    "منه",
    "منها",
    "عليه",
    "عليها",
    "اليه",
    "عنه",
    "الله",
    "اللهم",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns() {
        for (word, expected) in [
            ("كاتب", "كتب"),
            ("مكتوب", "كتب"),
            ("كتاب", "كتب"),
            ("استخراج", "خرج"),
            ("اجتماع", "جمع"),
            ("تفاعل", "فعل"),
            ("يدرسون", "درس"),
            ("قال", "قول"),
            ("بنى", "بني"),
            ("سأل", "سال"),
            ("مسائل", "سال"),
            ("نازل", "نزل"),
        ] {
            assert_eq!(root(word).as_deref(), Some(expected), "{word}");
        }
    }

    #[test]
    fn no_root() {
        for w in ["", "في", "الذي", "و", "English", "123"] {
            assert_eq!(root(w), None, "{w:?}");
        }
    }
}

//! [`NormalizerOptions`]: one setting per rule N0–N15, and the presets.

/// What N2 does with U+0670 ARABIC LETTER SUPERSCRIPT ALEF (the dagger alef, as in الرحمٰن).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum DaggerAlef {
    /// Leave it.
    #[default]
    Keep,
    /// Delete it: الرحمٰن → الرحمن (the spelling of undiacritized text).
    Drop,
    /// Write it as a full alef: الرحمٰن → الرحمان, السمٰوات → السماوات.
    ToAlef,
}

/// Which alef variants N5 folds to bare alef ا U+0627.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum AlefVariants {
    /// None.
    #[default]
    Keep,
    /// آ أ إ (U+0622, U+0623, U+0625): Lucene's set.
    Hamzated,
    /// آ أ إ ٱ (U+0622, U+0623, U+0625, U+0671): CAMeL Tools' and charabia's set.
    HamzatedAndWasla,
    /// آ أ إ ٱ ٲ ٳ (adds U+0672, U+0673, the wavy-hamza alefs): the full N5 set.
    All,
}

/// What N6 does with ى U+0649 ARABIC LETTER ALEF MAKSURA.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum AlefMaksura {
    /// Leave it.
    #[default]
    Keep,
    /// ى → ي U+064A (Lucene, CAMeL Tools, charabia): مستشفى → مستشفي.
    ToYeh,
    /// ى → ا U+0627 (pyarabic's `normalize_alef`): على → علا.
    ToAlef,
}

/// What N8 does with the hamza seats ؤ U+0624 and ئ U+0626.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum HamzaSeats {
    /// Leave them.
    #[default]
    Keep,
    /// Drop the hamza and keep the seat: ؤ → و, ئ → ي (سؤال → سوال).
    ToSeat,
    /// Keep the hamza and drop the seat: ؤ → ء, ئ → ء (سؤال → سءال).
    ToHamza,
}

/// What N11 does with digits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Digits {
    /// Leave them.
    #[default]
    Keep,
    /// Arabic-Indic ٠–٩ (U+0660–U+0669) and Extended Arabic-Indic ۰–۹ (U+06F0–U+06F9) → ASCII
    /// 0–9; the Arabic decimal separator ٫ U+066B → `.` and thousands separator ٬ U+066C → `,`,
    /// but only between two digits (١٬٠٠٠ → 1,000; ٣٫٥ → 3.5).
    ToAscii,
    /// ASCII 0–9 and Extended Arabic-Indic ۰–۹ → Arabic-Indic ٠–٩. Separators are left alone.
    ToArabicIndic,
}

/// What N13 does with U+200C ZERO WIDTH NON-JOINER and U+200D ZERO WIDTH JOINER.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Joiners {
    /// Leave them (they carry meaning in Persian and Urdu: می‌خواهم).
    #[default]
    Keep,
    /// Delete them.
    Drop,
    /// Turn each into a space U+0020, splitting the word there.
    Space,
}

/// What N15 does with a letter repeated three or more times (مرحباااا).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Elongation {
    /// Leave repeated letters alone.
    #[default]
    Keep,
    /// Keep at most one of each run of an identical Arabic letter: مرحباااا → مرحبا.
    /// This also merges legitimate double letters that are written twice (rare in Arabic
    /// spelling, where shadda marks gemination).
    MaxOne,
    /// Keep at most two: مرحباااا → مرحباا; words with two identical letters in a row survive.
    MaxTwo,
}

/// The normalization rules to apply, one setting per rule N0–N15 (see `RULES.md`).
///
/// A value type: build it from a preset ([`search`](Self::search), [`canonical`](Self::canonical),
/// [`nlp`](Self::nlp), [`lucene`](Self::lucene), [`camel`](Self::camel)) or from
/// [`none`](Self::none), then change single rules with the chained setters, and hand it to
/// [`Normalizer::new`](crate::Normalizer::new). `Default` is [`search`](Self::search).
///
/// Each setter's documentation states the value it has in [`none`](Self::none) ("off") and
/// which presets turn it on.
///
/// ```
/// use arabic_text::{Normalizer, NormalizerOptions};
///
/// // Search folding, but keep ة distinct from ه.
/// let n = Normalizer::new(NormalizerOptions::search().fold_teh_marbuta(false));
/// assert_eq!(n.normalize("مَدْرَسَة"), "مدرسة");
/// assert_eq!(arabic_text::normalize("مَدْرَسَة"), "مدرسه");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct NormalizerOptions {
    pub(crate) compose_hamza: bool,
    pub(crate) strip_tashkeel: bool,
    pub(crate) keep_shadda: bool,
    pub(crate) dagger_alef: DaggerAlef,
    pub(crate) strip_quranic_marks: bool,
    pub(crate) strip_tatweel: bool,
    pub(crate) alef: AlefVariants,
    pub(crate) alef_maksura: AlefMaksura,
    pub(crate) fold_teh_marbuta: bool,
    pub(crate) hamza_seats: HamzaSeats,
    pub(crate) fold_presentation_forms: bool,
    pub(crate) fold_persian_letters: bool,
    pub(crate) digits: Digits,
    pub(crate) fold_punctuation: bool,
    pub(crate) strip_format_controls: bool,
    pub(crate) joiners: Joiners,
    pub(crate) normalize_spaces: bool,
    pub(crate) collapse_spaces: bool,
    pub(crate) elongation: Elongation,
    pub(crate) lowercase: bool,
    pub(crate) fold_whitespace: bool,
    pub(crate) trim: bool,
    pub(crate) quran_spelling: bool,
}

impl Default for NormalizerOptions {
    /// The [`search`](Self::search) preset.
    fn default() -> Self {
        Self::search()
    }
}

impl NormalizerOptions {
    /// No rule at all: the normalizer returns its input unchanged. A base for custom rule sets.
    ///
    /// ```
    /// use arabic_text::{Normalizer, NormalizerOptions};
    /// let n = Normalizer::new(NormalizerOptions::none().strip_tatweel(true));
    /// assert_eq!(n.normalize("أحـــمد"), "أحمد");
    /// ```
    pub const fn none() -> Self {
        Self {
            compose_hamza: false,
            strip_tashkeel: false,
            keep_shadda: false,
            dagger_alef: DaggerAlef::Keep,
            strip_quranic_marks: false,
            strip_tatweel: false,
            alef: AlefVariants::Keep,
            alef_maksura: AlefMaksura::Keep,
            fold_teh_marbuta: false,
            hamza_seats: HamzaSeats::Keep,
            fold_presentation_forms: false,
            fold_persian_letters: false,
            digits: Digits::Keep,
            fold_punctuation: false,
            strip_format_controls: false,
            joiners: Joiners::Keep,
            normalize_spaces: false,
            collapse_spaces: false,
            elongation: Elongation::Keep,
            lowercase: false,
            fold_whitespace: false,
            trim: false,
            quran_spelling: false,
        }
    }

    /// Everything that helps matching, for search keys: N0, N1 (shadda too), N2 (drop), N3, N4,
    /// N5, N6 (to ي), N7, N8 (ؤ→و, ئ→ي), N9, N10, N11 (to ASCII), N12, N13 (ZWNJ/ZWJ dropped),
    /// N14 (spaces to U+0020, runs kept). Lossy by design.
    ///
    /// ```
    /// use arabic_text::{Normalizer, NormalizerOptions};
    /// let n = Normalizer::new(NormalizerOptions::search());
    /// assert_eq!(n.normalize("أَحْمَد"), "احمد");
    /// assert_eq!(n.normalize("مسؤول في المستشفى، ٢٠٢٥"), "مسوول في المستشفي, 2025");
    /// ```
    pub const fn search() -> Self {
        Self {
            compose_hamza: true,
            strip_tashkeel: true,
            keep_shadda: false,
            dagger_alef: DaggerAlef::Drop,
            strip_quranic_marks: true,
            strip_tatweel: true,
            alef: AlefVariants::All,
            alef_maksura: AlefMaksura::ToYeh,
            fold_teh_marbuta: true,
            hamza_seats: HamzaSeats::ToSeat,
            fold_presentation_forms: true,
            fold_persian_letters: true,
            digits: Digits::ToAscii,
            fold_punctuation: true,
            strip_format_controls: true,
            joiners: Joiners::Drop,
            normalize_spaces: true,
            collapse_spaces: false,
            elongation: Elongation::Keep,
            lowercase: false,
            fold_whitespace: false,
            trim: false,
            quran_spelling: false,
        }
    }

    /// Quranic text that meets its simple spelling: [`search`](Self::search) plus N19, which
    /// reads the Uthmani script's own conventions (the dagger alef written as an alef where
    /// the simple spelling writes one, the small waw and yeh, hamza and alef for آ). Index the
    /// Uthmani text with it and the words people type in simple spelling match: on Tanzil's
    /// Uthmani and simple-clean texts, 95.6 % of words agree (search alone: 87.1 %).
    ///
    /// ```
    /// use arabic_text::{Normalizer, NormalizerOptions};
    /// let q = Normalizer::new(NormalizerOptions::quran());
    /// // ٱلْعَٰلَمِينَ (dagger alef) meets العالمين; حَوْلَهُۥ (small waw) meets حوله.
    /// assert_eq!(q.normalize("ٱلْعَٰلَمِينَ"), q.normalize("العالمين"));
    /// assert_eq!(q.normalize("حَوْلَهُۥ"), "حوله");
    /// // ءَامَنُوا۟ (hamza, alef) meets آمنوا; عَلَىٰ (dagger on ى) meets على.
    /// assert_eq!(q.normalize("ءَامَنُوا۟"), q.normalize("آمنوا"));
    /// assert_eq!(q.normalize("عَلَىٰ"), q.normalize("على"));
    /// ```
    pub const fn quran() -> Self {
        Self {
            quran_spelling: true,
            ..Self::search()
        }
    }

    /// Database search keys, one string per name, title or query: [`search`](Self::search)
    /// plus N16 (lowercase as `str::to_lowercase` does), N17 (every run of whitespace, tabs
    /// and line breaks included, becomes one space) and N18 (no whitespace at either end).
    /// Two spellings of a key that a reader would call the same come out byte for byte equal.
    ///
    /// Each input is one key: streamed through [`stream::normalize_stream`] or the command
    /// line, every line is a key of its own (its line break stays).
    ///
    /// [`stream::normalize_stream`]: crate::stream::normalize_stream
    ///
    /// ```
    /// use arabic_text::{Normalizer, NormalizerOptions};
    /// let n = Normalizer::new(NormalizerOptions::key());
    /// assert_eq!(n.normalize("  مُحَمَّد\t\tAli  "), "محمد ali");
    /// assert_eq!(n.normalize("مدرسة  القاهرة\n"), n.normalize("مَدْرَسَةُ القاهرة"));
    /// ```
    pub const fn key() -> Self {
        Self {
            lowercase: true,
            fold_whitespace: true,
            trim: true,
            ..Self::search()
        }
    }

    /// Lossless cleanup that keeps every letter and mark: N0, N4, N9, N13 (ZWNJ/ZWJ kept), N14.
    /// What it changes is either invisible (controls, tatweel, space kinds) or an encoding
    /// variant of the same text (decomposed hamza, presentation forms).
    ///
    /// ```
    /// use arabic_text::{Normalizer, NormalizerOptions};
    /// let n = Normalizer::new(NormalizerOptions::canonical());
    /// // ﻷ (lam-alef ligature) and a decomposed hamza become plain letters; marks stay.
    /// assert_eq!(n.normalize("\u{FEF7}\u{200F}ا\u{0654}َ"), "لأأَ");
    /// ```
    pub const fn canonical() -> Self {
        Self {
            compose_hamza: true,
            strip_tatweel: true,
            fold_presentation_forms: true,
            strip_format_controls: true,
            joiners: Joiners::Keep,
            normalize_spaces: true,
            ..Self::none()
        }
    }

    /// Dediacritization and orthographic folds for model input: N0, N1, N2 (drop), N3, N4, N5,
    /// N6 (to ي), N9, N10, N11 (to ASCII), N13 (ZWNJ/ZWJ kept), N14. Unlike
    /// [`search`](Self::search) it keeps ة, ؤ, ئ and Arabic punctuation.
    ///
    /// ```
    /// use arabic_text::{Normalizer, NormalizerOptions};
    /// let n = Normalizer::new(NormalizerOptions::nlp());
    /// assert_eq!(n.normalize("المَسْؤُولَة إلى"), "المسؤولة الي");
    /// ```
    pub const fn nlp() -> Self {
        Self {
            compose_hamza: true,
            strip_tashkeel: true,
            dagger_alef: DaggerAlef::Drop,
            strip_quranic_marks: true,
            strip_tatweel: true,
            alef: AlefVariants::All,
            alef_maksura: AlefMaksura::ToYeh,
            fold_presentation_forms: true,
            fold_persian_letters: true,
            digits: Digits::ToAscii,
            strip_format_controls: true,
            joiners: Joiners::Keep,
            normalize_spaces: true,
            ..Self::none()
        }
    }

    /// Byte-for-byte Lucene `ArabicNormalizer`: deletes U+064B–U+0652 and tatweel U+0640;
    /// آ أ إ → ا; ى → ي; ة → ه; nothing else (not ٱ, not U+0670, not presentation forms).
    ///
    /// ```
    /// use arabic_text::{Normalizer, NormalizerOptions};
    /// let n = Normalizer::new(NormalizerOptions::lucene());
    /// assert_eq!(n.normalize("روبرـــــت"), "روبرت");
    /// assert_eq!(n.normalize("ٱلرَّحْمَٰن"), "ٱلرحمٰن");
    /// ```
    pub const fn lucene() -> Self {
        Self {
            strip_tashkeel: true,
            strip_tatweel: true,
            alef: AlefVariants::Hamzated,
            alef_maksura: AlefMaksura::ToYeh,
            fold_teh_marbuta: true,
            ..Self::none()
        }
    }

    /// Byte-for-byte CAMeL Tools `dediac_ar` + `normalize_alef_ar` + `normalize_alef_maksura_ar`
    /// + `normalize_teh_marbuta_ar`: deletes U+064B–U+0652 and U+0670; آ أ إ ٱ → ا; ى → ي;
    ///   ة → ه; nothing else (tatweel stays).
    ///
    /// ```
    /// use arabic_text::{Normalizer, NormalizerOptions};
    /// let n = Normalizer::new(NormalizerOptions::camel());
    /// assert_eq!(n.normalize("ٱلرَّحْمَٰنِ"), "الرحمن");
    /// assert_eq!(n.normalize("كتـاب"), "كتـاب");
    /// ```
    pub const fn camel() -> Self {
        Self {
            strip_tashkeel: true,
            dagger_alef: DaggerAlef::Drop,
            alef: AlefVariants::HamzatedAndWasla,
            alef_maksura: AlefMaksura::ToYeh,
            fold_teh_marbuta: true,
            ..Self::none()
        }
    }
}

/// Setters: one per rule, by value, chainable.
impl NormalizerOptions {
    /// N5, short form: `true` folds every alef variant (أ إ آ ٱ ٲ ٳ → ا, [`AlefVariants::All`]),
    /// `false` none. See [`fold_alef_variants`](Self::fold_alef_variants) for Lucene's and
    /// CAMeL's narrower sets.
    ///
    /// In [`none`](Self::none): off. Applied by: search, nlp.
    ///
    /// ```
    /// use arabic_text::{Normalizer, NormalizerOptions};
    /// let n = Normalizer::new(NormalizerOptions::none().fold_alef(true));
    /// assert_eq!(n.normalize("أإآٱ"), "اااا");
    /// ```
    #[must_use]
    pub const fn fold_alef(self, on: bool) -> Self {
        self.fold_alef_variants(if on {
            AlefVariants::All
        } else {
            AlefVariants::Keep
        })
    }

    /// N0: Compose a combining hamza or madda (U+0653–U+0655) with the base letter before it: ا+U+0654 → أ, و+U+0654 → ؤ, ي+U+0654 → ئ, and the other canonical compositions of [`chars::compose_hamza`](crate::chars::compose_hamza). The mark may stand after other marks of a lower combining class (ا+fatha+U+0654 → أ+fatha, as Unicode NFC does). The composed letter then goes through the other rules (so with N5 it becomes ا).
    ///
    /// In [`none`](Self::none): off. Applied by: search, canonical, nlp.
    #[must_use]
    pub const fn compose_hamza(mut self, on: bool) -> Self {
        self.compose_hamza = on;
        self
    }

    /// N1: Delete the eight tashkeel marks U+064B–U+0652 (tanween, fatha, damma, kasra, shadda, sukun).
    ///
    /// In [`none`](Self::none): off. Applied by: search, nlp, lucene, camel.
    #[must_use]
    pub const fn strip_tashkeel(mut self, on: bool) -> Self {
        self.strip_tashkeel = on;
        self
    }

    /// N1: With N1 on, keep shadda U+0651 (pyarabic's `strip_harakat`): الشَّمْس → الشّمس. No effect when N1 is off.
    ///
    /// In [`none`](Self::none): off. Applied by: no preset.
    #[must_use]
    pub const fn keep_shadda(mut self, on: bool) -> Self {
        self.keep_shadda = on;
        self
    }

    /// N2: What to do with U+0670 superscript (dagger) alef: keep it, drop it, or write a full alef.
    ///
    /// In [`none`](Self::none): off. Applied by: search, nlp, camel ([`DaggerAlef::Drop`]); off is [`DaggerAlef::Keep`].
    #[must_use]
    pub const fn strip_dagger_alef(mut self, value: DaggerAlef) -> Self {
        self.dagger_alef = value;
        self
    }

    /// N3: Delete Quranic annotation marks and the other Arabic combining marks of [`chars::is_quranic_mark`](crate::chars::is_quranic_mark): U+0610–U+061A, U+0653–U+065F (what N0 left), U+06D6–U+06DC, U+06DF–U+06E4, U+06E7–U+06E8, U+06EA–U+06ED, and the marks of Arabic Extended-A/-B.
    ///
    /// In [`none`](Self::none): off. Applied by: search, nlp.
    #[must_use]
    pub const fn strip_quranic_marks(mut self, on: bool) -> Self {
        self.strip_quranic_marks = on;
        self
    }

    /// N4: Delete tatweel (kashida) U+0640: روبرـــت → روبرت.
    ///
    /// In [`none`](Self::none): off. Applied by: search, canonical, nlp, lucene.
    #[must_use]
    pub const fn strip_tatweel(mut self, on: bool) -> Self {
        self.strip_tatweel = on;
        self
    }

    /// N5: Which alef variants to fold to bare alef ا; [`fold_alef`](Self::fold_alef) is the short form for all or none.
    ///
    /// In [`none`](Self::none): off. Applied by: search, nlp ([`AlefVariants::All`]); lucene ([`AlefVariants::Hamzated`]); camel ([`AlefVariants::HamzatedAndWasla`]); off is [`AlefVariants::Keep`].
    #[must_use]
    pub const fn fold_alef_variants(mut self, value: AlefVariants) -> Self {
        self.alef = value;
        self
    }

    /// N6: Fold alef maksura ى U+0649 to ي (or to ا).
    ///
    /// In [`none`](Self::none): off. Applied by: search, nlp, lucene, camel ([`AlefMaksura::ToYeh`]); off is [`AlefMaksura::Keep`].
    #[must_use]
    pub const fn fold_alef_maksura(mut self, value: AlefMaksura) -> Self {
        self.alef_maksura = value;
        self
    }

    /// N7: Fold teh marbuta ة U+0629 → heh ه U+0647: مدرسة → مدرسه.
    ///
    /// In [`none`](Self::none): off. Applied by: search, lucene, camel.
    #[must_use]
    pub const fn fold_teh_marbuta(mut self, on: bool) -> Self {
        self.fold_teh_marbuta = on;
        self
    }

    /// N8: Fold the hamza seats ؤ U+0624 and ئ U+0626, to their seat letters (و, ي) or to ء.
    ///
    /// In [`none`](Self::none): off. Applied by: search ([`HamzaSeats::ToSeat`]); off is [`HamzaSeats::Keep`].
    #[must_use]
    pub const fn fold_hamza_seats(mut self, value: HamzaSeats) -> Self {
        self.hamza_seats = value;
        self
    }

    /// N9: Replace Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC) by their NFKC compatibility equivalents, and nothing outside those blocks: ﻷ → لأ (hamza kept), ﷲ → الله, ﺍﻟﺴﻼﻡ → السلام. The letters produced then go through the other rules.
    ///
    /// In [`none`](Self::none): off. Applied by: search, canonical, nlp.
    #[must_use]
    pub const fn fold_presentation_forms(mut self, on: bool) -> Self {
        self.fold_presentation_forms = on;
        self
    }

    /// N10: Fold Persian and Urdu letters to their Arabic equivalents: ک → ك, ی → ي, ہ → ه, ۃ → ة, ے → ي, ە → ه, and the hamza forms ۀ ۂ → ه, ۓ → ي (as Lucene's PersianNormalizer does for ۀ).
    ///
    /// In [`none`](Self::none): off. Applied by: search, nlp.
    #[must_use]
    pub const fn fold_persian_letters(mut self, on: bool) -> Self {
        self.fold_persian_letters = on;
        self
    }

    /// N11: Fold Arabic-Indic and Extended Arabic-Indic digits to ASCII (with ٫ and ٬ between digits), or the reverse.
    ///
    /// In [`none`](Self::none): off. Applied by: search, nlp ([`Digits::ToAscii`]); off is [`Digits::Keep`].
    #[must_use]
    pub const fn fold_digits(mut self, value: Digits) -> Self {
        self.digits = value;
        self
    }

    /// N12: Fold Arabic punctuation to ASCII: ، → `,` ؛ → `;` ؟ → `?` ٪ → `%` ۔ → `.`.
    ///
    /// In [`none`](Self::none): off. Applied by: search.
    #[must_use]
    pub const fn fold_punctuation(mut self, on: bool) -> Self {
        self.fold_punctuation = on;
        self
    }

    /// N13: Delete invisible format controls: ALM U+061C, LRM U+200E, RLM U+200F, U+202A–U+202E, U+2066–U+2069, ZWSP U+200B, U+FEFF, soft hyphen U+00AD. ZWNJ and ZWJ are governed by [`zero_width_joiners`](Self::zero_width_joiners).
    ///
    /// In [`none`](Self::none): off. Applied by: search, canonical, nlp.
    #[must_use]
    pub const fn strip_format_controls(mut self, on: bool) -> Self {
        self.strip_format_controls = on;
        self
    }

    /// N13: What to do with ZWNJ U+200C and ZWJ U+200D: keep, drop, or turn into a space.
    ///
    /// In [`none`](Self::none): off. Applied by: search ([`Joiners::Drop`]); off is [`Joiners::Keep`].
    #[must_use]
    pub const fn zero_width_joiners(mut self, value: Joiners) -> Self {
        self.joiners = value;
        self
    }

    /// N14: Turn NBSP and the other Unicode space separators (U+00A0, U+1680, U+2000–U+200A, U+202F, U+205F, U+3000) into U+0020.
    ///
    /// In [`none`](Self::none): off. Applied by: search, canonical, nlp.
    #[must_use]
    pub const fn normalize_spaces(mut self, on: bool) -> Self {
        self.normalize_spaces = on;
        self
    }

    /// N14: Collapse each run of U+0020 spaces (after N13/N14 made them) into one. Tabs and line breaks are left alone.
    ///
    /// In [`none`](Self::none): off. Applied by: no preset.
    #[must_use]
    pub const fn collapse_spaces(mut self, on: bool) -> Self {
        self.collapse_spaces = on;
        self
    }

    /// N15: Collapse a run of one Arabic letter repeated three or more times (مرحباااا) to at most one or two.
    ///
    /// In [`none`](Self::none): off. Applied by: no preset ([`Elongation::Keep`]).
    #[must_use]
    pub const fn collapse_elongation(mut self, value: Elongation) -> Self {
        self.elongation = value;
        self
    }

    /// N16: Lowercase, exactly as `str::to_lowercase` does (Σ at the end of a word becomes ς;
    /// İ becomes i followed by U+0307). Arabic has no case; this is for the Latin, Greek and
    /// Cyrillic in names, titles and queries.
    ///
    /// In [`none`](Self::none): off. Applied by: key.
    #[must_use]
    pub const fn lowercase(mut self, on: bool) -> Self {
        self.lowercase = on;
        self
    }

    /// N17: Every whitespace character (Unicode White_Space: tab, line feed, vertical tab,
    /// form feed, carriage return, U+0085, U+2028, U+2029 and the spaces of N14; and the
    /// information separators U+001C–U+001F) becomes U+0020, and each run of U+0020 in the
    /// output becomes one.
    ///
    /// In [`none`](Self::none): off. Applied by: key.
    #[must_use]
    pub const fn fold_whitespace(mut self, on: bool) -> Self {
        self.fold_whitespace = on;
        self
    }

    /// N19: Uthmani spelling to simple spelling: the dagger alef U+0670 becomes the alef ا it
    /// stands for (ٱلْعَٰلَمِينَ → العالمين), except on ى or ي (عَلَىٰ → على); small waw U+06E5
    /// and small yeh U+06E6 go after ه, where they lengthen the pronoun's vowel (لَهُۥ → له),
    /// and are و and ي elsewhere (دَاوُۥد → داوود); a hamza ء right before an alef is the آ
    /// the simple spelling writes (ءَامَنُوا → امنوا with the alef folds). Overrides N2 for
    /// the dagger alef.
    ///
    /// In [`none`](Self::none): off. Applied by: quran.
    #[must_use]
    pub const fn quran_spelling(mut self, on: bool) -> Self {
        self.quran_spelling = on;
        self
    }

    /// N18: Remove whitespace (as N17 counts it) at the start and the end of the output.
    ///
    /// In [`none`](Self::none): off. Applied by: key.
    #[must_use]
    pub const fn trim(mut self, on: bool) -> Self {
        self.trim = on;
        self
    }
}

/// Getters, named after the setters with a `get_` prefix (as `std::process::Command` does).
impl NormalizerOptions {
    /// The current setting of [`compose_hamza`](Self::compose_hamza) (N0).
    pub const fn get_compose_hamza(&self) -> bool {
        self.compose_hamza
    }

    /// The current setting of [`strip_tashkeel`](Self::strip_tashkeel) (N1).
    pub const fn get_strip_tashkeel(&self) -> bool {
        self.strip_tashkeel
    }

    /// The current setting of [`keep_shadda`](Self::keep_shadda) (N1).
    pub const fn get_keep_shadda(&self) -> bool {
        self.keep_shadda
    }

    /// The current setting of [`strip_dagger_alef`](Self::strip_dagger_alef) (N2).
    pub const fn get_strip_dagger_alef(&self) -> DaggerAlef {
        self.dagger_alef
    }

    /// The current setting of [`strip_quranic_marks`](Self::strip_quranic_marks) (N3).
    pub const fn get_strip_quranic_marks(&self) -> bool {
        self.strip_quranic_marks
    }

    /// The current setting of [`strip_tatweel`](Self::strip_tatweel) (N4).
    pub const fn get_strip_tatweel(&self) -> bool {
        self.strip_tatweel
    }

    /// The current setting of [`fold_alef_variants`](Self::fold_alef_variants) (N5).
    pub const fn get_fold_alef_variants(&self) -> AlefVariants {
        self.alef
    }

    /// The current setting of [`fold_alef_maksura`](Self::fold_alef_maksura) (N6).
    pub const fn get_fold_alef_maksura(&self) -> AlefMaksura {
        self.alef_maksura
    }

    /// The current setting of [`fold_teh_marbuta`](Self::fold_teh_marbuta) (N7).
    pub const fn get_fold_teh_marbuta(&self) -> bool {
        self.fold_teh_marbuta
    }

    /// The current setting of [`fold_hamza_seats`](Self::fold_hamza_seats) (N8).
    pub const fn get_fold_hamza_seats(&self) -> HamzaSeats {
        self.hamza_seats
    }

    /// The current setting of [`fold_presentation_forms`](Self::fold_presentation_forms) (N9).
    pub const fn get_fold_presentation_forms(&self) -> bool {
        self.fold_presentation_forms
    }

    /// The current setting of [`fold_persian_letters`](Self::fold_persian_letters) (N10).
    pub const fn get_fold_persian_letters(&self) -> bool {
        self.fold_persian_letters
    }

    /// The current setting of [`fold_digits`](Self::fold_digits) (N11).
    pub const fn get_fold_digits(&self) -> Digits {
        self.digits
    }

    /// The current setting of [`fold_punctuation`](Self::fold_punctuation) (N12).
    pub const fn get_fold_punctuation(&self) -> bool {
        self.fold_punctuation
    }

    /// The current setting of [`strip_format_controls`](Self::strip_format_controls) (N13).
    pub const fn get_strip_format_controls(&self) -> bool {
        self.strip_format_controls
    }

    /// The current setting of [`zero_width_joiners`](Self::zero_width_joiners) (N13).
    pub const fn get_zero_width_joiners(&self) -> Joiners {
        self.joiners
    }

    /// The current setting of [`normalize_spaces`](Self::normalize_spaces) (N14).
    pub const fn get_normalize_spaces(&self) -> bool {
        self.normalize_spaces
    }

    /// The current setting of [`collapse_spaces`](Self::collapse_spaces) (N14).
    pub const fn get_collapse_spaces(&self) -> bool {
        self.collapse_spaces
    }

    /// The current setting of [`collapse_elongation`](Self::collapse_elongation) (N15).
    pub const fn get_collapse_elongation(&self) -> Elongation {
        self.elongation
    }

    /// The current setting of [`lowercase`](Self::lowercase) (N16).
    pub const fn get_lowercase(&self) -> bool {
        self.lowercase
    }

    /// The current setting of [`fold_whitespace`](Self::fold_whitespace) (N17).
    pub const fn get_fold_whitespace(&self) -> bool {
        self.fold_whitespace
    }

    /// The current setting of [`trim`](Self::trim) (N18).
    pub const fn get_trim(&self) -> bool {
        self.trim
    }

    /// The current setting of [`quran_spelling`](Self::quran_spelling) (N19).
    pub const fn get_quran_spelling(&self) -> bool {
        self.quran_spelling
    }

    /// Whether every line is a key of its own (N17 or N18 on): streams then normalize line
    /// by line, so that line breaks survive.
    pub const fn is_line_keyed(&self) -> bool {
        self.fold_whitespace || self.trim
    }
}

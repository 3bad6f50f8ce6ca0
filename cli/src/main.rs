//! `arabic-text`: the library's operations over corpora of any size, streaming in bounded
//! memory, in parallel, in input order.
//!
//! Exit codes: 0 success (also when stdout is closed early, as by `head`); 1 an input or output
//! error (missing or unreadable file, invalid UTF-8, invalid JSON, write failure); 2 a usage
//! error (unknown option, bad rule ID).

mod explain;
mod io;
mod ops;

use arabic_text::{NormalizerOptions, Rule};
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

/// Arabic text processing for corpora: streaming, parallel, the same rules as the library.
#[derive(Parser, Debug)]
#[command(name = "arabic-text", version, about, after_help = EXIT_CODES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    #[command(flatten)]
    common: Common,
}

const EXIT_CODES: &str = "Exit codes: 0 success (also when stdout closes early); \
1 input or output error (missing or unreadable file, invalid UTF-8, invalid JSON, write failure); \
2 usage error (unknown option, bad rule ID).";

/// Options every subcommand takes.
#[derive(Args, Debug, Clone)]
pub struct Common {
    /// Write to FILE (through a temporary file in the same folder, renamed at the end, so a
    /// failure never leaves a truncated FILE) instead of stdout.
    #[arg(short = 'o', long = "output", value_name = "FILE", global = true)]
    pub output: Option<PathBuf>,
    /// Worker threads (default: all cores). Output order is input order whatever the number.
    #[arg(long, value_name = "N", global = true)]
    pub jobs: Option<usize>,
    /// No progress bar.
    #[arg(long, short = 'q', global = true)]
    pub quiet: bool,
    /// Replace invalid UTF-8 with U+FFFD and go on, instead of stopping with an error.
    #[arg(long, global = true)]
    pub lossy: bool,
    /// Input is JSON Lines: process only this string field of each object; every other field
    /// is kept as it was.
    #[arg(long, value_name = "NAME", global = true)]
    pub jsonl_field: Option<String>,
}

/// The normalizer options `normalize` and `explain` take: a preset and single rules.
#[derive(Args, Debug, Clone)]
struct RuleArgs {
    /// The preset to start from.
    #[arg(long, value_enum, default_value_t = Preset::Search)]
    preset: Preset,
    /// Switch a rule on (N0–N19, see RULES.md); repeatable.
    #[arg(long = "enable", value_name = "RULE")]
    enable: Vec<Rule>,
    /// Switch a rule off; repeatable.
    #[arg(long = "disable", value_name = "RULE")]
    disable: Vec<Rule>,
}

impl RuleArgs {
    /// The preset with the rules switched on, then off.
    fn options(&self) -> NormalizerOptions {
        let mut o = self.preset.options();
        for &r in &self.enable {
            o = o.with_rule(r, true);
        }
        for &r in &self.disable {
            o = o.with_rule(r, false);
        }
        o
    }
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Normalize text with a preset, with single rules switched on or off.
    Normalize {
        #[command(flatten)]
        rules: RuleArgs,
        /// Input files or folders (read recursively, in sorted name order); default stdin,
        /// `-` is stdin.
        files: Vec<PathBuf>,
    },
    /// One token per line: start, end (byte offsets from the start of the input), kind, text.
    Tokenize {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Tsv)]
        format: Format,
        /// Print UD syntactic words (و + ل + لسلطة) instead of word tokens.
        #[arg(long)]
        split_clitics: bool,
        /// Input files or folders (read recursively, in sorted name order); default stdin.
        files: Vec<PathBuf>,
    },
    /// One sentence per line: start, end, text.
    Sentences {
        /// Input files or folders (read recursively, in sorted name order); default stdin.
        files: Vec<PathBuf>,
    },
    /// Each line with its words split into clitics joined by `+` (و+ال+كتاب).
    Segment {
        /// Input files or folders (read recursively, in sorted name order); default stdin.
        files: Vec<PathBuf>,
    },
    /// Each line as the stems of its words and numbers, space-separated.
    Stem {
        /// The stemmer.
        #[arg(long, value_enum, default_value_t = StemmerArg::Light)]
        stemmer: StemmerArg,
        /// Input files or folders (read recursively, in sorted name order); default stdin.
        files: Vec<PathBuf>,
    },
    /// Each line as the roots of its words (words with no root are left out).
    Root {
        /// Input files or folders (read recursively, in sorted name order); default stdin.
        files: Vec<PathBuf>,
    },
    /// Which rule changed what: every change normalization makes to TEXT (or stdin), with its
    /// byte position, the characters and their names, and the rule IDs.
    Explain {
        #[command(flatten)]
        rules: RuleArgs,
        /// Output format: a table for people, or one JSON object per change.
        #[arg(long, value_enum, default_value_t = ExplainFormat::Table)]
        format: ExplainFormat,
        /// The text (several are joined with spaces); default: stdin, read whole.
        text: Vec<String>,
    },
    /// Each line as its search terms (normalized, stop words dropped, stemmed).
    Analyze {
        /// The stemmer (`none`: normalized terms).
        #[arg(long, value_enum, default_value_t = AnalyzeStemmer::Light)]
        stemmer: AnalyzeStemmer,
        /// Input files or folders (read recursively, in sorted name order); default stdin.
        files: Vec<PathBuf>,
    },
}

/// Normalizer presets.
#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum Preset {
    /// Search keys.
    Search,
    /// Database keys: search plus lowercase, whitespace runs to one space, trimmed; each line
    /// is one key.
    Key,
    /// Quranic (Uthmani) text to meet its simple spelling: search plus N19.
    Quran,
    /// Lossless cleanup.
    Canonical,
    /// Model input.
    Nlp,
    /// Lucene's ArabicNormalizer.
    Lucene,
    /// CAMeL Tools' folds.
    Camel,
    /// Nothing (a base for --enable).
    None,
}

impl Preset {
    fn options(self) -> NormalizerOptions {
        match self {
            Preset::Search => NormalizerOptions::search(),
            Preset::Key => NormalizerOptions::key(),
            Preset::Quran => NormalizerOptions::quran(),
            Preset::Canonical => NormalizerOptions::canonical(),
            Preset::Nlp => NormalizerOptions::nlp(),
            Preset::Lucene => NormalizerOptions::lucene(),
            Preset::Camel => NormalizerOptions::camel(),
            Preset::None => NormalizerOptions::none(),
        }
    }
}

/// Token output formats.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// `start<TAB>end<TAB>kind<TAB>text` (tabs, line breaks and backslashes in text escaped).
    Tsv,
    /// One JSON object per token.
    Jsonl,
}

/// Output formats of `explain`.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExplainFormat {
    /// A table: position, characters with code points and names, rules, result.
    Table,
    /// `{"start": B, "end": B, "from": "…", "to": "…", "rules": ["N5"]}` per change, byte
    /// offsets from the start of the input.
    Jsonl,
}

/// Stemmers for `stem`.
#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum StemmerArg {
    /// The library's light stemmer, for modern text.
    Light,
    /// The library's light stemmer, for Quranic and classical text.
    Classical,
    /// Lucene's ArabicStemmer.
    Light10,
}

/// Stemmers for `analyze`.
#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum AnalyzeStemmer {
    /// The library's light stemmer, for modern text.
    Light,
    /// The library's light stemmer, for Quranic and classical text.
    Classical,
    /// Lucene's ArabicStemmer (with Lucene's whole chain).
    Light10,
    /// No stemming.
    None,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // clap prints help and version to stdout (exit 0) and errors to stderr (exit 2).
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let (op, files) = match cli.command {
        Command::Normalize { rules, files } => (ops::Op::normalize(rules.options()), files),
        Command::Explain {
            rules,
            format,
            text,
        } => {
            let options = rules.options();
            return match explain::run(options, format, &text, cli.common.output.as_deref()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("arabic-text: {e}");
                    ExitCode::from(1)
                }
            };
        }
        Command::Tokenize {
            format,
            split_clitics,
            files,
        } => (
            ops::Op::Tokenize {
                format,
                split_clitics,
            },
            files,
        ),
        Command::Sentences { files } => (ops::Op::Sentences, files),
        Command::Segment { files } => (ops::Op::Segment, files),
        Command::Stem { stemmer, files } => (ops::Op::stem(stemmer), files),
        Command::Root { files } => (ops::Op::Root, files),
        Command::Analyze { stemmer, files } => (ops::Op::analyze(stemmer), files),
    };
    match io::run(&cli.common, &op, &files) {
        Ok(()) => ExitCode::SUCCESS,
        Err(io::Failure::BrokenPipe) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("arabic-text: {e}");
            ExitCode::from(1)
        }
    }
}

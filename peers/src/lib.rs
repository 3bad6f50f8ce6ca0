//! Comparisons of arabic-text with other Rust crates, kept out of the library's dependency
//! tree. `cargo bench -p arabic-text-peers` runs them.

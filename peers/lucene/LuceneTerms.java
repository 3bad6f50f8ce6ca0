// Prints Lucene's ArabicAnalyzer terms for each line of a UTF-8 file, one output line per input
// line: each term as "start,end,posinc,term" (offsets in UTF-16 units), terms separated by tabs.
// With --time N, analyzes the whole file N times after 5 warm-up passes and prints the
// milliseconds of each timed pass instead (--lines: one TokenStream per line; default: the whole
// file as one stream; --stage tokenizer|normalize: only StandardTokenizer, or the chain up to
// ArabicNormalizationFilter, instead of the whole ArabicAnalyzer).
//
//   javac -cp lucene-core.jar:lucene-analyzers-common.jar -d out LuceneTerms.java
//   java -cp out:lucene-core.jar:lucene-analyzers-common.jar LuceneTerms FILE [--time N] [--lines]
//
// Part of the unpublished peers/ workspace member: never in the published crate.

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.Version;

public final class LuceneTerms {
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: LuceneTerms FILE [--time N] [--lines]");
      System.exit(2);
    }
    String text = new String(Files.readAllBytes(Paths.get(args[0])), StandardCharsets.UTF_8);
    int timed = 0;
    boolean perLine = false;
    String stage = "full";
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--time")) timed = Integer.parseInt(args[++i]);
      else if (args[i].equals("--lines")) perLine = true;
      else if (args[i].equals("--stage")) stage = args[++i];
    }
    try (Analyzer analyzer = analyzer(stage)) {
      if (timed > 0) {
        List<String> lines = perLine ? List.of(text.split("\n", -1)) : List.of(text);
        System.err.println("Lucene " + Version.LATEST + ", Java " + System.getProperty("java.version"));
        for (int pass = 0; pass < 5 + timed; pass++) {
          long t = System.nanoTime();
          long terms = 0;
          for (String s : lines) terms += count(analyzer, s);
          long ms = (System.nanoTime() - t) / 1_000_000;
          if (pass >= 5) System.out.println(ms + " ms " + terms + " terms");
        }
        return;
      }
      PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
      StringBuilder sb = new StringBuilder();
      for (String line : text.split("\n", -1)) {
        sb.setLength(0);
        try (TokenStream ts = analyzer.tokenStream("f", line)) {
          CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
          OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
          PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
          ts.reset();
          boolean first = true;
          while (ts.incrementToken()) {
            if (!first) sb.append('\t');
            first = false;
            sb.append(off.startOffset()).append(',').append(off.endOffset()).append(',')
                .append(inc.getPositionIncrement()).append(',').append(term);
          }
          ts.end();
        }
        out.println(sb);
      }
      out.flush();
    }
  }

  private static Analyzer analyzer(String stage) {
    if (stage.equals("full")) return new ArabicAnalyzer();
    boolean tokenizerOnly = stage.equals("tokenizer");
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        if (tokenizerOnly) return new TokenStreamComponents(source);
        TokenStream result = new LowerCaseFilter(source);
        result = new DecimalDigitFilter(result);
        result = new StopFilter(result, ArabicAnalyzer.getDefaultStopSet());
        result = new ArabicNormalizationFilter(result);
        return new TokenStreamComponents(source, result);
      }
    };
  }

  private static long count(Analyzer analyzer, String s) throws IOException {
    long n = 0;
    try (TokenStream ts = analyzer.tokenStream("f", s)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) n += term.length();
      ts.end();
    }
    return n;
  }
}

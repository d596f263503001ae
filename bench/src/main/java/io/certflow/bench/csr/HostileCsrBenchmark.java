package io.certflow.bench.csr;

import io.certflow.intake.csr.CsrParser;
import io.certflow.intake.csr.InvalidCsrException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * e, hostile half: what order-intake's {@link CsrParser} spends on each kind of CSR made to be
 * expensive ({@link HostileCsrs}): a refusal, or for {@code MANY_NAMES} (validly signed) the parse
 * whose names the order rules refuse afterwards.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HostileCsrBenchmark {

    @Param({"HUGE_EXPONENT", "LARGEST_KEY_BAD_SIGNATURE", "MANY_NAMES", "DEEP_NESTING", "NOISE"})
    public String kind;

    private final CsrParser parser = new CsrParser();
    private String pem;

    @Setup
    public void makeCsr() {
        pem = HostileCsrs.of(HostileCsrs.Kind.valueOf(kind));
    }

    @Benchmark
    public Object refuse() {
        try {
            return parser.parse(pem);
        } catch (InvalidCsrException e) {
            return e.problem();
        }
    }

    /** The outcome once, outside measurement, for the report: the problem's name, or "parsed". */
    public static String outcome(HostileCsrs.Kind kind) {
        try {
            new CsrParser().parse(HostileCsrs.of(kind));
            return "parsed";
        } catch (InvalidCsrException e) {
            return e.problem().name();
        }
    }
}

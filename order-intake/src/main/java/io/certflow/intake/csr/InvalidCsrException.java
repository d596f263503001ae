package io.certflow.intake.csr;

/** The one exception that leaves the CSR facade: Bouncy Castle's own never cross it. */
public final class InvalidCsrException extends Exception {

    private final CsrProblem problem;

    public InvalidCsrException(CsrProblem problem) {
        super(problem.reason());
        this.problem = problem;
    }

    public InvalidCsrException(CsrProblem problem, Throwable cause) {
        super(problem.reason(), cause);
        this.problem = problem;
    }

    public CsrProblem problem() {
        return problem;
    }
}

package cn.gov.xinxiang.agri.platform.problem;

/** Fixture for ArchitectureRulesTest: stands for an HTTP problem type (only its package matters). Not imported as a fixture. */
public class FxProblem extends RuntimeException {
}

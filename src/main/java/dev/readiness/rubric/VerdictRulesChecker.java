package dev.readiness.rubric;

/**
 * Checks the thresholds behind the verdicts: the coverages and indexes that make a candidate ready
 * or close, and the agreement a panel needs before its ratings are trusted.
 */
record VerdictRulesChecker(RubricJson r, RubricFindings found) {
  void checkScoring() {
    if (!found.required("$.scoring", r.scoring())) {
      return;
    }
    ScoringRules s = r.scoring();
    if (!(s.closeCoverage() > 0
        && s.closeCoverage() <= s.readyCoverage()
        && s.readyCoverage() <= 1)) {
      found.problem("$.scoring", "coverages must satisfy 0 < closeCoverage <= readyCoverage <= 1");
    }
    if (!(s.skillsShare() >= 0 && s.skillsShare() < 1)) {
      found.problem("$.scoring.skillsShare", "skillsShare must be at least 0 and below 1");
    }
    if (!(s.closeIndex() > 0 && s.closeIndex() <= s.readyIndex() && s.readyIndex() <= 100)) {
      found.problem("$.scoring", "indexes must satisfy 0 < closeIndex <= readyIndex <= 100");
    }
  }

  void checkCalibration() {
    CalibrationRules c = r.calibration();
    if (c == null) {
      return;
    }
    if (!(c.tentativeAlpha() > 0
        && c.tentativeAlpha() <= c.reliableAlpha()
        && c.reliableAlpha() <= 1)) {
      found.problem(
          "$.calibration", "alphas must satisfy 0 < tentativeAlpha <= reliableAlpha <= 1");
    }
    if (!(c.discussSpread() > 0)
        || (r.scale() != null && c.discussSpread() > r.scale().max() - r.scale().min())) {
      found.problem(
          "$.calibration.discussSpread",
          "discussSpread must be above 0 and no more than the scale's range");
    }
    if (!(c.inLineBand() >= 0 && c.inLineBand() < 1)) {
      found.problem("$.calibration.inLineBand", "inLineBand must be at least 0 and below 1 level");
    }
  }
}

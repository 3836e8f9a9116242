package cn.gov.xinxiang.agri.evaluation.scoring;

/** Whether a higher or a lower actual value is better for an indicator. */
public enum Direction {
    HIGHER_IS_BETTER("越高越好"),
    LOWER_IS_BETTER("越低越好");

    public final String label;

    Direction(String label) {
        this.label = label;
    }
}

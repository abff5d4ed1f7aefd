package cn.kaohe.assessment;

import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

/** A row belonging to one run; ids come from one pooled sequence so inserts go out in batches. */
@MappedSuperclass
abstract class RunRow {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "run_row_seq")
    @SequenceGenerator(name = "run_row_seq", sequenceName = "run_row_seq", allocationSize = 500)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "run_id")
    private EvaluationRun run;

    protected RunRow() {
    }

    RunRow(EvaluationRun run) {
        this.run = run;
    }

    public Long getId() {
        return id;
    }

    /** The run this row belongs to, without loading the run. */
    public Long getRunId() {
        return run.getId();
    }
}

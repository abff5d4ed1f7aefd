package cn.kaohe.figures;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kaohe.audit.AuditLog;
import cn.kaohe.period.AssessmentPeriod;
import cn.kaohe.period.AssessmentPeriods;
import cn.kaohe.persistence.BatchInserts;
import cn.kaohe.zone.Zone;
import cn.kaohe.zone.ZoneRegistry;

/**
 * Stores a period's figures as a new version. A period that already has figures is only replaced
 * when the official says so; the earlier version is kept, inactive.
 */
@Service
public class FigureImportService {

    /** Re-importing a period that has figures, without saying to replace them. */
    public static class PeriodHasFiguresException extends RuntimeException {
        private final int version;

        PeriodHasFiguresException(String label, FigureImport current) {
            super("考核期“" + label + "”已有第" + current.getVersion() + "版数据（" + current.getSource() + "，" + current.getImportedBy()
                    + "导入）。如要替换，请确认替换；原数据保留为历史版本。");
            this.version = current.getVersion();
        }

        public int version() {
            return version;
        }
    }

    private final FiguresReader reader;
    private final AssessmentPeriods periods;
    private final FigureImports imports;
    private final ZoneRegistry zones;
    private final IndicatorCatalog indicators;
    private final AuditLog audit;
    private final BatchInserts inserts;

    FigureImportService(FiguresReader reader, AssessmentPeriods periods, FigureImports imports, ZoneRegistry zones,
            IndicatorCatalog indicators, AuditLog audit, BatchInserts inserts) {
        this.inserts = inserts;
        this.reader = reader;
        this.periods = periods;
        this.imports = imports;
        this.zones = zones;
        this.indicators = indicators;
        this.audit = audit;
    }

    /** Checks a file without storing anything. */
    public PeriodFigures preview(String source, byte[] bytes) {
        return reader.read(source, bytes);
    }

    /**
     * @throws FiguresRejectedException when any row is bad
     * @throws PeriodHasFiguresException when the period has figures and {@code replace} is false
     */
    @Transactional
    public FigureImport importFigures(String source, byte[] bytes, String user, boolean replace) {
        return store(preview(source, bytes), user, replace);
    }

    /**
     * Stores checked figures as the period's current version (creating the period when it is new); the figures go out
     * in JDBC batches and are not kept as entities.
     *
     * @throws PeriodHasFiguresException when the period has figures and {@code replace} is false
     */
    @Transactional
    public FigureImport store(PeriodFigures figures, String user, boolean replace) {
        AssessmentPeriod period = periods.findByLabel(figures.period().label())
                .orElseGet(() -> periods.save(new AssessmentPeriod(figures.period(), user)));
        Optional<FigureImport> current = imports.findByPeriodAndActiveTrue(period);
        if (current.isPresent() && !replace) {
            throw new PeriodHasFiguresException(period.getLabel(), current.get());
        }
        current.ifPresent(FigureImport::deactivate);
        int version = imports.findByPeriodOrderByVersionDesc(period).stream().mapToInt(FigureImport::getVersion).max().orElse(0) + 1;
        FigureImport fresh = new FigureImport(period, version, figures.source(), user, figures.figures().size());
        period.moveTo(AssessmentPeriod.IMPORTED, user);
        FigureImport saved = imports.save(fresh);
        inserts.write(rows -> rows.insertAll(figures.figures(),
                f -> new ImportedFigure(saved, f.line(), f.subject().name(), f.indicator().name(), f.value(), f.previous(), f.note())));
        audit.record(user, AuditLog.IMPORT, "考核期 " + period.getLabel() + " 导入第" + version + "版数据（" + figures.source() + "，"
                + figures.figures().size() + "条）" + (current.isPresent() ? "，替换第" + current.get().getVersion() + "版" : ""));
        return saved;
    }

    /** The period's current figures, as the evaluator takes them. */
    @Transactional(readOnly = true)
    public Optional<FigureImport> active(AssessmentPeriod period) {
        return imports.findByPeriodAndActiveTrue(period);
    }

    @Transactional(readOnly = true)
    public List<FigureImport> versions(AssessmentPeriod period) {
        return imports.findByPeriodOrderByVersionDesc(period);
    }

    /**
     * Rebuilds the stored figures of an import as a checked period's figures, in file order, read by one query.
     *
     * @throws IllegalArgumentException in Chinese when there is no such import
     * @throws IllegalStateException in Chinese when a stored subject or indicator is no longer in the registry or the catalogue
     */
    @Transactional(readOnly = true)
    public PeriodFigures figuresOf(long importId) {
        FigureImport i = imports.findById(importId).orElseThrow(() -> new IllegalArgumentException("没有编号为" + importId + "的导入记录"));
        List<Figure> figures = imports.figuresOf(importId).stream().map(f -> {
            Zone zone = zones.find(f.subject()).orElseThrow(() -> new IllegalStateException("开发区名录中已没有“" + f.subject() + "”"));
            Indicator indicator = indicators.find(f.indicator()).orElseThrow(() -> new IllegalStateException("指标表中已没有“" + f.indicator() + "”"));
            return new Figure(f.line(), zone, indicator, f.value(), f.previous(), f.note() == null ? "" : f.note());
        }).toList();
        return new PeriodFigures(i.getSource(), i.getPeriod().period(), figures);
    }
}

package cn.kaohe.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import cn.kaohe.export.TargetWorkbook;
import cn.kaohe.figures.IndicatorCatalog;
import cn.kaohe.publish.Candidate;
import cn.kaohe.publish.Candidates;
import cn.kaohe.rules.LiveRuleset;
import cn.kaohe.rules.Ruleset;
import cn.kaohe.targets.TargetEntry;
import cn.kaohe.targets.TargetProblem;
import cn.kaohe.targets.TargetRow;
import cn.kaohe.targets.TargetTable;
import cn.kaohe.targets.TargetTableCheck;
import cn.kaohe.targets.TargetTables;
import cn.kaohe.targets.TargetWorkbookRows;
import cn.kaohe.zone.ZoneRegistry;

/**
 * Editing a targets table of the live ruleset, shared by the pages and the API: the rows are checked,
 * and rows that pass become a candidate ruleset (the live files with that one table rewritten) for the
 * publication page. Only a targets table's rows are ever taken; no rule file is accepted as such.
 */
@ConditionalOnWebApplication
@Component
class TargetEdits {

    /** A submission: its problems (then nothing was proposed), or the candidate it became. */
    record Outcome(List<TargetProblem> problems, Candidate candidate) {

        boolean accepted() {
            return candidate != null;
        }
    }

    private final LiveRuleset live;
    private final Candidates candidates;
    private final ZoneRegistry zones;
    private final IndicatorCatalog indicators;
    private final TargetTableCheck check;

    TargetEdits(LiveRuleset live, Candidates candidates, ZoneRegistry zones, IndicatorCatalog indicators) {
        this.live = live;
        this.candidates = candidates;
        this.zones = zones;
        this.indicators = indicators;
        this.check = new TargetTableCheck(zones, indicators);
    }

    /** The targets tables of the live ruleset. */
    List<TargetTable> tables() {
        List<Ruleset.RuleFile> files = live.current().files();
        return TargetTables.paths(files).stream().map(p -> TargetTables.read(files, p)).toList();
    }

    /**
     * @throws IllegalArgumentException when the path is not a targets table of the live ruleset
     */
    TargetTable table(String path) {
        return TargetTables.read(live.current().files(), path);
    }

    /** A table's rows as they are shown for editing, numbered from 1. */
    List<TargetEntry> entries(TargetTable table) {
        List<TargetEntry> list = new ArrayList<>();
        table.rows().forEach(r -> list.add(TargetEntry.of(list.size() + 1, r, zones)));
        return list;
    }

    String unit(String indicator) {
        return TargetTable.unit(indicators, indicator);
    }

    String ruleName(TargetRow row) {
        return row.ruleName(unit(row.indicator()));
    }

    byte[] workbook(String path) {
        return TargetWorkbook.write(table(path), zones, indicators);
    }

    /** Rows that passed validation, as the live ruleset's files with the table rewritten from them; or the problems. */
    record Prepared(List<TargetProblem> problems, String source, List<Ruleset.RuleFile> files) {

        boolean accepted() {
            return problems.isEmpty();
        }
    }

    /** Checks entered rows; when they pass, the files of the candidate they make (nothing is proposed yet). */
    Prepared prepare(String path, List<TargetEntry> entries) {
        TargetTable table = table(path);
        TargetTableCheck.Result result = check.check(table, entries);
        if (!result.ok()) {
            return new Prepared(result.problems(), null, null);
        }
        String text = table.withRows(result.rows()).text(indicators);
        if (text.equals(table.text(indicators))) {
            return new Prepared(List.of(new TargetProblem(0, "", "目标表没有任何改动，不需要发布")), null, null);
        }
        return new Prepared(List.of(), "目标表 " + path, TargetTables.replace(live.current().files(), path, text));
    }

    /** Reads an uploaded workbook and checks its rows; problems name the sheet's rows. */
    Prepared prepareUpload(String path, byte[] bytes) {
        table(path);
        TargetWorkbookRows.Read read = TargetWorkbookRows.read(bytes);
        if (!read.problems().isEmpty()) {
            return new Prepared(read.problems(), null, null);
        }
        return prepare(path, read.entries());
    }

    /** Checks entered rows; when they pass, proposes (and checks, several seconds) the candidate they make. */
    Outcome submit(String path, List<TargetEntry> entries, String user) {
        return propose(prepare(path, entries), user);
    }

    Outcome upload(String path, byte[] bytes, String user) {
        return propose(prepareUpload(path, bytes), user);
    }

    private Outcome propose(Prepared prepared, String user) {
        if (!prepared.accepted()) {
            return new Outcome(prepared.problems(), null);
        }
        return new Outcome(List.of(), candidates.propose(prepared.source(), prepared.files(), user));
    }
}

package cn.kaohe.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.kaohe.rulebook.CheckHistory;
import cn.kaohe.rulebook.RulebookView;
import cn.kaohe.rulebook.RulesetCheck;
import cn.kaohe.rules.LiveRuleset;

/** The rulebook for scripts: rule files, their rules, the scenarios covering each, and the last check. */
@ConditionalOnWebApplication
@RestController
@RequestMapping("/api/rulebook")
@Tag(name = "规则书", description = "现行规则文件、每条规则及覆盖它的场景、最近一次检查的结果")
class RulebookApi {

    private final LiveRuleset live;
    private final RulesetCheck check;
    private final CheckHistory history;

    RulebookApi(LiveRuleset live, RulesetCheck check, CheckHistory history) {
        this.live = live;
        this.check = check;
        this.history = history;
    }

    @GetMapping
    @Operation(summary = "现行规则版本的规则书：各规则文件、其中的规则、覆盖每条规则的场景、说明它的功能文件，以及本版本最近一次检查的结果（尚未检查时 check 为 null）")
    Map<String, Object> rulebook() {
        RulebookView view = RulebookPages.view(live, check, history);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", view.version());
        m.put("hash", view.hash());
        m.put("check", view.check() == null ? null : check(view.check()));
        m.put("files", view.files().stream().map(f -> file(f, view.check() != null)).toList());
        m.put("problems", view.problems());
        return m;
    }

    private static Map<String, Object> file(RulebookView.FileEntry f, boolean checked) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", f.path());
        m.put("folder", f.folder());
        m.put("summary", f.summary());
        m.put("rules", f.rules().stream().map(r -> {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("name", r.name());
            rule.put("covered", checked ? !r.scenarios().isEmpty() : null);
            rule.put("scenarios", r.scenarios().stream().map(c -> {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("feature", c.feature());
                s.put("line", c.line());
                s.put("name", c.name());
                s.put("runs", c.runs());
                return s;
            }).toList());
            return rule;
        }).toList());
        m.put("features", f.features().stream().map(e -> Map.of("path", e.feature().path(), "name", e.feature().name(),
                "scenarios", e.feature().scenarios().size())).toList());
        return m;
    }

    private static Map<String, Object> check(RulebookView.Check c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("passed", c.passed());
        m.put("summary", c.summary());
        m.put("version", c.version());
        m.put("scenarios", c.scenarios());
        m.put("at", c.at());
        m.put("tookMillis", c.tookMillis());
        m.put("failures", c.failures().stream().map(f -> {
            Map<String, Object> failure = new LinkedHashMap<>();
            failure.put("file", f.file());
            failure.put("line", f.line());
            failure.put("scenario", f.scenario());
            failure.put("step", f.step());
            failure.put("reason", f.reason());
            return failure;
        }).toList());
        m.put("uncovered", c.uncovered());
        m.put("problems", c.problems());
        return m;
    }
}

package cn.kaohe.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.kaohe.rulebook.CheckHistory;
import cn.kaohe.rulebook.CheckReport;
import cn.kaohe.rulebook.FeatureDocs;
import cn.kaohe.rulebook.RulebookView;
import cn.kaohe.rulebook.RulesetCheck;
import cn.kaohe.rules.LiveRuleset;
import cn.kaohe.rules.Ruleset;

/**
 * The rulebook: the live rule files, each beside the features documenting it and the scenarios covering
 * its rules, with the last check's outcome. Everyone logged in reads it; 政策人员 and 管理员 may run the check.
 */
@ConditionalOnWebApplication
@Controller
class RulebookPages {

    private final LiveRuleset live;
    private final RulesetCheck check;
    private final CheckHistory history;
    private final RuleJobs jobs;

    RulebookPages(LiveRuleset live, RulesetCheck check, CheckHistory history, RuleJobs jobs) {
        this.jobs = jobs;
        this.live = live;
        this.check = check;
        this.history = history;
    }

    /** The rulebook of the live ruleset, with the last check of that very ruleset if there was one. */
    static RulebookView view(LiveRuleset live, RulesetCheck check, CheckHistory history) {
        Ruleset ruleset = live.current();
        return RulebookView.of(ruleset, FeatureDocs.read(check.featuresDir()), history.of(ruleset.hash()));
    }

    @GetMapping("/rulebook")
    String index(Model model) {
        model.addAttribute("view", view(live, check, history));
        model.addAttribute("measured", history.lastDuration().orElse(null));
        return "rulebook";
    }

    @GetMapping("/rulebook/file")
    String file(@RequestParam String path, Model model, HttpServletResponse response) {
        RulebookView view = view(live, check, history);
        var file = view.file(path);
        if (file.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("status", 404);
            model.addAttribute("notFound", "规则目录中没有文件“" + path + "”。");
            return "error";
        }
        model.addAttribute("view", view);
        model.addAttribute("file", file.get());
        model.addAttribute("measured", history.lastDuration().orElse(null));
        return "rulebook-file";
    }

    /** Checks the live ruleset in the background; its progress page then opens the rulebook page it came from. */
    @PostMapping("/rulebook/check")
    @PreAuthorize("hasAnyRole('POLICY', 'ADMIN')")
    String check(@RequestParam(required = false) String back) {
        String next = back != null && back.startsWith("/rulebook") && !back.startsWith("//") ? back : "/rulebook";
        return "redirect:/rules/jobs/" + jobs.start("检查现行规则", "rulebook", progress -> {
            try (LiveRuleset.Lease lease = live.lease()) {
                CheckReport report = check.run(lease.ruleset(), progress);
                history.record(report);
                return new RuleJobs.Done(next, "已检查：" + report.summary());
            }
        }).getId();
    }
}

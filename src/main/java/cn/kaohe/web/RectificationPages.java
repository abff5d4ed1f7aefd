package cn.kaohe.web;

import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.kaohe.rectification.RectificationService;
import cn.kaohe.zone.Zone;
import cn.kaohe.zone.ZoneRegistry;

/** The rectification list: filter, move items along, see completion per zone and city. */
@ConditionalOnWebApplication
@Controller
class RectificationPages {

    private final RectificationService rectifications;
    private final ZoneRegistry zones;

    RectificationPages(RectificationService rectifications, ZoneRegistry zones) {
        this.rectifications = rectifications;
        this.zones = zones;
    }

    @GetMapping("/rectifications")
    String list(@RequestParam(required = false) String city, @RequestParam(required = false) String status, Model model) {
        model.addAttribute("items", rectifications.list(city, null, status));
        model.addAttribute("completion", rectifications.completion());
        model.addAttribute("cities", zones.zones().stream().map(Zone::city).filter(c -> !c.isBlank()).collect(Collectors.toCollection(TreeSet::new)));
        model.addAttribute("city", city);
        model.addAttribute("status", status);
        return "rectifications";
    }

    @GetMapping("/rectifications/{id}")
    String item(@PathVariable long id, Model model) {
        model.addAttribute("item", rectifications.get(id));
        return "rectification";
    }

    @PostMapping("/rectifications/{id}")
    @PreAuthorize("hasRole('ASSESSOR')")
    String update(@PathVariable long id, @RequestParam(required = false) String status, @RequestParam(required = false) String deadline,
            @RequestParam(required = false) String note, @RequestParam(required = false) String back, Authentication auth,
            RedirectAttributes redirect) {
        try {
            rectifications.update(id, status, RectificationsApi.parseDate(deadline), note, Users.name(auth));
            redirect.addFlashAttribute("message", "已更新第" + id + "号整改事项");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + (back != null && back.startsWith("/rectifications") ? back : "/rectifications/" + id);
    }
}

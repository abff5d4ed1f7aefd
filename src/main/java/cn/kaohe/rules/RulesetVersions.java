package cn.kaohe.rules;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RulesetVersions extends JpaRepository<RulesetVersion, String> {

    /** Versions whose hash starts with the digits people type (two are enough to tell an ambiguous prefix). */
    List<RulesetVersion> findByHashStartingWith(String prefix, Limit limit);
}

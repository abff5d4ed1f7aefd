package cn.kaohe.rules;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RulesetVersions extends JpaRepository<RulesetVersion, String> {
}

package cn.kaohe.publish;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RulesetPublications extends JpaRepository<RulesetPublication, Long> {

    Optional<RulesetPublication> findFirstByOrderByIdDesc();

    List<RulesetPublication> findAllByOrderByIdDesc();
}

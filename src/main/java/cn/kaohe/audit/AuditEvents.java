package cn.kaohe.audit;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEvents extends JpaRepository<AuditEvent, Long> {
}

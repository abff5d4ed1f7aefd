package cn.kaohe.audit;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The audit log: records an action in the caller's transaction, so an action that rolls back leaves no record. */
@Component
public class AuditLog {

    /** Actions, as shown to the administrator. */
    public static final String IMPORT = "导入数据";
    public static final String EVALUATE = "执行考核";
    public static final String PUBLISH = "发布结果";
    public static final String EXPORT = "导出";
    public static final String RECTIFICATION = "整改状态";
    public static final String USER = "用户管理";
    public static final String PASSWORD = "修改密码";
    public static final String RULES_PUBLISH = "发布规则";
    public static final String RULES_ROLLBACK = "回滚规则";
    public static final String RULES_REFUSED = "规则未通过检查";

    private final AuditEvents events;

    AuditLog(AuditEvents events) {
        this.events = events;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String username, String action, String detail) {
        events.save(new AuditEvent(username, action, detail));
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> latest(int count) {
        return events.findAll(PageRequest.of(0, count, Sort.by(Sort.Direction.DESC, "at", "id"))).getContent();
    }
}

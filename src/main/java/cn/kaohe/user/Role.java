package cn.kaohe.user;

import java.util.Arrays;
import java.util.Optional;

/** What a user may do. The Chinese name is what people see; the code is what Spring Security checks. */
public enum Role {
    ASSESSOR("考核人员", "导入、考核、导出、整改跟踪"),
    POLICY("政策人员", "维护规则"),
    VIEWER("查看", "只读"),
    ADMIN("管理员", "管理用户、查看审计日志");

    private final String label;
    private final String description;

    Role(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public static Optional<Role> of(String codeOrLabel) {
        return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(codeOrLabel.strip()) || r.label.equals(codeOrLabel.strip())).findFirst();
    }
}

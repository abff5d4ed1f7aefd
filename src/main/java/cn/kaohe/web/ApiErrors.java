package cn.kaohe.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import cn.kaohe.figures.FigureImportService.PeriodHasFiguresException;
import cn.kaohe.figures.FiguresRejectedException;
import cn.kaohe.rules.RulesetException;

/** API errors as JSON with a Chinese message and, for a refused file, every problem by row and column. */
@ConditionalOnWebApplication
@RestControllerAdvice(basePackageClasses = ApiErrors.class, annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiErrors {

    @ExceptionHandler(FiguresRejectedException.class)
    ResponseEntity<Map<String, Object>> rejected(FiguresRejectedException e) {
        Map<String, Object> body = body("数据文件 " + e.source() + " 有" + e.problems().size() + "处错误，未导入任何数据");
        body.put("problems", e.problems().stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("row", p.line());
            m.put("column", p.column());
            m.put("cell", p.cell());
            m.put("value", p.value());
            m.put("reason", p.reason());
            m.put("text", p.toString());
            return m;
        }).toList());
        return ResponseEntity.unprocessableContent().body(body);
    }

    @ExceptionHandler(PeriodHasFiguresException.class)
    ResponseEntity<Map<String, Object>> exists(PeriodHasFiguresException e) {
        Map<String, Object> body = body(e.getMessage());
        body.put("version", e.version());
        body.put("field", "replace");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
    }

    @ExceptionHandler(RulesetException.class)
    ResponseEntity<Map<String, Object>> rules(RulesetException e) {
        Map<String, Object> body = body(e.getMessage());
        body.put("problems", e.problems());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
    }

    @ExceptionHandler(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> mismatch(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException e) {
        Map<String, Object> body = body("参数“" + e.getName() + "”的值“" + e.getValue() + "”格式不正确");
        body.put("field", e.getName());
        return ResponseEntity.badRequest().body(body);
    }

    @ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(org.springframework.http.converter.HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().body(body("请求内容不是有效的 JSON"));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, Object>> bad(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(body(e.getMessage()));
    }

    /** An action refused in the state things are in (a candidate that did not pass its check cannot be published). */
    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<Map<String, Object>> refused(IllegalStateException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(body(e.getMessage()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException e) {
        Map<String, Object> body = body("缺少参数“" + e.getParameterName() + "”");
        body.put("field", e.getParameterName());
        return ResponseEntity.badRequest().body(body);
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<Map<String, Object>> missingPart(MissingServletRequestPartException e) {
        Map<String, Object> body = body("缺少上传的文件“" + e.getRequestPartName() + "”");
        body.put("field", e.getRequestPartName());
        return ResponseEntity.badRequest().body(body);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, Object>> denied(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(body("没有权限执行此操作"));
    }

    static Map<String, Object> body(String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", message);
        return body;
    }

}

package cn.kaohe;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import cn.kaohe.cli.KaoheCommand;

/** Kaohe: assesses development zones against their provincial targets by rules kept as files. */
@SpringBootApplication
public class KaoheApplication {

    public static void main(String[] args) {
        System.exit(KaoheCommand.run(args));
    }
}

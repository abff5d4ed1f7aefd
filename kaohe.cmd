@echo off
rem Launcher for Windows: UTF-8 output whatever the code page.
chcp 65001 >nul
java -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -XX:+UseParallelGC %KAOHE_JAVA_OPTS% -jar "%~dp0target\kaohe.jar" %*

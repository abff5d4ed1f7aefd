@echo off
rem Launcher for Windows: UTF-8 output whatever the code page.
rem It runs the jar as the build extracted it (target\app), whose classes load faster.
setlocal
chcp 65001 >nul
set "KAOHE_JAR=%~dp0target\kaohe.jar"
if exist "%~dp0target\app\kaohe.jar" set "KAOHE_JAR=%~dp0target\app\kaohe.jar"
java -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -XX:+UseParallelGC %KAOHE_JAVA_OPTS% -jar "%KAOHE_JAR%" %*

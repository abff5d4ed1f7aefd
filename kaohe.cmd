@echo off
rem Launcher for Windows: UTF-8 output whatever the code page.
rem After mvnw.cmd -q -DskipTests -Pcds package it runs the extracted layout (target\app) with its class-data
rem sharing archive, which starts faster; an archive the JVM cannot use is ignored, silently.
setlocal
chcp 65001 >nul
set "KAOHE_JAR=%~dp0target\kaohe.jar"
set "KAOHE_CDS="
if exist "%~dp0target\app\kaohe.jar" set "KAOHE_JAR=%~dp0target\app\kaohe.jar"
if exist "%~dp0target\app\kaohe.jsa" if exist "%~dp0target\app\kaohe.jar" set "KAOHE_CDS=-XX:SharedArchiveFile=%~dp0target\app\kaohe.jsa"
if defined KAOHE_CDS goto shared
java -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -XX:+UseParallelGC %KAOHE_JAVA_OPTS% -jar "%KAOHE_JAR%" %*
exit /b %ERRORLEVEL%
:shared
java -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -XX:+UseParallelGC "%KAOHE_CDS%" -Xlog:cds=off -Xlog:cds+dynamic=off %KAOHE_JAVA_OPTS% -jar "%KAOHE_JAR%" %*
exit /b %ERRORLEVEL%

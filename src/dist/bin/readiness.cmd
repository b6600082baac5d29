@echo off
rem readiness for Windows: runs the tool with an installed Java 17 or newer (JAVA_HOME, else java.exe on the PATH)
rem in ONE JVM, with a class-data archive made on the first run in %LOCALAPPDATA%\readiness (see bin/readiness).
setlocal EnableExtensions DisableDelayedExpansion
set "RD_VERSION=@VERSION@"
for %%h in ("%~dp0..") do set "RD_HOME=%%~fh"
set "RD_INSTALL=install Java 17 or newer (for example Eclipse Temurin from https://adoptium.net) or set JAVA_HOME to its folder"

rem --- which Java (paths are echoed outside parenthesised blocks: a ")" in "Program Files (x86)" would end them)
set "RD_JAVA="
if not defined JAVA_HOME goto path
set "RD_JAVA=%JAVA_HOME%\bin\java.exe"
if exist "%RD_JAVA%" goto found
>&2 echo readiness: JAVA_HOME is %JAVA_HOME%, which holds no bin\java.exe; %RD_INSTALL%
exit /b 1
:path
for %%j in (java.exe) do set "RD_JAVA=%%~$PATH:j"
if defined RD_JAVA goto found
>&2 echo readiness: no Java found; %RD_INSTALL%
exit /b 1

:found
rem --- its version, from the release file beside bin\ (absent for Oracle's javapath stub: then not checked)
for %%j in ("%RD_JAVA%\..\..") do set "RD_JHOME=%%~fj"
set "RD_JV="
if exist "%RD_JHOME%\release" (
  for /f "usebackq tokens=1,* delims==" %%a in ("%RD_JHOME%\release") do (
    if "%%a"=="JAVA_VERSION" set "RD_JV=%%~b"
  )
)
set "RD_MAJOR="
if defined RD_JV for /f "tokens=1 delims=." %%m in ("%RD_JV%") do set "RD_MAJOR=%%m"
if not defined RD_MAJOR goto archive
if %RD_MAJOR% GEQ 17 goto archive
>&2 echo readiness: %RD_JAVA% is Java %RD_JV%, too old; %RD_INSTALL%
exit /b 1

:archive

rem --- the class-data archive: one per readiness version and Java, named after the Java's folder
set "RD_JSA="
if not defined LOCALAPPDATA goto run
set "RD_KEY=%RD_JHOME%"
set "RD_KEY=%RD_KEY::=%"
set "RD_KEY=%RD_KEY:\=-%"
set "RD_KEY=%RD_KEY: =_%"
set "RD_CACHE=%LOCALAPPDATA%\readiness"
set "RD_JSA=%RD_CACHE%\readiness-%RD_VERSION%-%RD_KEY%.jsa"
if exist "%RD_JSA%" goto run
if not exist "%RD_CACHE%" mkdir "%RD_CACHE%" 2>nul
set "RD_QUIET="
for %%a in (%*) do (
  if /i "%%~a"=="-q" set "RD_QUIET=1"
  if /i "%%~a"=="--quiet" set "RD_QUIET=1"
)
if not defined RD_QUIET >&2 echo readiness: first run: preparing a faster start for this computer (once, a few seconds)
"%RD_JAVA%" -Xshare:dump -XX:SharedClassListFile="%RD_HOME%\lib\classes.lst" -XX:SharedArchiveFile="%RD_JSA%" -XX:+UseSerialGC -Xlog:disable -cp "%RD_HOME%\lib\readiness.jar" >nul 2>&1
if not exist "%RD_JSA%" set "RD_JSA="

:run
set "RD_SHARE="
if defined RD_JSA set RD_SHARE="-XX:SharedArchiveFile=%RD_JSA%"
rem the same options as bin/readiness; READINESS_JAVA_OPTS may add to or override them
"%RD_JAVA%" %RD_SHARE% -Xshare:auto -Xlog:disable -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xss1m -Xmx200m -Djava.awt.headless=true -Dfile.encoding=UTF-8 %READINESS_JAVA_OPTS% -cp "%RD_HOME%\lib\readiness.jar" dev.readiness.cli.Main %*
exit /b %ERRORLEVEL%

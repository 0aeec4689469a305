@echo off
rem lsp-pm @project.version@: performance management for Local Strategic Partnerships and Local
rem Area Agreements. Runs from any folder; needs a Java 17 or newer (JAVA_HOME, or java on PATH).
rem JAVA_OPTS: extra options for the Java virtual machine, such as -Xmx2g.
setlocal
set "LSPPM_HOME=%~dp0.."
if defined JAVA_HOME (
  set "JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA=java.exe"
)
"%JAVA%" %JAVA_OPTS% -cp "%LSPPM_HOME%\lib\*" org.lsppm.cli.LspPm %*
exit /b %ERRORLEVEL%

@echo off
rem jshell with lsp-pm @project.version@ on the class path, from any folder; needs a JDK 17 or
rem newer (JAVA_HOME, or jshell on PATH). The scripts in jshell\ find the bundled data wherever
rem they are run from: bin\lsp-pm-jshell.bat jshell\ratings.jsh
setlocal
set "LSPPM_HOME=%~dp0.."
if defined JAVA_HOME (
  set "JSHELL=%JAVA_HOME%\bin\jshell.exe"
) else (
  set "JSHELL=jshell.exe"
)
"%JSHELL%" --class-path "%LSPPM_HOME%\lib\*" "-R-Dlsppm.data=%LSPPM_HOME%\data" %*
exit /b %ERRORLEVEL%

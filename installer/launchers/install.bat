@echo off
rem Installs YPSI Desktop from this offline bundle (Windows). Double-click it, or run it in a
rem Command Prompt; options: install.bat --help. It only finds a Python this bundle was made
rem for and runs install.py with it; install.py checks every file before it does anything.
setlocal
set "HERE=%~dp0"
if not exist "%HERE%install.py" (
  echo This was started from inside the zip file. Unpack the zip first: right-click it,
  echo choose Extract All..., then run install.bat from the unpacked folder.
  set STATUS=9
  goto :finish
)
for %%V in (@PYTHON_VERSIONS_SPACED@) do (
  py -%%V -c "pass" >nul 2>nul && (set "PYCMD=py -%%V" & goto :found)
)
python -c "pass" >nul 2>nul && (set "PYCMD=python" & goto :found)
echo No suitable Python was found. This bundle needs Python @PYTHON_VERSIONS@, 64-bit,
echo from python.org. Install it first (see INSTALL.md), then run this again.
set STATUS=9
goto :finish
:found
%PYCMD% "%HERE%install.py" %*
set STATUS=%ERRORLEVEL%
:finish
if not defined YPSI_NO_PAUSE pause
exit /b %STATUS%

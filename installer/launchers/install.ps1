# Installs YPSI Desktop from this offline bundle (Windows PowerShell). Run it as:
#   powershell -ExecutionPolicy Bypass -File install.ps1
# It only finds a Python this bundle was made for and runs install.py with it; install.py
# checks every file of the bundle before it does anything. Options: add --help.
$installer = Join-Path $PSScriptRoot "install.py"
if (-not (Test-Path $installer)) {
    Write-Host "install.py is not beside this script: unpack the whole zip first (Extract All...)."
    exit 9
}
foreach ($version in @(@PYTHON_VERSIONS_QUOTED@)) {
    try { & py "-$version" -c "pass" 2>$null } catch { break }
    if ($LASTEXITCODE -eq 0) { & py "-$version" $installer @args; exit $LASTEXITCODE }
}
try { & python -c "pass" 2>$null } catch { }
if ($LASTEXITCODE -eq 0) { & python $installer @args; exit $LASTEXITCODE }
Write-Host "No suitable Python was found. This bundle needs Python @PYTHON_VERSIONS@, 64-bit, from python.org."
Write-Host "Install it first (see INSTALL.md), then run this again."
exit 9

<#
.SYNOPSIS
  Builds the Frontdesk Windows installer: PyInstaller bundle -> (optional signing) -> Inno Setup.

.DESCRIPTION
  Run from any folder on Windows with the project installed:
      python -m pip install -c packaging/requirements-lock.txt -e ".[build]"
      powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1

  Output: dist\frontdesk\ (the bundle) and dist\Frontdesk-<version>-windows-x64-setup.exe.

  The version comes from pyproject.toml via packaging\version.py and is passed to Inno Setup as
  /DAppVersion; nothing in the .iss file carries a version.

  Code signing runs only when a certificate is provided, and is skipped with a message otherwise:
    WINDOWS_CERTIFICATE_PFX_BASE64   the code-signing certificate (.pfx), base64-encoded
    WINDOWS_CERTIFICATE_PASSWORD     its password
    WINDOWS_TIMESTAMP_URL            optional RFC 3161 timestamp server (default DigiCert's)
  Then frontdesk.exe, frontdesk-cli.exe, Setup and the uninstaller are signed with signtool.

  ISCC is found via $env:ISCC, PATH, or the default Inno Setup 6 folders.

.PARAMETER Python       Interpreter to use (default: python).
.PARAMETER SkipBundle   Reuse an existing dist\frontdesk instead of running PyInstaller.
#>
[CmdletBinding()]
param(
    [string]$Python = "python",
    [switch]$SkipBundle
)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
$Repo = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Repo

function Invoke-Checked {
    param([string]$File, [string[]]$Arguments)
    & $File @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$File exited with code $LASTEXITCODE" }
}

$Version = (& $Python packaging/version.py).Trim()
$Numeric = (& $Python packaging/version.py --numeric).Trim()
if (-not $Version) { throw "could not read the version from pyproject.toml" }
Write-Host "== Frontdesk $Version ($Numeric)"

if (-not $SkipBundle) {
    Write-Host "== PyInstaller"
    Invoke-Checked $Python @("-m", "PyInstaller", "packaging/frontdesk.spec", "--noconfirm", "--clean")
}
$Bundle = Join-Path $Repo "dist\frontdesk"
foreach ($exe in @("frontdesk.exe", "frontdesk-cli.exe")) {
    if (-not (Test-Path (Join-Path $Bundle $exe))) { throw "missing $Bundle\$exe; did PyInstaller run?" }
}

# --- code signing (optional) --------------------------------------------------------------------
$IsccSignArgs = @()
$Pfx = $null
if ($env:WINDOWS_CERTIFICATE_PFX_BASE64) {
    $SignTool = (Get-Command signtool.exe -ErrorAction SilentlyContinue).Source
    if (-not $SignTool) {
        $kits = Join-Path ${env:ProgramFiles(x86)} "Windows Kits\10\bin"
        $SignTool = Get-ChildItem -Path $kits -Recurse -Filter signtool.exe -ErrorAction SilentlyContinue |
            Where-Object { $_.FullName -match "\\x64\\" } | Sort-Object FullName -Descending |
            Select-Object -First 1 -ExpandProperty FullName
    }
    if (-not $SignTool) { throw "a certificate was provided but signtool.exe was not found" }
    $Pfx = Join-Path ([System.IO.Path]::GetTempPath()) ("frontdesk-" + [guid]::NewGuid() + ".pfx")
    [System.IO.File]::WriteAllBytes($Pfx, [Convert]::FromBase64String($env:WINDOWS_CERTIFICATE_PFX_BASE64))
    $Timestamp = if ($env:WINDOWS_TIMESTAMP_URL) { $env:WINDOWS_TIMESTAMP_URL } else { "http://timestamp.digicert.com" }
    $Password = $env:WINDOWS_CERTIFICATE_PASSWORD
    Write-Host "== Signing enabled ($SignTool)"
    # Inno Setup runs this for Setup, the uninstaller and every [Files] entry flagged "sign";
    # $q is a quote and $f the file, expanded by ISCC (backticks keep PowerShell off them).
    $IsccSignArgs = @(
        "/Sfrontdesk=`$q$SignTool`$q sign /f `$q$Pfx`$q /p `$q$Password`$q /fd sha256 /tr $Timestamp /td sha256 /d `$qFrontdesk`$q `$f",
        "/DSignToolName=frontdesk"
    )
} else {
    Write-Host "== No WINDOWS_CERTIFICATE_PFX_BASE64: skipping code signing (unsigned installer)"
}

# --- Inno Setup -----------------------------------------------------------------------------
$Iscc = $env:ISCC
if (-not $Iscc) { $Iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source }
if (-not $Iscc) {
    foreach ($dir in @(${env:ProgramFiles(x86)}, $env:ProgramFiles, (Join-Path $env:LOCALAPPDATA "Programs"))) {
        if ($dir -and (Test-Path (Join-Path $dir "Inno Setup 6\ISCC.exe"))) { $Iscc = Join-Path $dir "Inno Setup 6\ISCC.exe"; break }
    }
}
if (-not $Iscc) { throw "ISCC.exe (Inno Setup 6) not found; install it (choco install innosetup -y) or set `$env:ISCC" }
Write-Host "== Inno Setup: $Iscc"

try {
    Invoke-Checked $Iscc (@("/Q", "/DAppVersion=$Version", "/DAppNumericVersion=$Numeric") + $IsccSignArgs + @("packaging\windows\frontdesk.iss"))
} finally {
    if ($Pfx -and (Test-Path $Pfx)) { Remove-Item $Pfx -Force }
}

$Setup = Join-Path $Repo "dist\Frontdesk-$Version-windows-x64-setup.exe"
if (-not (Test-Path $Setup)) { throw "Inno Setup did not produce $Setup" }
$BundleMB = [math]::Round(((Get-ChildItem $Bundle -Recurse -File | Measure-Object Length -Sum).Sum) / 1MB, 1)
$SetupMB = [math]::Round((Get-Item $Setup).Length / 1MB, 1)
Write-Host "== Sizes: bundle $BundleMB MB on disk, installer $SetupMB MB"
Write-Host "== Done: $Setup"
